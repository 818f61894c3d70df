import { describe, expect, it } from 'vitest';
import { addDays, type CalendarDate, parseCalendarDate } from '../../src/core/calendarDate';
import type { ChecklistTemplate, PairRecords } from '../../src/core/supervision/checklist';
import type { ContactFacts, MeetingFacts, PairFacts } from '../../src/core/supervision/model';
import { DEFAULT_RHYTHM, type Rhythm } from '../../src/core/supervision/rhythm';
import { pairWarnings, urgentWarnings, type Warning, type WarningKind } from '../../src/core/supervision/warnings';
import { meetingFacts as meeting, pairFacts as pair, records } from '../support/supervisionFacts';

/**
 * The early warnings at their edges (at, just below and just above each limit, and with the
 * value unknown). These are safeguarding signals: a diary's concern or request for support, a
 * pair that stopped meeting. The rhythm is not the default, so that a limit hard-coded in
 * warnings.ts instead of read from the rhythm makes a test fail.
 */
const d = (iso: string) => parseCalendarDate(iso)!;

const RHYTHM: Rhythm = {
  ...DEFAULT_RHYTHM,
  firstCallDays: 5,
  durationMonths: 6,
  noMeetingDays: 10,
  meetingsPerMonthFirstQuarter: 3,
  diaryDaysBeforeSupervision: 5,
  nearEndDays: 20,
};

/** The fixture pair starts on 1 September 2026; with RHYTHM it is planned to end on 1 March 2027. */
const START = d('2026-09-01');
const PLANNED_END = d('2027-03-01');

/** A supervision contact with no date of its own (so it ticks no checklist item), planning the next one. */
const contact = (nextDate: string | null, extra: Partial<ContactFacts> = {}): ContactFacts => ({
  entryId: `S-${nextDate}`,
  pairCode: 'P-0001',
  date: null,
  kind: 'Supervision',
  actions: '',
  nextDate: nextDate ? d(nextDate) : null,
  ...extra,
});

const NOT_STARTED = { startedOn: null, introMeetingOn: null, acceptedOn: null };

interface Case {
  today: string | CalendarDate;
  meetings?: MeetingFacts[];
  contacts?: ContactFacts[];
  pair?: Partial<PairFacts>;
  acknowledged?: string[];
  template?: ChecklistTemplate;
}

const warningsOn = (c: Case): Warning[] =>
  pairWarnings(
    pair(c.pair),
    records({ meetings: c.meetings ?? [], contacts: c.contacts ?? [] }),
    RHYTHM,
    d(c.today),
    new Set(c.acknowledged ?? []),
    c.template,
  );

const ofKind = (kind: WarningKind, c: Case): Warning[] => warningsOn(c).filter((w) => w.kind === kind);

const warning = (kind: WarningKind, id: string, urgency: 1 | 2 | 3, date: string, params: Record<string, string | number>): Warning => ({
  id: `P-0001:${id}`,
  pairCode: 'P-0001',
  kind,
  urgency,
  date: d(date),
  params,
});

