import type { MessageKind } from './messages';

/**
 * Which reminders are due for a pair, from what supervision already shows for it (its checklist
 * and warnings, as `getPairSupervision` returns them): outreach adds no rule of its own about
 * when a pair is late, it only offers the words to act on it.
 */
export interface PairOutlook {
  status: string;
  checklist: readonly { phase: string; due: string; done: boolean; late: boolean }[];
  /** The pair's warnings by kind (warnings.ts); a no-meeting warning's id ends with the day of the last meeting. */
  warnings: readonly { id: string; kind: string }[];
  meetings: number;
}

export interface DueReminder {
  kind: MessageKind;
  /** The day it is about (the supervision, the follow-up), yyyy-mm-dd. */
  date?: string;
  days?: number;
}

const SUPERVISED = ['Mentor accepted', 'Introductory meeting held', 'Active'];
/** The diary comes a week before supervision (AMIR): remind two weeks ahead, so there is time. */
const SUPERVISION_NOTICE_DAYS = 14;
const FOLLOW_UP_NOTICE_DAYS = 7;

const dayNumber = (iso: string): number | null => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86_400_000 : null;
};

export function daysFrom(from: string, to: string): number | null {
  const a = dayNumber(from);
  const b = dayNumber(to);
  return a === null || b === null ? null : b - a;
}

export function dueReminders(pair: PairOutlook, today: string): DueReminder[] {
  if (pair.status === 'Proposed') return [{ kind: 'matchProposal' }];
  if (!SUPERVISED.includes(pair.status)) return [];
  const due: DueReminder[] = [];
  if (pair.status !== 'Active' || pair.meetings === 0) due.push({ kind: 'welcome' });
  // By the warning's kind, not a part of its id: ids name the detail ("diary:<day>"), not the kind.
  const warning = (kind: string) => pair.warnings.find((w) => w.kind === kind);
  if (warning('diaryOverdue')) due.push({ kind: 'diaryDue' });
  const ahead = (days: number) => (item: PairOutlook['checklist'][number]) => {
    const left = daysFrom(today, item.due);
    return !item.done && left !== null && (item.late || left <= days);
  };
  const supervision = pair.checklist.filter((i) => i.phase === 'supervision').find((i) => ahead(SUPERVISION_NOTICE_DAYS)(i) && !i.late);
  if (supervision) due.push({ kind: 'supervision', date: supervision.due });
  const followUp = pair.checklist.filter((i) => i.phase === 'followUp').find(ahead(FOLLOW_UP_NOTICE_DAYS));
  if (followUp) due.push({ kind: 'followUp', date: followUp.due });
  const noMeeting = warning('noMeeting');
  if (noMeeting) {
    const since = noMeeting.id.split(':').at(-1) ?? '';
    due.push({ kind: 'noMeeting', days: daysFrom(since, today) ?? 0 });
  }
  return due;
}
