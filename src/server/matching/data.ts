import { isScreenedOut, type MatchContext } from '../../core/matching/evaluate';
import { MENTEE_PROFILE_KEYS, MENTOR_PROFILE_KEYS, type MenteeProfile, type MentorProfile, menteeProfile, mentorProfile } from '../../core/matching/profiles';
import type { MatchingSettings } from '../../core/matching/settings';
import type { Settings } from '../../core/settings';
import { MENTEES, MENTORS, PAIRS } from '../../core/schema/sheets';
import type { RecordValues } from '../../core/schema/types';
import { cellText } from '../../core/values';
import { backgroundCheckStatuses } from '../privacy/backgroundChecks';
import { currentTime, today } from '../workspace/services';
import { readSettings } from '../workspace/settingsSheet';
import { readTable, type Table } from '../workspace/table';
import { exclusions, liftedPairs, matchingSettings } from './store';

/** Pair statuses that hold a mentor's place and keep a mentee out of the waiting pool. */
export const OPEN_STATUSES = ['Proposed', 'Mentor accepted', 'Introductory meeting held', 'Active'];
const ENDED_BADLY = ['Closed – ended early', 'Mentor declined'];

export interface MatchingData {
  mentors: MentorProfile[];
  mentees: MenteeProfile[];
  /** Mentees without an open pair: the ones matching is for. */
  waiting: MenteeProfile[];
  pairs: Table;
  /** The Mentees sheet as read: its values hold the profiles' columns and the `menteeKeys` asked for (the waiting list asks for all). */
  menteeTable: Table;
  context: MatchContext;
  settings: MatchingSettings;
  /** The Settings sheet as read for the host language, for callers that need another value of it. */
  programmeSettings: Settings;
}

export interface LoadOptions {
  /**
   * Whether to read the mentors' background checks when the programme requires one (the default).
   * A view that evaluates no rule (a proposal's message) says false: criminal-record data is read
   * only where a rule needs it. Leaving it on is the safe mistake. (The Matching tab's lists and
   * the waiting list's email do not load matching data at all.)
   */
  backgroundChecks?: boolean;
  /** Columns of the Mentees sheet converted beyond the profiles' own (readTable's `keys`: the other cells are not). */
  menteeKeys?: readonly string[];
}

/** The matching settings, with the host language the Settings sheet holds (it wins: store.ts). */
export function matchingSettingsWith(programmeSettings: Settings): MatchingSettings {
  return matchingSettings({ hostLanguage: programmeSettings['programme.hostLanguage'] });
}

/** The mentees an open pair holds: they are being matched or mentored, so no longer waiting. */
export function menteesInOpenPairs(pairs: Table): Set<string> {
  const paired = new Set<string>();
  for (const { values } of pairs.rows) if (OPEN_STATUSES.includes(String(values.status ?? ''))) paired.add(String(values.menteeId ?? ''));
  return paired;
}

/** Whether a mentee waits for a mentor: she has an id, no open pair holds her, and screening did not rule her out. */
export function isWaiting(mentee: { readonly id: string; readonly decision: string }, paired: ReadonlySet<string>): boolean {
  return !!mentee.id && !paired.has(mentee.id) && !isScreenedOut(mentee.decision);
}

const mentorIdsOf = (values: RecordValues) => [values.mentorId, values.secondMentorId].filter(Boolean).map(String);

/** A mentor's places not held by an open pair (never below 0). */
export function freePlaces(mentor: { readonly id: string; readonly capacity: number }, activePairs: ReadonlyMap<string, number>): number {
  return Math.max(0, mentor.capacity - (activePairs.get(mentor.id) ?? 0));
}

/** How many open pairs hold each mentor (a second mentor's place counts too). */
function openPairsPerMentor(pairs: Table): Map<string, number> {
  const open = new Map<string, number>();
  for (const { values } of pairs.rows)
    if (OPEN_STATUSES.includes(String(values.status ?? ''))) for (const id of mentorIdsOf(values)) open.set(id, (open.get(id) ?? 0) + 1);
  return open;
}

