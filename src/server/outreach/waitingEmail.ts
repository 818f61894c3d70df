import { calendarDateOf } from '../../core/calendarDate';
import { badArgument, UserError } from '../../core/errors';
import { type SupportedLanguage, translator } from '../../core/i18n';
import { longWaiting, parseWaitingDays, WAITING_DAYS_DEFAULT, WAITING_DAYS_SETTING } from '../../core/matching/waitingList';
import { channelsFor } from '../../core/outreach/messages';
import { cleanCallingCode } from '../../core/outreach/phone';
import type { RecordValues } from '../../core/schema/types';
import { expectRecord, expectString } from '../../core/validate';
import { asDate } from '../../core/values';
import { loadMatchingData } from '../matching/data';
import { messageFor } from '../matching/waitingList';
import { audit } from '../workspace/audit';
import { withDocumentLock } from '../workspace/lock';
import { currentLanguage } from '../workspace/preferences';
import { activeSpreadsheet, today } from '../workspace/services';
import { emailRefusalError, type OutgoingEmail, sendWithinQuota } from './api';

/**
 * The waiting list's "still waiting" message sent by email from the add-on (issue 15, docs/outreach.md).
 * A waiting mentee has no pair, so this is not sendOutreachEmail: the mentee is found by id, the
 * message is rebuilt here exactly as the waiting list builds it (never taken from the browser), and
 * the send is recorded in the audit log with ids only, because the Supervision log is kept per pair.
 */

interface WaitingEmail extends OutgoingEmail {
  menteeId: string;
  language: SupportedLanguage;
}

/**
 * The message for a mentee who is on the waiting list now and may be emailed; refused in the
 * coordinator's words otherwise. Reads Mentors, Mentees, Pairs and Settings once each; never the
 * background checks, as no matching rule is evaluated here.
 */
function waitingEmailFor(menteeId: string): WaitingEmail {
  const spreadsheet = activeSpreadsheet();
  const data = loadMatchingData(spreadsheet, { backgroundChecks: false });
  const row = data.menteeTable.rows.find((r) => String(r.values.id ?? '') === menteeId);
  if (!row) throw badArgument('no mentee with this id');
  const values: RecordValues = row.values;
  const { timeZone } = data.menteeTable;
  const limit = parseWaitingDays(data.programmeSettings[WAITING_DAYS_SETTING]) ?? WAITING_DAYS_DEFAULT;
  const appliedAt = asDate(values.submittedAt);
  // On the list exactly when the waiting list would show her: no open pair, not screened out, past the limit.
  const [entry] = data.waiting.some((m) => m.id === menteeId)
    ? longWaiting([{ id: menteeId, applied: appliedAt ? calendarDateOf(appliedAt, timeZone) : null }], today(timeZone), limit)
    : [];
  if (!entry) throw new UserError('waiting.error.notWaiting');
  const callingCode = cleanCallingCode(data.programmeSettings['outreach.countryCallingCode']);
  const channels = channelsFor(
    { consentContact: values.consentContact, noWhatsApp: values.noWhatsApp, noEmail: values.noEmail, phone: values.phone, email: values.email },
    callingCode,
  );
  if (!channels.email.address) throw emailRefusalError(channels.email.refusal);
  const language = currentLanguage(spreadsheet);
  const programme = data.programmeSettings['programme.name'] ?? '';
  const message = messageFor(values, entry.days, { t: translator(language), language, programme, callingCode });
  return { menteeId, language: message.language, subject: message.subject, text: message.text, emailTo: channels.email.address, programme };
}

function menteeIdOf(input: unknown): string {
  const record = expectRecord(input, 'input');
  const id = expectString(record.menteeId, 'menteeId', 40).trim();
  if (!id) throw badArgument('menteeId is empty');
  return id;
}

export const waitingEmailApi = {
  /**
   * What "Send by email" would send, for the coordinator to confirm: the address is shown in the
   * sidebar only, and the quota left today. Nothing is sent or written.
   */
  getWaitingEmail: (input: { menteeId: string }) => {
    const email = waitingEmailFor(menteeIdOf(input));
    return {
      menteeId: email.menteeId,
      to: email.emailTo,
      language: email.language,
      subject: email.subject,
      text: email.text,
      emailQuota: MailApp.getRemainingDailyQuota(),
    };
  },

  /**
   * Sends the waiting mentee her "still waiting" message by email, after the coordinator's click.
   * Checked again under the document lock (she may have been matched since the list was drawn);
   * the audit row holds ids only, never her name or address.
   */
  sendWaitingEmail: (input: { menteeId: string }) => {
    const menteeId = menteeIdOf(input);
    return withDocumentLock(() => {
      const email = waitingEmailFor(menteeId);
      sendWithinQuota(email);
      audit('outreach.emailSent', `${menteeId} menteeWaiting`, `mentee ${menteeId}`);
      return { sent: true, emailQuota: MailApp.getRemainingDailyQuota() };
    });
  },
};
