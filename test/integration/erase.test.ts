import { describe, expect, it } from 'vitest';
import { MEETINGS, MENTORS, PAIRS } from '../../src/core/schema/sheets';
import { sidebarApi } from '../../src/server/api';
import { documentsApi } from '../../src/server/documents/api';
import { supervisionApi } from '../../src/server/supervision/api';
import { anonymiseParticipant, eraseParticipant } from '../../src/server/privacy/erase';
import { exportParticipant } from '../../src/server/privacy/export';
import { retentionDue } from '../../src/server/privacy/retention';
import { appendRecords, readTable, updateRecords } from '../../src/server/workspace/table';
import { AMINA, menteeProgramme, menteeRecords } from '../support/intake';
import { recordsOf } from '../support/workspace';
import { addSensitive } from '../../src/server/privacy/sensitiveSheet';

describe('erase participant', () => {
  it('leaves nothing of the person anywhere in the Workspace, and keeps the figures under ids', () => {
    const { ws } = menteeProgramme();
    ws.submitFormResponse('Mentee intake', AMINA);
    ws.submitFormResponse('Mentee intake', { ...AMINA, 'Full name': 'Other Person', Email: 'other@example.org', Phone: '+39 333 000 1111' });
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    appendRecords(readTable(spreadsheet, MENTORS), [{ id: 'MT-0001', name: 'Samira Haddad', email: 'samira@example.org', consentData: true }], {
      byCoordinator: true,
    });
    appendRecords(
      readTable(spreadsheet, PAIRS),
      [{ code: 'P-0001', mentorId: 'MT-0001', menteeId: 'ME-0001', status: 'Active', startedOn: new Date('2026-10-01'), reasons: 'both like cooking' }],
      { byCoordinator: true },
    );
    appendRecords(readTable(spreadsheet, MEETINGS), [
      {
        responseKey: 'd1',
        pairCode: 'P-0001',
        mentorId: 'MT-0001',
        date: new Date('2026-10-05'),
        activity: 'Went with Amina to the housing office',
        concernReported: true,
      },
    ]);
    addSensitive(spreadsheet, [{ personId: 'MT-0001', relatedId: 'P-0001', kind: 'concerns', value: 'Amina seemed unwell', source: 'd1' }], new Date());
    sidebarApi.excludePair({ mentorId: 'MT-0002', menteeId: 'ME-0001', reason: 'Amina’s former landlord' });
    supervisionApi.logSupervision({ code: 'P-0001', date: '2026-10-10', withWhom: 'Amina and Samira', kind: 'Meeting', topics: 'Amina’s room', actions: '' });
    supervisionApi.saveGoal({ code: 'P-0001', area: 'Housing', goal: 'Amina rents a room', steps: '', status: 'In progress', evidence: '' });
    documentsApi.generateDocuments({ kind: 'iip', codes: ['P-0001'] });
    exportParticipant({ role: 'mentee', id: 'ME-0001' });
    expect(ws.allText()).toContain('Amina');

    expect(() => sidebarApi.eraseParticipant({ role: 'mentee', id: 'ME-0001', confirm: 'ME-0002' })).toThrow(/type the person’s id to confirm/);
    const result = eraseParticipant({ role: 'mentee', id: 'ME-0001', confirm: 'ME-0001' });
    // The response sheet of this test has no form behind it that the add-on can open: its copy is counted for the coordinator.
    expect(result).toEqual({ erased: 'ME-0001', pairs: ['P-0001'], mode: 'erase', formCopiesKept: 1, filesNotDeleted: [] });
    expect(recordsOf(ws, 'Sensitive details').map((r) => r['Person ID'])).toEqual(['ME-0002']);

    const everything = ws.allText();
    for (const trace of ['Amina', 'amina.yusuf@example.org', 'Yusuf', '3661204545', '366 120 4545']) expect(everything).not.toContain(trace);
    // Others are untouched; the pair, its meeting and its goal stay as ids and dates.
    expect(menteeRecords(ws).map((r) => r.Name)).toEqual(['Other Person']);
    expect(recordsOf(ws, 'Pairs')[0]).toMatchObject({ 'Pair code': 'P-0001', 'Mentee ID': 'ME-0001', Status: 'Active', 'IIP document': '' });
    expect(recordsOf(ws, 'Meetings')).toHaveLength(1);
    expect(recordsOf(ws, 'Goals')[0]).toMatchObject({ Area: 'Housing', Goal: '', Status: 'In progress' });
    expect(recordsOf(ws, 'Audit log').at(-1)).toMatchObject({ Action: 'participant.erased', 'Subject (ids)': 'ME-0001' });
  });

  it('anonymises a person: no identity left, every indicator equal before and after', () => {
    const { ws } = menteeProgramme();
    ws.submitFormResponse('Mentee intake', AMINA);
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    appendRecords(
      readTable(spreadsheet, MENTORS),
      [{ id: 'MT-0001', name: 'Samira Haddad', consentData: true, trainingModules: 5, screeningDecision: 'Admit' }],
      { byCoordinator: true },
    );
    appendRecords(
      readTable(spreadsheet, PAIRS),
      [{ code: 'P-0001', mentorId: 'MT-0001', menteeId: 'ME-0001', status: 'Active', proposedOn: new Date('2026-09-20'), startedOn: new Date('2026-09-25') }],
      { byCoordinator: true },
    );
    appendRecords(readTable(spreadsheet, MEETINGS), [
      {
        responseKey: 'd1',
        pairCode: 'P-0001',
        mentorId: 'MT-0001',
        date: new Date('2026-10-05'),
        submittedAt: new Date('2026-10-05'),
        activity: 'With Amina at the market',
        communityActivity: true,
        themes: 'Housing',
      },
    ]);
    supervisionApi.saveGoal({ code: 'P-0001', area: 'Housing', goal: 'Amina rents a room', steps: '', status: 'In progress', evidence: 'Visited two flats' });
    const indicators = () =>
      supervisionApi.getIndicators({ from: '2026-01-01', to: '2026-12-31' }).indicators.map((i) => [i.id, i.value, i.numerator, i.denominator]);
    const before = indicators();
    anonymiseParticipant({ role: 'mentee', id: 'ME-0001', confirm: 'ME-0001' });
    expect(indicators()).toEqual(before);
    for (const trace of ['Amina', 'Yusuf', 'amina.yusuf@example.org', '3661204545']) expect(ws.allText()).not.toContain(trace);
    expect(menteeRecords(ws)[0]).toMatchObject({ 'Mentee ID': 'ME-0001', Name: '[anonymised] ME-0001', Languages: 'so:native, ar, en:B1' });
  });

  it('exports everything held on one person into one private document, and only theirs', () => {
    const { ws } = menteeProgramme();
    ws.submitFormResponse('Mentee intake', AMINA);
    ws.submitFormResponse('Mentee intake', { ...AMINA, 'Full name': 'Other Person', Email: 'other@example.org', Phone: '+39 333 000 1111' });
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    appendRecords(readTable(spreadsheet, PAIRS), [{ code: 'P-0001', mentorId: 'MT-0001', menteeId: 'ME-0001', status: 'Active' }], { byCoordinator: true });
    appendRecords(readTable(spreadsheet, MEETINGS), [
      { responseKey: 'd1', pairCode: 'P-0001', mentorId: 'MT-0001', date: new Date('2026-10-05'), activity: 'Visited the library' },
    ]);
    const { url } = exportParticipant({ role: 'mentee', id: 'ME-0001' });
    const doc = ws.documents().find((d) => url.includes(d.id))!;
    expect(doc.name).toBe('Access request – ME-0001 – 2026-11-23');
    expect(doc.folderPath).toBe('Peer Mentoring Desk – Mentoring programme');
    expect(doc.sharing).toHaveLength(1);
    expect(doc.body).toContain('Name\tAmina Yusuf');
    expect(doc.body).toContain('Full name\tAmina Yusuf');
    expect(doc.body).toContain('Activity\tVisited the library');
    // Their sensitive details are part of what is held on them.
    expect(doc.body).toContain('Sensitive details\nResidence permit in order\tYes');
    expect(doc.body).not.toContain('Other Person');
    expect(recordsOf(ws, 'Audit log').at(-1)).toMatchObject({ Action: 'participant.exported', 'Subject (ids)': 'ME-0001' });
  });

  it('lists who is due for erasure or anonymisation under the retention setting', () => {
    const { ws } = menteeProgramme();
    ws.submitFormResponse('Mentee intake', AMINA);
    ws.submitFormResponse('Mentee intake', { ...AMINA, 'Full name': 'Other Person', Email: 'other@example.org', Phone: '+39 333 000 1111' });
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    appendRecords(readTable(spreadsheet, PAIRS), [{ code: 'P-0001', mentorId: 'MT-0001', menteeId: 'ME-0002', status: 'Active' }], { byCoordinator: true });
    expect(retentionDue().due).toEqual([]);
    ws.clock.advance(400 * 86_400_000);
    // ME-0001 applied 13 months ago and was never paired; ME-0002 still has an open pair.
    expect(retentionDue()).toEqual({ months: 12, due: [{ role: 'mentee', id: 'ME-0001', since: '2026-11-23' }] });
    anonymiseParticipant({ role: 'mentee', id: 'ME-0001', confirm: 'ME-0001' });
    expect(retentionDue().due).toEqual([]);
  });

  // Counted in calendar days of the spreadsheet's zone from the last pair's closing: on 2027-11-23,
  // 12 months back is 2026-11-23; a closing that day is not yet due, the day before is.
  it.each([
    ['2026-11-22', true],
    ['2026-11-23', false],
    ['2026-11-24', false],
  ])('counts retention from a closing typed as %s: due %s', (closedOn, due) => {
    const { ws } = menteeProgramme({ now: '2027-11-23T08:00:00Z' });
    ws.submitFormResponse('Mentee intake', AMINA);
    ws.sheet('Pairs').appendRow(['P-0001', 'MT-0001', '', 'ME-0001']);
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    const pairs = readTable(spreadsheet, PAIRS);
    updateRecords(pairs, [{ rowNumber: 2, values: { status: 'Closed', closedOn: closedOn as never } }], { byCoordinator: true });
    expect(retentionDue().due.map((d) => d.id)).toEqual(due ? ['ME-0001'] : []);
  });
});
