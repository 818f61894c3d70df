import { describe, expect, it } from 'vitest';
import {
  ANONYMISED,
  appliesTo,
  ERASURE_REACH,
  isReached,
  type Mode,
  type Role,
  rowGoes,
  type SheetReach,
  type Subject,
} from '../../src/core/privacy/erasureReach';
import { ASSESSMENTS, INTAKE_ISSUES, MEETINGS, MENTEES, MENTORS, PAIRS, SATISFACTION } from '../../src/core/schema/sheets';
import type { RecordValues } from '../../src/core/schema/types';
import { sidebarApi } from '../../src/server/api';
import { documentsApi } from '../../src/server/documents/api';
import { documentsState, saveDocumentsState } from '../../src/server/documents/store';
import { logMessageSent } from '../../src/server/outreach/api';
import { anonymiseParticipant, eraseParticipant } from '../../src/server/privacy/erase';
import { exportParticipant } from '../../src/server/privacy/export';
import { addSensitive } from '../../src/server/privacy/sensitiveSheet';
import { supervisionApi } from '../../src/server/supervision/api';
import { newId } from '../../src/server/workspace/idMarks';
import { ID_PREFIX } from '../../src/core/ids';
import { appendRecords, readTable } from '../../src/server/workspace/table';
import { AMINA, menteeProgramme } from '../support/intake';
import { recordsOf } from '../support/workspace';

/**
 * A programme where each person to erase appears wherever the reach table says they can: Amina
 * (mentee of the team pair P-0001) and Luca (second mentor of P-0001, mentor of P-0002).
 */
const AMINA_TRACES = ['Amina', 'Yusuf', 'amina.yusuf@example.org', '3661204545', '366 120 4545'];
const LUCA_TRACES = ['Luca', 'Bianchi', 'luca.bianchi@example.org'];

