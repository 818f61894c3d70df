import { badArgument } from '../../core/errors';
import { type MessageKey, translator } from '../../core/i18n';
import { NEWCOMER_LANGUAGES, type NewcomerLanguage } from '../../core/i18n/languages';
import { feedbackMessage, type Decision } from '../../core/intake/feedback';
import { FIELDS, FORM_KINDS, type FormKind } from '../../core/intake/fields';
import { type ColumnMapping, guessKind, missingRequired, proposeMapping } from '../../core/intake/mapping';
import { INTAKE_ISSUES, MEETINGS, MENTEES, MENTORS, PAIRS, SCREENING_DECISIONS } from '../../core/schema/sheets';
import type { RecordValues, SheetSchema } from '../../core/schema/types';
import { asDate, firstName } from '../../core/values';
import { expectInteger, expectOneOf, expectRecord, expectString, expectText } from '../../core/validate';
import { TEXT_LIMITS } from '../../core/inputLimits';
import { audit } from '../workspace/audit';
import { withDocumentLock } from '../workspace/lock';
import { findSheets } from '../workspace/sheetRegistry';
import { currentLanguage } from '../workspace/preferences';
import { activeSpreadsheet, currentTime } from '../workspace/services';
import { readSettings } from '../workspace/settingsSheet';
import { findSheet, readTable, updateRecords } from '../workspace/table';
import { ingestContext } from './context';
import { assertCoordinator, canEditSensitive } from '../privacy/sensitiveSheet';
import { fieldLabel, type IngestResult, ingestRows } from './ingest';
import { allMappings, mappingFor, saveMapping } from './mappingStore';
import { notImportedCount } from './notImported';
import { type CreatedForm, createStandardForm, hasWaitingForms, linkWaitingForms } from './standardForms';
import { TARGETS } from '../../core/intake/targets';
import { type IngestionStatus, ingestionStatus, installIngestion } from './trigger';

/** Rows per import call: well inside the 30 s a sidebar call should take (see README, Benchmarks). */
export const IMPORT_CHUNK = 500;

export interface ResponseSheetInfo {
  sheetId: number;
  name: string;
  responses: number;
  notImported: number;
  kind: FormKind | null;
  standard: boolean;
  pendingQuestions: string[];
}

export interface OpenProblem {
  source: 'record' | 'issue';
  sheet: string;
  id: string;
  name: string;
  text: string;
  fix: string;
}

export interface Applicant {
  role: 'mentor' | 'mentee';
  id: string;
  name: string;
  submittedAt: string | null;
  updatedAt: string | null;
  decision: string;
  reason: string;
  hasProblems: boolean;
  consent: boolean;
  possibleDuplicateOf: string | null;
}

export interface IntakeOverview {
  setUp: boolean;
  counts: { sheet: string; records: number }[];
  responseSheets: ResponseSheetInfo[];
  problems: OpenProblem[];
  applicants: Applicant[];
  ingestion: IngestionStatus;
  decisions: string[];
  kinds: FormKind[];
  /** Whether the person looking may import, turn on automatic import and erase (a coordinator). */
  isCoordinator: boolean;
}

const iso = (value: unknown) => asDate(value)?.toISOString() ?? null;

function responseSheets(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): GoogleAppsScript.Spreadsheet.Sheet[] {
  const mapped = new Set(allMappings().map((m) => m.sheetId));
  return spreadsheet.getSheets().filter((s) => s.getFormUrl() !== null || mapped.has(s.getSheetId()));
}

function responseSheetInfo(sheet: GoogleAppsScript.Spreadsheet.Sheet): ResponseSheetInfo {
  const mapping = mappingFor(sheet.getSheetId());
  const lastRow = sheet.getLastRow();
  const lastColumn = sheet.getLastColumn();
  const notImported = notImportedCount(sheet, lastRow, lastColumn);
  return {
    sheetId: sheet.getSheetId(),
    name: sheet.getName(),
    responses: Math.max(0, lastRow - 1),
    notImported,
    kind: mapping?.kind ?? null,
    standard: mapping?.standard ?? false,
    pendingQuestions: mapping?.pendingQuestions ?? [],
  };
}

