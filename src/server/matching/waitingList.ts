import { type CalendarDate, calendarDateOf } from '../../core/calendarDate';
import { type MessageKey, type SupportedLanguage, sheetTexts, type Translate, translator } from '../../core/i18n';
import { NUMBER_LIMITS } from '../../core/inputLimits';
import { compileMatching } from '../../core/matching/compiled';
import { longWaiting, type MentorFit, mentorFit, parseWaitingDays, WAITING_DAYS_DEFAULT, WAITING_DAYS_SETTING } from '../../core/matching/waitingList';
import { mailtoUrl, whatsappUrl } from '../../core/outreach/links';
import { type Channel, channelsFor, composeMessage, firstName, type Refusal, recipientLanguage } from '../../core/outreach/messages';
import { cleanCallingCode } from '../../core/outreach/phone';
import { MENTEES, SETTINGS } from '../../core/schema/sheets';
import type { RecordValues } from '../../core/schema/types';
import { type Settings, SETTINGS_SPEC } from '../../core/settings';
import { expectInteger, expectRecord } from '../../core/validate';
import { asDate } from '../../core/values';
import { audit } from '../workspace/audit';
import { withDocumentLock } from '../workspace/lock';
import { currentLanguage } from '../workspace/preferences';
import { activeSpreadsheet, today as todayIn } from '../workspace/services';
import { readSettings } from '../workspace/settingsSheet';
import { appendRecords, readTable, updateRecords } from '../workspace/table';
import { loadMatchingData } from './data';
import { checkWaitingDays } from './settingsLimits';

/**
 * The waiting list (docs/outreach.md, "The waiting list"): the mentees who have waited longer than
 * the programme's limit, each with the rule that rules out the most mentors and the "still
 * waiting" message of outreach, ready for WhatsApp or an email draft. One read per sheet
 * (Mentors, Mentees, Pairs, Settings); the rules are compiled once for everyone listed.
 */

export interface WaitingSetting {
  days: number;
  min: number;
  max: number;
  /** What the Settings sheet holds when it is not a usable limit (the default is used then); null when it is fine. */
  invalid: string | null;
}

/** The limit in days from the Settings sheet as read: a value that is no usable limit gives the default. */
export function waitingLimit(settings: Settings): number {
  return parseWaitingDays(settings[WAITING_DAYS_SETTING]) ?? WAITING_DAYS_DEFAULT;
}

/** The limit from the Settings sheet: a value typed by hand that is not a whole number within the limits gives the default, and says so. */
export function waitingDaysSetting(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): WaitingSetting {
  const settings = readSettings(spreadsheet);
  const raw = settings[WAITING_DAYS_SETTING] ?? '';
  const { min, max } = NUMBER_LIMITS.waitingDays;
  return { days: waitingLimit(settings), min, max, invalid: parseWaitingDays(raw) === null ? raw : null };
}

/** The day a mentee applied, as a calendar day of the spreadsheet's zone (what the waiting counts from); null when unknown. */
export function appliedOn(values: RecordValues | undefined, timeZone: string): CalendarDate | null {
  const at = asDate(values?.submittedAt);
  return at ? calendarDateOf(at, timeZone) : null;
}

export interface WaitingMessageDto {
  language: SupportedLanguage;
  subject: string;
  text: string;
  whatsappUrl: string | null;
  mailtoUrl: string | null;
  /** Why a channel is not offered, in words; null when it is. */
  refused: Record<Channel, string | null>;
}

export interface WaitingMenteeDto {
  menteeId: string;
  name: string;
  /** Days waited; null when the application date is unknown. */
  days: number | null;
  /** How long, in words ("Waiting 45 days", "Application date unknown"). */
  waited: string;
  /** Why no mentor fits, in words: the rule that rules out the most mentors, or that some fit. */
  why: string;
  /** The rule that rules out the most mentors (a HARD_RULES name), for the Matching tab's group; null when none does. */
  rule: string | null;
  eligible: number;
  message: WaitingMessageDto;
}

export interface WaitingListDto {
  limit: number;
  /** Mentees waiting (no open pair, not screened out), listed or not. */
  waiting: number;
  /** Mentees on the waiting list, across every page. */
  total: number;
  offset: number;
  /** This page of the list, longest wait first. */
  mentees: WaitingMenteeDto[];
  /** The offset of the next page, or null on the last. */
  next: number | null;
}

/** A page of the waiting list at most this long: each is read by a person, and a programme may have hundreds waiting. */
export const WAITING_PAGE = 20;

function whyText(fit: MentorFit, t: Translate): string {
  if (fit.mentors === 0) return t('waiting.why.noMentors');
  if (fit.eligible > 0) return t('waiting.why.eligible', { count: fit.eligible });
  const top = fit.top!;
  return t('waiting.why.rule', { count: fit.mentors, reason: t(`matching.excludedBy.${top.rule}` as MessageKey, { count: top.count }) });
}

export interface MessageContext {
  t: Translate;
  language: SupportedLanguage;
  programme: string;
  callingCode: string;
}

/** What every message of the list shares: the coordinator's language, the programme's name and calling code. */
export function messageContext(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, settings: Settings): MessageContext {
  const language = currentLanguage(spreadsheet);
  return {
    t: translator(language),
    language,
    programme: settings['programme.name'] ?? '',
    callingCode: cleanCallingCode(settings['outreach.countryCallingCode']),
  };
}

