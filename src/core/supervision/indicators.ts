import { type CalendarDate, monthOf, monthStart } from '../calendarDate';
import { addDays, addMonths, CLOSED, daysBetween, groupBy, type GoalFacts, type MeetingFacts, type PairFacts, startOf } from './model';
import type { Rhythm } from './rhythm';

/**
 * The AMIR key indicators with their targets, and orient8's process figures, computed from the
 * sheets for a period. Each carries its numerator, denominator and the pairs behind it, so every
 * number can be explained.
 */
export interface IndicatorInput {
  pairs: readonly PairFacts[];
  meetings: readonly MeetingFacts[];
  /** Days of group supervision sessions (Supervision sheet, kind "Group supervision"). */
  groupSessions: readonly CalendarDate[];
  goals: readonly GoalFacts[];
  mentors: readonly { id: string; trainingModules: number | null; selected: boolean }[];
  /** `submittedOn`: the day the answer was sent, in the spreadsheet's zone. */
  satisfaction: readonly { pairCode: string; role: string; overall: number | null; submittedOn: CalendarDate | null }[];
  /** Mentee id → the day they applied (in the spreadsheet's zone), for time to match. */
  appliedOn: ReadonlyMap<string, CalendarDate>;
  /** The period, first and last day included. */
  from: CalendarDate;
  to: CalendarDate;
  rhythm: Rhythm;
}

export type IndicatorId =
  | 'trainingCompletion'
  | 'meetingFrequency'
  | 'progress'
  | 'satisfaction'
  | 'retention'
  | 'diarySubmission'
  | 'communityParticipation'
  | 'civicOrientation'
  | 'personalGuidance'
  | 'groupSupervision'
  | 'timeToMatch'
  | 'meetingsPerMonth'
  | 'earlyEndings'
  | 'rematches';

export interface Indicator {
  id: IndicatorId;
  /** A share (0 to 1) for AMIR indicators; a count or a number of days for process figures. */
  value: number | null;
  unit: 'share' | 'days' | 'count' | 'perMonth';
  numerator: number;
  denominator: number;
  target: number | null;
  met: boolean | null;
  /** The pairs (or mentors) counted in the numerator, and those that fall short. */
  behind: string[];
  shortfall: string[];
}

export const DEFAULT_TARGETS: Partial<Record<IndicatorId, number>> = {
  trainingCompletion: 0.85,
  meetingFrequency: 0.75,
  progress: 0.7,
  satisfaction: 0.85,
  retention: 0.75,
  diarySubmission: 0.8,
  communityParticipation: 1,
  civicOrientation: 1,
  personalGuidance: 0.8,
  groupSupervision: 1,
};

/** Diary themes that count as civic orientation: rights and duties in health, housing, work, money and administration. */
const CIVIC =
  /\b(health|housing|employment|financial|administration|rights?|salute|casa|lavoro|finanziaria|pratiche|diritti|salud|vivienda|empleo|derechos|sante|logement|emploi|droits|gesundheit|wohnung|arbeit|rechte|gezondheid|huisvesting|werk|rechten)\b/i;

const inPeriod = (date: CalendarDate | null, from: CalendarDate, to: CalendarDate) => !!date && date >= from && date <= to;

/** Days in a month on average (365.25 / 12 rounds to it): how months of a period or a cycle are counted. */
const MONTH_DAYS = 30.4;

/**
 * Whether a value reaches its target: null when either is unknown. A share exactly at the target
 * is met; the tolerance only absorbs floating point (17 of 20 is 0.85, not 0.8499999).
 */
export function meetsTarget(value: number | null, target: number | null): boolean | null {
  return value === null || target === null ? null : value >= target - 1e-9;
}

function share(id: IndicatorId, yes: string[], no: string[], targets: Partial<Record<IndicatorId, number>>): Indicator {
  const denominator = yes.length + no.length;
  const value = denominator ? yes.length / denominator : null;
  const target = targets[id] ?? null;
  return {
    id,
    value,
    unit: 'share',
    numerator: yes.length,
    denominator,
    target,
    met: meetsTarget(value, target),
    behind: yes,
    shortfall: no,
  };
}

