import { badArgument, UserError } from '../../core/errors';
import type { SupportedLanguage } from '../../core/i18n';
import { longWaiting } from '../../core/matching/waitingList';
import { MENTEES, PAIRS } from '../../core/schema/sheets';
import type { RecordValues } from '../../core/schema/types';
import { expectRecord, expectString } from '../../core/validate';
import { isWaiting, menteesInOpenPairs } from '../matching/data';
import { appliedOn, menteeChannels, messageContext, messageFor, waitingLimit } from '../matching/waitingList';
import { audit } from '../workspace/audit';
import { withDocumentLock } from '../workspace/lock';
import { activeSpreadsheet, today } from '../workspace/services';
import { readSettings } from '../workspace/settingsSheet';
import { readTable } from '../workspace/table';
import { emailRefusalError, logMessageSent, type OutgoingEmail, sendWithinQuota } from './api';

/**
 * The waiting list's "still waiting" message sent by email from the add-on (issue 15, docs/outreach.md).
 * A waiting mentee has no pair, so this is not sendOutreachEmail: the mentee is found by id, the
 * message is rebuilt here exactly as the waiting list builds it (never taken from the browser), and
 * the send is recorded with ids only in Supervision (a row with no pair code, naming her by id, so
 * that the coordinator sees there that and when she was informed) and in the audit log.
 */

interface WaitingEmail extends OutgoingEmail {
  menteeId: string;
  language: SupportedLanguage;
}

/**
 * The message for a mentee who is on the waiting list now and may be emailed; refused in the
 * coordinator's words otherwise. Reads Mentees (her row, her consent and declined channels),
 * Pairs (whether an open pair holds her) and Settings (the limit, the programme's name and
 * calling code) once each. Not Mentors, as no matching rule is evaluated, so not the background
 * checks in Sensitive details either.
 */
function waitingEmailFor(menteeId: string): WaitingEmail {
  const spreadsheet = activeSpreadsheet();
  const menteeTable = readTable(spreadsheet, MENTEES);
  const rows = menteeTable.rows.filter((r) => String(r.values.id ?? '') === menteeId);
  if (rows.length === 0) throw badArgument('no mentee with this id');
  const values: RecordValues = rows[0]!.values;
  const paired = menteesInOpenPairs(readTable(spreadsheet, PAIRS));
  const settings = readSettings(spreadsheet);
  const { timeZone } = menteeTable;
  // On the list exactly when the waiting list would show her: no open pair, not screened out, past the limit.
  // Only her entry is computed: the rest of the list is not needed to send her message.
  const waiting = rows.some((r) => isWaiting({ id: menteeId, decision: String(r.values.screeningDecision ?? '') }, paired));
  const [entry] = waiting ? longWaiting([{ id: menteeId, applied: appliedOn(values, timeZone) }], today(timeZone), waitingLimit(settings)) : [];
  if (!entry) throw new UserError('waiting.error.notWaiting');
  const ctx = messageContext(spreadsheet, settings);
  const { email } = menteeChannels(values, ctx.callingCode);
  if (!email.address) throw emailRefusalError(email.refusal);
  const message = messageFor(values, entry.days, ctx);
  return { menteeId, language: message.language, subject: message.subject, text: message.text, emailTo: email.address, programme: ctx.programme };
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
   * the Supervision and audit rows hold ids only, never her name or address.
   */
  sendWaitingEmail: (input: { menteeId: string }) => {
    const menteeId = menteeIdOf(input);
    return withDocumentLock(() => {
      const email = waitingEmailFor(menteeId);
      sendWithinQuota(email);
      logMessageSent(null, 'menteeWaiting', 'mentee', menteeId);
      audit('outreach.emailSent', `${menteeId} menteeWaiting`, `mentee ${menteeId}`);
      return { sent: true, emailQuota: MailApp.getRemainingDailyQuota() };
    });
  },
};
