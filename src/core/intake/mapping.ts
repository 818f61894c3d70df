import { EMAIL_HEADERS, FIELDS, FORM_KINDS, type FieldSpec, type FormKind, TIMESTAMP_HEADERS } from './fields';
import { fold } from './text';

/**
 * Which canonical field each column of a Google Forms response sheet answers. The add-on
 * proposes, the coordinator confirms or corrects. Columns mapped to nothing are kept as
 * "Other answers", never discarded.
 */
export const KEY_COLUMN_HEADER = 'Peer Mentoring Desk key';

export type ColumnRole = 'timestamp' | 'field' | 'extra' | 'key';

export interface ColumnMapping {
  header: string;
  role: ColumnRole;
  field: string | null;
  /** 0 to 1: how sure the proposal is (1 for a confirmed mapping). */
  confidence: number;
  /** For grid questions, "Question [Row]": the row label, prefixed to the answer. */
  gridRow?: string;
}

export interface FormMapping {
  kind: FormKind;
  columns: ColumnMapping[];
}

export const MIN_CONFIDENCE = 0.45;

/** "Availability [Monday]" → base "Availability", row "Monday" (Google's grid columns). */
export function splitGridHeader(header: string): { base: string; row?: string } {
  const match = /^(.*\S)\s*\[([^\]]+)\]\s*$/.exec(header);
  return match ? { base: match[1]!, row: match[2]! } : { base: header };
}

function phraseScore(header: string, phrase: string): number {
  if (!phrase) return 0;
  if (header === phrase) return 1;
  const padded = ` ${header} `;
  if (padded.includes(` ${phrase} `)) return 0.55 + 0.4 * Math.min(1, phrase.length / header.length);
  const headerWords = new Set(header.split(' '));
  const words = phrase.split(' ');
  const shared = words.filter((w) => w.length > 2 && headerWords.has(w)).length;
  return words.length > 1 && shared / words.length >= 0.5 ? 0.3 + 0.2 * (shared / words.length) : 0;
}

export function fieldScore(header: string, field: FieldSpec): number {
  const folded = fold(splitGridHeader(header).base);
  return Math.max(0, ...field.phrases.map((p) => phraseScore(folded, fold(p))));
}

/** Proposes a mapping: the strongest header-field pairs first, each field used once (grid rows excepted). */
export function proposeMapping(headers: readonly string[], kind: FormKind): FormMapping {
  const columns: ColumnMapping[] = headers.map((header) => ({ header, role: 'extra', field: null, confidence: 0 }));
  const fields = FIELDS[kind];
  const candidates: { column: number; field: FieldSpec; score: number }[] = [];
  headers.forEach((header, column) => {
    const folded = fold(header);
    if (column === 0 && (TIMESTAMP_HEADERS.includes(folded) || folded === '')) {
      columns[column] = { header, role: 'timestamp', field: null, confidence: 1 };
      return;
    }
    if (TIMESTAMP_HEADERS.includes(folded)) {
      columns[column] = { header, role: 'timestamp', field: null, confidence: 1 };
      return;
    }
    if (header === KEY_COLUMN_HEADER) {
      columns[column] = { header, role: 'key', field: null, confidence: 1 };
      return;
    }
    for (const field of fields) {
      // Google's collected "Email address" column is the respondent's email, whatever else the form asks.
      const score = EMAIL_HEADERS.includes(folded) && /email/i.test(field.key) ? 1 : fieldScore(header, field);
      if (score >= MIN_CONFIDENCE) candidates.push({ column, field, score });
    }
  });
  candidates.sort((a, b) => b.score - a.score || a.column - b.column);
  const usedBy = new Map<string, string>();
  for (const { column, field, score } of candidates) {
    if (columns[column]!.role !== 'extra') continue;
    const { base, row } = splitGridHeader(headers[column]!);
    const owner = usedBy.get(field.key);
    if (owner !== undefined && !(row && owner === base)) continue;
    usedBy.set(field.key, base);
    columns[column] = {
      header: headers[column]!,
      role: 'field',
      field: field.key,
      confidence: Math.round(score * 100) / 100,
      ...(row ? { gridRow: row } : {}),
    };
  }
  return { kind, columns };
}

/** The kind of form a response sheet most likely holds, from how well its questions match. */
export function guessKind(headers: readonly string[]): { kind: FormKind; score: number } {
  let best: { kind: FormKind; score: number } = { kind: 'mentee', score: -1 };
  for (const kind of FORM_KINDS) {
    const mapping = proposeMapping(headers, kind);
    const fields = FIELDS[kind];
    const matched = mapping.columns.filter((c) => c.role === 'field');
    const distinctive = matched.filter((c) => !['name', 'email', 'phone', 'pairCode', 'personEmail', 'mentorEmail'].includes(c.field!)).length;
    // Share of the kind's fields that are present, with a bonus for fields only that kind has.
    const score = matched.reduce((sum, c) => sum + c.confidence, 0) / fields.length + distinctive * 0.05;
    if (score > best.score) best = { kind, score: Math.round(score * 100) / 100 };
  }
  return best;
}

export function missingRequired(mapping: FormMapping): string[] {
  const mapped = new Set(mapping.columns.map((c) => c.field).filter(Boolean));
  return FIELDS[mapping.kind].filter((f) => f.required && !mapped.has(f.key)).map((f) => f.key);
}

export interface HeaderChanges {
  /** Questions whose title changed: same position, old title gone. Their mapping is kept. */
  renamed: { from: string; to: string }[];
  /** Questions the mapping does not know: kept as "Other answers" until the coordinator maps them. */
  added: string[];
}

/**
 * Brings a confirmed mapping up to date with the sheet's current header: a renamed question keeps
 * its field, a new question is listed for the coordinator, nothing is dropped.
 */
export function reconcileMapping(mapping: FormMapping, headers: readonly string[]): { mapping: FormMapping; changes: HeaderChanges } {
  const known = new Map(mapping.columns.map((c) => [c.header, c]));
  const current = new Set(headers);
  const changes: HeaderChanges = { renamed: [], added: [] };
  const columns = headers.map((header, index): ColumnMapping => {
    const existing = known.get(header);
    if (existing) return existing;
    if (header === KEY_COLUMN_HEADER) return { header, role: 'key', field: null, confidence: 1 };
    const previous = mapping.columns[index];
    if (previous && !current.has(previous.header) && previous.role === 'field') {
      changes.renamed.push({ from: previous.header, to: header });
      return { ...previous, header };
    }
    if (header.trim() !== '') changes.added.push(header);
    return { header, role: 'extra', field: null, confidence: 0 };
  });
  return { mapping: { kind: mapping.kind, columns }, changes };
}
