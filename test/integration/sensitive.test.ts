import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MEETINGS, MENTEES } from '../../src/core/schema/sheets';
import { sidebarApi } from '../../src/server/api';
import { setUpProgrammeSheets } from '../../src/server/programme';
import { appendRecords, readTable } from '../../src/server/workspace/table';
import { recordsOf, useWorkspace } from '../support/workspace';
import { forceReadWay } from '../../src/server/workspace/lookup';

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

  describe('the Sensitive details sheet', () => {
    it('is protected so that only the coordinator who set it up can edit it, and they can add others', () => {
      const ws = useWorkspace();
      setUpProgrammeSheets();
      const [protection] = ws.sheet('Sensitive details').getProtections(SpreadsheetApp.ProtectionType.SHEET);
      expect(protection!.isWarningOnly()).toBe(false);
      expect(sidebarApi.getCoordinators()).toEqual({ coordinators: ['coordinator@example.org'], isCoordinator: true });

      expect(ws.execution(() => sidebarApi.getCoordinators(), 'colleague@example.org').isCoordinator).toBe(false);
      expect(ws.execution(() => sidebarApi.getIntakeOverview(), 'colleague@example.org').isCoordinator).toBe(false);
      expect(sidebarApi.getIntakeOverview().isCoordinator).toBe(true);
      expect(() => ws.execution(() => sidebarApi.setCoordinator({ email: 'colleague@example.org', add: true }), 'colleague@example.org')).toThrow(
        /Only the programme’s coordinators can do this/,
      );
      expect(() => sidebarApi.setCoordinator({ email: 'not an email', add: true })).toThrow(/an email address is needed/);

      sidebarApi.setCoordinator({ email: 'Colleague@Example.org', add: true });
      expect(ws.execution(() => sidebarApi.getCoordinators(), 'colleague@example.org')).toEqual({
        coordinators: ['coordinator@example.org', 'colleague@example.org'],
        isCoordinator: true,
      });
      // The audit log names no one: the change is logged with ids only.
      expect(recordsOf(ws, 'Audit log').at(-1)).toMatchObject({ Action: 'coordinator.added', Detail: '2 coordinators, 0 files shared' });
      expect(JSON.stringify(recordsOf(ws, 'Audit log'))).not.toContain('colleague');

      // Running setup again keeps the coordinators' list as it is.
      setUpProgrammeSheets();
      expect(sidebarApi.getCoordinators().coordinators).toEqual(['coordinator@example.org', 'colleague@example.org']);
      sidebarApi.setCoordinator({ email: 'colleague@example.org', add: false });
      expect(sidebarApi.getCoordinators().coordinators).toEqual(['coordinator@example.org']);

      // A protection someone removed is put back by setup, with the person running it as coordinator.
      ws.sheet('Sensitive details').getProtections(SpreadsheetApp.ProtectionType.SHEET)[0]!.remove();
      expect(ws.execution(() => sidebarApi.getCoordinators(), 'colleague@example.org').isCoordinator).toBe(true);
      setUpProgrammeSheets();
      expect(ws.execution(() => sidebarApi.getCoordinators(), 'colleague@example.org').isCoordinator).toBe(false);
    });

    it('lets a colleague who is not a coordinator repair the other sheets, leaving the protected one alone', () => {
      const ws = useWorkspace();
      setUpProgrammeSheets();
      ws.sheet('Mentees').deleteColumn(2);
      const result = ws.execution(() => setUpProgrammeSheets(), 'colleague@example.org');
      expect(result.repaired).toBe(1);
      expect(ws.sheet('Sensitive details').getProtections(SpreadsheetApp.ProtectionType.SHEET)).toHaveLength(1);
    });

    it('takes over sensitive details left in the records by an older version, and loses none', () => {
      const ws = useWorkspace();
      setUpProgrammeSheets();
      const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
      appendRecords(
        readTable(spreadsheet, MENTEES),
        [
          { id: 'ME-0001', name: 'Amina Yusuf', responseKey: 'r1' },
          { id: 'ME-0002', name: 'Second' },
        ],
        { byCoordinator: true },
      );
      appendRecords(readTable(spreadsheet, MEETINGS), [{ responseKey: 'd1', pairCode: 'P-0001', mentorId: 'MT-0001', activity: 'Walk' }]);
      // The old layout: sensitive columns inside the records' sheets, and a reason beside an exclusion.
      const mentees = ws.sheet('Mentees');
      const width = mentees.getLastColumn();
      mentees.insertColumnsAfter(mentees.getMaxColumns(), 2);
      mentees.getRange(1, width + 1, 3, 2).setValues([
        ['Residence permit in order', 'Safeguarding notes'],
        ['Pending', 'Lives with an abusive partner'],
        ['Yes', ''],
      ]);
      const meetings = ws.sheet('Meetings');
      meetings.insertColumnsAfter(meetings.getMaxColumns(), 1);
      meetings.getRange(1, meetings.getLastColumn() + 1, 2, 1).setValues([['Concerns'], ['There was a conflict about money']]);
      PropertiesService.getDocumentProperties().setProperty(
        'pmd.matching.exclusions',
        JSON.stringify([{ mentorId: 'MT-0002', menteeId: 'ME-0001', reason: 'Her cousin', at: '2026-01-01' }]),
      );

      setUpProgrammeSheets();

      expect(recordsOf(ws, 'Sensitive details').map((r) => [r['Person ID'], r['Pair or other person'], r.Detail, r.Value, r.Source])).toEqual([
        ['ME-0001', '', 'Residence permit in order', 'Pending', 'r1'],
        ['ME-0001', '', 'Safeguarding note', 'Lives with an abusive partner', 'r1'],
        ['ME-0002', '', 'Residence permit in order', 'Yes', 'moved by setup'],
        ['MT-0001', 'P-0001', 'Diary concern', 'There was a conflict about money', 'd1'],
        ['ME-0001', 'MT-0002', 'Exclusion reason', 'Her cousin', 'moved by setup'],
      ]);
      expect(Object.keys(recordsOf(ws, 'Mentees')[0]!)).not.toContain('Residence permit in order');
      expect(Object.keys(recordsOf(ws, 'Mentees')[0]!)).not.toContain('Safeguarding notes');
      expect(recordsOf(ws, 'Meetings')[0]).toMatchObject({ 'Concern reported': 'TRUE', 'Kind of concern': 'conflict' });
      expect(Object.keys(recordsOf(ws, 'Meetings')[0]!)).not.toContain('Concerns');
      expect(PropertiesService.getDocumentProperties().getProperty('pmd.matching.exclusions')).not.toContain('cousin');
      // The sensitive words are nowhere else in the spreadsheet.
      const elsewhere = ws
        .workbook()
        .filter((s) => s.name !== 'Sensitive details')
        .flatMap((s) => s.values.flat())
        .join(' ');
      for (const text of ['abusive', 'Pending', 'money', 'cousin']) expect(elsewhere).not.toContain(text);
      // Running setup again moves nothing twice.
      setUpProgrammeSheets();
      expect(recordsOf(ws, 'Sensitive details')).toHaveLength(5);
    });
  });
});