/** Responses not yet imported, per response sheet (the Home desk's count). */
export function notImportedCounts(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): { sheet: string; count: number }[] {
  return responseSheets(spreadsheet).map((sheet) => {
    const info = responseSheetInfo(sheet);
    return { sheet: info.name, count: info.notImported };
  });
}

function countOf(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, schema: SheetSchema) {
  const sheet = findSheet(spreadsheet, schema);
  return { sheet: sheet?.getName() ?? schema.name, records: sheet ? Math.max(0, sheet.getLastRow() - 1) : 0 };
}

function applicantOf(role: Applicant['role'], values: RecordValues): Applicant {
  return {
    role,
    id: String(values.id ?? ''),
    name: String(values.name ?? ''),
    submittedAt: iso(values.submittedAt),
    updatedAt: iso(values.updatedAt),
    decision: String(values.screeningDecision ?? ''),
    reason: String(values.screeningReason ?? ''),
    hasProblems: !!values.intakeProblems,
    consent: values.consentData === true,
    possibleDuplicateOf: values.possibleDuplicateOf ? String(values.possibleDuplicateOf) : null,
  };
}

/** Mentors and mentees in one list, with the intake problems written on their records. */
function applicantsAndRecordProblems(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): { applicants: Applicant[]; problems: OpenProblem[] } {
  const applicants: Applicant[] = [];
  const problems: OpenProblem[] = [];
  for (const [schema, role] of [
    [MENTORS, 'mentor'],
    [MENTEES, 'mentee'],
  ] as const) {
    const table = readTable(spreadsheet, schema);
    for (const { values } of table.rows) {
      const applicant = applicantOf(role, values);
      if (values.intakeProblems)
        problems.push({
          source: 'record',
          sheet: table.sheet.getName(),
          id: applicant.id,
          name: applicant.name,
          text: String(values.intakeProblems),
          fix: translator(currentLanguage(spreadsheet))('problem.fix'),
        });
      applicants.push(applicant);
    }
  }
  return { applicants, problems };
}

/** Intake issues the coordinator has neither fixed nor chosen to ignore. */
function openIssues(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): OpenProblem[] {
  return readTable(spreadsheet, INTAKE_ISSUES)
    .rows.map((row) => row.values)
    .filter((values) => values.status !== 'Fixed' && values.status !== 'Ignored')
    .map((values) => ({
      source: 'issue',
      sheet: String(values.sourceSheet ?? ''),
      id: String(values.issueId ?? ''),
      name: '',
      text: String(values.problem ?? ''),
      fix: String(values.fix ?? ''),
    }));
}

function overview(): IntakeOverview {
  const spreadsheet = activeSpreadsheet();
  const setUp = findSheets(spreadsheet, [MENTORS, MENTEES, INTAKE_ISSUES]).every((sheet) => sheet !== null);
  // Before setup the record sheets do not exist: nothing is read, and the sidebar offers setup.
  const people = setUp ? applicantsAndRecordProblems(spreadsheet) : { applicants: [], problems: [] };
  const issues = setUp ? openIssues(spreadsheet) : [];
  return {
    setUp,
    counts: setUp ? [MENTORS, MENTEES, PAIRS, MEETINGS].map((schema) => countOf(spreadsheet, schema)) : [],
    responseSheets: responseSheets(spreadsheet).map(responseSheetInfo),
    problems: [...people.problems, ...issues],
    applicants: people.applicants,
    ingestion: ingestionStatus(),
    decisions: SCREENING_DECISIONS.filter(Boolean) as string[],
    kinds: [...FORM_KINDS],
    isCoordinator: canEditSensitive(spreadsheet),
  };
}

function sheetById(sheetId: unknown): GoogleAppsScript.Spreadsheet.Sheet {
  const id = expectInteger(sheetId, 'sheetId', 0, Number.MAX_SAFE_INTEGER);
  const sheet = activeSpreadsheet()
    .getSheets()
    .find((s) => s.getSheetId() === id);
  if (!sheet) throw badArgument('no sheet with this id');
  return sheet;
}

