import type { SupportedLanguage, Translate } from '../i18n';
import { headerIn } from '../schema/labels';
import { classifyConcern, SENSITIVE_INTAKE_FIELDS, type SensitiveEntry, sensitiveLabel, takeSensitive } from '../privacy/sensitive';
import type { CellInput, RecordValues, SheetSchema } from '../schema/types';
import { isDate } from '../values';
import { minorStatus, referenceYear } from '../matching/minors';
import { fitToCells } from './cellLimit';
import type { FormMapping } from './mapping';
import type { Problem } from './normalise';
import { type BuiltRecord, buildRecord } from './records';
import type { Target } from './targets';

/**
 * The pure part of ingestion: from response rows and the records already there, what to write.
 * Idempotent by construction: each response row carries a key, and a key already seen updates its
 * record instead of adding one. The adapter (src/server/intake/ingest.ts) gives it a way to look
 * records up (`RecordLookup`: over a sheet read whole, or by finding single rows), calls
 * `planIngestion`, and applies the plan in one write per sheet.
 */
export interface IngestResult {
  created: number;
  updated: number;
  unchanged: number;
  skipped: number;
  issues: number;
  withProblems: number;
}

/** What the plan needs of the world: the clock, the spreadsheet's zone, the coordinator's words. */
export interface IngestClock {
  now: Date;
  /** The spreadsheet's time zone: date answers are the days they fall on there. */
  timeZone: string;
  t: Translate;
  /** Column headers in the coordinator's language, for problem messages. */
  language: SupportedLanguage;
}

/** A confirmed mapping, with what the record says about the consent it was given under. */
export interface IngestMapping extends FormMapping {
  confirmedAt: string;
  standard: boolean;
  consentVersion?: string;
}

/** A record already in the target sheet. */
export interface ExistingRecord {
  rowNumber: number;
  values: RecordValues;
}

/**
 * How the plan finds records already in the target sheet. Over a sheet read whole
 * (`lookupOver`), or row by row from what Sheets finds (src/server/workspace/lookup.ts): the
 * plan's rules are the same either way, because a lookup only narrows the records the plan looks
 * at, and the plan decides.
 */
export interface RecordLookup {
  /** The record that carries this response key, if any. */
  byKey(key: string): ExistingRecord | undefined;
  /**
   * Records that may share this email (lowercased; '' for none) or these phone digits (the last
   * nine at most; '' for none): at least every one that does, more is harmless.
   */
  sharingContact(email: string, phoneDigits: string): readonly ExistingRecord[];
}

/** The lookup over records read whole. */
export function lookupOver(existing: readonly ExistingRecord[]): RecordLookup {
  const byKey = new Map(existing.map((r) => [String(r.values.responseKey ?? ''), r]));
  return { byKey: (key) => byKey.get(key), sharingContact: () => existing };
}

/** Checks the pair or person a diary, questionnaire or assessment names (it reads the programme's sheets). */
export interface LinkChecker {
  resolve(built: BuiltRecord): Problem[];
}

export interface IssueInput {
  sourceSheet: string;
  responseKey: string;
  field: string;
  problem: string;
}

/**
 * A response's identity: its sheet, the moment it was submitted (Sheets keeps whole seconds, so
 * two people can share one) and a digest of its answers. Stored in the key column, it survives
 * sorting and later edits (which change the timestamp and answers but keep the key).
 */
export function responseKeyFor(sheetId: number, timestamp: Date | null, answers: readonly unknown[]): string {
  let hash = 0;
  for (const ch of answers.map((a) => (isDate(a) ? a.getTime() : String(a ?? ''))).join('\u0001')) hash = (Math.imul(hash, 31) + ch.charCodeAt(0)) | 0;
  const digest = (hash >>> 0).toString(36);
  return timestamp ? `R${sheetId}-${timestamp.getTime().toString(36)}-${digest}` : `R${sheetId}-x-${digest}`;
}

