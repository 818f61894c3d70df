import { asCalendarDate, formatCalendarDate } from '../calendarDate';
import { intlLocale, type SupportedLanguage, translator } from '../i18n';
import { MESSAGE_KINDS, type MessageKind } from './messages';

/**
 * The daily digest: one email a day to the coordinator who turned it on (only them), saying
 * what is due across the programme, with pair codes and counts only: no names, no contact
 * details, nothing from Sensitive details. Pure: the server reads, sends and records.
 */

export const DEFAULT_DIGEST_HOUR = 8;
/** Pair codes listed per kind of reminder before "and N more": the email stays short to read. */
export const CODES_PER_LINE = 25;
/** Runs kept per coordinator per document, newest first (the Settings tab shows them). */
export const RUNS_KEPT = 10;

/**
 * How a run ended. `sent` and `nothingDue` are the day's work done; the others are failures,
 * each shown in Settings with its date: none is silent.
 * - needsAuthorisation: Google needs the coordinator's permission again (the trigger keeps firing).
 * - quota: the account's daily email quota is used up.
 * - noAddress: Google gives no email address for the trigger's owner.
 * - noDocument: the run could not reach the spreadsheet.
 * - error: anything else (its text is not kept: service errors can quote cell contents).
 */
export const DIGEST_OUTCOMES = ['sent', 'nothingDue', 'needsAuthorisation', 'quota', 'noAddress', 'noDocument', 'error'] as const;
export type DigestOutcome = (typeof DIGEST_OUTCOMES)[number];
const DONE: readonly DigestOutcome[] = ['sent', 'nothingDue'];

export interface DigestRun {
  /** The instant of the run, ISO. */
  at: string;
  /** The calendar day it was in the spreadsheet's zone, yyyy-mm-dd. */
  day: string;
  outcome: DigestOutcome;
  /** Reminders in the email (sent) or found (any outcome after the list was built). */
  reminders?: number;
}

/** One coordinator's digest in one document (kept in their own user properties). */
export interface DigestRecord {
  triggerId: string;
  hour: number;
  /** The spreadsheet's zone when it was turned on: a run that cannot reach the sheet still dates its failure. */
  timeZone: string;
  since: string;
  runs: DigestRun[];
}

/** A whole hour of the day, 0 to 23, or null. */
export function digestHour(value: unknown): number | null {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 23 ? value : null;
}

function normaliseRun(raw: unknown): DigestRun | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  if (typeof r.at !== 'string' || typeof r.day !== 'string' || !DIGEST_OUTCOMES.includes(r.outcome as DigestOutcome)) return null;
  const run: DigestRun = { at: r.at, day: r.day, outcome: r.outcome as DigestOutcome };
  if (typeof r.reminders === 'number' && r.reminders >= 0) run.reminders = r.reminders;
  return run;
}

/** A stored record as it should be, or null: a hand-edited or older value never breaks the run. */
export function normaliseDigestRecord(raw: unknown): DigestRecord | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  if (typeof r.triggerId !== 'string' || !r.triggerId) return null;
  const runs = Array.isArray(r.runs) ? r.runs.map(normaliseRun).filter((x): x is DigestRun => x !== null) : [];
  return {
    triggerId: r.triggerId,
    hour: digestHour(r.hour) ?? DEFAULT_DIGEST_HOUR,
    timeZone: typeof r.timeZone === 'string' && r.timeZone ? r.timeZone : 'UTC',
    since: typeof r.since === 'string' ? r.since : '',
    runs: runs.slice(0, RUNS_KEPT),
  };
}

/** The record with this run first; older runs beyond RUNS_KEPT are dropped. */
export function withRun(record: DigestRecord, run: DigestRun): DigestRecord {
  return { ...record, runs: [run, ...record.runs].slice(0, RUNS_KEPT) };
}

/**
 * At most once a day: a day whose digest went out (or found nothing due) is done. A failed
 * run is not: Google fires the trigger again the next day, and the coordinator may fix the
 * cause (permission, quota) in between.
 */
export function doneToday(record: DigestRecord, day: string): boolean {
  return record.runs.some((r) => r.day === day && DONE.includes(r.outcome));
}

export const isFailure = (run: DigestRun): boolean => !DONE.includes(run.outcome);

/** Whether Settings must say "needs your permission again": the latest run could not get it. */
export function needsPermission(record: DigestRecord | null): boolean {
  return record?.runs[0]?.outcome === 'needsAuthorisation';
}

export interface DigestLine {
  kind: MessageKind;
  codes: string[];
}

/** Pair codes per kind of reminder, in the catalogue's order of kinds; kinds with none left out. */
export function digestLines(list: readonly { code: string; due: readonly { kind: MessageKind }[] }[]): DigestLine[] {
  const byKind = new Map<MessageKind, string[]>();
  for (const pair of list) {
    for (const kind of new Set(pair.due.map((d) => d.kind))) {
      const codes = byKind.get(kind) ?? [];
      codes.push(pair.code);
      byKind.set(kind, codes);
    }
  }
  return MESSAGE_KINDS.filter((k) => byKind.has(k)).map((kind) => ({ kind, codes: [...byKind.get(kind)!].sort() }));
}

export const reminderCount = (lines: readonly DigestLine[]): number => lines.reduce((n, l) => n + l.codes.length, 0);

export interface DigestEmail {
  subject: string;
  body: string;
}

/**
 * The email, or null when nothing is due: no "nothing today" mail, which would teach people to
 * ignore the digest and spend quota; the run is recorded, so Settings still shows it ran.
 */
export function digestEmail(
  lines: readonly DigestLine[],
  context: { programme: string; day: string; url: string; language: SupportedLanguage; spreadsheetLocale?: string },
): DigestEmail | null {
  const count = reminderCount(lines);
  if (count === 0) return null;
  const t = translator(context.language, context.spreadsheetLocale);
  const day = asCalendarDate(context.day);
  const date = day ? formatCalendarDate(day, intlLocale(context.language, context.spreadsheetLocale)) : context.day;
  const programme = context.programme;
  const body = [
    t('digest.email.intro', { programme, date }),
    '',
    ...lines.map((line) => {
      const shown = line.codes.slice(0, CODES_PER_LINE).join(', ');
      const more = line.codes.length - CODES_PER_LINE;
      const codes = more > 0 ? `${shown} ${t('digest.email.more', { count: more })}` : shown;
      return `• ${t(`outreach.kind.${line.kind}`)}: ${line.codes.length} (${codes})`;
    }),
    '',
    t('digest.email.open', { url: context.url }),
    '',
    t('digest.email.why'),
  ].join('\n');
  return { subject: t('digest.email.subject', { programme, count, date }), body };
}