export interface MappingProposalDto {
  sheetId: number;
  sheetName: string;
  kind: FormKind;
  guessedKind: FormKind;
  columns: ColumnMapping[];
  fields: string[];
  missingRequired: string[];
  confirmed: boolean;
  /** Each field's name in the coordinator's language. */
  fieldLabels: Record<string, string>;
}

function fieldLabels(kind: FormKind): Record<string, string> {
  const language = currentLanguage(activeSpreadsheet());
  const t = translator(language);
  const schema = TARGETS[kind].schema;
  const labels: Record<string, string> = {};
  for (const field of FIELDS[kind]) {
    // Fields with no column of their own: the two emails, and the halves of a name composed into Name.
    if (['mentorEmail', 'personEmail', 'firstName', 'lastName'].includes(field.key)) labels[field.key] = t(`field.${field.key}` as MessageKey);
    else labels[field.key] = fieldLabel(schema, field.key, language);
  }
  return labels;
}

export interface ImportProgress {
  sheetId: number;
  nextRow: number;
  lastRow: number;
  done: boolean;
  result: IngestResult;
}

export const intakeApi = {
  getIntakeOverview: (): IntakeOverview => {
    // A form whose response sheet Google added after its creation is linked when Intake opens.
    if (hasWaitingForms()) withDocumentLock(() => linkWaitingForms(activeSpreadsheet()));
    return overview();
  },

  /** The proposed (or confirmed) mapping of a response sheet's questions to fields. */
  proposeMapping: (input: { sheetId: number; kind?: FormKind }): MappingProposalDto => {
    const record = expectRecord(input, 'input');
    const sheet = sheetById(record.sheetId);
    const header = sheet.getLastColumn() > 0 ? sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0]!.map(String) : [];
    const stored = mappingFor(sheet.getSheetId());
    const guessedKind = guessKind(header).kind;
    const kind = record.kind === undefined ? (stored?.kind ?? guessedKind) : expectOneOf(record.kind, FORM_KINDS, 'kind');
    const useStored = stored && stored.kind === kind;
    const mapping = useStored ? { kind, columns: stored.columns } : proposeMapping(header, kind);
    return {
      sheetId: sheet.getSheetId(),
      sheetName: sheet.getName(),
      kind,
      guessedKind,
      columns: mapping.columns,
      fields: FIELDS[kind].map((f) => f.key),
      missingRequired: missingRequired(mapping),
      confirmed: !!useStored,
      fieldLabels: fieldLabels(kind),
    };
  },

  /** Saves the coordinator's mapping. Unmapped questions stay as "Other answers". */
  confirmMapping: (input: { sheetId: number; kind: FormKind; columns: { header: string; field: string | null }[] }): MappingProposalDto => {
    const record = expectRecord(input, 'input');
    const sheet = sheetById(record.sheetId);
    const kind = expectOneOf(record.kind, FORM_KINDS, 'kind');
    if (!Array.isArray(record.columns) || record.columns.length > 500) throw badArgument('columns must be a list');
    const allowed = new Set(FIELDS[kind].map((f) => f.key));
    const proposal = proposeMapping(
      record.columns.map((c) => expectString(expectRecord(c, 'column').header, 'header', 2000)),
      kind,
    );
    const columns: ColumnMapping[] = proposal.columns.map((column, i) => {
      const chosen = (record.columns as { field: unknown }[])[i]!.field;
      if (column.role === 'timestamp' || column.role === 'key') return column;
      if (chosen === null || chosen === '') return { header: column.header, role: 'extra', field: null, confidence: 1 };
      const field = expectString(chosen, 'field', 100);
      if (!allowed.has(field)) throw badArgument(`unknown field ${field}`);
      return { ...column, role: 'field', field, confidence: 1 };
    });
    withDocumentLock(() =>
      saveMapping({
        sheetId: sheet.getSheetId(),
        kind,
        columns,
        confirmedAt: currentTime().toISOString(),
        standard: mappingFor(sheet.getSheetId())?.standard ?? false,
        pendingQuestions: [],
        consentVersion: readSettings(activeSpreadsheet())['intake.consentTextVersion'],
      }),
    );
    return intakeApi.proposeMapping({ sheetId: sheet.getSheetId() });
  },

  /** Imports (or re-imports) responses in chunks; the sidebar calls it again with `nextRow` until done. */
  importResponses: (input: { sheetId: number; fromRow?: number }): ImportProgress => {
    const record = expectRecord(input, 'input');
    const sheet = sheetById(record.sheetId);
    const fromRow = record.fromRow === undefined ? 2 : expectInteger(record.fromRow, 'fromRow', 2, 10_000_000);
    // Importing writes sensitive answers to the protected sheet: said plainly before anything is read.
    assertCoordinator(activeSpreadsheet());
    return withDocumentLock(() => {
      const lastRow = sheet.getLastRow();
      const count = Math.max(0, Math.min(IMPORT_CHUNK, lastRow - fromRow + 1));
      const result = ingestRows(sheet, fromRow, count, ingestContext());
      const nextRow = fromRow + count;
      return { sheetId: sheet.getSheetId(), nextRow, lastRow, done: nextRow > lastRow, result };
    });
  },

  installIngestion: (): IngestionStatus => withDocumentLock(() => installIngestion()),

  /** The coordinator's screening decision on an applicant, with a reason (coordinator columns). */
  setScreeningDecision: (input: { role: 'mentor' | 'mentee'; id: string; decision: string; reason: string }): Applicant[] => {
    const record = expectRecord(input, 'input');
    const role = expectOneOf(record.role, ['mentor', 'mentee'] as const, 'role');
    const id = expectString(record.id, 'id', 40);
    const decision = expectOneOf(record.decision, SCREENING_DECISIONS, 'decision');
    const reason = expectText(
      record.reason ?? '',
      TEXT_LIMITS.screeningReason,
      translator(currentLanguage(activeSpreadsheet()))(TEXT_LIMITS.screeningReason.label),
    );
    withDocumentLock(() => {
      const table = readTable(activeSpreadsheet(), role === 'mentor' ? MENTORS : MENTEES);
      const row = table.rows.find((r) => r.values.id === id);
      if (!row) throw badArgument('no applicant with this id');
      updateRecords(table, [{ rowNumber: row.rowNumber, values: { screeningDecision: decision, screeningReason: reason } }], { byCoordinator: true });
      audit('screening.decision', id, decision);
    });
    return overview().applicants;
  },

  /** A prepared message for the applicant, in the programme's language, without the private reason. */
  getFeedbackMessage: (input: { role: 'mentor' | 'mentee'; id: string }) => {
    const record = expectRecord(input, 'input');
    const role = expectOneOf(record.role, ['mentor', 'mentee'] as const, 'role');
    const id = expectString(record.id, 'id', 40);
    const spreadsheet = activeSpreadsheet();
    const row = readTable(spreadsheet, role === 'mentor' ? MENTORS : MENTEES).rows.find((r) => r.values.id === id);
    if (!row) throw badArgument('no applicant with this id');
    const decision = String(row.values.screeningDecision ?? '');
    if (!decision) throw badArgument('choose a screening decision first');
    const name = firstName(row.values.name);
    return feedbackMessage(translator(currentLanguage(spreadsheet)), decision as Decision, {
      name,
      programme: readSettings(spreadsheet)['programme.name']!,
      role,
    });
  },

  /** `secondLanguage`: the mentee forms also in this newcomer language (the others stay in the programme's). */
  createStandardForms: (input: { kinds: FormKind[]; secondLanguage?: NewcomerLanguage | null }): CreatedForm[] => {
    const record = expectRecord(input, 'input');
    if (!Array.isArray(record.kinds) || record.kinds.length === 0) throw badArgument('kinds must be a non-empty list');
    const kinds = [...new Set(record.kinds.map((k) => expectOneOf(k, FORM_KINDS, 'kind')))];
    const second =
      record.secondLanguage == null || record.secondLanguage === '' ? null : expectOneOf(record.secondLanguage, NEWCOMER_LANGUAGES, 'secondLanguage');
    const spreadsheet = activeSpreadsheet();
    const language = currentLanguage(spreadsheet);
    return withDocumentLock(() => kinds.map((kind) => createStandardForm(spreadsheet, kind, language, spreadsheet.getName(), second)));
  },
};
