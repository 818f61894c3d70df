import { SUPPORTED_LANGUAGES, type SheetTextKey, type SupportedLanguage, sheetTexts } from '../i18n';
import type { CellInput, RecordValues } from '../schema/types';

/**
 * Sensitive details (special-category data, safeguarding, the coordinator's private reasons) live
 * apart from the records, one row per detail in a sheet that only coordinators can edit. Each kind
 * of detail has a stable key (the intake field or the add-on's own key), the English words the
 * sheet has always shown in its "Detail" column, and those words in each language
 * (`choice.sensitiveKind.<key>` in the catalogue).
 */
export interface SensitiveKind {
  readonly key: string;
  readonly detail: string;
}

export const SENSITIVE_KINDS: readonly SensitiveKind[] = [
  { key: 'origin', detail: 'Country or region of origin' },
  { key: 'permitInOrder', detail: 'Residence permit in order' },
  { key: 'health', detail: 'Health' },
  { key: 'safeguarding', detail: 'Safeguarding note' },
  { key: 'concerns', detail: 'Diary concern' },
  { key: 'exclusionReason', detail: 'Exclusion reason' },
  // A mentor's criminal-record check (DBS, VOG, casellario…): the value names the kind, the dates say when it counts.
  { key: 'backgroundCheck', detail: 'Background check' },
];

const textKey = (kind: SensitiveKind) => `choice.sensitiveKind.${kind.key}` as SheetTextKey;

/** Intake fields whose answers go to the sensitive sheet instead of the record. */
export const SENSITIVE_INTAKE_FIELDS: ReadonlySet<string> = new Set(['origin', 'permitInOrder', 'health', 'concerns']);

export function sensitiveKind(keyOrDetail: unknown): SensitiveKind | undefined {
  const text = String(keyOrDetail ?? '')
    .trim()
    .toLowerCase();
  return kindsByText().get(text);
}

let byText: Map<string, SensitiveKind> | null = null;

/**
 * Every key and every language's words for a kind, lower-cased, made once: a whole Sensitive
 * details sheet is read row by row (Home, matching), and comparing each row with every kind in
 * every language was a fifth of Home's time. The first kind in SENSITIVE_KINDS that has the text wins.
 */
function kindsByText(): Map<string, SensitiveKind> {
  if (byText) return byText;
  byText = new Map();
  for (const kind of SENSITIVE_KINDS)
    for (const text of [kind.key, ...SUPPORTED_LANGUAGES.map((language) => sheetTexts(language)[textKey(kind)])]) {
      const folded = text.toLowerCase();
      if (!byText.has(folded)) byText.set(folded, kind);
    }
  return byText;
}

export function sensitiveLabel(key: string, language: SupportedLanguage): string | undefined {
  const kind = sensitiveKind(key);
  return kind && sheetTexts(language)[textKey(kind)];
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

/** Words of a diary's concern in the coordinator languages, matched on the text with its accents removed. */
const CONCERN_PATTERNS: [RegExp, ConcernKind][] = [
  [/conflict|argument|litig|conflitto|discussion|streit|ruzie|conflito|discuss|συγκρουσ|καβγα|τσακωμ|διαφωνι/i, 'conflict'],
  [/boundar|confin|limit|grenze|grens|money|soldi|dinero|argent|geld|dinheiro|ορια|χρηματ|λεφτα/i, 'boundaries'],
  [
    /not answer|unreachable|no answer|non risponde|irraggiungibile|no contesta|ne repond|nicht erreichbar|onbereikbaar|nao responde|nao atende|δεν απαντα|δεν σηκωνει|αγνοειται/i,
    'unreachable',
  ],
];

const withoutAccents = (text: string) => text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');

/**
 * What kind of concern a diary reports, in one word the Meetings sheet may show: the warning needs
 * the kind, while the mentor's own words stay in the sensitive sheet.
 */
export function classifyConcern(text: string): ConcernKind | null {
  if (!text.trim()) return null;
  const plain = withoutAccents(text);
  return CONCERN_PATTERNS.find(([pattern]) => pattern.test(plain))?.[1] ?? 'other';
}
