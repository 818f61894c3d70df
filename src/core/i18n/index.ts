import type { Catalogue } from './catalogue';
import { catalogue as en } from './en';
import type { DocumentTexts } from './en/documents';
import type { FormTextKey, FormTexts } from './en/forms';
import type { MessageKey, Messages } from './en/messages';
import type { SheetTextKey, SheetTexts } from './en/sheets';
import { format, type MessageParams } from './format';
import { catalogue as de } from './de';
import { catalogue as el } from './el';
import { catalogue as es } from './es';
import { catalogue as fr } from './fr';
import { catalogue as it } from './it';
import { catalogue as nl } from './nl';
import { catalogue as pt } from './pt';
import { DEFAULT_LOCALE, isLanguage, type Language } from './languages';

export type { Catalogue, DocumentTexts, FormTextKey, FormTexts, MessageKey, Messages, SheetTextKey, SheetTexts };
export { COORDINATOR_LANGUAGES, isLanguage, type Language } from './languages';
export { format } from './format';

/** The coordinator languages whose catalogue is complete: the Settings offer these. */
const catalogues = { en, it, es, fr, de, nl, el, pt } satisfies Record<Language, Catalogue>;
export type SupportedLanguage = keyof typeof catalogues;
export const SUPPORTED_LANGUAGES = Object.keys(catalogues) as SupportedLanguage[];

export function isSupported(value: unknown): value is SupportedLanguage {
  return isLanguage(value) && value in catalogues;
}

/**
 * The locale Intl formats numbers, dates and plurals with: the spreadsheet's when it speaks the
 * language, or else the language's default one (`DEFAULT_LOCALE`).
 */
export function intlLocale(language: string, spreadsheetLocale?: string | null): string {
  const tag = String(spreadsheetLocale ?? '').replace('_', '-');
  if (tag.toLowerCase().startsWith(`${language}-`)) return tag;
  return isLanguage(language) ? DEFAULT_LOCALE[language] : language;
}

/**
 * The add-on language for a spreadsheet locale such as "it_IT" or "en_GB".
 * Unknown locales fall back to English, the source catalogue.
 */
export function languageFromLocale(locale: string | null | undefined): SupportedLanguage {
  const prefix = String(locale ?? '')
    .toLowerCase()
    .split(/[_-]/)[0];
  return isSupported(prefix) ? prefix : 'en';
}

/** The coordinator's override wins over the spreadsheet's locale. */
export function resolveLanguage(locale: string | null | undefined, override: string | null | undefined): SupportedLanguage {
  return isSupported(override) ? override : languageFromLocale(locale);
}

export type Translate = (key: MessageKey, params?: MessageParams) => string;

export function translator(language: SupportedLanguage, spreadsheetLocale?: string | null): Translate {
  const messages: Messages = catalogues[language].messages;
  const locale = intlLocale(language, spreadsheetLocale);
  return (key, params) => format(messages[key], params, locale);
}

/** The messages of one language: the sidebar receives them once at start-up. */
export function catalogue(language: SupportedLanguage): Messages {
  return catalogues[language].messages;
}

/** The words of the programme's sheets in one language. */
export function sheetTexts(language: SupportedLanguage): SheetTexts {
  return catalogues[language].sheets;
}

/** The texts of the standard forms in one language. */
export function formTexts(language: SupportedLanguage): FormTexts {
  return catalogues[language].forms;
}

/** The default templates and document names in one language. */
export function documentTexts(language: SupportedLanguage): DocumentTexts {
  return catalogues[language].documents;
}

/** A language's whole catalogue: for the completeness test. */
export function catalogueOf(language: SupportedLanguage): Catalogue {
  return catalogues[language];
}