describe('no meeting', () => {
  // The last meeting is on 5 September; RHYTHM.noMeetingDays is 10, twice that 20.
  const meetings = [meeting('2026-09-05')];

  it('waits exactly noMeetingDays, warns the day after, and is urgent after twice the limit', () => {
    expect(ofKind('noMeeting', { today: '2026-09-15', meetings })).toEqual([]);
    expect(ofKind('noMeeting', { today: '2026-09-16', meetings })).toEqual([warning('noMeeting', 'noMeeting:2026-09-05', 2, '2026-09-16', { days: 11 })]);
    expect(ofKind('noMeeting', { today: '2026-09-25', meetings })).toEqual([warning('noMeeting', 'noMeeting:2026-09-05', 2, '2026-09-25', { days: 20 })]);
    expect(ofKind('noMeeting', { today: '2026-09-26', meetings })).toEqual([warning('noMeeting', 'noMeeting:2026-09-05', 3, '2026-09-26', { days: 21 })]);
  });

  it('reads the limit from the rhythm (the default 21 days would not warn after 11)', () => {
    const withDefault = pairWarnings(pair(), records({ meetings }), DEFAULT_RHYTHM, d('2026-09-16'), new Set());
    expect(withDefault.filter((w) => w.kind === 'noMeeting')).toEqual([]);
  });

  it('counts from the latest dated meeting, whatever order the diaries came in', () => {
    // A diary with no meeting date (sent on the 14th) says nothing about when they last met.
    const diaries = [meeting('2026-09-05'), meeting('2026-09-03'), meeting('2026-09-14', { date: null })];
    expect(ofKind('noMeeting', { today: '2026-09-16', meetings: diaries })).toEqual([
      warning('noMeeting', 'noMeeting:2026-09-05', 2, '2026-09-16', { days: 11 }),
    ]);
  });

  it('counts from the start when there is no meeting yet', () => {
    expect(ofKind('noMeeting', { today: '2026-09-11' })).toEqual([]);
    expect(ofKind('noMeeting', { today: '2026-09-12' })).toEqual([warning('noMeeting', 'noMeeting:2026-09-01', 2, '2026-09-12', { days: 11 })]);
  });

  it('says nothing for a pair with no start date, met or not', () => {
    expect(ofKind('noMeeting', { today: '2027-01-10', pair: NOT_STARTED })).toEqual([]);
    expect(ofKind('noMeeting', { today: '2027-01-10', pair: NOT_STARTED, meetings })).toEqual([]);
  });
});

describe('too few meetings in the first quarter', () => {
  // RHYTHM asks for 3 meetings a month; months are whole 30.4-day spans since the start.
  const lowFrequency = (today: string, meetings: MeetingFacts[] = []) => ofKind('lowFrequency', { today, meetings });
  const days = (n: number) => addDays(START, n);

  it('starts after a month: nothing at 29 or 30 days (no whole month yet), a warning at 31', () => {
    expect(lowFrequency(days(29))).toEqual([]);
    expect(lowFrequency(days(30))).toEqual([]);
    expect(lowFrequency(days(31))).toEqual([warning('lowFrequency', 'lowFrequency:1', 2, days(31), { count: 0, months: 1, target: 3 })]);
  });

  it('counts whole months of 30.4 days: 60 days is one, 61 is two', () => {
    expect(lowFrequency(days(60))).toEqual([warning('lowFrequency', 'lowFrequency:1', 2, days(60), { count: 0, months: 1, target: 3 })]);
    expect(lowFrequency(days(61))).toEqual([warning('lowFrequency', 'lowFrequency:2', 2, days(61), { count: 0, months: 2, target: 3 })]);
  });

  it('ends with the first quarter: a warning at 92 days, none at 93', () => {
    expect(lowFrequency(days(92))).toEqual([warning('lowFrequency', 'lowFrequency:3', 2, days(92), { count: 0, months: 3, target: 3 })]);
    expect(lowFrequency(days(93))).toEqual([]);
  });

  it('is met at exactly the target per month, and warns one meeting short', () => {
    // Two months in (61 days, 1 November): 6 meetings are needed.
    const five = ['09-03', '09-10', '09-17', '10-01', '10-15'].map((x) => meeting(`2026-${x}`));
    expect(lowFrequency('2026-11-01', five)).toEqual([warning('lowFrequency', 'lowFrequency:2', 2, '2026-11-01', { count: 5, months: 2, target: 3 })]);
    expect(lowFrequency('2026-11-01', [...five, meeting('2026-10-29')])).toEqual([]);
  });

  it('counts the meetings from the start to today, both days included, and none outside', () => {
    const today = '2026-10-02'; // 31 days: one month, 3 meetings needed
    expect(lowFrequency(today, [meeting('2026-09-01'), meeting('2026-09-15'), meeting(today)])).toEqual([]);
    const outside = [meeting('2026-08-31'), meeting('2026-09-01'), meeting(today), meeting('2026-10-03'), meeting('2026-10-20', { date: null })];
    expect(lowFrequency(today, outside)).toEqual([warning('lowFrequency', 'lowFrequency:1', 2, today, { count: 2, months: 1, target: 3 })]);
  });

  it('says nothing for a pair with no start date', () => {
    expect(ofKind('lowFrequency', { today: '2026-10-02', pair: NOT_STARTED })).toEqual([]);
  });
});

