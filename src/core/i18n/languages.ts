/**
 * The languages the add-on speaks. Every text a person reads comes from the catalogue of one of
 * them; nothing in the code branches on which one.
 *
 * Coordinator languages: the sidebar, the sheets (names, headers, dropdown values), messages,
 * standard forms, default documents and indicators. Newcomer languages: the second language of a
 * bilingual mentee form, and of the mentee's own copy of their IIP.
 */
export const COORDINATOR_LANGUAGES = ['en', 'it', 'es', 'fr', 'de', 'nl', 'el', 'pt'] as const;
export type Language = (typeof COORDINATOR_LANGUAGES)[number];

/**
 * The locale a coordinator language's numbers and dates are written in when the spreadsheet's own
 * locale is of another language: "23 November 2026", not the "November 23, 2026" of a bare "en".
 */
export const DEFAULT_LOCALE: Record<Language, string> = {
  en: 'en-GB',
  it: 'it-IT',
  es: 'es-ES',
  fr: 'fr-FR',
  de: 'de-DE',
  nl: 'nl-NL',
  el: 'el-GR',
  pt: 'pt-PT',
};

export const NEWCOMER_LANGUAGES = ['ar', 'uk', 'fa', 'ps', 'ti', 'so', 'tr', 'ru', 'fr', 'en'] as const;
export type NewcomerLanguage = (typeof NEWCOMER_LANGUAGES)[number];

/** The source catalogue: every other one translates it, and a translation left equal to it is flagged. */
export const SOURCE_LANGUAGE: Language = 'en';

/** Written right to left: such text is marked dir="rtl" wherever it is shown. */
const RIGHT_TO_LEFT: ReadonlySet<string> = new Set(['ar', 'fa', 'ps']);

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (COORDINATOR_LANGUAGES as readonly string[]).includes(value);
}

export function isNewcomerLanguage(value: unknown): value is NewcomerLanguage {
  return typeof value === 'string' && (NEWCOMER_LANGUAGES as readonly string[]).includes(value);
}

export function direction(language: string): 'rtl' | 'ltr' {
  return RIGHT_TO_LEFT.has(language) ? 'rtl' : 'ltr';
}

/** A language's name in that language ("Deutsch", "Ελληνικά", "العربية"), from Intl rather than a list of ours. */
export function endonym(language: string): string {
  const name = new Intl.DisplayNames([language], { type: 'language' }).of(language) ?? language;
  return name.charAt(0).toLocaleUpperCase(language) + name.slice(1);
}