export function fieldLabel(schema: SheetSchema, field: string, language: SupportedLanguage): string {
  const column = schema.columns.find((c) => c.key === field);
  if (!column) return sensitiveLabel(field, language) ?? field;
  return headerIn(column, language);
}

/** Problems land in the record's sheet, so a sensitive answer is named but never quoted. `where`: the response's row. */
function describeProblems(problems: readonly Problem[], schema: SheetSchema, ctx: IngestClock, where: { row: number; sheet: string }): string {
  return problems
    .map((p) =>
      ctx.t(`problem.${p.code}`, {
        ...where,
        ...p.params,
        field: fieldLabel(schema, p.field, ctx.language),
        answer: SENSITIVE_INTAKE_FIELDS.has(p.field) ? '…' : p.answer,
      }),
    )
    .join('\n');
}

function sameValue(a: CellInput | undefined, b: CellInput | undefined): boolean {
  const norm = (v: CellInput | undefined) => (v === undefined || v === null || v === '' ? null : isDate(v) ? v.getTime() : v);
  return norm(a) === norm(b);
}

/** The digits a phone is compared by: its last nine, whatever the separators and the country code. */
export const phoneDigits = (phone: CellInput) =>
  String(phone ?? '')
    .replace(/\D/g, '')
    .slice(-9);
const digits = phoneDigits;

/** Fewer digits than this say too little to call two phones the same. */
export const MIN_PHONE_DIGITS = 6;

/** Who else already has this email or phone: flagged, never merged. */
function duplicateOf(lookup: RecordLookup, values: RecordValues, ownKey: string, pending: readonly RecordValues[]): string | null {
  const email = values.email ? String(values.email).toLowerCase() : '';
  const phone = values.phone ? digits(values.phone) : '';
  if (!email && phone.length < MIN_PHONE_DIGITS) return null;
  const candidates = lookup.sharingContact(email, phone.length >= MIN_PHONE_DIGITS ? phone : '');
  const others = [...candidates.map((r) => r.values), ...pending];
  const match = others.find(
    (other) =>
      other.responseKey !== ownKey &&
      ((email && String(other.email ?? '').toLowerCase() === email) || (phone.length >= MIN_PHONE_DIGITS && digits(other.phone ?? '') === phone)),
  );
  return match ? String(match.id ?? match.responseKey) : null;
}

function extrasText(extras: Record<string, string>): string | null {
  const lines = Object.entries(extras).map(([question, answer]) => `${question}: ${answer}`);
  return lines.length ? lines.join('\n') : null;
}

function recordValues(built: BuiltRecord, key: string, mapping: IngestMapping, ctx: IngestClock): RecordValues {
  const values: RecordValues = { ...built.values, responseKey: key, submittedAt: built.timestamp, extraAnswers: extrasText(built.extras) };
  if (built.kind === 'diary') {
    const concerns = String(values.concerns ?? '');
    values.concernReported = concerns.trim() !== '';
    values.concernKind = classifyConcern(concerns);
  }
  if (built.kind === 'mentor' || built.kind === 'mentee') {
    // What was agreed is the form's consent text: its version, and when the mapping was confirmed.
    values.consentVersion =
      built.values.consentData === true
        ? `${mapping.consentVersion ?? (mapping.standard ? 'standard form' : 'own form')} (${mapping.confirmedAt.slice(0, 10)})`
        : null;
  }
  if (built.kind === 'mentee') {
    // From a birth year alone, someone who may not have had their 18th birthday yet counts as a
    // minor: safeguarding never reads an uncertain age as the safe answer (the coordinator's
    // "Age checked" column overrules it).
    const birthYear = typeof built.values.birthYear === 'number' ? built.values.birthYear : null;
    const status = minorStatus({ birthYear, ageCheck: '', recordedMinor: false }, referenceYear(ctx.now));
    values.isMinor = status === 'unknown' ? null : status !== 'adult';
  }
  return values;
}