describe('diary due before supervision', () => {
  // Today is 10 October; RHYTHM wants a diary 5 days before supervision; recent means since 10 September.
  const today = '2026-10-10';
  const diary = (contacts: ContactFacts[], meetings: MeetingFacts[] = []) => ofKind('diaryOverdue', { today, contacts, meetings });
  const due = (next: string) => [warning('diaryOverdue', `diary:${next}`, 2, next, { date: next })];

  it('warns from diaryDaysBeforeSupervision days before the next supervision, through its day', () => {
    expect(diary([contact('2026-10-16')])).toEqual([]);
    expect(diary([contact('2026-10-15')])).toEqual(due('2026-10-15'));
    expect(diary([contact(today)])).toEqual(due(today));
  });

  it('ignores a next date already past, and uses the earliest of the next dates to come', () => {
    expect(diary([contact('2026-10-09')])).toEqual([]);
    expect(diary([contact('2026-10-09'), contact('2026-10-14')])).toEqual(due('2026-10-14'));
    expect(diary([contact('2026-10-30'), contact('2026-10-14'), contact('2026-10-20')])).toEqual(due('2026-10-14'));
  });

  it('says nothing with no next supervision date', () => {
    expect(diary([])).toEqual([]);
    expect(diary([contact(null)])).toEqual([]);
  });

  it('counts a diary sent exactly 30 days ago as recent, not one sent 31 days ago', () => {
    const next = [contact('2026-10-15')];
    expect(diary(next, [meeting('2026-09-10')])).toEqual([]);
    expect(diary(next, [meeting('2026-09-09')])).toEqual(due('2026-10-15'));
  });

  it('dates a diary by when it was sent, else by its meeting; one with neither is not recent', () => {
    const next = [contact('2026-10-15')];
    // A meeting of 5 September written up on 10 September is a recent diary.
    expect(diary(next, [meeting('2026-09-05', { submittedOn: d('2026-09-10') })])).toEqual([]);
    expect(diary(next, [meeting('2026-09-10', { submittedOn: d('2026-09-09') })])).toEqual(due('2026-10-15'));
    expect(diary(next, [meeting('2026-09-10', { submittedOn: null })])).toEqual([]);
    expect(diary(next, [meeting('2026-09-09', { submittedOn: null })])).toEqual(due('2026-10-15'));
    expect(diary(next, [meeting('2026-09-10', { date: null })])).toEqual([]);
    expect(diary(next, [meeting('2026-10-01', { date: null, submittedOn: null })])).toEqual(due('2026-10-15'));
  });
});

describe('a diary asking for support or reporting a concern', () => {
  const today = '2026-10-14';
  const flagged = (meetings: MeetingFacts[]) => warningsOn({ today, meetings }).filter((w) => w.kind === 'support' || w.kind === 'concern');

  it('is urgent, one warning per diary and flag, under the diary key', () => {
    expect(flagged([meeting('2026-10-10', { needsSupport: true }), meeting('2026-10-12', { concernKind: 'boundaries' })])).toEqual([
      warning('support', 'support:k-2026-10-10-P-0001', 3, '2026-10-10', { date: '2026-10-10' }),
      warning('concern', 'concern:k-2026-10-12-P-0001', 3, '2026-10-12', { date: '2026-10-12', detail: 'boundaries' }),
    ]);
  });

  it('gives two warnings for a diary that does both, support first', () => {
    expect(flagged([meeting('2026-10-10', { needsSupport: true, concernKind: 'conflict' })])).toEqual([
      warning('support', 'support:k-2026-10-10-P-0001', 3, '2026-10-10', { date: '2026-10-10' }),
      warning('concern', 'concern:k-2026-10-10-P-0001', 3, '2026-10-10', { date: '2026-10-10', detail: 'conflict' }),
    ]);
  });

  it("is dated by the diary's meeting, else the day it was sent, else today", () => {
    expect(flagged([meeting('2026-10-10', { needsSupport: true, submittedOn: d('2026-10-12') })])[0]!.date).toBe('2026-10-10');
    expect(flagged([meeting('2026-10-12', { needsSupport: true, date: null })])).toEqual([
      warning('support', 'support:k-2026-10-12-P-0001', 3, '2026-10-12', { date: '2026-10-12' }),
    ]);
    expect(flagged([meeting('2026-10-12', { concernKind: 'other', date: null, submittedOn: null })])).toEqual([
      warning('concern', 'concern:k-2026-10-12-P-0001', 3, today, { date: today, detail: 'other' }),
    ]);
  });

  it('says nothing for a diary that flags nothing', () => {
    expect(flagged([meeting('2026-10-10')])).toEqual([]);
  });
});

