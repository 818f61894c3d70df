import { describe, expect, it } from 'vitest';
import { addDays, type CalendarDate, parseCalendarDate } from '../../src/core/calendarDate';
import { checkAlerts, type DeskFacts, deskItems, documentsDue, setupSteps } from '../../src/core/home/desk';
import type { BackgroundCheck } from '../../src/core/matching/readiness';

const facts = (over: Partial<DeskFacts> = {}): DeskFacts => ({
  isSetUp: true,
  forms: [],
  mappedSheets: 0,
  autoImportOn: false,
  importFailures: 0,
  unimported: [],
  waitingDays: [],
  waitingListed: 0,
  waitingLimit: 30,
  urgentWarnings: 0,
  mentors: 0,
  mentorsMissingTraining: 0,
  checksExpired: 0,
  checksExpiring: [],
  documentsDue: 0,
  pairs: 0,
  ...over,
});
const keys = (f: DeskFacts) => deskItems(f).map((i) => i.key);

describe('the setup path', () => {
  it('a new spreadsheet: every step to do, in order', () => {
    expect(setupSteps(facts({ isSetUp: false })).map((s) => [s.key, s.done])).toEqual([
      ['home.step.setUp', false],
      ['home.step.forms', false],
      ['home.step.autoImport', false],
      ['home.step.training', false],
      ['home.step.firstMatch', false],
    ]);
  });
  it('forms count as done with the add-on’s forms or a mapped form of one’s own', () => {
    const form = { kind: 'mentee', title: 'Mentees', publishedUrl: 'https://docs.google.com/forms/d/x/viewform', editUrl: 'e' };
    expect(setupSteps(facts({ forms: [form] }))[1]!.done).toBe(true);
    expect(setupSteps(facts({ mappedSheets: 1 }))[1]!.done).toBe(true);
  });
  it('training is done once at least one mentor is trained: none recorded, all missing, one of two', () => {
    expect(setupSteps(facts({ mentors: 0 }))[3]!.done).toBe(false);
    expect(setupSteps(facts({ mentors: 2, mentorsMissingTraining: 2 }))[3]!.done).toBe(false);
    expect(setupSteps(facts({ mentors: 2, mentorsMissingTraining: 1 }))[3]!.done).toBe(true);
  });
  it('the first match: done from one pair', () => {
    expect(setupSteps(facts({ pairs: 0 }))[4]!.done).toBe(false);
    expect(setupSteps(facts({ pairs: 1 }))[4]!.done).toBe(true);
  });
});

describe('what needs the coordinator now', () => {
  it('nothing before setup, and nothing when all is in order', () => {
    expect(deskItems(facts({ isSetUp: false, urgentWarnings: 3 }))).toEqual([]);
    expect(deskItems(facts())).toEqual([]);
  });
  it('says automatic import is off only when there are forms to import from', () => {
    expect(keys(facts({ mappedSheets: 0 }))).not.toContain('home.desk.autoImportOff');
    expect(keys(facts({ mappedSheets: 1, autoImportOn: false }))).toContain('home.desk.autoImportOff');
    expect(keys(facts({ mappedSheets: 1, autoImportOn: true }))).not.toContain('home.desk.autoImportOff');
  });
  it('lists each response sheet with responses not imported, none for a sheet with 0', () => {
    const items = deskItems(
      facts({
        unimported: [
          { sheet: 'A', count: 0 },
          { sheet: 'B', count: 1 },
        ],
      }),
    );
    expect(items).toEqual([{ key: 'home.desk.unimported', params: { count: 1, sheet: 'B' }, area: 'intake', section: 'response-sheets', urgency: 2 }]);
  });
  it('mentees waiting: how many and the longest wait; undated waits still count', () => {
    expect(deskItems(facts({ waitingDays: [3, null, 40] }))[0]).toMatchObject({ key: 'home.desk.waiting', params: { count: 3, days: 40 } });
    expect(deskItems(facts({ waitingDays: [0] }))[0]).toMatchObject({ key: 'home.desk.waiting', params: { count: 1, days: 0 } });
    expect(deskItems(facts({ waitingDays: [null] }))[0]).toMatchObject({ key: 'home.desk.waitingUndated', params: { count: 1 } });
  });
  it('leads each item and step to the place in its tab where it is done', () => {
    const all = deskItems(
      facts({
        urgentWarnings: 1,
        importFailures: 1,
        mappedSheets: 1,
        autoImportOn: false,
        unimported: [{ sheet: 'B', count: 1 }],
        waitingDays: [null],
        documentsDue: 1,
      }),
    );
    expect(Object.fromEntries(all.map((i) => [i.key, `${i.area}#${i.section}`]))).toEqual({
      'home.desk.urgentWarnings': 'pairs#week-block',
      'home.desk.importFailures': 'intake#automatic-import',
      'home.desk.autoImportOff': 'intake#automatic-import',
      'home.desk.unimported': 'intake#response-sheets',
      'home.desk.waitingUndated': 'matching#mentee-select',
      'home.desk.documentsDue': 'documents#document-kind',
    });
    const steps = setupSteps(facts({ isSetUp: false, mentors: 0, pairs: 0 }));
    expect(steps.map((s) => `${s.area}#${s.section ?? ''}`)).toEqual([
      'home#',
      'intake#standard-forms',
      'intake#automatic-import',
      'matching#readiness',
      'matching#mentee-select',
    ]);
  });
  it('most urgent first: warnings and failures, then people waiting, then routine', () => {
    const all = facts({
      urgentWarnings: 1,
      importFailures: 2,
      mappedSheets: 1,
      unimported: [{ sheet: 'B', count: 4 }],
      waitingDays: [10],
      mentors: 3,
      mentorsMissingTraining: 1,
      documentsDue: 2,
    });
    expect(deskItems(all).map((i) => i.urgency)).toEqual([3, 3, 3, 2, 2, 1, 1]);
    expect(deskItems(all).map((i) => i.area)).toEqual(['pairs', 'intake', 'intake', 'intake', 'matching', 'matching', 'documents']);
  });
  it('background checks: expired ones with the people waiting, expiring ones with the routine, the soonest named', () => {
    const items = deskItems(facts({ checksExpired: 2, checksExpiring: [12, 3, 30], mentors: 4, mentorsMissingTraining: 1, waitingDays: [5] }));
    // Checks and training lead into Matching's Mentor readiness, opened on arrival; the waiting list is shown on Home.
    expect(items.map((i) => [i.key, i.urgency, i.area, i.section])).toEqual([
      ['home.desk.waiting', 2, 'matching', 'mentee-select'],
      ['home.desk.checksExpired', 2, 'matching', 'readiness'],
      ['home.desk.checksExpiring', 1, 'matching', 'readiness'],
      ['home.desk.training', 1, 'matching', 'readiness'],
    ]);
    expect(items[1]!.params).toEqual({ count: 2 });
    expect(items[2]!.params).toEqual({ count: 3, days: 3 });
    expect(keys(facts({ checksExpired: 0, checksExpiring: [] }))).toEqual([]);
  });
});