/** A person as the Matching tab lists them: no profile is built, as nobody is scored there. */
export interface ListedPerson {
  id: string;
  name: string;
}

export interface MatchingLists {
  mentors: (ListedPerson & { capacity: number })[];
  mentees: ListedPerson[];
  waiting: ListedPerson[];
  pairs: Table;
  activePairs: ReadonlyMap<string, number>;
}

/**
 * The lists of the Matching tab: the same three reads as loadMatchingData, but only names, ids,
 * a mentor's capacity (as mentorProfile reads it) and a mentee's screening decision are
 * converted, and no Settings or background check is read. At 2,000 participants this is about a
 * third of the work of building every profile.
 */
export function loadMatchingLists(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): MatchingLists {
  const mentors = readTable(spreadsheet, MENTORS, { keys: ['id', 'name', 'capacity'] })
    .rows.map((r) => mentorProfile(r.values))
    .filter((m) => m.id)
    .map(({ id, name, capacity }) => ({ id, name, capacity }));
  const menteeRows = readTable(spreadsheet, MENTEES, { keys: ['id', 'name', 'screeningDecision'] })
    .rows.map(({ values }) => ({ id: cellText(values.id), name: cellText(values.name), decision: cellText(values.screeningDecision) }))
    .filter((m) => m.id);
  const pairs = readTable(spreadsheet, PAIRS);
  const paired = menteesInOpenPairs(pairs);
  const person = ({ id, name }: ListedPerson) => ({ id, name });
  return {
    mentors,
    mentees: menteeRows.map(person),
    waiting: menteeRows.filter((m) => isWaiting(m, paired)).map(person),
    pairs,
    activePairs: openPairsPerMentor(pairs),
  };
}

/**
 * One batched read per sheet: Mentors, Mentees, Pairs (and Settings for the host language); and
 * Sensitive details only while the programme requires a background check, never otherwise.
 */
export function loadMatchingData(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, options: LoadOptions = {}): MatchingData {
  // Only the cells a profile reads are converted: at 2,000 a side, half of the two sheets' 168,000.
  const mentors = readTable(spreadsheet, MENTORS, { keys: MENTOR_PROFILE_KEYS }).rows.map((r) => mentorProfile(r.values));
  // Ages are read as of now (core has no clock): the workspace's clock in tests, the server's in production.
  const now = currentTime();
  const menteeTable = readTable(spreadsheet, MENTEES, { keys: [...MENTEE_PROFILE_KEYS, ...(options.menteeKeys ?? [])] });
  const mentees = menteeTable.rows.map((r) => menteeProfile(r.values, now));
  const pairs = readTable(spreadsheet, PAIRS);
  const activePairs = openPairsPerMentor(pairs);
  const lifted = new Set(liftedPairs());
  const endedBefore = new Set<string>();
  for (const { values } of pairs.rows) {
    const mentee = String(values.menteeId ?? '');
    if (ENDED_BADLY.includes(String(values.status ?? '')))
      for (const id of mentorIdsOf(values)) if (!lifted.has(`${id}|${mentee}`)) endedBefore.add(`${id}|${mentee}`);
  }
  const paired = menteesInOpenPairs(pairs);
  const programmeSettings = readSettings(spreadsheet);
  const settings = matchingSettingsWith(programmeSettings);
  const context: MatchContext = { activePairs, exclusions: new Set(exclusions().map((e) => `${e.mentorId}|${e.menteeId}`)), endedBefore };
  if (settings.backgroundCheckRequired && options.backgroundChecks !== false) {
    // The matching day is the spreadsheet's calendar day, as the checks' dates are.
    const timeZone = spreadsheet.getSpreadsheetTimeZone();
    context.backgroundChecks = backgroundCheckStatuses(spreadsheet, today(timeZone), timeZone);
  }
  return {
    mentors: mentors.filter((m) => m.id),
    mentees: mentees.filter((m) => m.id),
    waiting: mentees.filter((m) => isWaiting(m, paired)),
    pairs,
    menteeTable,
    context,
    settings,
    programmeSettings,
  };
}
