import type { Translate } from '../../core/i18n';

/** Menu item captions and the public functions they call (both listed in publicSurface). */
export function buildAddonMenu(t: Translate): void {
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem(t('menu.openSidebar'), 'openSidebar')
    .addItem(t('menu.setUp'), 'setUpProgrammeFromMenu')
    .addSeparator()
    .addItem(t('menu.help'), 'showHelp')
    .addToUi();
}

export function showSidebar(title: string): void {
  const output = HtmlService.createHtmlOutputFromFile('sidebar').setTitle(title);
  SpreadsheetApp.getUi().showSidebar(output);
}

export function showAlert(title: string, message: string): void {
  const ui = SpreadsheetApp.getUi();
  ui.alert(title, message, ui.ButtonSet.OK);
}

export function showToast(message: string, title: string): void {
  SpreadsheetApp.getActiveSpreadsheet()?.toast(message, title, 5);
}
