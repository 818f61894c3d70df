import { COUNT_LIMITS, inRange, NUMBER_LIMITS, TEXT_LIMITS } from '../inputLimits';
import type { CalendarDate } from '../calendarDate';
import { addDays, addMonths, type ContactFacts, type GoalFacts, type MeetingFacts, type PairFacts, startOf } from './model';
import type { Rhythm } from './rhythm';

/**
 * A pair's checklist, generated from its dates and data (AMIR phases 4 and 5, orient8 follow-up):
 * introductory meeting, follow-up contacts, monthly supervision, mid-term review, a community
 * activity, closure. Items are ticked by data where the sheets show it, by hand otherwise.
 */
export type Phase = 'intro' | 'followUp' | 'supervision' | 'review' | 'actions' | 'closure' | 'custom';

/** The checklist's template: the built-in items a programme switched off, and its own items. */
export interface ChecklistTemplate {
  off: string[];
  custom: { id: string; text: string; daysAfterStart: number }[];
}

/** Built-in items by template key (follow-up contacts and monthly supervision are one key each). */
export const TEMPLATE_KEYS = [
  'intro.reasons',
  'intro.roles',
  'intro.contact',
  'intro.nextMeeting',
  'intro.codeOfConduct',
  'intro.iip',
  'followUp.call',
  'followUp.contacts',
  'supervision.monthly',
  'review.midterm',
  'review.community',
  'closure.assessment',
  'closure.satisfactionMentor',
  'closure.satisfactionMentee',
  'closure.talk',
  'closure.nextSteps',
] as const;

export const DEFAULT_TEMPLATE: ChecklistTemplate = { off: [], custom: [] };

export function templateKeyOf(itemId: string): string {
  if (/^followUp\.m\d+$/.test(itemId)) return 'followUp.contacts';
  if (/^supervision\.m\d+$/.test(itemId)) return 'supervision.monthly';
  return itemId;
}

export function normaliseTemplate(input: unknown): ChecklistTemplate {
  const raw = (typeof input === 'object' && input !== null ? input : {}) as Partial<ChecklistTemplate>;
  const off = Array.isArray(raw.off) ? raw.off.filter((k): k is string => (TEMPLATE_KEYS as readonly string[]).includes(k as string)) : [];
  const custom = Array.isArray(raw.custom)
    ? raw.custom
        .filter((c) => c && typeof c.text === 'string' && c.text.trim() && inRange(c.daysAfterStart, NUMBER_LIMITS.customItemDays))
        .slice(0, COUNT_LIMITS.customItems.max)
        .map((c, i) => ({
          id: typeof c.id === 'string' && /^[\w-]{1,40}$/.test(c.id) ? c.id : `c${i + 1}`,
          text: c.text.trim().slice(0, TEXT_LIMITS.customItem.max),
          daysAfterStart: c.daysAfterStart,
        }))
    : [];
  return { off, custom };
}

export interface ChecklistItem {
  id: string;
  phase: Phase;
  key: string;
  params?: Record<string, string | number>;
  /** The day it is due; days compare as text ("2026-09-18" < "2026-09-19"). */
  due: CalendarDate | null;
  done: boolean;
  doneBy: 'data' | 'hand' | null;
}

export interface PairRecords {
  meetings: readonly MeetingFacts[];
  contacts: readonly ContactFacts[];
  goals: readonly GoalFacts[];
  hasAssessment: boolean;
  satisfactionRoles: ReadonlySet<string>;
  /** Item ids the coordinator ticked by hand. */
  ticked: ReadonlySet<string>;
}

const within = (date: CalendarDate | null, from: CalendarDate, to: CalendarDate) => !!date && date >= from && date <= to;

export function plannedEnd(pair: PairFacts, rhythm: Rhythm): CalendarDate | null {
  const start = startOf(pair);
  return pair.plannedEndOn ?? (start ? addMonths(start, rhythm.durationMonths) : null);
}

/** Records one item unless the programme switched its template key off; data outranks a hand tick. */
type AddItem = (id: string, phase: Phase, key: string, due: CalendarDate | null, byData: boolean, params?: Record<string, string | number>) => void;

function itemAdder(items: ChecklistItem[], records: PairRecords, template: ChecklistTemplate): AddItem {
  return (id, phase, key, due, byData, params) => {
    if (template.off.includes(templateKeyOf(id))) return;
    const byHand = records.ticked.has(id);
    items.push({ id, phase, key, due, done: byData || byHand, doneBy: byData ? 'data' : byHand ? 'hand' : null, ...(params ? { params } : {}) });
  };
}

/** Until the meeting is held, it is expected two weeks after acceptance, or three after the proposal. */
function introDueOf(pair: PairFacts): CalendarDate | null {
  if (pair.introMeetingOn != null) return pair.introMeetingOn;
  if (pair.acceptedOn) return addDays(pair.acceptedOn, 14);
  return pair.proposedOn ? addDays(pair.proposedOn, 21) : null;
}

function addIntroItems(add: AddItem, pair: PairFacts, records: PairRecords): void {
  const due = introDueOf(pair);
  add('intro.reasons', 'intro', 'check.intro.reasons', due, false);
  add('intro.roles', 'intro', 'check.intro.roles', due, false);
  add('intro.contact', 'intro', 'check.intro.contact', due, false);
  // A meeting on or after the introductory one shows the next meeting was agreed.
  add(
    'intro.nextMeeting',
    'intro',
    'check.intro.nextMeeting',
    due,
    !!pair.introMeetingOn && records.meetings.some((m) => m.date && m.date >= pair.introMeetingOn!),
  );
  add('intro.codeOfConduct', 'intro', 'check.intro.codeOfConduct', due, false);
  add('intro.iip', 'intro', 'check.intro.iip', due, records.goals.length > 0);
}

