import { embedInitialState, type InitialPayload, localisePage } from '../../core/initialState';
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

/** The sidebar, with its first state written into the page (HtmlOutput.getContent and setContent) so that it needs no call to draw. */
export function showSidebar(title: string, initial: InitialPayload<unknown>, words: { language: string; loading: string }): void {
  const output = HtmlService.createHtmlOutputFromFile('sidebar').setTitle(title);
  output.setContent(localisePage(embedInitialState(output.getContent(), initial), words));
  SpreadsheetApp.getUi().showSidebar(output);
}

export function showAlert(title: string, message: string): void {
  const ui = SpreadsheetApp.getUi();
  ui.alert(title, message, ui.ButtonSet.OK);
}

export function showToast(message: string, title: string): void {
  SpreadsheetApp.getActiveSpreadsheet()?.toast(message, title, 5);
}
