import type { CellInput, RecordValues } from '../schema/types';
import { asDate, isoDay } from '../values';

/** What supervision reads from the sheets, as plain facts. Dates are Date or null. */
export interface PairFacts {
  code: string;
  mentorId: string;
  secondMentorId: string;
  menteeId: string;
  status: string;
  proposedOn: Date | null;
  acceptedOn: Date | null;
  introMeetingOn: Date | null;
  startedOn: Date | null;
  plannedEndOn: Date | null;
  closedOn: Date | null;
}

export interface MeetingFacts {
  key: string;
  pairCode: string;
  mentorId: string;
  date: Date | null;
  submittedAt: Date | null;
  communityActivity: boolean;
  needsSupport: boolean;
  /** The kind of concern the diary reported (its words are in Sensitive details), or null. */
  concernKind: string | null;
  themes: string;
}

export interface ContactFacts {
  entryId: string;
  pairCode: string;
  date: Date | null;
  kind: string;
  /** Actions agreed, one a line: each becomes a checklist item. */
  actions: string;
  nextDate: Date | null;
}

/** Supervision rows that record the coordinator's ticks and acknowledgements rather than a contact. */
export const TICK_KIND = 'Checklist item done';
export const UNTICK_KIND = 'Checklist item reopened';
export const ACK_KIND = 'Warning acknowledged';
export const BOOKKEEPING_KINDS = [TICK_KIND, UNTICK_KIND, ACK_KIND];

export interface GoalFacts {
  goalId: string;
  pairCode: string;
  area: string;
  goal: string;
  steps: string;
  targetDate: Date | null;
  status: string;
  evidence: string;
}

const asText = (v: CellInput | undefined): string => (v === null || v === undefined ? '' : String(v));

export function pairFacts(v: RecordValues): PairFacts {
  return {
    code: asText(v.code),
    mentorId: asText(v.mentorId),
    secondMentorId: asText(v.secondMentorId),
    menteeId: asText(v.menteeId),
    status: asText(v.status),
    proposedOn: asDate(v.proposedOn),
    acceptedOn: asDate(v.acceptedOn),
    introMeetingOn: asDate(v.introMeetingOn),
    startedOn: asDate(v.startedOn),
    plannedEndOn: asDate(v.plannedEndOn),
    closedOn: asDate(v.closedOn),
  };
}

export function meetingFacts(v: RecordValues): MeetingFacts {
  return {
    key: asText(v.responseKey),
    pairCode: asText(v.pairCode),
    mentorId: asText(v.mentorId),
    date: asDate(v.date),
    submittedAt: asDate(v.submittedAt),
    communityActivity: v.communityActivity === true,
    needsSupport: v.needsSupport === true,
    concernKind: concernKindOf(v),
    themes: asText(v.themes),
  };
}

export function contactFacts(v: RecordValues): ContactFacts {
  return { entryId: asText(v.entryId), pairCode: asText(v.pairCode), date: asDate(v.date), kind: asText(v.kind), actions: asText(v.actions), nextDate: asDate(v.nextDate) };
}

export function goalFacts(v: RecordValues): GoalFacts {
  return {
    goalId: asText(v.goalId),
    pairCode: asText(v.pairCode),
    area: asText(v.area),
    goal: asText(v.goal),
    steps: asText(v.steps),
    targetDate: asDate(v.targetDate),
    status: asText(v.status),
    evidence: asText(v.evidence),
  };
}

export const DAY = 86_400_000;

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY);
}

export function addMonths(date: Date, months: number): Date {
  const d = new Date(date.getTime());
  d.setUTCMonth(d.getUTCMonth() + months);
  return d;
}

export function daysBetween(from: Date, to: Date): number {
  return Math.floor((to.getTime() - from.getTime()) / DAY);
}

export { isoDay };

/** When the pair started working together: the start date, else the introductory meeting, else acceptance. */
export function startOf(pair: PairFacts): Date | null {
  return pair.startedOn ?? pair.introMeetingOn ?? pair.acceptedOn;
}

/** Statuses of a pair in its mentoring phase (supervised). */
export const SUPERVISED = ['Mentor accepted', 'Introductory meeting held', 'Active'];
export const CLOSED = ['Closed – completed', 'Closed – ended early'];

/** Items grouped by a key, in their order. */
export function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

const CONCERN_KINDS = ['conflict', 'boundaries', 'unreachable', 'other'];

/** A reported concern's kind; a value typed by hand that is not one of ours counts as "other". */
function concernKindOf(v: RecordValues): string | null {
  const kind = asText(v.concernKind).trim().toLowerCase();
  if (v.concernReported !== true && !kind) return null;
  return CONCERN_KINDS.includes(kind) ? kind : 'other';
}
