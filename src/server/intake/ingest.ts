import { UserError } from '../../core/errors';
import type { Translate } from '../../core/i18n';
import { fitToCells } from '../../core/intake/cellLimit';
import { KEY_COLUMN_HEADER, reconcileMapping } from '../../core/intake/mapping';
import type { Problem } from '../../core/intake/normalise';
import { minorStatus, referenceYear } from '../../core/matching/minors';
import { type BuiltRecord, buildRecord } from '../../core/intake/records';
import { classifyConcern, SENSITIVE_INTAKE_FIELDS, type SensitiveEntry, sensitiveLabel, takeSensitive } from '../../core/privacy/sensitive';
import { INTAKE_ISSUES } from '../../core/schema/sheets';
import type { CellInput, RecordValues, SheetSchema } from '../../core/schema/types';
import { isDate } from '../../core/values';
import { recordSensitive } from '../privacy/sensitiveSheet';
import { appendRecords, readTable, type RowUpdate, type Table, type TableRow, updateRecords } from '../workspace/table';
import { LinkResolver } from './links';
import { mappingFor, saveMapping, type StoredMapping } from './mappingStore';
import { type IdIssuer, idIssuer } from '../workspace/idMarks';
import { ID_PREFIX } from '../../core/ids';
import { type Target, TARGETS } from './targets';

/**
 * Turns response rows into records. Idempotent: each response row carries a key (in a column of
 * ours at the right of the response sheet) and a key already seen updates its record instead of
 * adding one, so duplicate trigger fires, two collaborators' triggers and re-imports give one
 * record. Sorting, inserting or deleting response rows moves the key with its row.
 *
 * Sheets calls for one new response: read the row, read the target sheet, write the record, write
 * the key (4); an edited response reuses its key (3). A response with sensitive answers (origin,
 * permit, health, a diary's concerns) adds a read of the protected Sensitive details sheet's header
 * and a write (6; an edit reads that sheet whole, 5). The header is re-read only when the sheet's
 * width changed.
 */
export interface IngestResult {
  created: number;
  updated: number;
  unchanged: number;
  skipped: number;
  issues: number;
  withProblems: number;
}

