import { translator } from '../core/i18n';
import { describeError } from './rpc';
import { setUpProgrammeSheets } from './programme';
import { currentLanguage } from './workspace/preferences';
import { buildAddonMenu, showAlert, showSidebar, showToast } from './workspace/ui';

function t() {
  return translator(currentLanguage(SpreadsheetApp.getActiveSpreadsheet()));
}

/**
 * Simple triggers and menu actions. onOpen may run in AuthMode.NONE (before the add-on is
 * enabled in this document), so it only builds the menu and reads nothing it may not read.
 */
export const menuFunctions = {
  onOpen(_event?: GoogleAppsScript.Events.SheetsOnOpen): void {
    buildAddonMenu(t());
  },

  onInstall(event?: GoogleAppsScript.Events.AddonOnInstall): void {
    menuFunctions.onOpen(event as GoogleAppsScript.Events.SheetsOnOpen | undefined);
  },

  openSidebar(): void {
    showSidebar(t()('app.name'));
  },

  setUpProgrammeFromMenu(): void {
    try {
      const result = setUpProgrammeSheets();
      showToast(result.message, t()('app.name'));
      showSidebar(t()('app.name'));
    } catch (error) {
      showAlert(t()('app.name'), describeError(error, 'setUpProgrammeFromMenu'));
    }
  },

  showHelp(): void {
    const translate = t();
    showAlert(translate('help.title'), translate('help.body'));
  },
};
