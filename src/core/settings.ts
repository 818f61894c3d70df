import type { SheetTextKey } from './i18n/en/sheets';
import { WAITING_DAYS_DEFAULT, WAITING_DAYS_SETTING } from './matching/waitingList';
import { callingCodeForLocale } from './outreach/phone';

/**
 * Programme settings the coordinator edits in the Settings sheet (key, value, what it does).
 * Setup adds missing keys with their defaults and never overwrites a value.
 */
export interface SettingSpec {
  key: string;
  /** What it does, in the Settings sheet's "What it does" column: `setting.<key>` in the catalogue. */
  description: SheetTextKey;
  /** The default, given the spreadsheet's name and locale. */
  defaultValue: (context: { spreadsheetName: string; locale: string }) => string;
}

export const SETTINGS_SPEC: readonly SettingSpec[] = [
  {
    key: 'programme.name',
    description: 'setting.programme.name',
    defaultValue: ({ spreadsheetName }) => spreadsheetName,
  },
  {
    key: 'programme.hostLanguage',
    description: 'setting.programme.hostLanguage',
    defaultValue: ({ locale }) => (locale.split('_')[0] || 'en').toLowerCase(),
  },
  {
    key: 'intake.consentTextVersion',
    description: 'setting.intake.consentTextVersion',
    defaultValue: () => 'v1',
  },
  {
    key: 'documents.dailyQuota',
    description: 'setting.documents.dailyQuota',
    defaultValue: () => '250',
  },
  {
    key: 'documents.allowSensitiveFields',
    description: 'setting.documents.allowSensitiveFields',
    defaultValue: () => 'no',
  },
  {
    key: 'privacy.retentionMonths',
    description: 'setting.privacy.retentionMonths',
    defaultValue: () => '12',
  },
  {
    key: 'outreach.countryCallingCode',
    description: 'setting.outreach.countryCallingCode',
    defaultValue: ({ locale }) => callingCodeForLocale(locale),
  },
  {
    // The waiting list (src/core/matching/waitingList.ts): a whole number of days, checked where it is read and saved.
    key: WAITING_DAYS_SETTING,
    description: 'setting.matching.waitingDays',
    defaultValue: () => String(WAITING_DAYS_DEFAULT),
  },
];

export type Settings = Record<string, string>;

export function withDefaults(values: Settings, context: { spreadsheetName: string; locale: string }): Settings {
  const out: Settings = {};
  for (const spec of SETTINGS_SPEC) out[spec.key] = values[spec.key]?.trim() ? values[spec.key]!.trim() : spec.defaultValue(context);
  for (const [key, value] of Object.entries(values)) if (!(key in out)) out[key] = value;
  return out;
}
