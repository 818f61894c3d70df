import { catalogue, intlLocale, languageFromLocale, type Messages, SUPPORTED_LANGUAGES, type SupportedLanguage } from '../core/i18n';
import { choiceWords } from '../core/schema/labels';
import { PROGRAMME_SHEETS } from '../core/schema/sheets';
import { expectOneOf, expectRecord } from '../core/validate';
import { homeDesk } from './home';
import { isProgrammeSetUp, setUpProgrammeSheets } from './programme';
import { documentsApi } from './documents/api';
import { intakeApi } from './intake/api';
import { matchingApi } from './matching/api';
import { readinessApi } from './matching/readiness';
import { waitingListApi } from './matching/waitingList';
import { coordinatorsApi } from './privacy/coordinatorsApi';
import { anonymiseParticipant, eraseParticipant } from './privacy/erase';
import { exportParticipant } from './privacy/export';
import { retentionDue } from './privacy/retention';
import { outreachApi } from './outreach/api';
import { waitingEmailApi } from './outreach/waitingEmail';
import { supervisionApi, supervisionSettingsApi } from './supervision/api';
import { rpcAll } from './rpc';
import { audit } from './workspace/audit';
import { currentLanguage, languageOverride, saveLanguageOverride, spreadsheetLocale } from './workspace/preferences';
import { activeSpreadsheet } from './workspace/services';

/** Everything the sidebar needs to draw itself, in one call. Dates would be ISO strings. */
export interface SidebarState {
  language: SupportedLanguage;
  languageSetting: SupportedLanguage | 'auto';
  localeLanguage: SupportedLanguage;
  /** The locale Intl writes numbers and plurals with: the spreadsheet's when it speaks the language. */
  locale: string;
  messages: Messages;
  /** The dropdowns' words (pair and goal statuses, decisions…) by set and value, in the language. */
  choices: Record<string, Record<string, string>>;
  spreadsheetName: string;
  isSetUp: boolean;
  sheetCount: number;
  responseSheets: string[];
  languages: SupportedLanguage[];
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
    locale: intlLocale(language, locale),
    messages: catalogue(language),
    choices: choiceWords(PROGRAMME_SHEETS, language),
    spreadsheetName: spreadsheet.getName(),
    isSetUp: isProgrammeSetUp(spreadsheet),
    sheetCount: sheets.length,
    responseSheets: sheets.filter((s) => s.getFormUrl() !== null).map((s) => s.getName()),
    languages: [...SUPPORTED_LANGUAGES],
  };
}

export interface SettingsInput {
  language: SupportedLanguage | 'auto';
}

/**
 * The functions the sidebar calls through google.script.run. Each checks its arguments:
 * the browser is not trusted.
 */
const shellApi = {
  getSidebarState: (): SidebarState => sidebarState(),

  /** Home: the setup path and what needs the coordinator now (core/home/desk.ts). */
  getHomeDesk: () => homeDesk(),

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
  ...readinessApi,
  ...waitingListApi,
  ...supervisionApi,
  ...supervisionSettingsApi,
  ...documentsApi,
  ...outreachApi,
  ...waitingEmailApi,
  ...coordinatorsApi,
  eraseParticipant,
  anonymiseParticipant,
  exportParticipant,
  getRetentionDue: retentionDue,
});

export type SidebarApi = typeof sidebarApi;