describe('overdue follow-ups', () => {
  // RHYTHM.firstCallDays is 5: the first call is due on 6 September; the introductory items on the 1st.
  const call = warning('followUpOverdue', 'followUp:followUp.call', 2, '2026-09-06', { days: 5, due: '2026-09-06', item: 'check.followUp.call' });

  it('is due on its day and overdue from the next', () => {
    expect(ofKind('followUpOverdue', { today: '2026-09-06' })).toEqual([]);
    expect(ofKind('followUpOverdue', { today: '2026-09-07' })).toEqual([call]);
  });

  it('comes from the follow-up and supervision items only, not intro, action or custom ones', () => {
    const today = '2026-10-02';
    const template: ChecklistTemplate = { off: [], custom: [{ id: 'visit', text: 'Visit the library', daysAfterStart: 3 }] };
    const contacts = [contact('2026-09-20', { actions: 'Call the landlord' })];
    expect(ofKind('followUpOverdue', { today, contacts, template })).toEqual([
      call,
      warning('followUpOverdue', 'followUp:followUp.m1', 2, '2026-10-01', { months: 1, due: '2026-10-01', item: 'check.followUp.contact' }),
      warning('followUpOverdue', 'followUp:supervision.m1', 2, '2026-10-01', { month: 1, due: '2026-10-01', item: 'check.supervision.monthly' }),
    ]);
  });

  it("follows the programme's template", () => {
    expect(ofKind('followUpOverdue', { today: '2026-09-07', template: { off: ['followUp.call'], custom: [] } })).toEqual([]);
  });
});

describe('near the planned end', () => {
  const nearEnd = (today: string | CalendarDate, p: Partial<PairFacts> = {}) => ofKind('nearEnd', { today, pair: p });
  const ending = (urgency: 2 | 3, end = PLANNED_END) => [warning('nearEnd', `nearEnd:${end}`, urgency, end, { date: end })];

  it('warns nearEndDays before the end, not a day earlier, and is urgent once the end has passed', () => {
    expect(nearEnd(addDays(PLANNED_END, -21))).toEqual([]);
    expect(nearEnd(addDays(PLANNED_END, -20))).toEqual(ending(2));
    expect(nearEnd(PLANNED_END)).toEqual(ending(2));
    expect(nearEnd(addDays(PLANNED_END, 1))).toEqual(ending(3));
  });

  it('takes the planned end typed on the pair over start + durationMonths', () => {
    const plannedEndOn = d('2026-12-01');
    expect(nearEnd('2026-11-10', { plannedEndOn })).toEqual([]);
    expect(nearEnd('2026-11-11', { plannedEndOn })).toEqual(ending(2, plannedEndOn));
    expect(nearEnd(addDays(PLANNED_END, -20), { plannedEndOn })).toEqual(ending(3, plannedEndOn));
  });

  it('needs an end: none without a start or planned end, and one from a planned end alone', () => {
    expect(nearEnd('2027-06-01', NOT_STARTED)).toEqual([]);
    expect(nearEnd('2026-11-11', { ...NOT_STARTED, plannedEndOn: d('2026-12-01') })).toEqual(ending(2, d('2026-12-01')));
  });

  it('says nothing for a closed pair', () => {
    expect(warningsOn({ today: addDays(PLANNED_END, 1), pair: { status: 'Closed – completed', closedOn: PLANNED_END } })).toEqual([]);
  });
});

