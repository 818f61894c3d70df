import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/core/calendarDate';
import { parseCalendarDate } from '../../src/core/calendarDate';
import { classifyConcern } from '../../src/core/privacy/sensitive';
import { buildChecklist, isOverdue, type PairRecords } from '../../src/core/supervision/checklist';
import { computeIndicators } from '../../src/core/supervision/indicators';
import { DEFAULT_RHYTHM } from '../../src/core/supervision/rhythm';
import { pairWarnings, urgentWarnings } from '../../src/core/supervision/warnings';
import { meetingFacts as meeting, pairFacts as pair, records } from '../support/supervisionFacts';

// Supervision counts calendar days: the table module reads date columns as CalendarDate.
const d = (iso: string) => parseCalendarDate(iso)!;

describe('checklist', () => {
  it('follows the rhythm: a call at 10 days, contacts at 1 and 2 months then every 2, monthly supervision', () => {
    const items = buildChecklist(pair(), records(), DEFAULT_RHYTHM);
    const due = (id: string) => items.find((i) => i.id === id)!.due;
    expect(due('followUp.call')).toBe('2026-09-11');
    expect(due('followUp.m1')).toBe('2026-10-01');
    expect(due('followUp.m2')).toBe('2026-11-01');
    expect(items.filter((i) => i.id.startsWith('followUp.m')).map((i) => i.id)).toEqual([
      'followUp.m1',
      'followUp.m2',
      'followUp.m4',
      'followUp.m6',
      'followUp.m8',
      'followUp.m10',
    ]);
    expect(items.filter((i) => i.phase === 'supervision')).toHaveLength(12);
    expect(due('closure.assessment')).toBe('2027-09-01');
  });

  it('ticks items from the data, and by hand', () => {
    const items = buildChecklist(
      pair(),
      records({
        meetings: [meeting('2026-09-20', { communityActivity: true })],
        contacts: [
          {
            entryId: 'S-1',
            pairCode: 'P-0001',
            date: d('2026-09-10'),
            kind: 'Call',
            actions: 'Find a Italian course\nCall the landlord',
            nextDate: d('2026-10-10'),
          },
        ],
        goals: [{ goalId: 'G-1', pairCode: 'P-0001', area: 'Housing', goal: 'A room', steps: '', targetDate: null, status: 'In progress', evidence: '' }],
        hasAssessment: true,
        ticked: new Set(['intro.roles']),
      }),
      DEFAULT_RHYTHM,
    );
    const state = (id: string) => items.find((i) => i.id === id)!.doneBy;
    expect(state('followUp.call')).toBe('data');
    expect(state('intro.iip')).toBe('data');
    expect(state('review.community')).toBe('data');
    expect(state('closure.assessment')).toBe('data');
    expect(state('intro.roles')).toBe('hand');
    expect(state('intro.reasons')).toBeNull();
    expect(items.filter((i) => i.phase === 'actions').map((i) => i.params!.text)).toEqual(['Find a Italian course', 'Call the landlord']);
    expect(isOverdue(items.find((i) => i.id === 'followUp.m1')!, d('2026-10-20'))).toBe(true);
  });
});