function programme() {
  const { ws } = menteeProgramme();
  ws.submitFormResponse('Mentee intake', AMINA);
  ws.submitFormResponse('Mentee intake', { ...AMINA, 'Full name': 'Other Person', Email: 'other@example.org', Phone: '+39 333 000 1111' });
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const aminaKey = String(readTable(spreadsheet, MENTEES).rows.find((r) => r.values.id === 'ME-0001')!.values.responseKey);
  appendRecords(
    readTable(spreadsheet, MENTORS),
    [
      { id: 'MT-0001', name: 'Samira Haddad', email: 'samira@example.org', consentData: true },
      { id: 'MT-0002', responseKey: 'R-luca', name: 'Luca Bianchi', email: 'luca.bianchi@example.org', notes: 'Luca drives', consentData: true },
    ],
    { byCoordinator: true },
  );
  appendRecords(
    readTable(spreadsheet, PAIRS),
    [
      {
        code: 'P-0001',
        mentorId: 'MT-0001',
        secondMentorId: 'MT-0002',
        menteeId: 'ME-0001',
        status: 'Active',
        reasons: 'Amina and Luca like cooking',
        notes: 'Amina prefers mornings',
        endReason: 'Amina moved',
      },
      {
        code: 'P-0002',
        mentorId: 'MT-0002',
        menteeId: 'ME-0002',
        status: 'Active',
        reasons: 'Luca speaks Arabic',
        notes: 'Luca travels in May',
        endReason: 'Luca moved',
      },
    ],
    { byCoordinator: true },
  );
  appendRecords(readTable(spreadsheet, MEETINGS), [
    {
      responseKey: 'd1',
      pairCode: 'P-0001',
      mentorId: 'MT-0001',
      date: new Date('2026-10-05'),
      activity: 'With Amina and Luca at the market',
      notes: 'Amina tired',
      extraAnswers: 'Bus: with Amina',
      intakeProblems: 'Amina’s date unclear',
    },
    {
      responseKey: 'd2',
      pairCode: 'P-0002',
      mentorId: 'MT-0002',
      date: new Date('2026-10-06'),
      activity: 'Luca helped with the CV',
      notes: 'Luca late',
      extraAnswers: 'Luca’s car',
      intakeProblems: 'Luca wrote 2026',
    },
  ]);
  const goal = (code: string, text: string, steps: string, evidence: string) =>
    supervisionApi.saveGoal({ code, area: 'Housing', goal: text, steps, status: 'In progress', evidence }).goalId;
  const aminaGoal = goal('P-0001', 'Amina rents a room', 'Luca calls the agency for Amina', 'Amina signed');
  goal('P-0002', 'A job for Other Person', 'Luca reviews the CV', 'Luca saw the contract');
  supervisionApi.logSupervision({
    code: 'P-0001',
    date: '2026-10-10',
    withWhom: 'Amina and Luca',
    kind: 'Meeting',
    topics: 'Amina’s room',
    actions: 'Luca to call',
  });
  supervisionApi.logSupervision({ code: 'P-0002', date: '2026-10-11', withWhom: 'Luca', kind: 'Call', topics: 'Luca’s holiday', actions: 'Luca to write' });
  // Both mentees were emailed from the waiting list before they were paired: rows with no pair code.
  logMessageSent(null, 'menteeWaiting', 'mentee', 'ME-0001');
  logMessageSent(null, 'menteeWaiting', 'mentee', 'ME-0002');
  appendRecords(readTable(spreadsheet, SATISFACTION), [
    {
      responseKey: 's1',
      role: 'mentee',
      personId: 'ME-0001',
      pairCode: 'P-0001',
      overall: 5,
      comments: 'Amina: all good',
      extraAnswers: 'Amina again',
      intakeProblems: 'Amina?',
    },
    {
      responseKey: 's2',
      role: 'mentor',
      personId: 'MT-0002',
      pairCode: 'P-0002',
      overall: 4,
      comments: 'Luca: fine',
      extraAnswers: 'Luca again',
      intakeProblems: 'Luca?',
    },
  ]);
  appendRecords(readTable(spreadsheet, ASSESSMENTS), [
    {
      responseKey: 'a1',
      pairCode: 'P-0001',
      outcomes: 'Amina found a room',
      challenges: 'Amina’s papers',
      mentorReflection: 'Luca proud',
      menteeReflection: 'Amina grateful',
      extraAnswers: 'Amina x',
      intakeProblems: 'Amina y',
    },
    {
      responseKey: 'a2',
      pairCode: 'P-0002',
      outcomes: 'Luca’s mentee found work',
      challenges: 'Luca busy',
      mentorReflection: 'Luca glad',
      menteeReflection: 'Thanks Luca',
      extraAnswers: 'Luca x',
      intakeProblems: 'Luca y',
    },
  ]);
  addSensitive(
    spreadsheet,
    [
      { personId: 'MT-0001', relatedId: 'P-0001', kind: 'concerns', value: 'Amina seemed unwell', source: 'd1' },
      { personId: 'MT-0003', relatedId: 'ME-0001', kind: 'safeguarding', value: 'Amina asked not to meet him', source: 'sidebar' },
      { personId: 'MT-0002', relatedId: '', kind: 'health', value: 'Luca’s back', source: 'sidebar' },
      { personId: 'MT-0001', relatedId: 'P-0002', kind: 'concerns', value: 'Luca seemed tired', source: 'd2' },
    ],
    new Date(),
  );
  sidebarApi.excludePair({ mentorId: 'MT-0002', menteeId: 'ME-0002', reason: 'Luca is her neighbour' });
  appendRecords(
    readTable(spreadsheet, INTAKE_ISSUES),
    [
      { issueId: 'I-0001', responseKey: aminaKey, problem: 'Amina Yusuf: the phone is unclear', status: 'Open' },
      { issueId: 'I-0002', responseKey: 'R-luca', problem: 'Luca Bianchi: the email is unclear', status: 'Open' },
    ],
    { byCoordinator: true },
  );
  // Two versions of the IIP: the earlier one, trashed, says what the goal said then.
  documentsApi.generateDocuments({ kind: 'iip', codes: ['P-0001', 'P-0002'] });
  supervisionApi.saveGoal({
    code: 'P-0001',
    goalId: aminaGoal,
    area: 'Housing',
    goal: 'Amina rents a flat',
    steps: 'Luca calls the agency for Amina',
    status: 'In progress',
    evidence: 'Amina signed',
  });
  documentsApi.generateDocuments({ kind: 'iip', codes: ['P-0001'] });
  for (const kind of ['codeOfConduct', 'assessment', 'proposal'] as const) documentsApi.generateDocuments({ kind, codes: ['P-0001', 'P-0002'] });
  return { ws, aminaKey };
}