/** The rhythm's fixed months, then one every `followUpEveryMonths` until the planned end. */
function followUpMonthsOf(start: CalendarDate, end: CalendarDate, rhythm: Rhythm): number[] {
  const months = [...rhythm.followUpMonths];
  const last = months.length ? months[months.length - 1]! : 0;
  for (let m = last + rhythm.followUpEveryMonths; addMonths(start, m) < end; m += rhythm.followUpEveryMonths) months.push(m);
  return months;
}

function addFollowUpItems(add: AddItem, start: CalendarDate, end: CalendarDate, records: PairRecords, rhythm: Rhythm): void {
  // Any contact near the due day counts: follow-ups are rarely held on the exact day.
  const contactNear = (due: CalendarDate, before: number, after: number) => {
    if (!records.contacts.length) return false;
    const [from, to] = [addDays(due, -before), addDays(due, after)];
    return records.contacts.some((c) => within(c.date, from, to));
  };
  const call = addDays(start, rhythm.firstCallDays);
  add('followUp.call', 'followUp', 'check.followUp.call', call, contactNear(call, rhythm.firstCallDays, 14), { days: rhythm.firstCallDays });
  for (const m of followUpMonthsOf(start, end, rhythm)) {
    const due = addMonths(start, m);
    if (due <= end) add(`followUp.m${m}`, 'followUp', 'check.followUp.contact', due, contactNear(due, 14, 14), { months: m });
  }
}

function addSupervisionItems(add: AddItem, start: CalendarDate, end: CalendarDate, records: PairRecords): void {
  const supervisions = records.contacts.filter((c) => /supervis/i.test(c.kind));
  for (let m = 1, due = addMonths(start, 1); due <= end; m++, due = addMonths(start, m)) {
    // The month's supervision may be held in the month before its day, or a week late.
    const held = supervisions.some((c) => within(c.date, addDays(due, -31), addDays(due, 7)));
    add(`supervision.m${m}`, 'supervision', 'check.supervision.monthly', due, held, { month: m });
  }
}

function addReviewItems(add: AddItem, start: CalendarDate, end: CalendarDate, records: PairRecords, rhythm: Rhythm): void {
  add('review.midterm', 'review', 'check.review.midterm', addMonths(start, Math.round(rhythm.durationMonths / 2)), false);
  add(
    'review.community',
    'review',
    'check.review.community',
    end,
    records.meetings.some((m) => m.communityActivity),
  );
}

/** Actions agreed at a supervision contact, one a line, due at the next contact (or a month on). */
function addActionItems(add: AddItem, records: PairRecords): void {
  for (const contact of records.contacts) {
    const lines = contact.actions
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    const due = contact.nextDate ?? (contact.date ? addDays(contact.date, 30) : null);
    lines.forEach((text, n) => {
      add(`action.${contact.entryId}.${n}`, 'actions', 'check.action', due, false, { text });
    });
  }
}

/** The programme's own items count from the start, so a pair not started has none yet. */
function addCustomItems(add: AddItem, start: CalendarDate | null, template: ChecklistTemplate): void {
  if (!start) return;
  for (const c of template.custom) add(`custom.${c.id}`, 'custom', 'check.custom', addDays(start, c.daysAfterStart), false, { text: c.text });
}

function addClosureItems(add: AddItem, due: CalendarDate | null, records: PairRecords): void {
  add('closure.assessment', 'closure', 'check.closure.assessment', due, records.hasAssessment);
  add('closure.satisfactionMentor', 'closure', 'check.closure.satisfactionMentor', due, records.satisfactionRoles.has('mentor'));
  add('closure.satisfactionMentee', 'closure', 'check.closure.satisfactionMentee', due, records.satisfactionRoles.has('mentee'));
  add('closure.talk', 'closure', 'check.closure.talk', due, false);
  add('closure.nextSteps', 'closure', 'check.closure.nextSteps', due, false);
}

/** Items come in the order of the pair's phases, which is how the sidebar lists them. */
export function buildChecklist(pair: PairFacts, records: PairRecords, rhythm: Rhythm, template: ChecklistTemplate = DEFAULT_TEMPLATE): ChecklistItem[] {
  const items: ChecklistItem[] = [];
  const add = itemAdder(items, records, template);
  addIntroItems(add, pair, records);
  const start = startOf(pair);
  const end = plannedEnd(pair, rhythm);
  // The schedule needs both ends of the mentoring period: without them nothing can be dated.
  if (start && end) {
    addFollowUpItems(add, start, end, records, rhythm);
    addSupervisionItems(add, start, end, records);
    addReviewItems(add, start, end, records, rhythm);
  }
  addActionItems(add, records);
  addCustomItems(add, start, template);
  addClosureItems(add, end ?? pair.closedOn, records);
  return items;
}

/** Late from the day after it was due: on its day an item is due, not late. `today`: the spreadsheet's day. */
export function isOverdue(item: ChecklistItem, today: CalendarDate): boolean {
  return !item.done && !!item.due && item.due < today;
}

export function isDueSoon(item: ChecklistItem, today: CalendarDate, days = 7): boolean {
  return !item.done && !!item.due && item.due >= today && item.due <= addDays(today, days);
}
