import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorkspace, type FakeWorkspace } from '../../fake';
import { DEMO_START, DEMO_TODAY, prepareDemoProgramme, seedDemo } from '../../preview/demo';
import type { AddonRuntime } from '../../preview/runtime';
import { publicFunctions } from '../../src/server/publicSurface';
import { recordsOf } from '../support/workspace';

/**
 * The preview's demo programme, played on the server code itself (not the bundle): it must show a
 * programme's whole lifecycle, and every monitoring indicator must have data, i.e. none of them
 * reads "no data in this period" in the sidebar (which it does when its denominator is 0).
 */
type Fn = (...args: unknown[]) => unknown;

function sourceRuntime(ws: FakeWorkspace): AddonRuntime {
  const functions = publicFunctions as unknown as Record<string, Fn>;
  ws.setFunctionResolver((name) => functions[name]);
  return {
    ws,
    scope: {},
    publicNames: () => Object.keys(functions),
    run: (name, args = [], user) => {
      const fn = functions[name];
      if (!fn) throw new Error(`Script function not found: ${name}`);
      return ws.execution(() => fn(...args), user);
    },
  };
}

interface IndicatorDto {
  id: string;
  value: number | null;
  numerator: number;
  denominator: number;
}

let runtime: AddonRuntime;
let pairs: Record<string, string>[];
let uninstall: () => void = () => {};

// One demo for the whole file (it plays a year): its services stay in the global scope until the end.
afterAll(() => uninstall());
beforeAll(() => {
  const ws = createWorkspace({ spreadsheetName: 'Bologna Peer Mentoring 2026', locale: 'en_GB', timeZone: 'Europe/Rome', now: DEMO_START });
  uninstall = ws.installGlobals(globalThis as unknown as Record<string, unknown>);
  runtime = sourceRuntime(ws);
  seedDemo(ws);
  prepareDemoProgramme(runtime);
  pairs = recordsOf(ws, 'Pairs');
}, 120_000);

describe('the demo programme', () => {
  it('ends on the demo’s today', () => {
    expect(runtime.ws.clock.now()).toBe(Date.parse(DEMO_TODAY));
  });

  it('gives every indicator data for the last twelve months', () => {
    const { indicators } = runtime.run('getIndicators', [{}]) as { indicators: IndicatorDto[] };
    expect(indicators).toHaveLength(14);
    const noData = indicators.filter((i) => i.denominator === 0 || i.value === null).map((i) => i.id);
    expect(noData).toEqual([]);
  });

  it('has a pair at every step of the lifecycle: proposed, several active, in closure, closed, ended early, a rematch', () => {
    const status = (s: string) => pairs.filter((p) => p.Status === s).map((p) => p['Pair code']);
    expect(status('Proposed')).toHaveLength(1);
    expect(status('Active').length).toBeGreaterThanOrEqual(4);
    expect(status('Closed – completed')).toHaveLength(1);
    expect(status('Closed – ended early')).toHaveLength(1);
    expect(status('Rematch offered')).toEqual(['P-0003']);
    // The rematch: the mentee of the declined pair has an active pair with another mentor.
    const declined = pairs.find((p) => p['Pair code'] === 'P-0003')!;
    const again = pairs.find((p) => p['Mentee ID'] === declined['Mentee ID'] && p['Pair code'] !== 'P-0003')!;
    expect(again.Status).toBe('Active');
    expect(again['Mentor ID']).not.toBe(declined['Mentor ID']);
    // In closure: active, with its planned end within the next month.
    const closing = pairs.filter((p) => p.Status === 'Active' && p['Planned end'] && p['Planned end'] <= '2026-12-23');
    expect(closing).toHaveLength(1);
  });

  it('records the closed pair’s final assessment and both satisfaction questionnaires, through their forms', () => {
    const closed = pairs.find((p) => p.Status === 'Closed – completed')!['Pair code'];
    expect(recordsOf(runtime.ws, 'Assessments').map((a) => a['Pair code'])).toContain(closed);
    const roles = recordsOf(runtime.ws, 'Satisfaction')
      .filter((s) => s['Pair code'] === closed)
      .map((s) => s['Respondent role'])
      .sort();
    expect(roles).toEqual(['mentee', 'mentor']);
    const supervision = runtime.run('getPairSupervision', [{ code: closed }]) as { checklist: { id: string; done: boolean }[] };
    const closure = supervision.checklist.filter(
      (item) => item.id.startsWith('closure.') && ['closure.assessment', 'closure.satisfactionMentor', 'closure.satisfactionMentee'].includes(item.id),
    );
    expect(closure.map((item) => item.done)).toEqual([true, true, true]);
  });

  it('records each mentor’s training as a programme does: a day for every module counted, none after the day it was typed', () => {
    const mentors = recordsOf(runtime.ws, 'Mentors');
    expect(mentors.length).toBeGreaterThan(0);
    for (const mentor of mentors) {
      const days = [1, 2, 3, 4, 5].map((n) => mentor[`Training module ${n} done on`] ?? '');
      const done = days.filter((d) => d !== '');
      expect(mentor['Training modules completed (of 5)'], mentor['Mentor ID']).toBe(String(done.length));
      // Done in order: the first modules first, never a gap before a later one.
      expect(days.slice(0, done.length), mentor['Mentor ID']).toEqual(done);
      expect([...done].sort(), mentor['Mentor ID']).toEqual(done);
      for (const day of done) expect(day, mentor['Mentor ID']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(done.every((day) => day <= DEMO_TODAY.slice(0, 10))).toBe(true);
    }
    // One trained mentor and one who missed the last two sessions.
    expect(mentors.find((m) => m.Name === 'Samira Haddad')!['Training modules completed (of 5)']).toBe('5');
    expect(mentors.find((m) => m.Name === 'Giulia Romano')!['Training modules completed (of 5)']).toBe('3');
  });

  it('keeps a mentor’s count when Mentor readiness saves one more day: the demo’s days are the ones the form shows', () => {
    const giulia = recordsOf(runtime.ws, 'Mentors').find((m) => m.Name === 'Giulia Romano')!;
    const mentorId = giulia['Mentor ID']!;
    const { form } = runtime.run('getMentorReadiness', [{ mentorId }]) as { form: { modules: string[] } };
    expect(form.modules).toEqual(['2026-02-18', '2026-02-20', '2026-02-23', '', '']);
    const modules = [...form.modules.slice(0, 3), '2026-11-20', ''];
    const saved = runtime.run('saveMentorReadiness', [{ mentorId, base: form, values: { ...form, modules } }]) as {
      saved: boolean;
      readiness: { sheetCount: number | null };
    };
    expect(saved).toMatchObject({ saved: true, readiness: { sheetCount: 4 } });
  });

  it('keeps the first pairs the other tests read: P-0001 active with its goal and its mentor’s call for help, P-0003 declined then rematched', () => {
    const week = runtime.run('getWeekView') as { items: { pairCode: string; text: string }[] };
    expect(week.items.some((i) => i.pairCode === 'P-0001' && i.text.includes('asked for support in the diary of 2026-11-20'))).toBe(true);
    expect(recordsOf(runtime.ws, 'Goals').some((g) => g['Pair code'] === 'P-0001' && g.Goal === 'Rent a room within the budget')).toBe(true);
  });
});
