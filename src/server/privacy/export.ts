import { badArgument } from '../../core/errors';
import { ERASURE_REACH, isReached, type Subject } from '../../core/privacy/erasureReach';
import { type SupportedLanguage, translator } from '../../core/i18n';
import { choiceLabel, headerIn, sheetNameIn } from '../../core/schema/labels';
import { GOALS, MEETINGS, MENTEES, MENTORS, PAIRS, SATISFACTION, SENSITIVE, SUPERVISION } from '../../core/schema/sheets';
import type { RecordValues, SheetSchema } from '../../core/schema/types';
import { expectOneOf, expectRecord, expectString } from '../../core/validate';
import { isDate, isoDay } from '../../core/values';
import { driveFiles } from '../workspace/advancedServices';
import { audit } from '../workspace/audit';
import { withDocumentLock } from '../workspace/lock';
import { currentLanguage } from '../workspace/preferences';
import { activeSpreadsheet, today } from '../workspace/services';
import { readSettings } from '../workspace/settingsSheet';
import { readTable } from '../workspace/table';
import { ensureFolder } from '../documents/templates';
import { assertCoordinator } from './sensitiveSheet';
import { documentsState, saveDocumentsState } from '../documents/store';
import { sensitiveLabel } from '../../core/privacy/sensitive';
import { rememberExport } from './exportsStore';
import { identityOf, responsesOf } from './person';
import { readSensitive, sensitiveEntries } from './sensitiveSheet';

const show = (value: unknown) => (isDate(value) ? isoDay(value) : value === null || value === undefined ? '' : String(value));

function labelled(schema: SheetSchema, values: RecordValues, language: SupportedLanguage): string[][] {
  return schema.columns
    .filter((c) => show(values[c.key]) !== '')
    .map((c) => [headerIn(c, language), c.choiceSet ? choiceLabel(c, show(values[c.key]), language) : show(values[c.key])]);
}

/**
 * An access request: everything the programme holds on one person, in one private Google Doc in
 * the programme's folder — their record, their form answers, their pairs, the diaries, goals,
 * supervision notes and questionnaires of those pairs.
 */
export function exportParticipant(input: { role: 'mentor' | 'mentee'; id: string }) {
  const record = expectRecord(input, 'input');
  const role = expectOneOf(record.role, ['mentor', 'mentee'] as const, 'role');
  const id = expectString(record.id, 'id', 40);
  const spreadsheet = activeSpreadsheet();
  // The export gathers the person's sensitive details: only those who keep them may make one.
  assertCoordinator(spreadsheet);
  const language = currentLanguage(spreadsheet);
  const t = translator(language, spreadsheet.getSpreadsheetLocale());
  return withDocumentLock(() => {
    const schema = role === 'mentor' ? MENTORS : MENTEES;
    const person = readTable(spreadsheet, schema).rows.find((r) => r.values.id === id);
    if (!person) throw badArgument('no person with this id');
    const pairs = readTable(spreadsheet, PAIRS).rows.filter((r) =>
      role === 'mentor' ? r.values.mentorId === id || r.values.secondMentorId === id : r.values.menteeId === id,
    );
    const codes = new Set(pairs.map((r) => String(r.values.code ?? '')));
    // The rows erasure would reach (core/privacy/erasureReach.ts), so an export holds what an erasure clears:
    // her pairs' rows, and a waiting mentee's message row that names her by id with no pair.
    const subject: Subject = { role, personId: id, pairCodes: codes, responseKeys: new Set() };
    const reachedRows = (s: SheetSchema) => {
      const reach = ERASURE_REACH.find((r) => r.schema === s)!;
      return readTable(spreadsheet, s).rows.filter((r) => isReached(reach, subject, r.values));
    };

    const state = documentsState();
    const folderId = ensureFolder(state, readSettings(spreadsheet)['programme.name']!);
    saveDocumentsState(state);
    const doc = DocumentApp.create(t('export.name', { id, date: today(spreadsheet.getSpreadsheetTimeZone()) }));
    const body = doc.getBody();
    body.getParagraphs()[0]!.setText(t('export.title', { id }));
    const section = (title: string, rows: string[][]) => {
      body.appendParagraph(title).setHeading(DocumentApp.ParagraphHeading.HEADING2);
      if (rows.length) body.appendTable(rows);
      else body.appendParagraph('—');
    };
    section(sheetNameIn(schema, language), labelled(schema, person.values, language));
    for (const found of responsesOf(spreadsheet, identityOf(person.values))) {
      for (const row of found.rows)
        section(
          t('export.responseRow', { sheet: found.sheet.getName(), row: String(row.rowNumber) }),
          found.header.map((h, i) => [h, show(row.values[i])]).filter(([, v]) => v !== ''),
        );
    }
    const sensitive = sensitiveEntries(readSensitive(spreadsheet)).filter((e) => e.value && (e.personId === id || codes.has(e.relatedId)));
    section(
      sheetNameIn(SENSITIVE, language),
      sensitive.map((e) => [sensitiveLabel(e.kind, language) ?? e.kind, e.value]),
    );
    section(
      sheetNameIn(PAIRS, language),
      pairs.flatMap((p) => labelled(PAIRS, p.values, language)),
    );
    for (const s of [MEETINGS, GOALS, SUPERVISION, SATISFACTION])
      section(
        sheetNameIn(s, language),
        reachedRows(s).flatMap((r) => labelled(s, r.values, language)),
      );
    doc.saveAndClose();
    driveFiles().update({}, doc.getId(), undefined, { addParents: folderId, removeParents: 'root' });
    rememberExport(id, doc.getId());
    audit('participant.exported', id);
    return { url: `https://docs.google.com/document/d/${doc.getId()}/edit` };
  });
}
