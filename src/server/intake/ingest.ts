import { UserError } from '../../core/errors';
import type { SupportedLanguage, Translate } from '../../core/i18n';
import { KEY_COLUMN_HEADER, reconcileMapping } from '../../core/intake/mapping';
import { INTAKE_ISSUES } from '../../core/schema/sheets';
import { recordSensitive } from '../privacy/sensitiveSheet';
import { appendRecords, openTable, readTable, requireSheet, type Table, type TableRow, updateRecords } from '../workspace/table';
import { LinkResolver } from './links';
import { mappingFor, saveMapping, type StoredMapping } from './mappingStore';
import { findingIdIssuer, type IdIssuer, idIssuer } from '../workspace/idMarks';
import { chooseReadWay, escapeForPattern, findingLookup, highestIdInColumn, idTaken, rowsMatching } from '../workspace/lookup';
import { ID_PREFIX } from '../../core/ids';
import { type Target, TARGETS } from '../../core/intake/targets';
import { type IngestResult, type IssueInput, lookupOver, planIngestion, type RecordLookup } from '../../core/intake/ingestPlan';

/**
 * The adapter of ingestion (the plan is src/core/intake/ingestPlan.ts). Turns response rows into records. Idempotent: each response row carries a key (in a column of
 * ours at the right of the response sheet) and a key already seen updates its record instead of
 * adding one, so duplicate trigger fires, two collaborators' triggers and re-imports give one
 * record. Sorting, inserting or deleting response rows moves the key with its row.
 *
 * What one response costs (bench/intake.ts measures it). A large target sheet is not read: Sheets
 * finds what the plan needs (src/server/workspace/lookup.ts) and only the rows found are read.
 * A new response: read its row and the target sheet's header, search the key column, search the
 * email and phone columns (one search), search the id column for the next id, write the record,
 * write the key: 7 data calls. An edit: the key search finds its record's row, which is read (the
 * update starts from it), the contact is searched again, the changed cells written: 6. A response
 * with sensitive answers adds a read of the protected Sensitive details sheet's header and a
 * write; an edit also searches that sheet's Source column and reads only its own rows (9 and 10
 * in all). Cells moved: about 110 for a new response and 140 for an edit, at 1,000 records as at
 * 50,000. A small sheet (below about 24,000 cells, some 600 records), or a batch large enough
 * that the searches would cost more than one read (the cost model in lookup.ts: 80 ms a call,
 * 0.01 ms a cell; about 16 responses at 10,000 records, and every 500-row import chunk), is read
 * whole, once per batch, as before: 4 data calls for a new response, 6 with sensitive answers, 5
 * for an edit. The mapped sheet's header is re-read only when its width changed.
 */
export type { IngestResult } from '../../core/intake/ingestPlan';
export { fieldLabel, responseKeyFor } from '../../core/intake/ingestPlan';

