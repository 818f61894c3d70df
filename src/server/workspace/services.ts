/**
 * The add-on always works on the spreadsheet it is installed in (spreadsheets.currentonly scope).
 */
export function activeSpreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  if (!spreadsheet) throw new Error('Open the add-on from a spreadsheet.');
  return spreadsheet;
}

export function currentTime(): Date {
  return new Date();
}
