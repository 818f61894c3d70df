import type { Localised } from './forms/standardForms';
import { callingCodeForLocale } from './outreach/phone';

/**
 * Programme settings the coordinator edits in the Settings sheet (key, value, what it does).
 * Setup adds missing keys with their defaults and never overwrites a value.
 */
export interface SettingSpec {
  key: string;
  description: Localised;
  /** The default, given the spreadsheet's name and locale. */
  defaultValue: (context: { spreadsheetName: string; locale: string }) => string;
}

export const SETTINGS_SPEC: readonly SettingSpec[] = [
  {
    key: 'programme.name',
    description: { en: 'The programme’s name, used in messages and documents.', it: 'Il nome del programma, usato in messaggi e documenti.' },
    defaultValue: ({ spreadsheetName }) => spreadsheetName,
  },
  {
    key: 'programme.hostLanguage',
    description: { en: 'The host country’s language (ISO code, e.g. it, nl, de).', it: 'La lingua del paese ospitante (codice ISO, es. it, nl, de).' },
    defaultValue: ({ locale }) => (locale.split('_')[0] || 'en').toLowerCase(),
  },
  {
    key: 'intake.consentTextVersion',
    description: {
      en: 'Version of the consent text in your own forms (recorded with each consent).',
      it: 'Versione del testo del consenso nei vostri moduli (registrata con ogni consenso).',
    },
    defaultValue: () => 'v1',
  },
  {
    key: 'documents.dailyQuota',
    description: {
      en: 'Documents Google lets this account create a day: 250 for a personal account, 1500 for Workspace.',
      it: 'Documenti che Google consente a questo account di creare al giorno: 250 per un account personale, 1500 per Workspace.',
    },
    defaultValue: () => '250',
  },
  {
    key: 'documents.allowSensitiveFields',
    description: {
      en: 'yes: templates may show a mentee’s permit status and origin where they ask for them. no (default): they stay empty.',
      it: 'sì: i modelli possono mostrare permesso di soggiorno e origine del mentee dove li chiedono. no (predefinito): restano vuoti.',
    },
    defaultValue: () => 'no',
  },
  {
    key: 'privacy.retentionMonths',
    description: {
      en: 'Months after a person’s last pair closed (or, never paired, after they applied) before they are due for erasure or anonymisation.',
      it: 'Mesi dopo la chiusura dell’ultima coppia di una persona (o, se mai abbinata, dopo la candidatura) prima che sia da cancellare o anonimizzare.',
    },
    defaultValue: () => '12',
  },
  {
    key: 'outreach.countryCallingCode',
    description: {
      en: 'Country calling code for phone numbers written without one (e.g. 39 for Italy), used for WhatsApp links.',
      it: 'Prefisso internazionale per i numeri scritti senza (es. 39 per l’Italia), usato per i link WhatsApp.',
    },
    defaultValue: ({ locale }) => callingCodeForLocale(locale),
  },
];

export type Settings = Record<string, string>;

export function withDefaults(values: Settings, context: { spreadsheetName: string; locale: string }): Settings {
  const out: Settings = {};
  for (const spec of SETTINGS_SPEC) out[spec.key] = values[spec.key]?.trim() ? values[spec.key]!.trim() : spec.defaultValue(context);
  for (const [key, value] of Object.entries(values)) if (!(key in out)) out[key] = value;
  return out;
}