describe('early warnings', () => {
  const kinds = (today: string, r: PairRecords, p = pair()) => pairWarnings(p, r, DEFAULT_RHYTHM, d(today), new Set()).map((w) => w.kind);

  it('warns of no meeting for three weeks, and of too few meetings in the first quarter', () => {
    expect(kinds('2026-11-05', records({ meetings: [meeting('2026-09-05'), meeting('2026-09-12')] }))).toEqual(
      expect.arrayContaining(['noMeeting', 'lowFrequency']),
    );
    const weekly = ['09-03', '09-10', '09-17', '09-24', '10-01', '10-08'].map((x) => meeting(`2026-${x}`));
    expect(kinds('2026-10-15', records({ meetings: weekly }))).not.toContain('noMeeting');
    expect(kinds('2026-10-15', records({ meetings: weekly }))).not.toContain('lowFrequency');
  });

  it('raises a diary that asks for support or reports a problem, most urgent first', () => {
    const warnings = pairWarnings(
      pair(),
      records({
        meetings: [meeting('2026-10-10', { needsSupport: true }), meeting('2026-10-12', { concernKind: classifyConcern('She did not answer my calls twice') })],
      }),
      DEFAULT_RHYTHM,
      d('2026-10-14'),
      new Set(),
    );
    expect(warnings.slice(0, 2).map((w) => [w.kind, w.urgency])).toEqual([
      ['support', 3],
      ['concern', 3],
    ]);
    expect(warnings[1]!.params.detail).toBe('unreachable');
  });

  it('warns of a diary missing before supervision, an overdue follow-up, and an end without closure', () => {
    const r = records({
      contacts: [{ entryId: 'S-1', pairCode: 'P-0001', date: d('2027-07-01'), kind: 'Supervision', actions: '', nextDate: d('2027-08-20') }],
    });
    expect(kinds('2027-08-18', r)).toEqual(expect.arrayContaining(['diaryOverdue', 'followUpOverdue', 'nearEnd']));
  });

  it('finds the urgent warnings alone exactly as the full list filtered to urgency 3 (Home counts them)', () => {
    const START = d('2026-01-01');
    const dayIn = fc.integer({ min: -30, max: 500 }).map((n) => addDays(START, n));
    const diary = fc.record({ on: dayIn, needsSupport: fc.boolean(), concern: fc.boolean() });
    const contact = fc.record({ on: dayIn, next: fc.option(dayIn, { nil: null }), kind: fc.constantFrom('Supervision', 'Phone call', 'Group supervision') });
    fc.assert(
      fc.property(
        fc.constantFrom('Active', 'Introductory meeting held', 'Proposed', 'Closed – completed'),
        fc.option(dayIn, { nil: null }),
        fc.option(dayIn, { nil: null }),
        fc.array(diary, { maxLength: 8 }),
        fc.array(contact, { maxLength: 4 }),
        dayIn,
        fc.boolean(),
        (status, startedOn, plannedEndOn, diaries, contacts, today, acknowledgeSome) => {
          const p = pair({ status, startedOn, introMeetingOn: startedOn, plannedEndOn });
          const r = records({
            meetings: diaries.map((m, i) =>
              meeting(m.on, { key: `k${i}`, needsSupport: m.needsSupport, concernKind: m.concern ? classifyConcern('She did not come twice') : null }),
            ),
            contacts: contacts.map((c, i) => ({ entryId: `E${i}`, pairCode: p.code, date: c.on, kind: c.kind, actions: '', nextDate: c.next })),
          });
          const all = pairWarnings(p, r, DEFAULT_RHYTHM, today, new Set());
          // Acknowledging every other warning: what stays acknowledged stays out of both.
          const acknowledged = new Set(acknowledgeSome ? all.filter((_, i) => i % 2 === 0).map((w) => w.id) : []);
          const expected = pairWarnings(p, r, DEFAULT_RHYTHM, today, acknowledged).filter((w) => w.urgency === 3);
          expect(urgentWarnings(p, r, DEFAULT_RHYTHM, today, acknowledged)).toEqual(expected);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('stays quiet once acknowledged, and for pairs not in their mentoring phase', () => {
    const r = records({ meetings: [meeting('2026-10-10', { needsSupport: true })] });
    const all = pairWarnings(pair(), r, DEFAULT_RHYTHM, d('2026-10-14'), new Set());
    const acknowledged = new Set(all.map((w) => w.id));
    expect(pairWarnings(pair(), r, DEFAULT_RHYTHM, d('2026-10-14'), acknowledged)).toEqual([]);
    expect(pairWarnings(pair({ status: 'Closed – completed' }), r, DEFAULT_RHYTHM, d('2026-10-14'), new Set())).toEqual([]);
  });
});

describe('indicators', () => {
  it('computes AMIR shares with numerator, denominator, target and the pairs behind them', () => {
    const pairs = [
      pair(),
      pair({ code: 'P-0002', mentorId: 'MT-0002', menteeId: 'ME-0002' }),
      pair({ code: 'P-0003', mentorId: 'MT-0003', menteeId: 'ME-0003', status: 'Closed – ended early', closedOn: d('2026-10-20') }),
    ];
    const twiceAMonth = ['09-03', '09-10', '09-24', '10-01', '10-15', '10-29', '11-05', '11-19'].map((x) => meeting(`2026-${x}`));
    const indicators = computeIndicators({
      pairs,
      meetings: [...twiceAMonth, meeting('2026-09-15', { pairCode: 'P-0002', mentorId: 'MT-0002', communityActivity: true, themes: 'Housing, Leisure' })],
      groupSessions: [d('2026-09-20'), d('2026-10-18')],
      goals: [
        { goalId: 'G-1', pairCode: 'P-0001', area: 'Employment', goal: 'CV', steps: '', targetDate: null, status: 'Achieved', evidence: 'Sent 3 applications' },
      ],
      mentors: [
        { id: 'MT-0001', trainingModules: 5, selected: true },
        { id: 'MT-0002', trainingModules: 4, selected: true },
        { id: 'MT-0009', trainingModules: null, selected: false },
      ],
      satisfaction: [
        { pairCode: 'P-0001', role: 'mentee', overall: 5, submittedOn: d('2026-11-01') },
        { pairCode: 'P-0001', role: 'mentor', overall: 3, submittedOn: d('2026-11-01') },
      ],
      appliedOn: new Map([['ME-0001', d('2026-08-10')]]),
      from: d('2026-08-01'),
      to: d('2026-12-31'),
      rhythm: DEFAULT_RHYTHM,
    });
    const get = (id: string) => indicators.find((i) => i.id === id)!;
    expect(get('trainingCompletion')).toMatchObject({ numerator: 1, denominator: 2, value: 0.5, target: 0.85, met: false, shortfall: ['MT-0002'] });
    expect(get('meetingFrequency')).toMatchObject({ numerator: 1, denominator: 3, behind: ['P-0001'] });
    expect(get('progress')).toMatchObject({ numerator: 1, denominator: 3 });
    expect(get('satisfaction')).toMatchObject({ numerator: 1, denominator: 2, value: 0.5 });
    expect(get('communityParticipation')).toMatchObject({ behind: ['P-0002'], target: 1 });
    expect(get('timeToMatch')).toMatchObject({ value: 10, unit: 'days' });
    expect(get('earlyEndings')).toMatchObject({ value: 1, behind: ['P-0003'] });
    expect(get('civicOrientation')).toMatchObject({ behind: ['ME-0002'], target: 1 });
    // The period runs to 31 December inclusive, so December is a whole month of it (as an
    // instant, "to" was midnight at its start and December fell out).
    expect(get('groupSupervision')).toMatchObject({ behind: ['2026-09', '2026-10'], shortfall: ['2026-08', '2026-11', '2026-12'] });
  });
});
