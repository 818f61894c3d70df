import type { CellInput, RecordValues } from '../schema/types';

/**
 * Sensitive details (special-category data, safeguarding, the coordinator's private reasons) live
 * apart from the records, one row per detail in a sheet that only coordinators can edit. Each kind
 * of detail has a stable key (the intake field or the add-on's own key) and the words the sheet
 * shows in its "Detail" column.
 */
export interface SensitiveKind {
  readonly key: string;
  readonly detail: string;
  readonly detailIt: string;
}

export const SENSITIVE_KINDS: readonly SensitiveKind[] = [
  { key: 'origin', detail: 'Country or region of origin', detailIt: 'Paese o regione di origine' },
  { key: 'permitInOrder', detail: 'Residence permit in order', detailIt: 'Permesso di soggiorno in regola' },
  { key: 'health', detail: 'Health', detailIt: 'Salute' },
  { key: 'safeguarding', detail: 'Safeguarding note', detailIt: 'Nota di tutela' },
  { key: 'concerns', detail: 'Diary concern', detailIt: 'Preoccupazione dal diario' },
  { key: 'exclusionReason', detail: 'Exclusion reason', detailIt: 'Motivo dell’esclusione' },
];

/** Intake fields whose answers go to the sensitive sheet instead of the record. */
export const SENSITIVE_INTAKE_FIELDS: ReadonlySet<string> = new Set(['origin', 'permitInOrder', 'health', 'concerns']);

export function sensitiveKind(keyOrDetail: unknown): SensitiveKind | undefined {
  const text = String(keyOrDetail ?? '')
    .trim()
    .toLowerCase();
  return SENSITIVE_KINDS.find((k) => k.key.toLowerCase() === text || k.detail.toLowerCase() === text || k.detailIt.toLowerCase() === text);
}

export function sensitiveLabel(key: string, language: 'en' | 'it'): string | undefined {
  const kind = sensitiveKind(key);
  return kind && (language === 'it' ? kind.detailIt : kind.detail);
}

/** One row of the sensitive sheet. `personId` is whom it is about; `relatedId` a pair code or the other person. */
export interface SensitiveEntry {
  personId: string;
  relatedId: string;
  kind: string;
  value: string;
  source: string;
}

/** Takes the sensitive answers out of a record's values; the record keeps none of them. */
export function takeSensitive(values: RecordValues): Record<string, string> {
  const taken: Record<string, string> = {};
  for (const key of SENSITIVE_INTAKE_FIELDS) {
    if (!(key in values)) continue;
    const value = values[key];
    delete values[key];
    const text = value === null || value === undefined ? '' : String(value as CellInput);
    if (text.trim()) taken[key] = text;
  }
  return taken;
}

export type ConcernKind = 'conflict' | 'boundaries' | 'unreachable' | 'other';

const CONCERN_PATTERNS: [RegExp, ConcernKind][] = [
  [/conflict|argument|litig|conflitto|discussion|streit|ruzie/i, 'conflict'],
  [/boundar|confin|limit|grenze|grens|money|soldi|dinero|argent|geld/i, 'boundaries'],
  [/not answer|unreachable|no answer|non risponde|irraggiungibile|no contesta|ne repond|nicht erreichbar|onbereikbaar/i, 'unreachable'],
];

/**
 * What kind of concern a diary reports, in one word the Meetings sheet may show: the warning needs
 * the kind, while the mentor's own words stay in the sensitive sheet.
 */
export function classifyConcern(text: string): ConcernKind | null {
  if (!text.trim()) return null;
  return CONCERN_PATTERNS.find(([pattern]) => pattern.test(text))?.[1] ?? 'other';
}
