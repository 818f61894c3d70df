import { describe, expect, it } from 'vitest';
import { GOALS, MENTEES, MENTORS, PAIRS } from '../../src/core/schema/sheets';
import { eraseParticipant } from '../../src/server/privacy/erase';
import { supervisionApi } from '../../src/server/supervision/api';
import { appendRecords, readTable } from '../../src/server/workspace/table';
import { AMINA, menteeProgramme, menteeRecords } from '../support/intake';
import { recordsOf } from '../support/workspace';

const applicant = (n: number) => ({
  ...AMINA,
  'Full name': `Applicant ${n}`,
  Email: `applicant${n}@example.org`,
  Phone: `+39 333 000 00${String(n).padStart(2, '0')}`,
});
const ids = (ws: ReturnType<typeof menteeProgramme>['ws']) => menteeRecords(ws).map((r) => r['Mentee ID']);

describe('ids are never given twice', () => {
  it('gives the next applicant a new id after the newest one was erased', () => {
    const { ws } = menteeProgramme();
    ws.submitFormResponse('Mentee intake', applicant(1));
    ws.submitFormResponse('Mentee intake', applicant(2));
    expect(ids(ws)).toEqual(['ME-0001', 'ME-0002']);
    eraseParticipant({ role: 'mentee', id: 'ME-0002', confirm: 'ME-0002' });
    ws.submitFormResponse('Mentee intake', applicant(3));
    expect(ids(ws)).toEqual(['ME-0001', 'ME-0003']);
  });

  it('never gives again an id a coordinator typed, even once its row is gone', () => {
    const { ws } = menteeProgramme();
    appendRecords(readTable(SpreadsheetApp.getActiveSpreadsheet(), MENTEES), [{ id: 'ME-0040', name: 'Typed by hand', consentData: true }], {
      byCoordinator: true,
    });
    eraseParticipant({ role: 'mentee', id: 'ME-0040', confirm: 'ME-0040' });
    ws.submitFormResponse('Mentee intake', applicant(1));
    expect(ids(ws)).toEqual(['ME-0041']);
  });

  it('gives a new intake issue a new id after erasure took the newest', () => {
    const { ws } = menteeProgramme();
    // A response that names nobody becomes issue I-0001; the person then adds their name to it.
    const nameless = { ...AMINA, 'Full name': '', Email: '', Phone: '' };
    const { row } = ws.submitFormResponse('Mentee intake', nameless);
    expect(recordsOf(ws, 'Intake issues').map((r) => r['Issue ID'])).toEqual(['I-0001']);
    ws.editFormResponse('Mentee intake', row, { 'Full name': 'Amina Yusuf' });
    expect(ids(ws)).toEqual(['ME-0001']);
    eraseParticipant({ role: 'mentee', id: 'ME-0001', confirm: 'ME-0001' });
    expect(recordsOf(ws, 'Intake issues')).toEqual([]);
    ws.submitFormResponse('Mentee intake', { ...nameless, 'Year of birth': '1990' });
    expect(recordsOf(ws, 'Intake issues').map((r) => r['Issue ID'])).toEqual(['I-0002']);
  });

  it('gives goals and supervision entries new ids after a coordinator deleted the newest rows', () => {
    const { ws } = menteeProgramme();
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    appendRecords(readTable(spreadsheet, MENTORS), [{ id: 'MT-0001', name: 'Samira Haddad', consentData: true }], { byCoordinator: true });
    appendRecords(readTable(spreadsheet, PAIRS), [{ code: 'P-0001', mentorId: 'MT-0001', menteeId: 'ME-0001', status: 'Active' }], { byCoordinator: true });
    const goal = (text: string) =>
      supervisionApi.saveGoal({ code: 'P-0001', area: 'Housing', goal: text, steps: '', status: 'In progress', evidence: '' }).goalId;
    const entry = () =>
      supervisionApi.logSupervision({ code: 'P-0001', date: '2026-11-20', withWhom: 'Samira', kind: 'Call', topics: '', actions: '' }).entryId;
    expect([goal('First'), goal('Second')]).toEqual(['G-0001', 'G-0002']);
    expect([entry(), entry()]).toEqual(['S-0001', 'S-0002']);
    ws.sheet(GOALS.name).deleteRow(3);
    ws.sheet('Supervision').deleteRow(3);
    expect(goal('Third')).toBe('G-0003');
    expect(entry()).toBe('S-0003');
  });
});