interface Reached {
  reach: SheetReach;
  rows: RecordValues[];
}

/** The rows each entry of the walk (the reach table and its pairless Supervision rows) reaches now, pairs first as erasure itself finds them. */
function reachNow(role: Role, personId: string, responseKeys: string[]): { subject: Subject; reached: Reached[] } {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const pairCodes = new Set<string>();
  const subject: Subject = { role, personId, pairCodes, responseKeys: new Set(responseKeys) };
  const reached = ERASURE_REACH.filter((reach) => appliesTo(reach, role)).map((reach) => {
    const rows = readTable(spreadsheet, reach.schema)
      .rows.map((r) => r.values)
      .filter((values) => isReached(reach, subject, values));
    if (reach.pairCodeColumn) for (const values of rows) pairCodes.add(String(values[reach.pairCodeColumn]));
    return { reach, rows };
  });
  return { subject, reached };
}

const filled = (value: unknown) => value !== null && value !== undefined && value !== '';

/** Before: every way the table says a row can be reached reaches one here, with something to erase. */
function expectEveryReachExercised({ subject, reached }: ReturnType<typeof reachNow>): void {
  for (const { reach, rows } of reached) {
    for (const match of reach.rows.filter((m) => !m.roles || m.roles.includes(subject.role))) {
      expect(
        rows.some((values) => isReached({ ...reach, rows: [match] }, subject, values)),
        `${reach.schema.name} by ${match.column}`,
      ).toBe(true);
    }
    if (reach.rowsGo !== 'never') continue;
    for (const column of [...reach.text, ...(reach.fileColumns ?? [])])
      expect(
        rows.some((v) => filled(v[column])),
        `${reach.schema.name}: ${column}`,
      ).toBe(true);
  }
}

/** A row that stays keeps no free text and no file link; anonymised, its label says whose it was. */
function expectRowCleared(reach: SheetReach, values: RecordValues, mode: Mode, personId: string): void {
  for (const column of reach.text) {
    if (column === reach.labelColumn) continue;
    expect([null, ...(mode === 'anonymise' ? [ANONYMISED] : [])], `${reach.schema.name}: ${column}`).toContain(values[column]);
  }
  for (const column of reach.fileColumns ?? []) expect(values[column], `${reach.schema.name}: ${column}`).toBeNull();
  if (mode === 'anonymise' && reach.labelColumn) expect(values[reach.labelColumn]).toBe(`${ANONYMISED} ${personId}`);
}

/** After: the rows that go are gone; the rows that stay keep no free text and no file link. */
function expectReachErased(before: ReturnType<typeof reachNow>, after: ReturnType<typeof reachNow>, mode: Mode): void {
  before.reached.forEach(({ reach, rows }, i) => {
    const now = after.reached[i]!.rows;
    if (rowGoes(reach, mode)) {
      expect(now, `${reach.schema.name}: rows gone`).toEqual([]);
      return;
    }
    // A row reached only through a column it clears (the pairless message's "with whom") is no longer found by it.
    const stillLinked = rows.filter((values) =>
      reach.rows.some((match) => !reach.text.includes(match.column) && isReached({ ...reach, rows: [match] }, before.subject, values)),
    );
    expect(now, `${reach.schema.name}: rows kept`).toHaveLength(stillLinked.length);
    for (const values of now) expectRowCleared(reach, values, mode, after.subject.personId);
  });
}

