import { audit } from '../workspace/audit';
import { calendarDateOf } from '../../core/calendarDate';
import { badArgument, UserError } from '../../core/errors';
import {
  DEFAULT_DIGEST_HOUR,
  type DigestOutcome,
  type DigestRecord,
  type DigestRun,
  digestEmail,
  digestHour,
  digestLines,
  doneToday,
  needsPermission,
  normaliseDigestRecord,
  reminderCount,
  withRun,
} from '../../core/outreach/digest';
import { expectRecord } from '../../core/validate';
import { currentLanguage, spreadsheetLocale } from '../workspace/preferences';
import { activeSpreadsheet, currentTime } from '../workspace/services';
import { readSettings } from '../workspace/settingsSheet';
import { reminderList } from './outlook';

/** The time-driven trigger's handler: ends in "_", so the browser cannot call it. */
export const DIGEST_HANDLER = 'onDigest_';

/**
 * Each coordinator's digest lives in their own user properties, one key per document: it is
 * theirs alone (another coordinator turns on their own), and a run whose grant lapsed can still
 * record that, as the property store needs no permission.
 */
const KEY_PREFIX = 'pmd.digest.';
const keyFor = (spreadsheetId: string) => `${KEY_PREFIX}${spreadsheetId}`;
const userStore = () => PropertiesService.getUserProperties();

function readRecord(spreadsheetId: string): DigestRecord | null {
  const text = userStore().getProperty(keyFor(spreadsheetId));
  if (!text) return null;
  try {
    return normaliseDigestRecord(JSON.parse(text));
  } catch {
    return null;
  }
}

function writeRecord(spreadsheetId: string, record: DigestRecord | null): void {
  if (record) userStore().setProperty(keyFor(spreadsheetId), JSON.stringify(record));
  else userStore().deleteProperty(keyFor(spreadsheetId));
}

/** Every document's record of this user, by spreadsheet id. */
function allRecords(): Map<string, DigestRecord> {
  const records = new Map<string, DigestRecord>();
  for (const [key, text] of Object.entries(userStore().getProperties())) {
    if (!key.startsWith(KEY_PREFIX)) continue;
    try {
      const record = normaliseDigestRecord(JSON.parse(text));
      if (record) records.set(key.slice(KEY_PREFIX.length), record);
    } catch {
      // A broken value is no record: the digest shows as off there and can be turned on again.
    }
  }
  return records;
}

/** This user's digest triggers, in every document: `getProjectTriggers` lists only the current user's. */
const myDigestTriggers = () => ScriptApp.getProjectTriggers().filter((t) => t.getHandlerFunction() === DIGEST_HANDLER);

const findTrigger = (triggerId: string) => myDigestTriggers().find((t) => t.getUniqueId() === triggerId) ?? null;

/**
 * A digest trigger no record names (its record was lost): Google does not say which document a
 * time-driven trigger belongs to, so these are the ones that may hold this document's one place.
 */
function deleteOrphans(): number {
  const named = new Set([...allRecords().values()].map((r) => r.triggerId));
  const orphans = myDigestTriggers().filter((t) => !named.has(t.getUniqueId()));
  for (const t of orphans) ScriptApp.deleteTrigger(t);
  return orphans.length;
}

const TOO_MANY_HERE = /too many "time-based" triggers/i;
const TOO_MANY_IN_SCRIPT = /too many triggers/i;

function createTrigger(hour: number, timeZone: string): GoogleAppsScript.Script.Trigger {
  const make = () => ScriptApp.newTrigger(DIGEST_HANDLER).timeBased().everyDays(1).atHour(hour).inTimezone(timeZone).create();
  try {
    return make();
  } catch (error) {
    const text = error instanceof Error ? error.message : '';
    // One time-driven trigger per user per document: a lost record's trigger holds the place.
    if (TOO_MANY_HERE.test(text) && deleteOrphans() > 0) return make();
    if (TOO_MANY_HERE.test(text)) throw new UserError('digest.error.otherTrigger');
    if (TOO_MANY_IN_SCRIPT.test(text)) throw new UserError('digest.error.tooManyTriggers');
    throw error;
  }
}

export interface DigestStatus {
  enabled: boolean;
  hour: number;
  since: string | null;
  timeZone: string;
  /** Where it goes: the coordinator's own address, the only recipient. */
  recipient: string;
  runs: DigestRun[];
  needsPermission: boolean;
}

function myEmail(): string {
  return Session.getEffectiveUser().getEmail() || '';
}

export function digestStatus(): DigestStatus {
  const spreadsheet = activeSpreadsheet();
  const record = readRecord(spreadsheet.getId());
  const enabled = record !== null && findTrigger(record.triggerId) !== null;
  return {
    enabled,
    hour: record?.hour ?? DEFAULT_DIGEST_HOUR,
    since: enabled ? (record?.since ?? null) : null,
    timeZone: spreadsheet.getSpreadsheetTimeZone(),
    recipient: myEmail(),
    runs: record?.runs ?? [],
    needsPermission: needsPermission(record),
  };
}

/**
 * Turns the digest on (once: turning it on again keeps the one trigger, a new hour replaces it)
 * or off (only this user's digest trigger in this document; the intake trigger is another).
 */
