import {
  addDays as addCalendarDays,
  addMonths as addCalendarMonths,
  asCalendarDate,
  type CalendarDate,
  calendarDateOf,
  daysBetween as calendarDaysBetween,
} from '../calendarDate';
import type { RecordValues } from '../schema/types';
import { asDate, cellText, isoDay } from '../values';

/**
 * What supervision reads from the sheets, as plain facts. Dates are calendar days
 * (CalendarDate, as the table module reads date columns) or null: rhythms, deadlines and
 * warnings count days, so an instant never enters the arithmetic. A diary's submission time is
 * an instant; it is taken as the day it was in the spreadsheet's zone.
 */
export interface PairFacts {
  code: string;
  mentorId: string;
  secondMentorId: string;
  menteeId: string;
  status: string;
  proposedOn: CalendarDate | null;
  acceptedOn: CalendarDate | null;
  introMeetingOn: CalendarDate | null;
  startedOn: CalendarDate | null;
  plannedEndOn: CalendarDate | null;
  closedOn: CalendarDate | null;
}

export interface MeetingFacts {
  key: string;
  pairCode: string;
  mentorId: string;
  date: CalendarDate | null;
  /** The day the diary was sent, in the spreadsheet's zone (its timestamp is an instant). */
  submittedOn: CalendarDate | null;
  communityActivity: boolean;
  needsSupport: boolean;
  /** The kind of concern the diary reported (its words are in Sensitive details), or null. */
  concernKind: string | null;
  themes: string;
}

export interface ContactFacts {
  entryId: string;
  pairCode: string;
  date: CalendarDate | null;
  kind: string;
  /** Actions agreed, one a line: each becomes a checklist item. */
  actions: string;
  nextDate: CalendarDate | null;
}

/** Supervision rows that record the coordinator's ticks and acknowledgements rather than a contact. */
export const TICK_KIND = 'Checklist item done';
export const UNTICK_KIND = 'Checklist item reopened';
export const ACK_KIND = 'Warning acknowledged';
/**
 * A reminder sent from the add-on and a document shared with a mentor are logged in Supervision
 * too, dated, but neither is a contact held: counted as one, a reminder would tick the follow-up
 * it asks for, and sharing the IIP would look like a supervision talk.
 */
export const MESSAGE_SENT_KIND = 'Message sent';
export const DOCUMENT_SHARED_KIND = 'Document shared';
export const BOOKKEEPING_KINDS = [TICK_KIND, UNTICK_KIND, ACK_KIND, MESSAGE_SENT_KIND, DOCUMENT_SHARED_KIND];

export interface GoalFacts {
  goalId: string;
  pairCode: string;
  area: string;
  goal: string;
  steps: string;
  targetDate: CalendarDate | null;
  status: string;
  evidence: string;
}

const asText = cellText;

/**
 * The columns each kind of facts is made from: a read that only needs the facts converts these
 * cells and leaves the rest of the row as it was (readTable's `keys`). A test holds each list to
 * what its function reads, so a fact added without its column fails there, not in a warning.
 */
export const PAIR_FACT_KEYS = [
  'code',
  'mentorId',
  'secondMentorId',
  'menteeId',
  'status',
  'proposedOn',
  'acceptedOn',
  'introMeetingOn',
  'startedOn',
  'plannedEndOn',
  'closedOn',
] as const;
export const MEETING_FACT_KEYS = [
  'responseKey',
  'pairCode',
  'mentorId',
  'date',
  'submittedAt',
  'communityActivity',
  'needsSupport',
  'concernKind',
  'concernReported',
  'themes',
] as const;
export const CONTACT_FACT_KEYS = ['entryId', 'pairCode', 'date', 'kind', 'actions', 'nextDate'] as const;

export function pairFacts(v: RecordValues): PairFacts {
  return {
    code: asText(v.code),
    mentorId: asText(v.mentorId),
    secondMentorId: asText(v.secondMentorId),
    menteeId: asText(v.menteeId),
    status: asText(v.status),
    proposedOn: asCalendarDate(v.proposedOn),
    acceptedOn: asCalendarDate(v.acceptedOn),
    introMeetingOn: asCalendarDate(v.introMeetingOn),
    startedOn: asCalendarDate(v.startedOn),
    plannedEndOn: asCalendarDate(v.plannedEndOn),
    closedOn: asCalendarDate(v.closedOn),
  };
}

/** `timeZone`: the spreadsheet's, the zone the diary's timestamp is a day in. */
export function meetingFacts(v: RecordValues, timeZone: string): MeetingFacts {
  const submittedAt = asDate(v.submittedAt);
  return {
    key: asText(v.responseKey),
    pairCode: asText(v.pairCode),
    mentorId: asText(v.mentorId),
    date: asCalendarDate(v.date),
    submittedOn: submittedAt ? calendarDateOf(submittedAt, timeZone) : null,
    communityActivity: v.communityActivity === true,
    needsSupport: v.needsSupport === true,
    concernKind: concernKindOf(v),
    themes: asText(v.themes),
  };
}

export function contactFacts(v: RecordValues): ContactFacts {
  return {
    entryId: asText(v.entryId),
    pairCode: asText(v.pairCode),
    date: asCalendarDate(v.date),
    kind: asText(v.kind),
    actions: asText(v.actions),
    nextDate: asCalendarDate(v.nextDate),
  };
}

export function goalFacts(v: RecordValues): GoalFacts {
  return {
    goalId: asText(v.goalId),
    pairCode: asText(v.pairCode),
    area: asText(v.area),
    goal: asText(v.goal),
    steps: asText(v.steps),
    targetDate: asCalendarDate(v.targetDate),
    status: asText(v.status),
    evidence: asText(v.evidence),
  };
}

/** Day arithmetic on calendar days (see calendarDate.ts), under the names supervision always used. */
export const addDays = addCalendarDays;
export const addMonths = addCalendarMonths;
export const daysBetween = calendarDaysBetween;

export { isoDay };

/** When the pair started working together: the start date, else the introductory meeting, else acceptance. */
export function startOf(pair: PairFacts): CalendarDate | null {
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
