import { describe, expect, it } from 'vitest';
import { sidebarApi } from '../../src/server/api';
import { intakeApi } from '../../src/server/intake/api';
import { proposeMapping } from '../../src/core/intake/mapping';
import { setUpProgrammeSheets } from '../../src/server/programme';
import { AMINA, MENTEE_QUESTIONS, menteeProgramme } from '../support/intake';
import { useWorkspace } from '../support/workspace';

const stepsDone = (desk: ReturnType<typeof sidebarApi.getHomeDesk>) => Object.fromEntries(desk.steps.map((s) => [s.key, s.done]));

describe('Home: the programme’s desk', () => {
  it('before setup: the first-time path only, nothing read but the properties', () => {
    const ws = useWorkspace();
    ws.counter.reset();
    const desk = sidebarApi.getHomeDesk();
    expect(desk.items).toEqual([]);
    expect(stepsDone(desk)).toEqual({
      'home.step.setUp': false,
      'home.step.forms': false,
      'home.step.autoImport': false,
      'home.step.training': false,
      'home.step.firstMatch': false,
    });
    expect(ws.counter.get('Range.getValues')).toBe(0);
  });

  it('says so when automatic import is off and a response waits, with the sheet’s name', () => {
    const ws = useWorkspace();
    setUpProgrammeSheets();
    const sheet = ws.addResponseSheet('Mentee intake', MENTEE_QUESTIONS);
    const proposal = proposeMapping(['Timestamp', ...MENTEE_QUESTIONS], 'mentee');
    intakeApi.confirmMapping({ sheetId: sheet.getSheetId(), kind: 'mentee', columns: proposal.columns.map((c) => ({ header: c.header, field: c.field })) });
    ws.submitFormResponse('Mentee intake', AMINA);
    const desk = sidebarApi.getHomeDesk();
    expect(desk.items.map((i) => [i.key, i.params])).toEqual([
      ['home.desk.autoImportOff', {}],
      ['home.desk.unimported', { count: 1, sheet: 'Mentee intake' }],
    ]);
    expect(stepsDone(desk)['home.step.autoImport']).toBe(false);
  });

  it('with automatic import on: the response becomes a waiting mentee, counted with how long she has waited', () => {
    const { ws } = menteeProgramme();
    ws.submitFormResponse('Mentee intake', AMINA);
    ws.clock.advance(12 * 86_400_000);
    const desk = sidebarApi.getHomeDesk();
    expect(desk.items.map((i) => [i.key, i.params])).toEqual([['home.desk.waiting', { count: 1, days: 12 }]]);
    expect(stepsDone(desk)).toMatchObject({ 'home.step.setUp': true, 'home.step.forms': true, 'home.step.autoImport': true, 'home.step.firstMatch': false });
  });
});