export interface IngestContext {
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
  now: Date;
  /** The spreadsheet's time zone: date answers are the days they fall on there. */
  timeZone: string;
  t: Translate;
  /** Column headers in the coordinator's language, for problem messages. */
  language: SupportedLanguage;
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

/** Searches (and reads) an issue costs the Intake issues sheet when it is not read whole: its response's rows, the next id. */
const ISSUE_CALLS = 3;

/**
 * The Intake issues rows of these responses (to tell an issue already open) and an issuer of
 * issue ids: the sheet read whole when small, else one search of the Response key column and
 * the id found free by searching (lookup.ts chooses).
 */
function issueReads(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  keys: readonly string[],
): { table: Table; rows: readonly TableRow[]; ids: IdIssuer } {
  const sheet = requireSheet(spreadsheet, INTAKE_ISSUES);
  if (chooseReadWay(keys.length, ISSUE_CALLS, sheet.getLastRow(), sheet.getLastColumn()) === 'whole') {
    const table = readTable(spreadsheet, INTAKE_ISSUES);
    const ids = idIssuer(
      ID_PREFIX.issue,
      table.rows.map((r) => r.values.issueId),
    );
    return { table, rows: table.rows, ids };
  }
  const table = openTable(spreadsheet, INTAKE_ISSUES);
  const wanted = [...new Set(keys.filter(Boolean))];
  const rows = wanted.length
    ? table.readRows(rowsMatching(table, 'responseKey', wanted.map(escapeForPattern).join('|'), { regex: true, matchCase: true }))
    : [];
  const ids = findingIdIssuer(ID_PREFIX.issue, {
    taken: (n) => idTaken(table, 'issueId', ID_PREFIX.issue, n),
    highest: () => highestIdInColumn(table, 'issueId', ID_PREFIX.issue),
  });
  return { table, rows, ids };
}

export function recordIssues(ctx: IngestContext, issues: readonly IssueInput[]): number {
  if (issues.length === 0) return 0;
  const { table, rows, ids } = issueReads(
    ctx.spreadsheet,
    issues.map((i) => i.responseKey),
  );
  const open = new Set(rows.filter((r) => r.values.status !== 'Fixed').map((r) => `${r.values.responseKey ?? ''}|${r.values.field ?? ''}`));
  const fresh = issues.filter((i) => !open.has(`${i.responseKey}|${i.field}`));
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

/** Searches (and row reads) a response costs the target sheet when it is not read whole: key, contact, id. */
const TARGET_CALLS_PER_ROW = 3;

/** The target sheet for a batch: read whole, or opened by its header with lookups that find rows (whichever costs less). */
function targetReads(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  target: Target,
  batchRows: number,
): { table: Table; lookup: RecordLookup; ids: IdIssuer | null } {
  const sheet = requireSheet(spreadsheet, target.schema);
  const way = chooseReadWay(batchRows, TARGET_CALLS_PER_ROW, sheet.getLastRow(), sheet.getLastColumn());
  if (way === 'whole') {
    const table = readTable(spreadsheet, target.schema);
    const ids = target.idKey
      ? idIssuer(
          target.idPrefix,
          table.rows.map((r) => r.values[target.idKey!]),
        )
      : null;
    return { table, lookup: lookupOver(table.rows), ids };
  }
  const table = openTable(spreadsheet, target.schema);
  const idKey = target.idKey;
  const ids = idKey
    ? findingIdIssuer(target.idPrefix, {
        taken: (n) => idTaken(table, idKey, target.idPrefix, n),
        highest: () => highestIdInColumn(table, idKey, target.idPrefix),
      })
    : null;
  return { table, lookup: findingLookup(table), ids };
}

/**
 * Ingests `count` response rows starting at `firstRow` of a mapped response sheet. The caller
 * holds the document lock.
 */
export function ingestRows(sheet: GoogleAppsScript.Spreadsheet.Sheet, firstRow: number, count: number, ctx: IngestContext): IngestResult {
  const stored = mappingFor(sheet.getSheetId());
  if (!stored) throw new UserError('problem.notMapped', { answer: sheet.getName() });
  if (count < 1) return { created: 0, updated: 0, unchanged: 0, skipped: 0, issues: 0, withProblems: 0 };
  const { mapping, width } = currentMapping(sheet, stored);
  const keyIndex = mapping.columns.findIndex((c) => c.role === 'key');
  const rows = sheet.getRange(firstRow, 1, count, width).getValues();
  const target = TARGETS[mapping.kind];
  const { table, lookup, ids } = targetReads(ctx.spreadsheet, target, count);
  const staged = planIngestion({
    rows,
    firstRow,
    mapping,
    target,
    lookup,
    links: target.isPerson ? null : new LinkResolver(ctx.spreadsheet, count),
    ids,
    sheetId: sheet.getSheetId(),
    sheetName: sheet.getName(),
    clock: ctx,
  });

  // Sensitive details first: if the user may not write them (not a coordinator), nothing is written
  // and the response stays in its sheet, to be imported again by a coordinator.
  recordSensitive(ctx.spreadsheet, staged.sensitive, ctx.now, staged.sensitiveSeenBefore);
  ids?.keep();
  appendRecords(table, staged.creates);
  updateRecords(table, staged.updates);
  if (staged.keysChanged) sheet.getRange(firstRow, keyIndex + 1, count, 1).setValues(staged.keys);
  const result = staged.result;
  result.issues = recordIssues(ctx, staged.issues);
  return result;
}
