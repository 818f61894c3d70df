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

/**
 * Who is due for erasure or anonymisation under the retention setting: no open pair, and the
 * last pair closed (or, never paired, the application was made) more than N months ago.
 * Already anonymised records are not listed again.
 */
export function retentionDue(): { months: number; due: RetentionDue[] } {
  const spreadsheet = activeSpreadsheet();
  const months = Math.max(1, Number(readSettings(spreadsheet)['privacy.retentionMonths']) || 12);
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
      const id = String(values.id ?? '');
      if (!id || String(values.name ?? '').startsWith('[anonymised]')) continue;
      const mine = pairs.filter((p) => (role === 'mentor' ? p.mentorId === id || p.secondMentorId === id : p.menteeId === id));
      if (mine.some((p) => OPEN.includes(String(p.status ?? '')))) continue;
      const closings = mine.map((p) => asCalendarDate(p.closedOn)).filter((d): d is CalendarDate => d !== null);
      const applied = asDate(values.submittedAt);
      const since = closings.length ? [...closings].sort(compareDays).at(-1)! : applied ? calendarDateOf(applied, zone) : null;
      if (since && compareDays(since, limit) < 0) due.push({ role, id, since });
    }
  }
  return { months, due };
}
