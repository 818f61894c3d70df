import type { CalendarDate } from '../calendarDate';
import type { MessageKey } from '../i18n/en/messages';
import { type BackgroundCheck, backgroundCheckState, expiresWithin } from '../matching/readiness';

/**
 * The programme's desk (the sidebar's Home): what needs the coordinator now, each item with the
 * tab where it is done, and for a new programme the steps from an empty spreadsheet to a first
 * match. Pure: the server gathers the facts (src/server/home.ts), the sidebar shows the words.
 */
export type DeskArea = 'home' | 'intake' | 'matching' | 'pairs' | 'documents' | 'settings';
/**
 * The place in the tab to open and focus on arriving, where the item is done (the element's id in
 * the sidebar): a collapsed group is opened, a list or card is focused, a picker is focused.
 */
export type DeskSection = 'readiness' | 'week-block' | 'automatic-import' | 'response-sheets' | 'standard-forms' | 'mentee-select' | 'document-kind';

export interface DeskFacts {
  readonly isSetUp: boolean;
  /** Forms the add-on made, with the link to send to applicants. */
  readonly forms: readonly { readonly kind: string; readonly title: string; readonly publishedUrl: string; readonly editUrl: string }[];
  /** Response sheets with a mapping (the add-on's own forms and the coordinator's). */
  readonly mappedSheets: number;
  /** Whether anyone's automatic import runs for this spreadsheet. */
  readonly autoImportOn: boolean;
  /** Automatic import failures not yet looked at. */
  readonly importFailures: number;
  /** Responses not yet imported, per response sheet. */
  readonly unimported: readonly { readonly sheet: string; readonly count: number }[];
  /** Days each waiting mentee has waited since applying (null: no application date). */
  readonly waitingDays: readonly (number | null)[];
  /** Waiting mentees on the waiting list: longer than `waitingLimit` days, or since an unknown day. */
  readonly waitingListed: number;
  /** The programme's waiting limit in days (Settings, "matching.waitingDays"). */
  readonly waitingLimit: number;
  /** Warnings of urgency 3 (the most urgent) across supervised pairs. */
  readonly urgentWarnings: number;
  readonly mentors: number;
  /** Mentors whose recorded training is below what matching requires (or not recorded). */
  readonly mentorsMissingTraining: number;
  /** Mentors whose background check has expired (recorded, none counting today). */
  readonly checksExpired: number;
  /** Days left, for each mentor whose background check expires within the warning window. */
  readonly checksExpiring: readonly number[];
  /** Documents a pair should have by now and does not. */
  readonly documentsDue: number;
  /** Pairs ever made (any status). */
  readonly pairs: number;
}

export interface DeskItem {
  readonly key: MessageKey;
  readonly params: Record<string, string | number>;
  readonly area: DeskArea;
  readonly section?: DeskSection;
  /** 3: needs doing today (a risk, a failure); 2: people waiting; 1: routine. */
  readonly urgency: 1 | 2 | 3;
}

export interface SetupStep {
  readonly key: MessageKey;
  readonly done: boolean;
  readonly area: DeskArea;
  readonly section?: DeskSection;
}

/** The first-time path, in order. Shown until every step is done. */
export function setupSteps(facts: DeskFacts): SetupStep[] {
  return [
    { key: 'home.step.setUp', done: facts.isSetUp, area: 'home' },
    { key: 'home.step.forms', done: facts.forms.length > 0 || facts.mappedSheets > 0, area: 'intake', section: 'standard-forms' },
    { key: 'home.step.autoImport', done: facts.autoImportOn, area: 'intake', section: 'automatic-import' },
    { key: 'home.step.training', done: facts.mentors > 0 && facts.mentorsMissingTraining < facts.mentors, area: 'matching', section: 'readiness' },
    { key: 'home.step.firstMatch', done: facts.pairs > 0, area: 'matching', section: 'mentee-select' },
  ];
}