/** A response's sensitive answers as rows of the sensitive sheet: about the person, or about the pair a diary is for. */
function sensitiveEntries(answers: Record<string, string>, values: RecordValues, built: BuiltRecord): SensitiveEntry[] {
  const personId = String(values.id ?? values.mentorId ?? '');
  const relatedId = built.kind === 'diary' ? String(values.pairCode ?? '') : '';
  return Object.entries(answers).map(([kind, value]) => ({ personId, relatedId, kind, value, source: String(values.responseKey ?? '') }));
}

/** Responses that name nobody cannot become a person record; they become an intake issue instead. */
function isUnidentifiable(built: BuiltRecord): boolean {
  return !built.values.name && !built.values.email && !built.values.phone;
}

/** What a batch reads once, before its rows, and each row looks things up in. */
interface Batch {
  ctx: IngestClock;
  mapping: IngestMapping;
  target: Target;
  lookup: RecordLookup;
  links: LinkChecker | null;
  ids: { next(): string } | null;
  keyIndex: number;
  sheetId: number;
  sheetName: string;
}

/** What the rows add up to: written in one go after the last row, one call per sheet. */
export interface Staged {
  result: IngestResult;
  creates: RecordValues[];
  updates: { rowNumber: number; values: RecordValues }[];
  sensitive: Map<string, SensitiveEntry[]>;
  sensitiveSeenBefore: boolean;
  issues: IssueInput[];
  keys: unknown[][];
  keysChanged: boolean;
  seenKeys: Set<string>;
}

/** One answered response on its way to a record. */
interface RowRecord {
  key: string;
  built: BuiltRecord;
  values: RecordValues;
  /** Its sensitive answers, taken out of `values`: they go to the protected sheet only. */
  answers: Record<string, string>;
}

/** The row's key: the one it already carries, or a new one from its timestamp and answers. */
function keyForRow(batch: Batch, staged: Staged, row: readonly unknown[], existingKey: string, built: BuiltRecord, rowNumber: number): string {
  let key =
    existingKey ||
    responseKeyFor(
      batch.sheetId,
      built.timestamp,
      row.filter((_, i) => i !== batch.keyIndex),
    );
  // A row pasted twice carries the same timestamp (or key): the copy is a response of its own.
  if (staged.seenKeys.has(key)) key = `${key}-r${rowNumber}`;
  staged.seenKeys.add(key);
  staged.keys.push([key]);
  if (key !== existingKey) staged.keysChanged = true;
  return key;
}

/**
 * The record of a response, fitted to cells, its sensitive answers taken out, and every problem
 * found (a possible duplicate included) written in it.
 */
function checkedRecord(
  batch: Batch,
  staged: Staged,
  built: BuiltRecord,
  key: string,
  existing: ExistingRecord | undefined,
  problems: Problem[],
  rowNumber: number,
): RowRecord {
  const { ctx, target } = batch;
  // A value longer than a cell holds is written in part, marked and flagged; the response row keeps it whole.
  const where = { row: rowNumber, sheet: batch.sheetName };
  const fitted = fitToCells(recordValues(built, key, batch.mapping, ctx), () => ctx.t('problem.tooLongMarker', where));
  const values = fitted.values;
  problems.push(...fitted.problems);
  const answers = takeSensitive(values);
  if (target.isPerson) {
    const duplicate = duplicateOf(batch.lookup, { ...values, id: existing?.values.id ?? null }, key, staged.creates);
    values.possibleDuplicateOf = duplicate;
    if (duplicate) problems.push({ field: 'email', code: 'possibleDuplicate', answer: duplicate });
  }
  values.intakeProblems = problems.length ? describeProblems(problems, target.schema, ctx, where) : null;
  if (problems.length) staged.result.withProblems++;
  return { key, built, values, answers };
}

