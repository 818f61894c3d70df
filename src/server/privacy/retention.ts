import { MENTEES, MENTORS, PAIRS } from '../../core/schema/sheets';
import { addMonths, asCalendarDate, type CalendarDate, calendarDateOf, compareDays } from '../../core/calendarDate';
import { asDate } from '../../core/values';
import { activeSpreadsheet, today } from '../workspace/services';
import { readSettings } from '../workspace/settingsSheet';
import { readTable } from '../workspace/table';

const OPEN = ['Proposed', 'Mentor accepted', 'Introductory meeting held', 'Active'];

export interface RetentionDue {
  role: 'mentor' | 'mentee';
  id: string;
  /** The date retention counts from: the last pair's closing, or the application. */
  since: string;
}

type Role = RetentionDue['role'];
type Values = ReturnType<typeof readTable>['rows'][number]['values'];

/** At least a month, so a mistyped setting can never make everyone due at once; a year when unset. */
function retentionMonths(spreadsheet: ReturnType<typeof activeSpreadsheet>): number {
  return Math.max(1, Number(readSettings(spreadsheet)['privacy.retentionMonths']) || 12);
}

/** A mentor counts as in a pair as its second mentor too: their data is kept as long as that pair. */
function pairsOf(pairs: readonly Values[], role: Role, id: string): Values[] {
  return pairs.filter((p) => (role === 'mentor' ? p.mentorId === id || p.secondMentorId === id : p.menteeId === id));
}

/** The last pair's closing when there is one; someone never paired counts from their application. */
function retentionSince(mine: readonly Values[], person: Values, zone: string): CalendarDate | null {
  const closings = mine.map((p) => asCalendarDate(p.closedOn)).filter((d): d is CalendarDate => d !== null);
  if (closings.length) return [...closings].sort(compareDays).at(-1)!;
  const applied = asDate(person.submittedAt);
  return applied ? calendarDateOf(applied, zone) : null;
}

/** Null for someone not due: anonymised already, still in an open pair, or within the period. */
function dueEntry(role: Role, person: Values, pairs: readonly Values[], limit: CalendarDate, zone: string): RetentionDue | null {
  const id = String(person.id ?? '');
  if (!id || String(person.name ?? '').startsWith('[anonymised]')) return null;
  const mine = pairsOf(pairs, role, id);
  if (mine.some((p) => OPEN.includes(String(p.status ?? '')))) return null;
  const since = retentionSince(mine, person, zone);
  return since && compareDays(since, limit) < 0 ? { role, id, since } : null;
}

/**
 * Who is due for erasure or anonymisation under the retention setting: no open pair, and the
 * last pair closed (or, never paired, the application was made) more than N months ago.
 * Already anonymised records are not listed again.
 */
export function retentionDue(): { months: number; due: RetentionDue[] } {
  const spreadsheet = activeSpreadsheet();
  const months = retentionMonths(spreadsheet);
  const zone = spreadsheet.getSpreadsheetTimeZone();
  // Calendar days in the spreadsheet's zone: closing dates are days, typed by the coordinator.
  const limit = addMonths(today(zone), -months);
  const pairs = readTable(spreadsheet, PAIRS).rows.map((r) => r.values);
  const due: RetentionDue[] = [];
  for (const [schema, role] of [
    [MENTORS, 'mentor'],
    [MENTEES, 'mentee'],
  ] as const) {
    for (const { values } of readTable(spreadsheet, schema).rows) {
      const entry = dueEntry(role, values, pairs, limit, zone);
      if (entry) due.push(entry);
    }
  }
  return { months, due };
}
