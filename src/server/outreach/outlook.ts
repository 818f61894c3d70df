import type { CalendarDate } from '../../core/calendarDate';
import { type DueReminder, dueReminders, type PairOutlook } from '../../core/outreach/reminders';
import { buildChecklist, type ChecklistTemplate, isOverdue } from '../../core/supervision/checklist';
import { isoDay, type PairFacts, SUPERVISED } from '../../core/supervision/model';
import type { Rhythm } from '../../core/supervision/rhythm';
import { pairWarnings } from '../../core/supervision/warnings';
import { currentRhythm, currentTemplate } from '../supervision/api';
import { loadSupervisionData, type SupervisionData } from '../supervision/data';

/** Pairs that can have a reminder at all (dueReminders gives the others none). */
const REMINDABLE = ['Proposed', ...SUPERVISED];

/**
 * What supervision shows for a pair (its checklist and warnings, as `getPairSupervision` returns
 * them), built from data already read: the reminder list for every pair costs the same reads as
 * for one, one per sheet.
 */
export function pairOutlook(data: SupervisionData, pair: PairFacts, rhythm: Rhythm, template: ChecklistTemplate, today: CalendarDate): PairOutlook {
  const records = data.recordsOf(pair.code);
  return {
    status: pair.status,
    checklist: buildChecklist(pair, records, rhythm, template).map((item) => ({
      phase: item.phase,
      due: isoDay(item.due),
      done: item.done,
      late: isOverdue(item, today),
    })),
    warnings: pairWarnings(pair, records, rhythm, today, data.acknowledged, template).map((w) => ({ id: w.id, kind: w.kind })),
    meetings: records.meetings.length,
  };
}

export interface PairReminders {
  code: string;
  due: DueReminder[];
}

/** Every pair's due reminders, from one read of each supervision sheet; pairs with none are left out. */
export function reminderList(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  today: CalendarDate,
  data = loadSupervisionData(spreadsheet),
): PairReminders[] {
  const rhythm = currentRhythm();
  const template = currentTemplate();
  const list: PairReminders[] = [];
  for (const pair of data.pairs) {
    if (!REMINDABLE.includes(pair.status)) continue;
    const due = dueReminders(pairOutlook(data, pair, rhythm, template, today), String(today));
    if (due.length) list.push({ code: pair.code, due });
  }
  return list;
}