/** What needs the coordinator now, most urgent first. Nothing before setup: the checklist says what to do. */
export function deskItems(facts: DeskFacts): DeskItem[] {
  if (!facts.isSetUp) return [];
  const items: DeskItem[] = [];
  const push = (key: MessageKey, urgency: DeskItem['urgency'], area: DeskArea, params: DeskItem['params'] = {}, section?: DeskSection) =>
    items.push(section ? { key, params, area, section, urgency } : { key, params, area, urgency });
  if (facts.urgentWarnings > 0) push('home.desk.urgentWarnings', 3, 'pairs', { count: facts.urgentWarnings }, 'week-block');
  if (facts.importFailures > 0) push('home.desk.importFailures', 3, 'intake', { count: facts.importFailures }, 'automatic-import');
  // Responses sit unread while import is off: a diary reporting a concern among them is not seen.
  if (facts.mappedSheets > 0 && !facts.autoImportOn) push('home.desk.autoImportOff', 3, 'intake', {}, 'automatic-import');
  for (const { sheet, count } of facts.unimported) if (count > 0) push('home.desk.unimported', 2, 'intake', { count, sheet }, 'response-sheets');
  const waiting = facts.waitingDays.length;
  if (waiting > 0) {
    const known = facts.waitingDays.filter((d): d is number => d !== null);
    if (known.length > 0) push('home.desk.waiting', 2, 'matching', { count: waiting, days: Math.max(...known) }, 'mentee-select');
    else push('home.desk.waitingUndated', 2, 'matching', { count: waiting }, 'mentee-select');
  }
  // An expired check can stop a mentor's matching, and a pair's mentor may be one: before the routine.
  if (facts.checksExpired > 0) push('home.desk.checksExpired', 2, 'matching', { count: facts.checksExpired }, 'readiness');
  if (facts.checksExpiring.length > 0)
    push('home.desk.checksExpiring', 1, 'matching', { count: facts.checksExpiring.length, days: Math.min(...facts.checksExpiring) }, 'readiness');
  if (facts.mentorsMissingTraining > 0) push('home.desk.training', 1, 'matching', { count: facts.mentorsMissingTraining }, 'readiness');
  if (facts.documentsDue > 0) push('home.desk.documentsDue', 1, 'documents', { count: facts.documentsDue }, 'document-kind');
  return items.sort((a, b) => b.urgency - a.urgency);
}

/** Statuses from which a pair should hold each document: the agreement before the introductory meeting, the plan after it, the assessment at the end. */
const DUE_FROM: Record<'codeOfConduct' | 'iip' | 'assessment', readonly string[]> = {
  codeOfConduct: ['Mentor accepted', 'Introductory meeting held', 'Active'],
  iip: ['Introductory meeting held', 'Active'],
  assessment: ['Closed – completed'],
};

/** How many documents pairs should have by now and do not (a link cell that is empty). */
export function documentsDue(pairs: readonly { readonly status: string; readonly has: (kind: keyof typeof DUE_FROM) => boolean }[]): number {
  let due = 0;
  for (const pair of pairs)
    for (const [kind, statuses] of Object.entries(DUE_FROM) as [keyof typeof DUE_FROM, readonly string[]][])
      if (statuses.includes(pair.status) && !pair.has(kind)) due++;
  return due;
}

/**
 * The background checks to renew (issue 15: "a warning 30 days before any expiry"), one entry
 * per mentor, from readiness.ts's own reading: a check whose expiry day has come or gone no longer
 * counts (expired); one that counts and stops within EXPIRY_WARNING_DAYS is expiring, with the
 * days left. A mentor with no check, or one without an expiry day, is neither.
 */
export function checkAlerts(checksByMentor: readonly (readonly BackgroundCheck[])[], today: CalendarDate): { expired: number; expiring: number[] } {
  let expired = 0;
  const expiring: number[] = [];
  for (const checks of checksByMentor) {
    const state = backgroundCheckState(checks, today);
    if (state.state === 'expired') expired++;
    const left = expiresWithin(state, today);
    if (left !== null) expiring.push(left);
  }
  return { expired, expiring };
}
