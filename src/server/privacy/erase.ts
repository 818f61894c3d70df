import { badArgument } from '../../core/errors';
import { ASSESSMENTS, GOALS, INTAKE_ISSUES, MEETINGS, MENTEES, MENTORS, PAIRS, SATISFACTION, SUPERVISION } from '../../core/schema/sheets';
import type { RecordValues, SheetSchema } from '../../core/schema/types';
import { expectOneOf, expectRecord, expectString } from '../../core/validate';
import { idFromUrl, LINK_COLUMN } from '../documents/links';
import { driveFiles } from '../workspace/advancedServices';
import { audit } from '../workspace/audit';
import { withDocumentLock } from '../workspace/lock';
import { activeSpreadsheet } from '../workspace/services';
import { readTable, type Table, updateRecords } from '../workspace/table';
import { takeExports } from './exportsStore';
import { deleteFormCopies } from './formCopies';
import { identityOf, responsesOf } from './person';
import { assertCoordinator, readSensitive, sensitiveEntries } from './sensitiveSheet';

/**
 * "Erase participant": the person's record, their form responses (in the sheets and in the forms
 * the add-on can open), their sensitive details, their intake issues and the documents of their
 * pairs are deleted (documents for good, not to the trash); free text about them in diaries,
 * supervision notes and questionnaires is emptied; pairs, dates and scores stay under ids, so the
 * programme's figures still add up. A non-identifying audit entry records the erasure.
 */
const LINKS = Object.values(LINK_COLUMN);

function deleteRows(sheet: GoogleAppsScript.Spreadsheet.Sheet, rowNumbers: number[]): void {
  // Bottom-up, so that the row numbers still to delete stay valid.
  for (const row of [...new Set(rowNumbers)].sort((a, b) => b - a)) sheet.deleteRow(row);
}

/** Empties (erase) or marks (anonymise) free-text cells; a marked cell still counts as "has text". */
function blank(table: Table, rows: { rowNumber: number; values: RecordValues }[], keys: string[], mode: Mode): void {
  const replacement = (value: unknown) => (mode === 'erase' || value === null || value === '' ? '' : ANONYMISED);
  updateRecords(
    table,
    rows.map((r) => ({ rowNumber: r.rowNumber, values: Object.fromEntries(keys.map((k) => [k, replacement(r.values[k])])) })),
    { byCoordinator: true },
  );
}

type Mode = 'erase' | 'anonymise';
const ANONYMISED = '[anonymised]';

/** Identity fields of a person record; anonymising replaces them and keeps everything else. */
const IDENTITY = ['name', 'email', 'phone', 'postcode', 'motivation', 'goals', 'extraAnswers', 'intakeProblems', 'family', 'notes', 'screeningReason', 'periodsAway', 'possibleDuplicateOf'];


export function eraseParticipant(input: { role: 'mentor' | 'mentee'; id: string; confirm: string }) {
  return forget(input, 'erase');
}

/**
 * "Anonymise": the same reach as erasure, but every record stays, with its identity replaced and
 * its free text marked, so that every indicator computes exactly as before.
 */
export function anonymiseParticipant(input: { role: 'mentor' | 'mentee'; id: string; confirm: string }) {
  return forget(input, 'anonymise');
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
    const identity = identityOf(person.values);

    // Their form responses, in every response sheet (by key, email, phone or exact name) and in the forms' own copies.
    const responses = responsesOf(spreadsheet, identity);
    const formCopies = deleteFormCopies(responses, identity);
    for (const found of responses) deleteRows(found.sheet, found.rows.map((r) => r.rowNumber));

    // Their pairs keep their ids and dates; their documents go.
    const pairs = readTable(spreadsheet, PAIRS);
    const theirs = pairs.rows.filter((r) => (role === 'mentor' ? r.values.mentorId === id || r.values.secondMentorId === id : r.values.menteeId === id));
    const pairFiles = theirs.flatMap((pair) => LINKS.map((link) => idFromUrl(pair.values[link])));
    // Their access-request exports hold everything on them: they go too, in both modes.
    for (const fileId of [...pairFiles, ...takeExports(id)]) {
      if (!fileId) continue;
      try {
        // Deleted for good, not trashed: erasure must not leave a copy in the Drive trash.
        driveFiles().remove(fileId);
      } catch {
        // Already gone.
      }
    }
    blank(pairs, theirs, LINKS, 'erase');
    blank(pairs, theirs, ['reasons', 'notes', 'endReason'], mode);
    const codes = new Set(theirs.map((r) => String(r.values.code ?? '')));

    const meetings = readTable(spreadsheet, MEETINGS);
    blank(meetings, meetings.rows.filter((r) => codes.has(String(r.values.pairCode ?? '')) || (role === 'mentor' && r.values.mentorId === id)), ['activity', 'extraAnswers', 'intakeProblems', 'notes'], mode);
    // Sensitive details about them or their pairs go in both modes: no statistic is computed from them.
    const sensitive = readSensitive(spreadsheet);
    const about = (e: { personId: string; relatedId: string }) => e.personId === id || e.relatedId === id || codes.has(e.relatedId);
    deleteRows(sensitive.sheet, sensitiveEntries(sensitive).filter(about).map((e) => e.rowNumber));
    const supervision = readTable(spreadsheet, SUPERVISION);
    blank(supervision, supervision.rows.filter((r) => codes.has(String(r.values.pairCode ?? ''))), ['withWhom', 'topics', 'actions'], mode);
    const satisfaction = readTable(spreadsheet, SATISFACTION);
    blank(satisfaction, satisfaction.rows.filter((r) => r.values.personId === id || codes.has(String(r.values.pairCode ?? ''))), ['comments', 'extraAnswers', 'intakeProblems'], mode);
    const assessments = readTable(spreadsheet, ASSESSMENTS);
    blank(assessments, assessments.rows.filter((r) => codes.has(String(r.values.pairCode ?? ''))), ['outcomes', 'challenges', 'mentorReflection', 'menteeReflection', 'extraAnswers', 'intakeProblems'], mode);
    if (role === 'mentee') {
      const goals = readTable(spreadsheet, GOALS);
      blank(goals, goals.rows.filter((r) => codes.has(String(r.values.pairCode ?? ''))), ['goal', 'steps', 'evidence'], mode);
    }
    const issues = readTable(spreadsheet, INTAKE_ISSUES);
    deleteRows(issues.sheet, issues.rows.filter((r) => identity.key && r.values.responseKey === identity.key).map((r) => r.rowNumber));

    // Last, the record itself (its row number is still valid: nothing above it moved in this sheet).
    if (mode === 'erase') deleteRows(people.sheet, [person.rowNumber]);
    else {
      const values: RecordValues = Object.fromEntries(IDENTITY.map((k) => [k, person.values[k] ? ANONYMISED : '']));
      values.name = `${ANONYMISED} ${id}`;
      updateRecords(people, [{ rowNumber: person.rowNumber, values }], { byCoordinator: true });
    }
    audit(mode === 'erase' ? 'participant.erased' : 'participant.anonymised', id);
    return { erased: id, pairs: [...codes], mode, formCopiesKept: formCopies.kept };
  });
}