function split<T>(items: readonly T[], test: (item: T) => boolean, name: (item: T) => string): [string[], string[]] {
  const yes: string[] = [];
  const no: string[] = [];
  for (const item of items) (test(item) ? yes : no).push(name(item));
  return [yes, no];
}

function median(values: number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * The months of mentoring in a period, summed over pairs (days each pair was mentoring within the
 * period, both ends included, over the average month), to one decimal.
 */
export function pairMonths(pairs: readonly PairFacts[], from: CalendarDate, to: CalendarDate): number {
  let days = 0;
  for (const p of pairs) {
    const start = startOf(p);
    if (!start) continue;
    const first = start > from ? start : from;
    const last = p.closedOn && p.closedOn < to ? p.closedOn : to;
    if (last >= first) days += daysBetween(first, last) + 1;
  }
  return Math.round((days / MONTH_DAYS) * 10) / 10;
}

export function computeIndicators(input: IndicatorInput, targets: Partial<Record<IndicatorId, number>> = DEFAULT_TARGETS): Indicator[] {
  const { from, to, rhythm } = input;
  const byPair = groupBy(input.meetings, (m) => m.pairCode);
  // Pairs that were mentoring at some time in the period.
  const started = input.pairs.filter((p) => {
    const start = startOf(p);
    return start && start <= to && (!p.closedOn || p.closedOn >= from);
  });

  const mentors = input.mentors.filter((m) => m.selected);
  const training = share(
    'trainingCompletion',
    ...split(
      mentors,
      (m) => (m.trainingModules ?? 0) >= 5,
      (m) => m.id,
    ),
    targets,
  );

  // Pairs whose first quarter ended in the period: did they meet at least twice a month?
  const quarterDone = started.filter((p) => {
    const end = addDays(startOf(p)!, 91);
    return end <= to && end >= from;
  });
  const frequency = share(
    'meetingFrequency',
    ...split(
      quarterDone,
      (p) =>
        (byPair.get(p.code) ?? []).filter((m) => inPeriod(m.date, startOf(p)!, addDays(startOf(p)!, 91))).length >= rhythm.meetingsPerMonthFirstQuarter * 3,
      (p) => p.code,
    ),
    targets,
  );

  const progressed = new Set(
    input.goals
      .filter((g) => g.status === 'Achieved' || g.status === 'Partly achieved' || (g.status === 'In progress' && g.evidence.trim() !== ''))
      .map((g) => g.pairCode),
  );
  const progress = share(
    'progress',
    ...split(
      started,
      (p) => progressed.has(p.code),
      (p) => p.code,
    ),
    targets,
  );

  const answers = input.satisfaction.filter((s) => s.overall !== null && (!s.submittedOn || inPeriod(s.submittedOn, from, to)));
  const satisfaction = share(
    'satisfaction',
    ...split(
      answers,
      (s) => (s.overall ?? 0) >= 4,
      (s) => `${s.pairCode || '?'} (${s.role})`,
    ),
    targets,
  );

  // Mentors whose cycle should have ended by the end of the period: still active, or completed.
  const cycleDue = input.pairs.filter((p) => startOf(p) && daysBetween(startOf(p)!, to) >= rhythm.durationMonths * MONTH_DAYS);
  const cohort = cycleDue.length ? cycleDue : started;
  const retention = share(
    'retention',
    ...split(
      cohort,
      (p) => p.status === 'Active' || p.status === 'Closed – completed',
      (p) => `${p.mentorId} (${p.code})`,
    ),
    targets,
  );

  // Mentors with a supervised pair: a diary in every month of the period in which the pair was active.
  // Whole calendar months within the period: first and last day.
  const months: [CalendarDate, CalendarDate][] = [];
  for (let d = monthStart(from); d <= to; d = addMonths(d, 1)) {
    const last = addDays(addMonths(d, 1), -1);
    if (last <= to) months.push([d, last]);
  }
  const diariesByMentor = groupBy(input.meetings, (m) => m.mentorId);
  const pairsByMentor = groupBy(started, (p) => p.mentorId);
  const activeMonths = new Map(
    [...pairsByMentor].map(([mentorId, pairs]) => [
      mentorId,
      months.filter(([a, b]) => pairs.some((p) => startOf(p)! <= b && (!p.closedOn || p.closedOn >= a))),
    ]),
  );
  // Only mentors with a whole month of mentoring in the period are counted: a period (or a month of
  // the trend) cut short by its last day has no month a diary was due in yet, so nobody fails it.
  const diaryMentors = [...activeMonths.keys()].filter((mentorId) => activeMonths.get(mentorId)!.length > 0);
  const diaries = share(
    'diarySubmission',
    ...split(
      diaryMentors,
      (mentorId) => {
        const diaries = diariesByMentor.get(mentorId) ?? [];
        return activeMonths.get(mentorId)!.every(([a, b]) => diaries.some((m) => inPeriod(m.submittedOn ?? m.date, a, b)));
      },
      (id) => id,
    ),
    targets,
  );

  const community = share(
    'communityParticipation',
    ...split(
      started,
      (p) => (byPair.get(p.code) ?? []).some((m) => m.communityActivity),
      (p) => p.code,
    ),
    targets,
  );

  const civic = share(
    'civicOrientation',
    ...split(
      started,
      (p) => (byPair.get(p.code) ?? []).some((m) => CIVIC.test(m.themes)),
      (p) => p.menteeId,
    ),
    targets,
  );
  const guidance = share(
    'personalGuidance',
    ...split(
      started,
      (p) => (byPair.get(p.code) ?? []).some((m) => inPeriod(m.date, from, to)),
      (p) => p.menteeId,
    ),
    targets,
  );
  const groupSupervision = share(
    'groupSupervision',
    ...split(
      months,
      ([a, b]) => input.groupSessions.some((d) => inPeriod(d, a, b)),
      ([a]) => monthOf(a),
    ),
    targets,
  );

  const waits = input.pairs
    .filter((p) => p.proposedOn && inPeriod(p.proposedOn, from, to) && input.appliedOn.has(p.menteeId))
    .map((p) => Math.max(0, daysBetween(input.appliedOn.get(p.menteeId)!, p.proposedOn!)));
  const timeToMatch: Indicator = {
    id: 'timeToMatch',
    value: median(waits),
    unit: 'days',
    numerator: waits.length,
    denominator: waits.length,
    target: null,
    met: null,
    behind: [],
    shortfall: [],
  };

  const startedCodes = new Set(started.map((p) => p.code));
  const periodMeetings = input.meetings.filter((m) => inPeriod(m.date, from, to) && startedCodes.has(m.pairCode));
  const exposure = pairMonths(started, from, to);
  const perMonth: Indicator = {
    id: 'meetingsPerMonth',
    value: exposure > 0 ? Math.round((periodMeetings.length / exposure) * 10) / 10 : null,
    unit: 'perMonth',
    numerator: periodMeetings.length,
    // Pair-months: a pair that mentored for half the period counts half, so "10 meetings over 25 pair-months" reads as it is.
    denominator: exposure,
    target: null,
    met: null,
    behind: [],
    shortfall: [],
  };
  const closedInPeriod = input.pairs.filter((p) => CLOSED.includes(p.status) && inPeriod(p.closedOn, from, to));
  const early = closedInPeriod.filter((p) => p.status === 'Closed – ended early');
  const earlyEndings: Indicator = {
    id: 'earlyEndings',
    value: early.length,
    unit: 'count',
    numerator: early.length,
    denominator: closedInPeriod.length,
    target: null,
    met: null,
    behind: early.map((p) => p.code),
    shortfall: [],
  };
  const rematchPairs = input.pairs.filter((p) => p.status === 'Rematch offered');
  const rematches: Indicator = {
    id: 'rematches',
    value: rematchPairs.length,
    unit: 'count',
    numerator: rematchPairs.length,
    denominator: input.pairs.length,
    target: null,
    met: null,
    behind: rematchPairs.map((p) => p.code),
    shortfall: [],
  };

  return [
    training,
    frequency,
    progress,
    satisfaction,
    retention,
    diaries,
    community,
    civic,
    guidance,
    groupSupervision,
    timeToMatch,
    perMonth,
    earlyEndings,
    rematches,
  ];
}
