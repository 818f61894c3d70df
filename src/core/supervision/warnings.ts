import { type CalendarDate, compareDays } from '../calendarDate';
import { buildChecklist, type ChecklistTemplate, DEFAULT_TEMPLATE, isOverdue, type PairRecords, plannedEnd } from './checklist';
import { addDays, CLOSED, daysBetween, isoDay, type PairFacts, SUPERVISED, startOf } from './model';
import type { Rhythm } from './rhythm';

/**
 * Early warnings for a pair in its mentoring phase. Each says why (a message key with its facts)
 * and what to do, and has a stable id so that the coordinator can acknowledge it with a note.
 */
export type WarningKind = 'noMeeting' | 'lowFrequency' | 'diaryOverdue' | 'support' | 'concern' | 'followUpOverdue' | 'nearEnd';

export interface Warning {
  id: string;
  pairCode: string;
  kind: WarningKind;
  urgency: 1 | 2 | 3;
  params: Record<string, string | number>;
  date: CalendarDate;
}

/** Adds a warning under its pair-scoped id, unless the coordinator already acknowledged that id. */
type PushWarning = (id: string, kind: WarningKind, urgency: 1 | 2 | 3, date: CalendarDate, params?: Record<string, string | number>) => void;

type DatedMeeting = PairRecords['meetings'][number] & { date: CalendarDate };

/** Counted from the last meeting, or from the start when there was none yet; twice the limit is urgent. */
function noMeetingWarning(push: PushWarning, start: CalendarDate, lastMeeting: CalendarDate | null, rhythm: Rhythm, today: CalendarDate): void {
  const since = lastMeeting ?? start;
  const days = daysBetween(since, today);
  if (days > rhythm.noMeetingDays) push(`noMeeting:${isoDay(since)}`, 'noMeeting', days > 2 * rhythm.noMeetingDays ? 3 : 2, today, { days });
}

/** Only the first quarter has a meeting target: after a month, and until about three months in. */
function lowFrequencyWarning(push: PushWarning, start: CalendarDate, dated: readonly DatedMeeting[], rhythm: Rhythm, today: CalendarDate): void {
  const elapsed = daysBetween(start, today);
  if (elapsed < 30 || elapsed > 92) return;
  const months = Math.floor(elapsed / 30.4);
  const count = dated.filter((m) => m.date >= start && m.date <= today).length;
  if (count < rhythm.meetingsPerMonthFirstQuarter * months)
    push(`lowFrequency:${months}`, 'lowFrequency', 2, today, { count, months, target: rhythm.meetingsPerMonthFirstQuarter });
}

/** Before the next supervision the coordinator needs a recent diary to prepare from. */
function diaryWarning(push: PushWarning, records: PairRecords, rhythm: Rhythm, today: CalendarDate): void {
  const nextSupervision = records.contacts
    .map((c) => c.nextDate)
    .filter((d): d is CalendarDate => !!d && d >= today)
    .sort(compareDays)[0];
  if (!nextSupervision || daysBetween(today, nextSupervision) > rhythm.diaryDaysBeforeSupervision) return;
  const recent = records.meetings.some((m) => (m.submittedOn ?? m.date) && (m.submittedOn ?? m.date)! >= addDays(today, -30));
  if (!recent) push(`diary:${isoDay(nextSupervision)}`, 'diaryOverdue', 2, nextSupervision, { date: isoDay(nextSupervision) });
}

/** What a diary entry flagged is urgent, whenever it was written. */
function diaryFlagWarnings(push: PushWarning, records: PairRecords, today: CalendarDate): void {
  for (const m of records.meetings) {
    const when = m.date ?? m.submittedOn ?? today;
    if (m.needsSupport) push(`support:${m.key}`, 'support', 3, when, { date: isoDay(when) });
    if (m.concernKind) push(`concern:${m.key}`, 'concern', 3, when, { date: isoDay(when), detail: m.concernKind });
  }
}

