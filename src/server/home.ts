import { calendarDateOf, daysBetween } from '../core/calendarDate';
import { type DeskFacts, deskItems, documentsDue, setupSteps } from '../core/home/desk';
import { isScreenedOut } from '../core/matching/evaluate';
import { mentorProfile } from '../core/matching/profiles';
import { trainingFinding } from '../core/matching/rules';
import { MENTEES, MENTORS, PAIRS } from '../core/schema/sheets';
import { asDate } from '../core/values';
import { allMappings } from './intake/mappingStore';
import { notImportedCounts } from './intake/api';
import { readRecords } from './intake/standardForms';
import { ingestionStatus } from './intake/trigger';
import { OPEN_STATUSES } from './matching/data';
import { matchingSettings } from './matching/store';
import { linkFromCell, LINK_COLUMN } from './documents/links';
import { supervisionApi } from './supervision/api';
import { activeSpreadsheet, currentTime, today as todayIn } from './workspace/services';
import { findSheets } from './workspace/sheetRegistry';
import { readTable } from './workspace/table';

/**
 * The facts of the programme's desk (core/home/desk.ts), one read per sheet: Mentors, Mentees,
 * Pairs, then what "This week" reads for the urgent warnings. Before setup only the properties
 * are read: there are no sheets yet.
 */
export function deskFacts(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet = activeSpreadsheet()): DeskFacts {
  const forms = readRecords().map((f) => ({
    kind: f.kind,
    title: f.title,
    publishedUrl: f.publishedUrl,
    editUrl: f.editUrl,
  }));
  const mappedSheets = allMappings().length;
  const status = ingestionStatus();
  const weekAgo = currentTime().getTime() - 7 * 86_400_000;
  const base = {
    forms,
    mappedSheets,
    // Whoever turned it on, it runs for everyone (ingestion is idempotent); nothing turns it off but removing the trigger.
    autoImportOn: status.installedForMe || status.owner !== null,
    importFailures: status.failures.filter((f) => Date.parse(f.at) >= weekAgo).length,
  };
  const isSetUp = findSheets(spreadsheet, [MENTORS, MENTEES, PAIRS]).every((s) => s !== null);
  if (!isSetUp)
    return { ...base, isSetUp, unimported: [], waitingDays: [], urgentWarnings: 0, mentors: 0, mentorsMissingTraining: 0, documentsDue: 0, pairs: 0 };

  const pairs = readTable(spreadsheet, PAIRS);
  const today = todayIn(pairs.timeZone);
  const paired = new Set(pairs.rows.filter((r) => OPEN_STATUSES.includes(String(r.values.status ?? ''))).map((r) => String(r.values.menteeId ?? '')));
  const waitingDays = readTable(spreadsheet, MENTEES)
    .rows.map((r) => r.values)
    .filter((m) => m.id && !paired.has(String(m.id)) && !isScreenedOut(String(m.decision ?? '')))
    .map((m) => {
      const applied = asDate(m.submittedAt);
      return applied ? Math.max(0, daysBetween(calendarDateOf(applied, pairs.timeZone), today)) : null;
    });
  const settings = matchingSettings({});
  const mentors = readTable(spreadsheet, MENTORS)
    .rows.map((r) => mentorProfile(r.values))
    .filter((m) => m.id && !isScreenedOut(m.decision));
  const week = supervisionApi.getWeekView();
  return {
    ...base,
    isSetUp,
    unimported: notImportedCounts(spreadsheet),
    waitingDays,
    urgentWarnings: week.items.filter((i) => i.kind === 'warning' && i.urgency === 3).length,
    mentors: mentors.length,
    mentorsMissingTraining: mentors.filter((m) => trainingFinding(m, settings) !== null).length,
    documentsDue: documentsDue(
      pairs.rows.map((r) => ({ status: String(r.values.status ?? ''), has: (kind) => linkFromCell(r.values[LINK_COLUMN[kind]]) !== null })),
    ),
    pairs: pairs.rows.filter((r) => r.values.code).length,
  };
}

/** The sidebar's Home: the setup path and what needs the coordinator now. */
export function homeDesk() {
  const facts = deskFacts();
  const steps = setupSteps(facts);
  return {
    steps: steps.every((s) => s.done) ? [] : steps,
    items: deskItems(facts),
    forms: facts.forms,
  };
}
