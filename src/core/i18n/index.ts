import { en, type MessageKey } from './en';
import { it } from './it';

export type { MessageKey };

export const SUPPORTED_LANGUAGES = ['en', 'it'] as const;
export type Language = (typeof SUPPORTED_LANGUAGES)[number];

const catalogues: Record<Language, Record<MessageKey, string>> = { en, it };

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (SUPPORTED_LANGUAGES as readonly string[]).includes(value);
}

/**
 * The add-on language for a spreadsheet locale such as "it_IT" or "en_GB".
 * Unknown locales fall back to English, the only complete catalogue by policy.
 */
export function languageFromLocale(locale: string | null | undefined): Language {
  const prefix = String(locale ?? '')
    .toLowerCase()
    .split(/[_-]/)[0];
  return isLanguage(prefix) ? prefix : 'en';
}

/** The coordinator's override wins over the spreadsheet's locale. */
export function resolveLanguage(locale: string | null | undefined, override: string | null | undefined): Language {
  return isLanguage(override) ? override : languageFromLocale(locale);
}

export function format(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (params[name] !== undefined ? String(params[name]) : whole));
}

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export function translator(language: Language): Translate {
  const catalogue = catalogues[language];
  return (key, params) => format(catalogue[key] ?? en[key], params);
}

/** The whole catalogue of one language: the sidebar receives it once at start-up. */
export function catalogue(language: Language): Record<MessageKey, string> {
  return { ...catalogues[language] };
}