/** The checklist is the one source of what is due, so overdue follow-ups are read from it. */
function followUpWarnings(push: PushWarning, pair: PairFacts, records: PairRecords, rhythm: Rhythm, today: CalendarDate, template: ChecklistTemplate): void {
  for (const item of buildChecklist(pair, records, rhythm, template)) {
    if ((item.phase === 'followUp' || item.phase === 'supervision') && isOverdue(item, today)) {
      push(`followUp:${item.id}`, 'followUpOverdue', 2, item.due!, { ...(item.params ?? {}), due: isoDay(item.due), item: item.key });
    }
  }
}

/** A pair still open near its planned end needs closing; past the end it is urgent. */
function nearEndWarning(push: PushWarning, pair: PairFacts, rhythm: Rhythm, today: CalendarDate): void {
  const end = plannedEnd(pair, rhythm);
  if (!end || CLOSED.includes(pair.status)) return;
  const left = daysBetween(today, end);
  if (left <= rhythm.nearEndDays) push(`nearEnd:${isoDay(end)}`, 'nearEnd', left < 0 ? 3 : 2, end, { date: isoDay(end) });
}

/** `today`: the calendar day it is in the spreadsheet's zone. */
export function pairWarnings(
  pair: PairFacts,
  records: PairRecords,
  rhythm: Rhythm,
  today: CalendarDate,
  acknowledged: ReadonlySet<string>,
  template: ChecklistTemplate = DEFAULT_TEMPLATE,
): Warning[] {
  return warningsOf(pair, records, rhythm, today, acknowledged, template, false);
}

/**
 * The pair's urgent warnings (urgency 3), exactly `pairWarnings(…).filter(w => w.urgency === 3)`,
 * for Home, which counts them for every pair: the warnings that are never urgent (too few
 * meetings, a diary due, an overdue follow-up: the whole checklist) are not worked out, and no
 * records but the meetings are needed (a unit test holds the equality).
 */
export function urgentWarnings(pair: PairFacts, records: PairRecords, rhythm: Rhythm, today: CalendarDate, acknowledged: ReadonlySet<string>): Warning[] {
  return warningsOf(pair, records, rhythm, today, acknowledged, DEFAULT_TEMPLATE, true).filter((w) => w.urgency === 3);
}

function warningsOf(
  pair: PairFacts,
  records: PairRecords,
  rhythm: Rhythm,
  today: CalendarDate,
  acknowledged: ReadonlySet<string>,
  template: ChecklistTemplate,
  urgentOnly: boolean,
): Warning[] {
  if (!SUPERVISED.includes(pair.status)) return [];
  const warnings: Warning[] = [];
  const push: PushWarning = (id, kind, urgency, date, params = {}) => {
    const full = `${pair.code}:${id}`;
    if (!acknowledged.has(full)) warnings.push({ id: full, pairCode: pair.code, kind, urgency, date, params });
  };
  const start = startOf(pair);
  const dated = records.meetings.filter((m): m is DatedMeeting => !!m.date).sort((a, b) => compareDays(a.date, b.date));
  const lastMeeting = dated.length ? dated[dated.length - 1]!.date : null;
  // Low frequency, a diary due and overdue follow-ups are never urgent (urgency 2 only): skipped
  // when only the urgent ones are asked. The order of the pushes is kept, as ties sort by it.
  if (start) {
    noMeetingWarning(push, start, lastMeeting, rhythm, today);
    if (!urgentOnly) lowFrequencyWarning(push, start, dated, rhythm, today);
  }
  if (!urgentOnly) diaryWarning(push, records, rhythm, today);
  diaryFlagWarnings(push, records, today);
  if (!urgentOnly) followUpWarnings(push, pair, records, rhythm, today, template);
  nearEndWarning(push, pair, rhythm, today);
  // Most urgent first, then the oldest: the order the coordinator should act in.
  return warnings.sort((a, b) => b.urgency - a.urgency || compareDays(a.date, b.date));
}
