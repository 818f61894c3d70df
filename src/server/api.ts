import { catalogue, type Language, languageFromLocale, type MessageKey, SUPPORTED_LANGUAGES } from '../core/i18n';
import { expectOneOf, expectRecord } from '../core/validate';
import { isProgrammeSetUp, setUpProgrammeSheets } from './programme';
import { documentsApi } from './documents/api';
import { intakeApi } from './intake/api';
import { matchingApi } from './matching/api';
import { coordinatorsApi } from './privacy/coordinatorsApi';
import { anonymiseParticipant, eraseParticipant } from './privacy/erase';
import { exportParticipant } from './privacy/export';
import { retentionDue } from './privacy/retention';
import { outreachApi } from './outreach/api';
import { supervisionApi, supervisionSettingsApi } from './supervision/api';
import { rpcAll } from './rpc';
import { audit } from './workspace/audit';
import { currentLanguage, languageOverride, saveLanguageOverride, spreadsheetLocale } from './workspace/preferences';
import { activeSpreadsheet } from './workspace/services';

/** Everything the sidebar needs to draw itself, in one call. Dates would be ISO strings. */
export interface SidebarState {
  language: Language;
  languageSetting: Language | 'auto';
  localeLanguage: Language;
  locale: string;
  messages: Record<MessageKey, string>;
  spreadsheetName: string;
  isSetUp: boolean;
  sheetCount: number;
  responseSheets: string[];
  languages: Language[];
}

function sidebarState(): SidebarState {
  const spreadsheet = activeSpreadsheet();
  const language = currentLanguage(spreadsheet);
  const locale = spreadsheetLocale(spreadsheet);
  const sheets = spreadsheet.getSheets();
  return {
    language,
    languageSetting: languageOverride() ?? 'auto',
    localeLanguage: languageFromLocale(locale),
    locale,
    messages: catalogue(language),
    spreadsheetName: spreadsheet.getName(),
    isSetUp: isProgrammeSetUp(spreadsheet),
    sheetCount: sheets.length,
    responseSheets: sheets.filter((s) => s.getFormUrl() !== null).map((s) => s.getName()),
    languages: [...SUPPORTED_LANGUAGES],
  };
}

export interface SettingsInput {
  language: Language | 'auto';
}

/**
 * The functions the sidebar calls through google.script.run. Each checks its arguments:
 * the browser is not trusted.
 */
const shellApi = {
  getSidebarState: (): SidebarState => sidebarState(),

  saveSettings: (input: SettingsInput): SidebarState => {
    const record = expectRecord(input, 'settings');
    const language = expectOneOf(record.language, ['auto', ...SUPPORTED_LANGUAGES] as const, 'language');
    saveLanguageOverride(language === 'auto' ? null : language);
    audit('settings.language', language);
    return sidebarState();
  },

  setUpProgramme: () => {
    const result = setUpProgrammeSheets();
    return { created: result.created, repaired: result.repaired, message: result.message, state: sidebarState() };
  },
};

export const sidebarApi = rpcAll({
  ...shellApi,
  ...intakeApi,
  ...matchingApi,
  ...supervisionApi,
  ...supervisionSettingsApi,
  ...documentsApi,
  ...outreachApi,
  ...coordinatorsApi,
  eraseParticipant,
  anonymiseParticipant,
  exportParticipant,
  getRetentionDue: retentionDue,
});

export type SidebarApi = typeof sidebarApi;
