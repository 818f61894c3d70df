import { catalogue, intlLocale, languageFromLocale, type Messages, SUPPORTED_LANGUAGES, type SupportedLanguage } from '../core/i18n';
import { choiceWords } from '../core/schema/labels';
import { PROGRAMME_SHEETS } from '../core/schema/sheets';
import { isProgrammeSetUp } from './programme';
import { currentLanguage, languageOverride, spreadsheetLocale } from './workspace/preferences';
import { activeSpreadsheet } from './workspace/services';

/** Everything the sidebar needs to draw itself: written into its HTML when it opens (core/initialState.ts), and the answer of getSidebarState. Dates would be ISO strings. */
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

export function sidebarState(): SidebarState {
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
