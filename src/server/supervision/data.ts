import {
  contactFacts,
  type ContactFacts,
  goalFacts,
  groupBy,
  type GoalFacts,
  meetingFacts,
  type MeetingFacts,
  type PairFacts,
  pairFacts,
  TICK_KIND,
  UNTICK_KIND,
  ACK_KIND,
  BOOKKEEPING_KINDS,
  CONTACT_FACT_KEYS,
  MEETING_FACT_KEYS,
} from '../../core/supervision/model';
import type { PairRecords } from '../../core/supervision/checklist';
import { ASSESSMENTS, GOALS, MEETINGS, PAIRS, SATISFACTION, SUPERVISION } from '../../core/schema/sheets';
import { type CalendarDate, calendarDateOf } from '../../core/calendarDate';
import { asDate } from '../../core/values';
import { type ReadOptions, readTable, type Table } from '../workspace/table';

/**
 * What supervision reads: one batched read per sheet (Pairs, Meetings, Supervision, Goals,
 * Assessments, Satisfaction). The coordinator's ticks and acknowledgements are rows of the
 * Supervision sheet too (kinds "Checklist item done", "Warning acknowledged"): they stay visible,
 * dated and attributable, and need no size-limited property store.
 */
export interface SupervisionData {
  pairs: PairFacts[];
  pairTable: Table;
  supervision: Table;
  goals: Table;
  recordsOf(code: string): PairRecords;
  acknowledged: Set<string>;
  meetings: MeetingFacts[];
  groupSessions: CalendarDate[];
  satisfaction: { pairCode: string; role: string; overall: number | null; submittedOn: CalendarDate | null }[];
  /** The spreadsheet's time zone, as the tables were read in it. */
  timeZone: string;
}

/**
 * What warnings are worked out from: the pairs, and per pair its diaries, contacts and ticks
 * (pairWarnings reads meetings and contacts; the checklist's follow-up and supervision items,
 * contacts and ticks). Goals, assessments and satisfaction are none of it, so they stay unread.
 */
export type WarningData = Pick<SupervisionData, 'pairs' | 'pairTable' | 'acknowledged' | 'timeZone' | 'recordsOf'>;

/**
 * Three reads (Pairs, Meetings, Supervision) instead of six: Home counts urgent warnings this way.
 * Of Meetings and Supervision only the cells the facts are made from are converted (a year of
 * diaries is most of a large programme's cells); the Pairs table stays whole, as Home reads its
 * document links and statuses too.
 */
export function loadWarningData(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): WarningData {
  const pairTable = readTable(spreadsheet, PAIRS);
  return pairRecords(spreadsheet, pairTable, { goals: [], assessed: new Set(), satisfaction: [] }, FACT_COLUMNS);
}

/** The facts' columns, and the tick's item (`topics`): what pairRecords reads of each row. */
const FACT_COLUMNS = {
  meetings: { keys: MEETING_FACT_KEYS },
  supervision: { keys: [...CONTACT_FACT_KEYS, 'topics'] },
} as const satisfies Record<string, ReadOptions>;

export function loadSupervisionData(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): SupervisionData {
  const pairTable = readTable(spreadsheet, PAIRS);
  // Timestamps (a diary's, a satisfaction answer's) count as the day they were in this zone.
  const { timeZone } = pairTable;
  const goals = readTable(spreadsheet, GOALS);
  const assessed = new Set(readTable(spreadsheet, ASSESSMENTS).rows.map((r) => String(r.values.pairCode ?? '')));
  const satisfaction = readTable(spreadsheet, SATISFACTION).rows.map((r) => {
    const submittedAt = asDate(r.values.submittedAt);
    return {
      pairCode: String(r.values.pairCode ?? ''),
      role: String(r.values.role ?? ''),
      overall: typeof r.values.overall === 'number' ? r.values.overall : null,
      submittedOn: submittedAt ? calendarDateOf(submittedAt, timeZone) : null,
    };
  });
  return { ...pairRecords(spreadsheet, pairTable, { goals: goals.rows.map((r) => goalFacts(r.values)), assessed, satisfaction }), goals };
}

interface OutcomeRecords {
  goals: GoalFacts[];
  assessed: ReadonlySet<string>;
  satisfaction: SupervisionData['satisfaction'];
}

/**
 * Reads Meetings and Supervision and puts every record with its pair. With `only`, only the
 * facts' columns become values: for a caller that uses nothing of those tables but the facts.
 */
function pairRecords(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  pairTable: Table,
  outcomes: OutcomeRecords,
  only: Partial<Record<'meetings' | 'supervision', ReadOptions>> = {},
): Omit<SupervisionData, 'goals'> {
  const { timeZone } = pairTable;
  const meetings = readTable(spreadsheet, MEETINGS, only.meetings).rows.map((r) => meetingFacts(r.values, timeZone));
  const supervision = readTable(spreadsheet, SUPERVISION, only.supervision);
  const rows = supervision.rows.map((r) => r.values);
  const contacts: ContactFacts[] = rows.filter((v) => !BOOKKEEPING_KINDS.includes(String(v.kind ?? ''))).map(contactFacts);
  // The last tick or reopening of an item decides.
  const ticked = new Map<string, Set<string>>();
  for (const v of rows) {
    const code = String(v.pairCode ?? '');
    const item = String(v.topics ?? '');
    const set = ticked.get(code) ?? new Set<string>();
    if (v.kind === TICK_KIND) set.add(item);
    if (v.kind === UNTICK_KIND) set.delete(item);
    ticked.set(code, set);
  }
  const acknowledged = new Set(rows.filter((v) => v.kind === ACK_KIND).map((v) => String(v.topics ?? '')));

  const meetingsByPair = groupBy(meetings, (m) => m.pairCode);
  const contactsByPair = groupBy(contacts, (c) => c.pairCode);
  const goalsByPair = groupBy(outcomes.goals, (g) => g.pairCode);
  const rolesByPair = groupBy(outcomes.satisfaction, (s) => s.pairCode);
  return {
    pairs: pairTable.rows.map((r) => pairFacts(r.values)).filter((p) => p.code),
    pairTable,
    supervision,
    acknowledged,
    meetings,
    satisfaction: outcomes.satisfaction,
    timeZone,
    groupSessions: contacts.filter((c) => c.kind === 'Group supervision' && c.date).map((c) => c.date!),
    recordsOf: (code) => ({
      meetings: meetingsByPair.get(code) ?? [],
      contacts: contactsByPair.get(code) ?? [],
      goals: goalsByPair.get(code) ?? [],
      hasAssessment: outcomes.assessed.has(code),
      satisfactionRoles: new Set((rolesByPair.get(code) ?? []).map((s) => s.role)),
      ticked: ticked.get(code) ?? new Set(),
    }),
  };
}
