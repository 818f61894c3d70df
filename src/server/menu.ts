import { resolveLanguage, translator } from '../core/i18n';
import { describeError } from './rpc';
import { setUpProgrammeSheets } from './programme';
import { sidebarState } from './sidebarState';
import { currentLanguage } from './workspace/preferences';
import { buildAddonMenu, showAlert, showSidebar, showToast } from './workspace/ui';

function language() {
  return currentLanguage(SpreadsheetApp.getActiveSpreadsheet());
}

function t() {
  return translator(language());
}

/**
 * The menu's language. In AuthMode.NONE (the add-on installed but not yet used in this document)
 * no service that needs authorisation may be touched, not even the active spreadsheet: a failed
 * call there keeps the menu from showing. Only the user's locale is allowed, so it decides.
 * An event without a mode (run from the editor) is treated the same way, the safe reading.
 */
function menuTranslator(event?: { authMode?: GoogleAppsScript.Script.AuthMode }) {
  const mode = event?.authMode;
  if (mode === undefined || mode === ScriptApp.AuthMode.NONE) return translator(resolveLanguage(Session.getActiveUserLocale(), null));
  return t();
}

/**
 * What the sidebar draws first, built in the execution that opens it. If the state cannot be
 * built (a sheet the coordinator broke, say), the sidebar opens anyway and asks for it itself:
 * that call's failure is the one shown, with its reason, beside a "Try again" in the person's words.
 * The page's language and its "Loading…" are theirs too, from the first paint.
 */
function openSidebarWithState(): void {
  const lang = language();
  const translate = translator(lang);
  showSidebar(translate('app.name'), { state: stateOrNull(), retry: translate('common.retry') }, { language: lang, loading: translate('common.loading') });
}

function stateOrNull(): ReturnType<typeof sidebarState> | null {
  try {
    return sidebarState();
  } catch {
    return null;
  }
}

/** Simple triggers and menu actions: onOpen only builds the menu. */
export const menuFunctions = {
  onOpen(event?: GoogleAppsScript.Events.SheetsOnOpen): void {
    buildAddonMenu(menuTranslator(event));
  },

  onInstall(event?: GoogleAppsScript.Events.AddonOnInstall): void {
    menuFunctions.onOpen(event as GoogleAppsScript.Events.SheetsOnOpen | undefined);
  },

  openSidebar(): void {
    openSidebarWithState();
  },

  setUpProgrammeFromMenu(): void {
    try {
      const result = setUpProgrammeSheets();
      showToast(result.message, t()('app.name'));
      openSidebarWithState();
    } catch (error) {
      showAlert(t()('app.name'), describeError(error, 'setUpProgrammeFromMenu'));
    }
  },

  showHelp(): void {
    const translate = t();
    showAlert(translate('help.title'), translate('help.body'));
  },
};
