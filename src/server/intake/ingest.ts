import { UserError } from '../../core/errors';
import type { SupportedLanguage, Translate } from '../../core/i18n';
import { KEY_COLUMN_HEADER, reconcileMapping } from '../../core/intake/mapping';
import { INTAKE_ISSUES } from '../../core/schema/sheets';
import { recordSensitive } from '../privacy/sensitiveSheet';
import { appendRecords, readTable, updateRecords } from '../workspace/table';
import { LinkResolver } from './links';
import { mappingFor, saveMapping, type StoredMapping } from './mappingStore';
import { idIssuer } from '../workspace/idMarks';
import { ID_PREFIX } from '../../core/ids';
import { TARGETS } from '../../core/intake/targets';
import { type IngestResult, type IssueInput, planIngestion } from '../../core/intake/ingestPlan';

/**
 * The adapter of ingestion (the plan is src/core/intake/ingestPlan.ts). Turns response rows into records. Idempotent: each response row carries a key (in a column of
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
  const table = readTable(ctx.spreadsheet, target.schema);
  const ids = target.idKey
    ? idIssuer(
        target.idPrefix,
        table.rows.map((r) => r.values[target.idKey!]),
      )
    : null;
  const staged = planIngestion({
    rows,
    firstRow,
    mapping,
    target,
    existing: table.rows,
    links: target.isPerson ? null : new LinkResolver(ctx.spreadsheet),
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