export function saveDigest(input: { enabled: boolean; hour?: number }): DigestStatus {
  const record = expectRecord(input, 'digest');
  if (typeof record.enabled !== 'boolean') throw badArgument('enabled must be true or false');
  const hour = record.hour === undefined ? DEFAULT_DIGEST_HOUR : digestHour(record.hour);
  if (hour === null) throw badArgument('hour must be a whole hour from 0 to 23');
  const spreadsheet = activeSpreadsheet();
  const id = spreadsheet.getId();
  const existing = readRecord(id);
  const trigger = existing ? findTrigger(existing.triggerId) : null;
  if (!record.enabled) {
    if (trigger) ScriptApp.deleteTrigger(trigger);
    writeRecord(id, null);
    audit('settings.digest', 'off');
    return digestStatus();
  }
  if (trigger && existing?.hour === hour) return digestStatus();
  if (trigger) ScriptApp.deleteTrigger(trigger);
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const created = createTrigger(hour, timeZone);
  // Saved from the sidebar, the grant is in place now: an old "needs permission" no longer holds.
  const runs = (existing?.runs ?? []).filter((r, i) => !(i === 0 && r.outcome === 'needsAuthorisation'));
  writeRecord(id, { triggerId: created.getUniqueId(), hour, timeZone, since: currentTime().toISOString(), runs });
  audit('settings.digest', 'on', String(hour));
  return digestStatus();
}

/** The record this trigger run belongs to, found by its trigger id: it needs neither the sheet nor a grant. */
function recordForTrigger(triggerUid: unknown): { id: string; record: DigestRecord } | null {
  if (typeof triggerUid !== 'string' || !triggerUid) return null;
  for (const [id, record] of allRecords()) if (record.triggerId === triggerUid) return { id, record };
  return null;
}

function record(found: { id: string; record: DigestRecord }, outcome: DigestOutcome, at: Date, reminders?: number): void {
  const run: DigestRun = { at: at.toISOString(), day: calendarDateOf(at, found.record.timeZone), outcome, ...(reminders === undefined ? {} : { reminders }) };
  writeRecord(found.id, withRun(found.record, run));
}

const QUOTA_TEXT = /too many times for one day/i;

function openDocument(): GoogleAppsScript.Spreadsheet.Spreadsheet | null {
  try {
    return SpreadsheetApp.getActiveSpreadsheet();
  } catch {
    return null;
  }
}

/** Builds and sends the day's digest; returns how it ended (recorded by the caller). */
function sendDigest(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, day: string): { outcome: DigestOutcome; reminders?: number } {
  const to = myEmail();
  if (!to) return { outcome: 'noAddress' };
  const lines = digestLines(reminderList(spreadsheet, calendarDateOf(currentTime(), spreadsheet.getSpreadsheetTimeZone())));
  const reminders = reminderCount(lines);
  const email = digestEmail(lines, {
    programme: readSettings(spreadsheet)['programme.name'] ?? spreadsheet.getName(),
    day,
    url: spreadsheet.getUrl(),
    language: currentLanguage(spreadsheet),
    spreadsheetLocale: spreadsheetLocale(spreadsheet),
  });
  if (!email) return { outcome: 'nothingDue', reminders: 0 };
  if (MailApp.getRemainingDailyQuota() < 1) return { outcome: 'quota', reminders };
  try {
    // Only to the coordinator who turned it on, as them: never to a participant.
    MailApp.sendEmail({ to, subject: email.subject, body: email.body, name: 'Peer Mentoring Desk' });
  } catch (error) {
    if (error instanceof Error && QUOTA_TEXT.test(error.message)) return { outcome: 'quota', reminders };
    throw error;
  }
  return { outcome: 'sent', reminders };
}

/**
 * The daily time-driven trigger. It runs as the coordinator who turned it on, possibly long
 * after they last opened the spreadsheet, so it checks authorisation first (Google keeps firing
 * triggers whose grant lapsed). It never throws and never fails silently: every run that does
 * not send is recorded with its date and reason, and shown in Settings.
 */
export function handleDigest(event?: { triggerUid?: string }): void {
  const at = currentTime();
  const found = recordForTrigger(event?.triggerUid);
  try {
    if (ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL).getAuthorizationStatus() === ScriptApp.AuthorizationStatus.REQUIRED) {
      // No email can go out now; the record is what the sidebar shows as "needs your permission again".
      if (found) record(found, 'needsAuthorisation', at);
      return;
    }
    if (!found) {
      // A trigger no record names (the digest was turned off, or its record lost): Settings shows
      // it as off, so it stops here rather than emailing someone who turned it off.
      const self = myDigestTriggers().find((t) => t.getUniqueId() === event?.triggerUid);
      if (self) ScriptApp.deleteTrigger(self);
      return;
    }
    const spreadsheet = openDocument();
    if (!spreadsheet) {
      record(found, 'noDocument', at);
      return;
    }
    const day = calendarDateOf(at, spreadsheet.getSpreadsheetTimeZone());
    // At most once a day, whatever Google does with the trigger.
    if (doneToday(found.record, day)) return;
    const result = sendDigest(spreadsheet, day);
    record(found, result.outcome, at, result.reminders);
  } catch (error) {
    // Only the kind of error is logged: service messages can quote cell contents.
    console.error(`Daily digest failed (${error instanceof Error ? error.name : typeof error})`);
    if (found) record(found, 'error', at);
  }
}

export const digestApi = {
  /** The coordinator's own digest in this spreadsheet: on or off, the hour, where it goes, the last runs. */
  getDigest: (): DigestStatus => digestStatus(),
  /** Turns the digest on or off for the coordinator calling, at a whole hour of the spreadsheet's zone. */
  saveDigest: (input: { enabled: boolean; hour?: number }): DigestStatus => saveDigest(input),
};
