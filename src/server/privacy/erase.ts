import { badArgument } from '../../core/errors';
import { ID_PREFIX } from '../../core/ids';
import { KEY_COLUMN_HEADER } from '../../core/intake/mapping';
import {
  appliesTo,
  ERASURE_REACH,
  isReached,
  keptRowValues,
  type Mode,
  type Role,
  rowGoes,
  type SheetReach,
  type Subject,
} from '../../core/privacy/erasureReach';
import { MENTEES, MENTORS } from '../../core/schema/sheets';
import type { SheetSchema } from '../../core/schema/types';
import { expectOneOf, expectRecord, expectString } from '../../core/validate';
import { idFromUrl } from '../documents/links';
import { type DocumentsState, documentsState, forgetPairFiles, saveDocumentsState } from '../documents/store';
import { audit } from '../workspace/audit';
import { keepIdIssued } from '../workspace/idMarks';
import { withDocumentLock } from '../workspace/lock';
import { activeSpreadsheet } from '../workspace/services';
import { readTable, type Table, type TableRow, updateRecords } from '../workspace/table';
import { deleteFiles, type FileNotDeleted, type FileToDelete } from './eraseFiles';
import { rememberExport, takeExports } from './exportsStore';
import { deleteFormCopies } from './formCopies';
import { type FoundResponses, identityOf, responsesOf } from './person';
import { assertCoordinator } from './sensitiveSheet';

/**
 * "Erase participant" and "Anonymise": what they reach is the table in core/privacy/erasureReach
 * (sheets, rows, columns, files); this applies it. Both modes delete the person's form responses
 * (in the sheets and in the forms the add-on can open), their sensitive details, their intake
 * issues and every file of their pairs; erasure then deletes the record and empties free text,
 * anonymising keeps every record with its identity replaced, so that every indicator computes as
 * before. A non-identifying audit entry records it. Every file that could not be deleted is
 * returned with where it is.
 */
export function eraseParticipant(input: { role: Role; id: string; confirm: string }) {
  return forget(input, 'erase');
}

export function anonymiseParticipant(input: { role: Role; id: string; confirm: string }) {
  return forget(input, 'anonymise');
}

function deleteRows(sheet: GoogleAppsScript.Spreadsheet.Sheet, rowNumbers: readonly number[]): void {
  // Bottom-up, so that the row numbers still to delete stay valid.
  for (const row of [...new Set(rowNumbers)].sort((a, b) => b - a)) sheet.deleteRow(row);
}

/** The keys our key column gave the person's response rows: intake issues about them carry these. */
function keysOf(responses: readonly FoundResponses[]): string[] {
  return responses.flatMap(({ header, rows }) => {
    const index = header.indexOf(KEY_COLUMN_HEADER);
    return index < 0 ? [] : rows.map((r) => String(r.values[index] ?? ''));
  });
}

/** Every file of the reached pairs: each version recorded when generated, and whatever their link cells name. */
function pairFiles(reach: SheetReach, rows: readonly TableRow[], state: DocumentsState): (FileToDelete & { code: string })[] {
  return rows.flatMap((row) => {
    const code = String(row.values[reach.pairCodeColumn ?? ''] ?? '');
    const linked = (reach.fileColumns ?? []).map((column) => idFromUrl(row.values[column])).filter((id): id is string => id !== null);
    return [...(state.files[code] ?? []), ...linked].map((id) => ({ id, code, folderHint: code || null }));
  });
}

interface Walk {
  readonly subject: Subject & { pairCodes: Set<string> };
  readonly mode: Mode;
  readonly documents: DocumentsState;
  readonly notDeleted: FileNotDeleted[];
}

function applyReach(table: Table, reach: SheetReach, walk: Walk): void {
  const rows = table.rows.filter((r) => isReached(reach, walk.subject, r.values));
  if (reach.pairCodeColumn) for (const row of rows) walk.subject.pairCodes.add(String(row.values[reach.pairCodeColumn] ?? ''));
  if (reach.fileColumns) {
    const files = pairFiles(reach, rows, walk.documents);
    const { deleted, notDeleted } = deleteFiles(files);
    for (const code of new Set(files.map((f) => f.code))) forgetPairFiles(walk.documents, code, deleted);
    walk.notDeleted.push(...notDeleted);
  }
  if (rowGoes(reach, walk.mode))
    deleteRows(
      table.sheet,
      rows.map((r) => r.rowNumber),
    );
  else
    updateRecords(
      table,
      rows.map((r) => ({ rowNumber: r.rowNumber, values: keptRowValues(reach, walk.mode, r.values, walk.subject.personId) })),
      { byCoordinator: true },
    );
}

/** Their access-request exports hold everything on them: they go too, in both modes. One that stays is remembered. */
function deleteExports(personId: string): FileNotDeleted[] {
  const { notDeleted } = deleteFiles(takeExports(personId).map((id) => ({ id, folderHint: null })));
  for (const file of notDeleted) rememberExport(personId, file.id);
  return notDeleted;
}

function forget(input: unknown, mode: Mode) {
  const record = expectRecord(input, 'input');
  const role = expectOneOf(record.role, ['mentor', 'mentee'] as const, 'role');
  const id = expectString(record.id, 'id', 40);
  if (expectString(record.confirm, 'confirm', 40) !== id) throw badArgument('type the person’s id to confirm');
  const spreadsheet = activeSpreadsheet();
  assertCoordinator(spreadsheet);
  return withDocumentLock(() => {
    const schema: SheetSchema = role === 'mentor' ? MENTORS : MENTEES;
    const people = readTable(spreadsheet, schema);
    const person = people.rows.find((r) => r.values.id === id);
    if (!person) throw badArgument('no person with this id');
    // Whoever gave this id, it is not given again once the record is gone.
    keepIdIssued(role === 'mentor' ? ID_PREFIX.mentor : ID_PREFIX.mentee, id);
    const identity = identityOf(person.values);

    // Their form responses, in every response sheet and in the forms' own copies (timestamps first, then the rows).
    const responses = responsesOf(spreadsheet, identity);
    const formCopies = deleteFormCopies(responses, identity);
    for (const found of responses)
      deleteRows(
        found.sheet,
        found.rows.map((r) => r.rowNumber),
      );

    const responseKeys = new Set([identity.key, ...keysOf(responses)].filter(Boolean));
    const walk: Walk = { subject: { role, personId: id, pairCodes: new Set(), responseKeys }, mode, documents: documentsState(), notDeleted: [] };
    for (const reach of ERASURE_REACH.filter((r) => appliesTo(r, role)))
      applyReach(reach.schema === schema ? people : readTable(spreadsheet, reach.schema), reach, walk);
    saveDocumentsState(walk.documents);
    walk.notDeleted.push(...deleteExports(id));

    audit(mode === 'erase' ? 'participant.erased' : 'participant.anonymised', id);
    return { erased: id, pairs: [...walk.subject.pairCodes], mode, formCopiesKept: formCopies.kept, filesNotDeleted: walk.notDeleted };
  });
}
