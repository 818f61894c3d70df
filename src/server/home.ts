import { checkAlerts, type DeskFacts, deskItems, documentsDue, setupSteps } from '../core/home/desk';
import { isScreenedOut } from '../core/matching/evaluate';
import { mentorProfile } from '../core/matching/profiles';
import { trainingFinding } from '../core/matching/rules';
import { daysWaited, longWaiting, WAITING_DAYS_DEFAULT } from '../core/matching/waitingList';
import { MENTEES, MENTORS, PAIRS } from '../core/schema/sheets';
import { SUPERVISED } from '../core/supervision/model';
import { urgentWarnings } from '../core/supervision/warnings';
import { LINK_COLUMN, linkFromCell } from './documents/links';
import { notImportedCounts } from './intake/api';
import { allMappings } from './intake/mappingStore';
import { readRecords } from './intake/standardForms';
import { ingestionStatus } from './intake/trigger';
import { isWaiting, menteesInOpenPairs } from './matching/data';
import { matchingSettings } from './matching/store';
import { appliedOn, waitingDaysSetting } from './matching/waitingList';
import { backgroundChecks } from './privacy/backgroundChecks';
import { currentRhythm } from './supervision/api';
import { loadWarningData } from './supervision/data';
import { activeSpreadsheet, currentTime, today as todayIn } from './workspace/services';
import { findSheets } from './workspace/sheetRegistry';
import { readColumns } from './workspace/table';

/** What Home counts of each person (who waits since when; who is screened in and trained): the rest is not converted. */
const MENTEE_KEYS = ['id', 'screeningDecision', 'submittedAt'] as const;
const MENTOR_KEYS = ['id', 'screeningDecision', 'trainingModules'] as const;

/**
 * The facts of the programme's desk (core/home/desk.ts), one read per sheet: what warnings are
 * worked out from (Pairs once, with Meetings and Supervision), then Mentors,
 * Mentees, Settings and the background checks' dates in Sensitive details. The urgent warnings
 * and the documents due both come from that one Pairs table. Before setup only the properties
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
    return {
      ...base,
      isSetUp,
      unimported: [],
      waitingDays: [],
      waitingListed: 0,
      waitingLimit: WAITING_DAYS_DEFAULT,
      urgentWarnings: 0,
      mentors: 0,
      mentorsMissingTraining: 0,
      checksExpired: 0,
      checksExpiring: [],
      documentsDue: 0,
      pairs: 0,
    };

  const data = loadWarningData(spreadsheet);
  const pairRows = data.pairTable.rows;
  const today = todayIn(data.timeZone);
  // Who waits as matching and the waiting list say (data.ts), without building every mentee's profile.
  const paired = menteesInOpenPairs(data.pairTable);
  const waiting = readColumns(spreadsheet, MENTEES, { keys: MENTEE_KEYS })
    .rows.map(({ values }) => ({ values, id: String(values.id ?? ''), decision: String(values.screeningDecision ?? '') }))
    .filter((m) => isWaiting(m, paired))
    .map((m) => ({ id: m.id, applied: appliedOn(m.values, data.timeZone) }));
  const limit = waitingDaysSetting(spreadsheet).days;
  const settings = matchingSettings({});
  const mentors = readColumns(spreadsheet, MENTORS, { keys: MENTOR_KEYS })
    .rows.map((r) => mentorProfile(r.values))
    .filter((m) => m.id && !isScreenedOut(m.decision));
  const checks = backgroundChecks(spreadsheet, data.timeZone);
  const alerts = checkAlerts(
    mentors.map((m) => checks.get(m.id) ?? []),
    today,
  );
  const rhythm = currentRhythm();
  let urgent = 0;
  for (const pair of data.pairs.filter((p) => SUPERVISED.includes(p.status)))
    urgent += urgentWarnings(pair, data.recordsOf(pair.code), rhythm, today, data.acknowledged).length;
  return {
    ...base,
    isSetUp,
    unimported: notImportedCounts(spreadsheet),
    waitingDays: waiting.map((m) => daysWaited(m.applied, today)),
    waitingListed: longWaiting(waiting, today, limit).length,
    waitingLimit: limit,
    urgentWarnings: urgent,
    mentors: mentors.length,
    mentorsMissingTraining: mentors.filter((m) => trainingFinding(m, settings) !== null).length,
    checksExpired: alerts.expired,
    checksExpiring: alerts.expiring,
    documentsDue: documentsDue(
      pairRows.map((r) => ({ status: String(r.values.status ?? ''), has: (kind) => linkFromCell(r.values[LINK_COLUMN[kind]]) !== null })),
    ),
    pairs: pairRows.filter((r) => r.values.code).length,
  };
}

/** The sidebar's Home: the setup path, what needs the coordinator now, and how many are on the waiting list. */
export function homeDesk() {
  const facts = deskFacts();
  const steps = setupSteps(facts);
  return {
    steps: steps.every((s) => s.done) ? [] : steps,
    items: deskItems(facts),
    forms: facts.forms,
    waitingList: { limit: facts.waitingLimit, count: facts.waitingListed },
  };
}