describe('background checks to renew (30 days ahead)', () => {
  const today = parseCalendarDate('2026-11-23')!;
  const check = (expiresOn: CalendarDate | null, doneOn: CalendarDate | null = addDays(today, -300)): BackgroundCheck => ({ label: 'VOG', doneOn, expiresOn });
  const alertFor = (expiresOn: CalendarDate | null) => checkAlerts([[check(expiresOn)]], today);
  it('expiring in 31 days: not yet', () => expect(alertFor(addDays(today, 31))).toEqual({ expired: 0, expiring: [] }));
  it('in 30 days: warned, with the days left', () => expect(alertFor(addDays(today, 30))).toEqual({ expired: 0, expiring: [30] }));
  it('in 29 days: warned', () => expect(alertFor(addDays(today, 29))).toEqual({ expired: 0, expiring: [29] }));
  it('expiring today: no longer counts, so expired', () => expect(alertFor(today)).toEqual({ expired: 1, expiring: [] }));
  it('expired yesterday: expired', () => expect(alertFor(addDays(today, -1))).toEqual({ expired: 1, expiring: [] }));
  it('no expiry date: counts until replaced, never warned', () => expect(alertFor(null)).toEqual({ expired: 0, expiring: [] }));
  it('no check at all is not an expiry (readiness asks for one), and a newer check replaces an expired one', () => {
    expect(checkAlerts([[]], today)).toEqual({ expired: 0, expiring: [] });
    expect(checkAlerts([[check(addDays(today, -1)), check(addDays(today, 200), addDays(today, -2))]], today)).toEqual({ expired: 0, expiring: [] });
  });
  it('one entry per mentor', () => {
    expect(checkAlerts([[check(addDays(today, 5))], [check(addDays(today, -5))], [check(addDays(today, 60))]], today)).toEqual({ expired: 1, expiring: [5] });
  });
});

describe('documents due', () => {
  const pair = (status: string, ...has: string[]) => ({ status, has: (kind: string) => has.includes(kind) });
  it('the agreement from acceptance, the plan from the introductory meeting, the assessment at completion', () => {
    expect(documentsDue([pair('Proposed')])).toBe(0);
    expect(documentsDue([pair('Mentor accepted')])).toBe(1);
    expect(documentsDue([pair('Introductory meeting held')])).toBe(2);
    expect(documentsDue([pair('Active', 'codeOfConduct')])).toBe(1);
    expect(documentsDue([pair('Active', 'codeOfConduct', 'iip')])).toBe(0);
    expect(documentsDue([pair('Closed – completed')])).toBe(1);
    expect(documentsDue([pair('Closed – completed', 'assessment')])).toBe(0);
    expect(documentsDue([pair('Closed – ended early'), pair('Mentor declined')])).toBe(0);
  });
});