/** The channels a mentee agreed to, with her addresses: what a message may be sent on. */
export function menteeChannels(values: RecordValues, callingCode: string) {
  return channelsFor(
    { consentContact: values.consentContact, noWhatsApp: values.noWhatsApp, noEmail: values.noEmail, phone: values.phone, email: values.email },
    callingCode,
  );
}

/** Outreach's "still waiting" message, in the mentee's own language, with only the channels she agreed to. */
export function messageFor(values: RecordValues, days: number | null, ctx: MessageContext): WaitingMessageDto {
  const language = recipientLanguage(values.languages, [], ctx.language);
  // An unknown application date (days null) gets the message without a number of days: composeMessage chooses.
  const params = { firstName: firstName(values.name), code: '', programme: ctx.programme, days };
  const { subject, body } = composeMessage('menteeWaiting', 'mentee', params, language);
  const channels = menteeChannels(values, ctx.callingCode);
  const reason = (r: Refusal | null) => (r ? ctx.t(`outreach.refused.${r}` as MessageKey) : null);
  return {
    language,
    subject,
    text: body,
    whatsappUrl: channels.whatsapp.address ? whatsappUrl(channels.whatsapp.address, body) : null,
    mailtoUrl: channels.email.address ? mailtoUrl(channels.email.address, subject, body) : null,
    refused: { whatsapp: reason(channels.whatsapp.refusal), email: reason(channels.email.refusal) },
  };
}

export function waitingList(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet = activeSpreadsheet(), offset = 0): WaitingListDto {
  // Whole mentee records: the message reads contact details and consents, the wait its application date.
  const data = loadMatchingData(spreadsheet, { menteeKeys: MENTEES.columns.map((c) => c.key) });
  const { timeZone } = data.menteeTable;
  const today = todayIn(timeZone);
  const limit = waitingLimit(data.programmeSettings);
  const valuesById = new Map<string, RecordValues>();
  for (const row of data.menteeTable.rows) if (row.values.id && !valuesById.has(String(row.values.id))) valuesById.set(String(row.values.id), row.values);
  const listed = longWaiting(
    data.waiting.map((m) => ({ id: m.id, applied: appliedOn(valuesById.get(m.id), timeZone) })),
    today,
    limit,
  );
  const page = listed.slice(offset, offset + WAITING_PAGE);
  const profiles = new Map(data.waiting.map((m) => [m.id, m]));
  const mentees = page.map((e) => profiles.get(e.id)!);
  // The page's mentees in one compiled run: each is then one pass over the mentors.
  const run = compileMatching(mentees, data.mentors, data.settings, data.context);
  const ctx = messageContext(spreadsheet, data.programmeSettings);
  const { t } = ctx;
  return {
    limit,
    waiting: data.waiting.length,
    total: listed.length,
    offset,
    next: offset + page.length < listed.length ? offset + page.length : null,
    mentees: page.map((entry, j) => {
      const fit = mentorFit(run, j, data.mentors.length);
      const values = valuesById.get(entry.id) ?? {};
      return {
        menteeId: entry.id,
        name: mentees[j]!.name,
        days: entry.days,
        waited: entry.days === null ? t('waiting.undated') : t('waiting.days', { days: entry.days }),
        why: whyText(fit, t),
        rule: fit.eligible === 0 ? (fit.top?.rule ?? null) : null,
        eligible: fit.eligible,
        message: messageFor(values, entry.days, ctx),
      };
    }),
  };
}

/** Writes the limit in the Settings sheet, where coordinators also see it; a row is added when setup predates the setting. */
function writeWaitingDays(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, days: number): void {
  const table = readTable(spreadsheet, SETTINGS);
  const row = table.rows.find((r) => String(r.values.key ?? '') === WAITING_DAYS_SETTING);
  if (row) {
    updateRecords(table, [{ rowNumber: row.rowNumber, values: { value: String(days) } }], { byCoordinator: true });
    return;
  }
  const spec = SETTINGS_SPEC.find((s) => s.key === WAITING_DAYS_SETTING)!;
  appendRecords(table, [{ key: WAITING_DAYS_SETTING, value: String(days), description: sheetTexts(currentLanguage(spreadsheet))[spec.description] }]);
}

export const waitingListApi = {
  /** The waiting list: mentees waiting longer than the limit, why no mentor fits, and a message to keep them informed. */
  getWaitingList: (input?: { offset?: number }): WaitingListDto => {
    const record = input === undefined ? {} : expectRecord(input, 'input');
    const offset = record.offset === undefined ? 0 : expectInteger(record.offset, 'offset', 0, 1_000_000);
    return waitingList(activeSpreadsheet(), offset);
  },

  /** The waiting limit and its bounds, for the Settings tab. */
  getWaitingDays: (): WaitingSetting => waitingDaysSetting(activeSpreadsheet()),

  /** Saves the waiting limit: a whole number of days within the bounds, else refused in words and nothing written. */
  saveWaitingDays: (input: { days: number }): WaitingSetting => {
    const record = expectRecord(input, 'input');
    const spreadsheet = activeSpreadsheet();
    const days = checkWaitingDays(record, translator(currentLanguage(spreadsheet)));
    withDocumentLock(() => {
      writeWaitingDays(spreadsheet, days);
      audit('settings.matching', WAITING_DAYS_SETTING, String(days));
    });
    return waitingDaysSetting(spreadsheet);
  },
};
