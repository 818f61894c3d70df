import { translator } from '../core/i18n';
import { PROGRAMME_SHEETS } from '../core/schema/sheets';
import { withDocumentLock } from './workspace/lock';
import { currentLanguage } from './workspace/preferences';
import { activeSpreadsheet } from './workspace/services';
import { type SheetRepair, ensureSheet } from './workspace/setupSheets';
import { seedSettings } from './workspace/settingsSheet';
import { findSheets } from './workspace/sheetRegistry';

export interface SetupResult {
  created: number;
  repaired: number;
  message: string;
  sheets: SheetRepair[];
}

/** Creates or repairs every structured sheet. Safe to run again at any time. */
export function setUpProgrammeSheets(): SetupResult {
  return withDocumentLock(() => {
    const spreadsheet = activeSpreadsheet();
    const language = currentLanguage(spreadsheet);
    const sheets = PROGRAMME_SHEETS.map((schema) => ensureSheet(spreadsheet, schema, language));
    seedSettings(spreadsheet, language);
    const created = sheets.filter((s) => s.created).length;
    const repaired = sheets.filter((s) => !s.created && s.columnsAdded.length > 0).length;
    return { created, repaired, sheets, message: translator(language)('setup.done', { created, repaired }) };
  });
}

export function isProgrammeSetUp(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): boolean {
  return findSheets(spreadsheet, PROGRAMME_SHEETS).every((sheet) => sheet !== null);
}