/** Every file generated for these pairs, earlier versions included, as the fake's Drive holds them. */
function filesOfPairs(ws: ReturnType<typeof programme>['ws'], codes: string[]): string[] {
  return Object.values(ws.state.driveFiles)
    .filter((f) => codes.some((code) => f.name.includes(`– ${code} –`)))
    .map((f) => f.id);
}

describe('erasure reaches what its table declares, and nothing of the person is left in the Workspace', () => {
  it('erases a mentee: their rows, their pairs’ text and every version of their pairs’ documents, Drive trash included', () => {
    const { ws, aminaKey } = programme();
    exportParticipant({ role: 'mentee', id: 'ME-0001' });
    const earlier = ws.documents().find((d) => d.trashed && d.name.startsWith('IIP – P-0001'))!;
    expect(earlier.body).toContain('Amina rents a room');
    expect(ws.allText()).toContain('Amina rents a room');
    const theirFiles = filesOfPairs(ws, ['P-0001']);
    expect(theirFiles).toHaveLength(5);
    const before = reachNow('mentee', 'ME-0001', [aminaKey]);
    expectEveryReachExercised(before);

    const result = eraseParticipant({ role: 'mentee', id: 'ME-0001', confirm: 'ME-0001' });

    expect(result).toMatchObject({ erased: 'ME-0001', pairs: ['P-0001'], filesNotDeleted: [] });
    expectReachErased(before, reachNow('mentee', 'ME-0001', [aminaKey]), 'erase');
    const everything = ws.allText();
    for (const trace of AMINA_TRACES) expect(everything).not.toContain(trace);
    for (const id of theirFiles) expect(ws.state.driveFiles[id], id).toBeUndefined();
    expect(documentsState().files['P-0001']).toBeUndefined();
    // The other pair keeps its text and its documents.
    expect(everything).toContain('Luca travels in May');
    expect(filesOfPairs(ws, ['P-0002'])).toHaveLength(4);
  });

  it('erases a mentor, in the pair they mentor and in the team pair where they are the second mentor', () => {
    const { ws } = programme();
    exportParticipant({ role: 'mentor', id: 'MT-0002' });
    const theirFiles = filesOfPairs(ws, ['P-0001', 'P-0002']);
    const before = reachNow('mentor', 'MT-0002', ['R-luca']);
    expectEveryReachExercised(before);

    const result = eraseParticipant({ role: 'mentor', id: 'MT-0002', confirm: 'MT-0002' });

    expect(result).toMatchObject({ erased: 'MT-0002', pairs: ['P-0001', 'P-0002'], filesNotDeleted: [] });
    expectReachErased(before, reachNow('mentor', 'MT-0002', ['R-luca']), 'erase');
    const everything = ws.allText();
    for (const trace of LUCA_TRACES) expect(everything).not.toContain(trace);
    for (const id of theirFiles) expect(ws.state.driveFiles[id], id).toBeUndefined();
    expect(everything).toContain('Samira Haddad');
  });

  it('anonymises along the same reach: records stay, marked', () => {
    const { ws, aminaKey } = programme();
    const before = reachNow('mentee', 'ME-0001', [aminaKey]);
    anonymiseParticipant({ role: 'mentee', id: 'ME-0001', confirm: 'ME-0001' });
    expectReachErased(before, reachNow('mentee', 'ME-0001', [aminaKey]), 'anonymise');
    for (const trace of AMINA_TRACES) expect(ws.allText()).not.toContain(trace);
  });

  it.each([
    ['erase', eraseParticipant, ''],
    ['anonymise', anonymiseParticipant, '[anonymised]'],
  ] as const)('%s reaches the waiting-list message row of the mentee, which has no pair code, and leaves another mentee’s', (_mode, forget, left) => {
    const { ws } = programme();
    const pairless = () => recordsOf(ws, 'Supervision').filter((r) => r['Pair code'] === '');
    const [amina, other] = pairless();
    expect(amina).toMatchObject({ 'With whom': 'ME-0001', Kind: 'Message sent', Topics: 'menteeWaiting by email to mentee ME-0001' });
    expect(other).toMatchObject({ 'With whom': 'ME-0002', Topics: 'menteeWaiting by email to mentee ME-0002' });

    forget({ role: 'mentee', id: 'ME-0001', confirm: 'ME-0001' });

    const after = pairless();
    // The row stays, dated, so that the count of messages sent still adds up; what named her goes.
    expect(after).toHaveLength(2);
    expect(after[0]).toMatchObject({ 'Entry ID': amina!['Entry ID'], Date: amina!.Date, Kind: 'Message sent', 'With whom': left, Topics: left });
    expect(after[1]).toEqual(other);
    expect(JSON.stringify(recordsOf(ws, 'Supervision'))).not.toContain('ME-0001');
  });

  it('exports what erasure would clear: the mentee’s waiting-list message row, not another mentee’s', () => {
    const { ws } = programme();
    exportParticipant({ role: 'mentee', id: 'ME-0001' });
    const exported = ws.documents().find((d) => d.name.includes('ME-0001') && !d.name.startsWith('IIP'))!;
    expect(exported.body).toContain('menteeWaiting by email to mentee ME-0001');
    expect(exported.body).not.toContain('ME-0002');
  });

  it('erasing a mentor leaves every pairless row, even one naming a mentee of theirs', () => {
    const { ws } = programme();
    const before = recordsOf(ws, 'Supervision').filter((r) => r['Pair code'] === '');
    eraseParticipant({ role: 'mentor', id: 'MT-0002', confirm: 'MT-0002' });
    expect(recordsOf(ws, 'Supervision').filter((r) => r['Pair code'] === '')).toEqual(before);
  });

  it('reports each file it could not delete, and where it is, instead of reporting success', () => {
    const { ws } = programme();
    const recorded = documentsState().files['P-0001']!;
    const first = recorded[0]!;
    const name = ws.state.driveFiles[first]!.name;
    ws.failNextCall('Drive.Files.remove', `The user does not have sufficient permissions for file ${first}.`);

    const result = eraseParticipant({ role: 'mentee', id: 'ME-0001', confirm: 'ME-0001' });

    expect(result.filesNotDeleted).toEqual([{ id: first, name, folder: 'P-0001' }]);
    expect(ws.state.driveFiles[first]).toBeDefined();
    for (const id of recorded.slice(1)) expect(ws.state.driveFiles[id]).toBeUndefined();
    // Still recorded, so that it can be found again.
    expect(documentsState().files['P-0001']).toEqual([first]);
  });

  it('erases the intake issues of every response the person sent, not only the one their record came from', () => {
    const { ws, aminaKey } = programme();
    // Amina sent the form a second time; the issue about that response carries its own key.
    ws.submitFormResponse('Mentee intake', { ...AMINA, Phone: '+39 366 999 8888' });
    const keys = recordsOf(ws, 'Mentee intake')
      .filter((r) => r.Email === AMINA.Email)
      .map((r) => r['Peer Mentoring Desk key']);
    const secondKey = keys.find((key) => key !== aminaKey)!;
    expect(secondKey).toBeTruthy();
    appendRecords(
      readTable(SpreadsheetApp.getActiveSpreadsheet(), INTAKE_ISSUES),
      [{ issueId: 'I-0009', responseKey: secondKey, problem: 'Second answer: the phone changed', status: 'Open' }],
      {
        byCoordinator: true,
      },
    );

    eraseParticipant({ role: 'mentee', id: 'ME-0001', confirm: 'ME-0001' });

    const issues = recordsOf(ws, 'Intake issues');
    expect(issues.map((r) => r['Issue ID'])).not.toContain('I-0009');
    expect(issues.map((r) => r['Issue ID'])).toContain('I-0002');
  });

  it('deletes a document its pair links to even when the add-on holds no record of it', () => {
    const { ws } = programme();
    const linked = recordsOf(ws, 'Pairs').find((r) => r['Pair code'] === 'P-0002')!;
    const ids = Object.values(linked)
      .map((cell) => /\/d\/([\w-]+)/.exec(cell)?.[1])
      .filter((id): id is string => Boolean(id));
    expect(ids.length).toBeGreaterThan(0);
    // An earlier version of the add-on, or a lost property: no record of P-0002's files is left.
    const state = documentsState();
    delete state.files['P-0002'];
    saveDocumentsState(state);

    const result = eraseParticipant({ role: 'mentor', id: 'MT-0002', confirm: 'MT-0002' });

    expect(result.filesNotDeleted).toEqual([]);
    for (const id of ids) expect(ws.state.driveFiles[id], id).toBeUndefined();
  });

  it('names the folder a file is in now, as Drive says, when it cannot delete the file', () => {
    const { ws } = programme();
    const first = documentsState().files['P-0001']![0]!;
    const folder = ws.state.driveFiles[ws.state.driveFiles[first]!.parents[0]!]!;
    // The coordinator renamed the pair's folder: Drive's name is the one to look for.
    folder.name = 'P-0001 (autumn cohort)';
    ws.failNextCall('Drive.Files.remove', `The user does not have sufficient permissions for file ${first}.`);

    const result = eraseParticipant({ role: 'mentee', id: 'ME-0001', confirm: 'ME-0001' });

    expect(result.filesNotDeleted).toEqual([{ id: first, name: ws.state.driveFiles[first]!.name, folder: 'P-0001 (autumn cohort)' }]);
  });

  it('names the pair’s folder when the file cannot even be read, and keeps it recorded', () => {
    const { ws } = programme();
    const first = documentsState().files['P-0001']![0]!;
    ws.failNextCall('Drive.Files.remove', `The user does not have sufficient permissions for file ${first}.`);
    ws.failNextCall('Drive.Files.get', `File not found: ${first}.`);

    const result = eraseParticipant({ role: 'mentee', id: 'ME-0001', confirm: 'ME-0001' });

    expect(result.filesNotDeleted).toEqual([{ id: first, name: null, folder: 'P-0001' }]);
    expect(documentsState().files['P-0001']).toEqual([first]);
  });

  it('keeps an access-request export it could not delete, and deletes it on the next anonymisation', () => {
    const { ws } = programme();
    const { url } = exportParticipant({ role: 'mentee', id: 'ME-0001' });
    const exported = ws.documents().find((d) => url.includes(d.id))!.id;
    // Only the export refuses to go (say, its owner's grant lapsed in between).
    const files = Drive!.Files as unknown as { remove(id: string): void };
    const remove = files.remove;
    files.remove = (id: string) => {
      if (id === exported) throw new Error(`The user does not have sufficient permissions for file ${id}.`);
      return remove(id);
    };
    try {
      const first = anonymiseParticipant({ role: 'mentee', id: 'ME-0001', confirm: 'ME-0001' });
      expect(first.filesNotDeleted.map((f) => f.id)).toEqual([exported]);
      expect(ws.state.driveFiles[exported]).toBeDefined();
    } finally {
      files.remove = remove;
    }
    const second = anonymiseParticipant({ role: 'mentee', id: 'ME-0001', confirm: 'ME-0001' });
    expect(second.filesNotDeleted).toEqual([]);
    expect(ws.state.driveFiles[exported]).toBeUndefined();
  });

  it.each([
    [null, /input/],
    [{ role: 'coordinator', id: 'ME-0001', confirm: 'ME-0001' }, /role/],
    [{ role: 'mentee', id: 42, confirm: '42' }, /id/],
    [{ role: 'mentee', id: 'ME-0001', confirm: 'ME-0002' }, /type the person’s id to confirm/],
    [{ role: 'mentee', id: 'ME-0001' }, /confirm/],
    [{ role: 'mentee', id: 'ME-0099', confirm: 'ME-0099' }, /no person with this id/],
  ])('refuses %j with a clear message and erases nothing', (input, message) => {
    const { ws } = programme();
    const before = ws.allText();
    // Through the sidebar's entry points, which turn the error into the coordinator's message.
    expect(() => sidebarApi.eraseParticipant(input as never)).toThrow(message);
    expect(() => sidebarApi.anonymiseParticipant(input as never)).toThrow(message);
    expect(ws.allText()).toBe(before);
  });

  it.each([
    ['mentor', 'MT-0002', ID_PREFIX.mentor, 'MT-0003'],
    ['mentee', 'ME-0003', ID_PREFIX.mentee, 'ME-0004'],
  ] as const)('never gives an erased %s’s id again, though it was the newest and typed by the coordinator', (role, id, prefix, next) => {
    programme();
    // The newest mentee was typed in by hand: no id mark was stored for it.
    appendRecords(readTable(SpreadsheetApp.getActiveSpreadsheet(), MENTEES), [{ id: 'ME-0003', name: 'Typed By Hand', consentData: true }], {
      byCoordinator: true,
    });
    eraseParticipant({ role, id, confirm: id });
    const schema = role === 'mentor' ? MENTORS : MENTEES;
    const left = readTable(SpreadsheetApp.getActiveSpreadsheet(), schema).rows.map((r) => r.values.id);
    expect(left).not.toContain(id);
    expect(newId(prefix, left)).toBe(next);
  });

  it('records anonymising as such in the audit log, with the id only', () => {
    const { ws } = programme();
    anonymiseParticipant({ role: 'mentee', id: 'ME-0001', confirm: 'ME-0001' });
    expect(recordsOf(ws, 'Audit log').at(-1)).toMatchObject({ Action: 'participant.anonymised', 'Subject (ids)': 'ME-0001' });
  });

  it('erasing someone with no response key leaves the rows that have none either', () => {
    const { ws } = programme();
    // Samira (MT-0001) was typed in by the coordinator: no response key. So was this issue.
    appendRecords(
      readTable(SpreadsheetApp.getActiveSpreadsheet(), INTAKE_ISSUES),
      [{ issueId: 'I-0010', responseKey: '', problem: 'A note about the form', status: 'Open' }],
      {
        byCoordinator: true,
      },
    );
    eraseParticipant({ role: 'mentor', id: 'MT-0001', confirm: 'MT-0001' });
    expect(recordsOf(ws, 'Intake issues').map((r) => r['Issue ID'])).toContain('I-0010');
  });

  it('asks Drive once for a file it cannot delete that is in no folder, and names the pair’s folder', () => {
    const { ws } = programme();
    const first = documentsState().files['P-0001']![0]!;
    ws.state.driveFiles[first]!.parents = [];
    ws.failNextCall('Drive.Files.remove', `The user does not have sufficient permissions for file ${first}.`);
    const gets = ws.counter.get('Drive.Files.get');

    const result = eraseParticipant({ role: 'mentee', id: 'ME-0001', confirm: 'ME-0001' });

    expect(result.filesNotDeleted).toEqual([{ id: first, name: ws.state.driveFiles[first]!.name, folder: 'P-0001' }]);
    expect(ws.counter.get('Drive.Files.get') - gets).toBe(1);
  });
});