export interface IngestContext {
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
  now: Date;
  /** The spreadsheet's time zone: date answers are the days they fall on there. */
  timeZone: string;
  t: Translate;
  /** Column headers in the coordinator's language, for problem messages. */
  language: 'en' | 'it';
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

/** Re-reads the header when the sheet's width changed, and keeps the mapping in step (renamed and new questions). */
function currentMapping(sheet: GoogleAppsScript.Spreadsheet.Sheet, stored: StoredMapping): { mapping: StoredMapping; width: number } {
  let width = sheet.getLastColumn();
  let mapping = stored;
  if (width !== stored.columns.length) {
    const header = (sheet.getRange(1, 1, 1, width).getValues()[0] ?? []).map((h) => String(h));
    const { mapping: next, changes } = reconcileMapping(stored, header);
    mapping = { ...stored, ...next, pendingQuestions: [...new Set([...stored.pendingQuestions, ...changes.added])] };
  }
  if (!mapping.columns.some((c) => c.role === 'key')) {
    // Our key column goes at the right of everything, where Forms never writes.
    if (width + 1 > sheet.getMaxColumns()) sheet.insertColumnsAfter(sheet.getMaxColumns(), 1);
    sheet.getRange(1, width + 1, 1, 1).setValues([[KEY_COLUMN_HEADER]]);
    mapping = { ...mapping, columns: [...mapping.columns, { header: KEY_COLUMN_HEADER, role: 'key', field: null, confidence: 1 }] };
    width += 1;
  }
  if (mapping !== stored) saveMapping(mapping);
  return { mapping, width: mapping.columns.length };
}

export function fieldLabel(schema: SheetSchema, field: string, language: 'en' | 'it'): string {
  const column = schema.columns.find((c) => c.key === field);
  if (!column) return sensitiveLabel(field, language) ?? field;
  return language === 'it' && column.headerIt ? column.headerIt : column.header;
}

/** Problems land in the record's sheet, so a sensitive answer is named but never quoted. `where`: the response's row. */
function describeProblems(problems: readonly Problem[], schema: SheetSchema, ctx: IngestContext, where: { row: number; sheet: string }): string {
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

const digits = (phone: CellInput) =>
  String(phone ?? '')
    .replace(/\D/g, '')
    .slice(-9);

/** Who else already has this email or phone: flagged, never merged. */
function duplicateOf(table: Table, values: RecordValues, ownKey: string, pending: readonly RecordValues[]): string | null {
  const email = values.email ? String(values.email).toLowerCase() : '';
  const phone = values.phone ? digits(values.phone) : '';
  if (!email && phone.length < 6) return null;
  const others = [...table.rows.map((r) => r.values), ...pending];
  const match = others.find(
    (other) =>
      other.responseKey !== ownKey &&
      ((email && String(other.email ?? '').toLowerCase() === email) || (phone.length >= 6 && digits(other.phone ?? '') === phone)),
  );
  return match ? String(match.id ?? match.responseKey) : null;
}

function extrasText(extras: Record<string, string>): string | null {
  const lines = Object.entries(extras).map(([question, answer]) => `${question}: ${answer}`);
  return lines.length ? lines.join('\n') : null;
}

function recordValues(built: BuiltRecord, key: string, mapping: StoredMapping, ctx: IngestContext): RecordValues {
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

interface IssueInput {
  sourceSheet: string;
  responseKey: string;
  field: string;
  problem: string;
}

export function recordIssues(ctx: IngestContext, issues: readonly IssueInput[]): number {
  if (issues.length === 0) return 0;
  const table = readTable(ctx.spreadsheet, INTAKE_ISSUES);
  const open = new Set(table.rows.filter((r) => r.values.status !== 'Fixed').map((r) => `${r.values.responseKey ?? ''}|${r.values.field ?? ''}`));
  const fresh = issues.filter((i) => !open.has(`${i.responseKey}|${i.field}`));
  const ids = idIssuer(
    ID_PREFIX.issue,
    table.rows.map((r) => r.values.issueId),
  );
  const records = fresh.map((issue) => {
    const issueId = ids.next();
    return {
      issueId,
      raisedAt: ctx.now,
      sourceSheet: issue.sourceSheet,
      responseKey: issue.responseKey,
      field: issue.field,
      problem: issue.problem,
      fix: ctx.t('problem.fix'),
      status: 'Open',
    };
  });
  ids.keep();
  appendRecords(table, records, { byCoordinator: true });
  return records.length;
}

/** What a batch reads once, before its rows, and each row looks things up in. */
interface Batch {
  ctx: IngestContext;
  mapping: StoredMapping;
  target: Target;
  table: Table;
  byKey: Map<string, TableRow>;
  links: LinkResolver | null;
  ids: IdIssuer | null;
  keyIndex: number;
  sheetId: number;
  sheetName: string;
}

/** What the rows add up to: written in one go after the last row, one call per sheet. */
interface Staged {
  result: IngestResult;
  creates: RecordValues[];
  updates: RowUpdate[];
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
  existing: TableRow | undefined,
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
    const duplicate = duplicateOf(batch.table, { ...values, id: existing?.values.id ?? null }, key, staged.creates);
    values.possibleDuplicateOf = duplicate;
    if (duplicate) problems.push({ field: 'email', code: 'possibleDuplicate', answer: duplicate });
  }
  values.intakeProblems = problems.length ? describeProblems(problems, target.schema, ctx, where) : null;
  if (problems.length) staged.result.withProblems++;
  return { key, built, values, answers };
}

/** A response seen before updates its record, and only when something changed. */
function stageEdit(batch: Batch, staged: Staged, existing: TableRow, { key, built, values, answers }: RowRecord): void {
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
  const existing = batch.byKey.get(key);
  const record = checkedRecord(batch, staged, built, key, existing, problems, rowNumber);
  if (existing) stageEdit(batch, staged, existing, record);
  else stageNew(batch, staged, record);
}

/**
 * Ingests `count` response rows starting at `firstRow` of a mapped response sheet. The caller
 * holds the document lock.
 */
export function ingestRows(sheet: GoogleAppsScript.Spreadsheet.Sheet, firstRow: number, count: number, ctx: IngestContext): IngestResult {
  const result: IngestResult = { created: 0, updated: 0, unchanged: 0, skipped: 0, issues: 0, withProblems: 0 };
  const stored = mappingFor(sheet.getSheetId());
  if (!stored) throw new UserError('problem.notMapped', { answer: sheet.getName() });
  if (count < 1) return result;
  const { mapping, width } = currentMapping(sheet, stored);
  const keyIndex = mapping.columns.findIndex((c) => c.role === 'key');
  const rows = sheet.getRange(firstRow, 1, count, width).getValues();
  const sheetId = sheet.getSheetId();
  const sheetName = sheet.getName();

  const target = TARGETS[mapping.kind];
  const table = readTable(ctx.spreadsheet, target.schema);
  const batch: Batch = {
    ctx,
    mapping,
    target,
    table,
    byKey: new Map(table.rows.map((r) => [String(r.values.responseKey ?? ''), r])),
    links: target.isPerson ? null : new LinkResolver(ctx.spreadsheet),
    ids: target.idKey
      ? idIssuer(
          target.idPrefix,
          table.rows.map((r) => r.values[target.idKey!]),
        )
      : null,
    keyIndex,
    sheetId,
    sheetName,
  };
  const staged: Staged = {
    result,
    creates: [],
    updates: [],
    sensitive: new Map(),
    sensitiveSeenBefore: false,
    issues: [],
    keys: [],
    keysChanged: false,
    seenKeys: new Set(),
  };
  rows.forEach((row, offset) => {
    ingestRow(batch, staged, row, firstRow + offset);
  });

  // Sensitive details first: if the user may not write them (not a coordinator), nothing is written
  // and the response stays in its sheet, to be imported again by a coordinator.
  recordSensitive(ctx.spreadsheet, staged.sensitive, ctx.now, staged.sensitiveSeenBefore);
  batch.ids?.keep();
  appendRecords(table, staged.creates);
  updateRecords(table, staged.updates);
  if (staged.keysChanged) sheet.getRange(firstRow, keyIndex + 1, count, 1).setValues(staged.keys);
  result.issues = recordIssues(ctx, staged.issues);
  return result;
}