describe('which pairs, which warnings', () => {
  const today = '2026-10-14';
  const meetings = [meeting('2026-10-10', { needsSupport: true, concernKind: 'conflict' })];

  it('leaves out the acknowledged ids of this pair and keeps the others', () => {
    const acknowledged = ['P-0001:support:k-2026-10-10-P-0001', 'P-0002:concern:k-2026-10-10-P-0001'];
    expect(warningsOn({ today, meetings, acknowledged }).map((w) => w.id.slice('P-0001:'.length))).toEqual([
      'concern:k-2026-10-10-P-0001',
      'followUp:followUp.call',
      'followUp:followUp.m1',
      'followUp:supervision.m1',
      'lowFrequency:1',
    ]);
    expect(warningsOn({ today, meetings }).map((w) => w.id)).toContain('P-0001:support:k-2026-10-10-P-0001');
  });

  it('warns for pairs in their mentoring phase only', () => {
    for (const status of ['Mentor accepted', 'Introductory meeting held', 'Active']) expect(warningsOn({ today, meetings, pair: { status } })).not.toEqual([]);
    for (const status of ['Proposed', 'Closed – completed', 'Closed – ended early', '']) expect(warningsOn({ today, meetings, pair: { status } })).toEqual([]);
  });
});

describe('the order of the warnings', () => {
  it('puts the most urgent first, then the earliest, and keeps the order found on ties', () => {
    // 2 October, 31 days in: met on 12 and 20 September (no meeting for 12 days, 2 of 3 meetings).
    const meetings = [meeting('2026-09-20', { needsSupport: true }), meeting('2026-09-12', { needsSupport: true, concernKind: 'conflict' })];
    expect(warningsOn({ today: '2026-10-02', meetings }).map((w) => [w.id.slice('P-0001:'.length), w.urgency, w.date])).toEqual([
      ['support:k-2026-09-12-P-0001', 3, '2026-09-12'],
      ['concern:k-2026-09-12-P-0001', 3, '2026-09-12'],
      ['support:k-2026-09-20-P-0001', 3, '2026-09-20'],
      ['followUp:followUp.call', 2, '2026-09-06'],
      ['followUp:followUp.m1', 2, '2026-10-01'],
      ['followUp:supervision.m1', 2, '2026-10-01'],
      ['noMeeting:2026-09-20', 2, '2026-10-02'],
      ['lowFrequency:1', 2, '2026-10-02'],
    ]);
  });
});

describe('urgent warnings (Home)', () => {
  /** Records of which only the diaries can be read: Home's count must need nothing else. */
  const diariesOnly = (meetings: MeetingFacts[]): PairRecords =>
    new Proxy({ meetings } as unknown as PairRecords, {
      get(target, field) {
        if (field === 'meetings') return target.meetings;
        throw new Error(`urgentWarnings read records.${String(field)}`);
      },
    });

  it('are the urgent ones of the full list, worked out from the diaries alone', () => {
    const meetings = [meeting('2026-09-12', { concernKind: 'unreachable' })];
    const today = addDays(PLANNED_END, 1); // past the end, and long without a meeting: both urgent
    const full = pairWarnings(pair(), records({ meetings, contacts: [contact(today)] }), RHYTHM, today, new Set());
    expect(full.some((w) => w.urgency === 2)).toBe(true);
    const urgent = urgentWarnings(pair(), diariesOnly(meetings), RHYTHM, today, new Set());
    // The end (1 March) is older than today, the day the no-meeting warning is dated.
    expect(urgent.map((w) => w.kind)).toEqual(['concern', 'nearEnd', 'noMeeting']);
    expect(urgent).toEqual(full.filter((w) => w.urgency === 3));
  });
});