/** A response seen before updates its record, and only when something changed. */
function stageEdit(batch: Batch, staged: Staged, existing: ExistingRecord, { key, built, values, answers }: RowRecord): void {
  // An edit resubmits the response with a new timestamp; the record keeps the first one (the application date).
  delete values.submittedAt;
  // An edit can take a sensitive answer back: its stored rows are looked at even when the record did not change.
  staged.sensitive.set(key, sensitiveEntries(answers, { ...existing.values, ...values }, built));
  staged.sensitiveSeenBefore = true;
  const changed = Object.keys(values).some((k) => !sameValue(values[k], existing.values[k]));
  if (!changed) {
    staged.result.unchanged++;
    return;
  }
  staged.updates.push({ rowNumber: existing.rowNumber, values: { ...values, updatedAt: batch.ctx.now } });
  staged.result.updated++;
}

/** A new response becomes a new record, with the next id of its sheet. */
function stageNew(batch: Batch, staged: Staged, { key, built, values, answers }: RowRecord): void {
  const { target, ids } = batch;
  if (target.idKey && ids) values[target.idKey] = ids.next();
  values.updatedAt = batch.ctx.now;
  if (Object.keys(answers).length) staged.sensitive.set(key, sensitiveEntries(answers, values, built));
  staged.creates.push(values);
  staged.result.created++;
}

function ingestRow(batch: Batch, staged: Staged, row: readonly unknown[], rowNumber: number): void {
  const { keyIndex, target } = batch;
  const existingKey = String(row[keyIndex] ?? '');
  const answered = row.some((cell, i) => i !== keyIndex && cell !== '' && cell !== null);
  if (!answered) {
    staged.result.skipped++;
    staged.keys.push([existingKey]);
    return;
  }
  const built = buildRecord(batch.mapping, row, { now: batch.ctx.now, timeZone: batch.ctx.timeZone }, target.required);
  const key = keyForRow(batch, staged, row, existingKey, built, rowNumber);
  const problems = [...built.problems, ...(batch.links ? batch.links.resolve(built) : [])];
  if (target.isPerson && isUnidentifiable(built)) {
    staged.issues.push({ sourceSheet: batch.sheetName, responseKey: key, field: '', problem: batch.ctx.t('problem.unidentifiable') });
    return;
  }
  const existing = batch.lookup.byKey(key);
  const record = checkedRecord(batch, staged, built, key, existing, problems, rowNumber);
  if (existing) stageEdit(batch, staged, existing, record);
  else stageNew(batch, staged, record);
}

export interface IngestInput {
  rows: readonly (readonly unknown[])[];
  firstRow: number;
  mapping: IngestMapping;
  target: Target;
  /** The records already there, read whole; or, instead, `lookup`. */
  existing?: readonly ExistingRecord[];
  lookup?: RecordLookup;
  links: LinkChecker | null;
  ids: { next(): string } | null;
  sheetId: number;
  sheetName: string;
  clock: IngestClock;
}

/** What to write for `rows`: new records, updates, sensitive rows, intake issues and the key column. */
export function planIngestion(input: IngestInput): Staged {
  const keyIndex = input.mapping.columns.findIndex((c) => c.role === 'key');
  const batch: Batch = {
    ctx: input.clock,
    mapping: input.mapping,
    target: input.target,
    lookup: input.lookup ?? lookupOver(input.existing ?? []),
    links: input.links,
    ids: input.ids,
    keyIndex,
    sheetId: input.sheetId,
    sheetName: input.sheetName,
  };
  const staged: Staged = {
    result: { created: 0, updated: 0, unchanged: 0, skipped: 0, issues: 0, withProblems: 0 },
    creates: [],
    updates: [],
    sensitive: new Map(),
    sensitiveSeenBefore: false,
    issues: [],
    keys: [],
    keysChanged: false,
    seenKeys: new Set(),
  };
  input.rows.forEach((row, offset) => {
    ingestRow(batch, staged, row, input.firstRow + offset);
  });
  return staged;
}
