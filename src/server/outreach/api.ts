import { appendSupervisionEntry } from '../supervision/log';
import { badArgument, UserError } from '../../core/errors';
import { type SupportedLanguage, type MessageKey, translator } from '../../core/i18n';
import { mailtoUrl, whatsappUrl } from '../../core/outreach/links';
import {
  type Channel,
  channelsFor,
  composeMessage,
  firstName,
  MESSAGE_KINDS,
  type MessageKind,
  pairMentorIds,
  RECIPIENTS,
  type Refusal,
  type Role,
  ROLES,
  recipientLanguage,
} from '../../core/outreach/messages';
import { cleanCallingCode } from '../../core/outreach/phone';
import { dueReminders } from '../../core/outreach/reminders';
import { MENTEES, MENTORS, SUPERVISION } from '../../core/schema/sheets';
import type { RecordValues } from '../../core/schema/types';
import { expectOneOf, expectRecord, expectString } from '../../core/validate';
import { MESSAGE_SENT_KIND } from '../../core/supervision/model';
import { currentRhythm, currentTemplate } from '../supervision/api';
import { loadSupervisionData, type SupervisionData } from '../supervision/data';
import { audit } from '../workspace/audit';
import { withDocumentLock } from '../workspace/lock';
import { currentLanguage } from '../workspace/preferences';
import { activeSpreadsheet, today } from '../workspace/services';
import { readSettings } from '../workspace/settingsSheet';
import { readTable } from '../workspace/table';
import { digestApi } from './digest';
import { findDiaryForm, prefilledDiaryLink } from './diaryLink';
import { pairOutlook } from './outlook';

/** The Supervision row of a message sent from the add-on (ids only); a bookkeeping kind, so never counted as a contact. */
export { MESSAGE_SENT_KIND };

export interface OutreachMessage {
  kind: MessageKind;
  label: string;
  to: Role;
  /** Which person of that role: a team pair has two mentors, each with their own message. */
  personId: string;
  /** The recipient's first name, as the text greets them: it tells a team's two mentors apart in the sidebar. */
  firstName: string;
  language: SupportedLanguage;
  subject: string;
  text: string;
  whatsappUrl: string | null;
  mailtoUrl: string | null;
  canSendEmail: boolean;
  /** Why a channel is not offered, in words; null when it is. */
  refused: Record<Channel, string | null>;
}

interface Built {
  code: string;
  diaryLink: string | null;
  messages: (OutreachMessage & { emailTo: string | null; emailRefusal: Refusal | null; programme: string })[];
}

type BuiltMessage = Built['messages'][number];
type DueReminder = ReturnType<typeof dueReminders>[number];

/** One person a reminder of their role goes to, with the diary link made for them (mentors only). */
interface Recipient {
  values: RecordValues;
  diaryLink: string | null;
}

/** What every message for the pair is made from, read once rather than for each reminder. */
interface OutreachContext {
  code: string;
  language: SupportedLanguage;
  t: ReturnType<typeof translator>;
  programme: string;
  callingCode: ReturnType<typeof cleanCallingCode>;
  /** Each role's people with a row, in the pair's order: a team's two mentors, one mentee. */
  people: Record<Role, Recipient[]>;
  diaryLink: string | null;
}

const emailOf = (values: RecordValues) => String(values.email ?? '').trim();

/** The pair's row comes from the Pairs table supervision already read: one read per sheet. */
function readOutreachContext(code: string, data: SupervisionData): OutreachContext {
  const spreadsheet = activeSpreadsheet();
  const language = currentLanguage(spreadsheet);
  const settings = readSettings(spreadsheet);
  const pair = data.pairTable.rows.find((r) => r.values.code === code)?.values ?? {};
  // An id with no row names no one to remind (as for a pair with no mentor yet).
  const rowsOf = (schema: typeof MENTORS, ids: readonly string[]): RecordValues[] => {
    if (!ids.length) return [];
    const rows = readTable(spreadsheet, schema).rows;
    return ids.map((id) => rows.find((r) => String(r.values.id ?? '').trim() === id)?.values).filter((v): v is RecordValues => v !== undefined);
  };
  const mentors = rowsOf(MENTORS, pairMentorIds(pair));
  const menteeId = String(pair.menteeId ?? '').trim();
  const mentees = rowsOf(MENTEES, menteeId ? [menteeId] : []);
  const diary = findDiaryForm(spreadsheet);
  // Each mentor's link carries their own email, as the diary is linked to the mentor whose email it holds.
  const linkFor = (email: string) => (diary ? prefilledDiaryLink(diary, code, email) : null);
  const people: Record<Role, Recipient[]> = {
    mentor: mentors.map((values) => ({ values, diaryLink: linkFor(emailOf(values)) })),
    mentee: mentees.map((values) => ({ values, diaryLink: null })),
  };
  // The pair's one link to copy names its mentor only when there is one: a team's would put one
  // mentor's email in the other's diary.
  const only = people.mentor.length === 1 ? people.mentor[0]! : null;
  return {
    code,
    language,
    t: translator(language),
    programme: settings['programme.name'] ?? '',
    callingCode: cleanCallingCode(settings['outreach.countryCallingCode']),
    people,
    diaryLink: only ? only.diaryLink : linkFor(''),
  };
}

/** One reminder for one recipient, in their language, with only the channels they may be reached on. */
function composeFor(ctx: OutreachContext, due: DueReminder, role: Role, recipient: Recipient): BuiltMessage {
  const { t, code, programme } = ctx;
  const { values } = recipient;
  // A mentee whose own languages the catalogue lacks likely shares one with a mentor: fall back to theirs.
  const fallbacks = role === 'mentee' ? ctx.people.mentor.map((m) => m.values.languages) : [];
  const lang = recipientLanguage(values.languages, fallbacks, ctx.language);
  // The warning only shows past the rhythm's limit, so the message never says fewer days than that.
  const days = due.kind === 'noMeeting' ? Math.max(due.days ?? 0, currentRhythm().noMeetingDays) : due.days;
  const name = firstName(values.name);
  const { subject, body } = composeMessage(
    due.kind,
    role,
    { firstName: name, code, programme, date: due.date, days, link: recipient.diaryLink ?? undefined },
    lang,
  );
  const channels = channelsFor(
    { consentContact: values.consentContact, noWhatsApp: values.noWhatsApp, noEmail: values.noEmail, phone: values.phone, email: values.email },
    ctx.callingCode,
  );
  const reason = (r: Refusal | null) => (r ? t(`outreach.refused.${r}` as MessageKey) : null);
  return {
    kind: due.kind,
    label: t(`outreach.kind.${due.kind}` as MessageKey),
    to: role,
    personId: String(values.id ?? '').trim(),
    firstName: name,
    language: lang,
    subject,
    text: body,
    whatsappUrl: channels.whatsapp.address ? whatsappUrl(channels.whatsapp.address, body) : null,
    mailtoUrl: channels.email.address ? mailtoUrl(channels.email.address, subject, body) : null,
    canSendEmail: channels.email.address !== null,
    refused: { whatsapp: reason(channels.whatsapp.refusal), email: reason(channels.email.refusal) },
    emailTo: channels.email.address,
    emailRefusal: channels.email.refusal,
    programme,
  };
}

function build(input: unknown): Built {
  const record = expectRecord(input, 'input');
  const code = expectString(record.code, 'code', 20);
  // What is due comes from supervision's own rules (its checklist and warnings for the pair).
  const data = loadSupervisionData(activeSpreadsheet());
  const pair = data.pairs.find((p) => p.code === code);
  if (!pair) throw badArgument('no pair with this code');
  const day = today(data.timeZone);
  const view = pairOutlook(data, pair, currentRhythm(), currentTemplate(), day);
  const ctx = readOutreachContext(code, data);
  const messages: Built['messages'] = [];
  for (const due of dueReminders(view, String(day))) {
    // Every person of each role: a team's second mentor gets each mentor reminder too.
    for (const role of RECIPIENTS[due.kind]) for (const recipient of ctx.people[role]) messages.push(composeFor(ctx, due, role, recipient));
  }
  return { code, diaryLink: ctx.diaryLink, messages };
}

const QUOTA_TEXT = /too many times for one day/i;

const EMAIL_REFUSAL_ERROR: Partial<Record<Refusal, MessageKey>> = { declined: 'outreach.error.declined', noEmail: 'outreach.error.noEmail' };

/** Why an email may not be sent, as the coordinator reads it; no consent when the refusal is unknown (fails closed). */
export function emailRefusalError(refusal: Refusal | null): UserError {
  return new UserError((refusal && EMAIL_REFUSAL_ERROR[refusal]) || 'outreach.error.noConsent');
}

/**
 * The message is rebuilt here rather than trusted from the browser, so a reminder no longer due,
 * or a recipient who may not be emailed, is refused in the coordinator's words.
 */
function emailableMessage(built: Built, kind: MessageKind, to: Role, personId: string | null): BuiltMessage & { emailTo: string } {
  // The person is named, never guessed: a team pair has two mentors for one kind and role. A
  // sidebar opened before recipients had ids (still open across an update) names none: it is
  // answered only where one person has that role.
  const candidates = built.messages.filter((m) => m.kind === kind && m.to === to && (personId === null || m.personId === personId));
  const message = candidates.length === 1 ? candidates[0] : undefined;
  if (!message) throw new UserError('outreach.error.notDue');
  if (!message.emailTo) throw emailRefusalError(message.emailRefusal);
  return { ...message, emailTo: message.emailTo };
}

/** What MailApp sends: a text made on the server, to an address channelsFor allowed. */
export interface OutgoingEmail {
  emailTo: string;
  subject: string;
  text: string;
  /** The sender's name shown to the recipient: the programme's. */
  programme: string;
}

/** Checked before sending, and Google's own quota error translated too: the count can change in between. */
export function sendWithinQuota(message: OutgoingEmail): void {
  if (MailApp.getRemainingDailyQuota() < 1) throw new UserError('outreach.error.quota');
  try {
    MailApp.sendEmail({ to: message.emailTo, subject: message.subject, body: message.text, name: message.programme });
  } catch (error) {
    if (error instanceof Error && QUOTA_TEXT.test(error.message)) throw new UserError('outreach.error.quota');
    throw error;
  }
}

/**
 * Dated: a bookkeeping kind (src/core/supervision/model.ts), so the row never counts as a contact
 * held. `code` is null for a message to someone in no pair (the waiting list's): such a row names
 * its recipient by id in "with whom", the only link erasure can follow (src/server/privacy/erase.ts),
 * and, holding no pair code, it is no pair's record.
 */
export function logMessageSent(code: string | null, kind: MessageKind, to: Role, personId: string): void {
  const log = readTable(activeSpreadsheet(), SUPERVISION);
  appendSupervisionEntry(log, {
    pairCode: code ?? '',
    date: today(log.timeZone),
    withWhom: code === null ? personId : to === 'mentor' ? 'Mentor' : 'Mentee',
    kind: MESSAGE_SENT_KIND,
    topics: `${kind} by email to ${to} ${personId}`,
  });
}

export const outreachApi = {
  ...digestApi,

  /** A pair's diary link and the reminders due for it, each with the channels its recipient may be reached on. */
  getOutreach: (input: { code: string }) => {
    const built = build(input);
    return {
      code: built.code,
      diaryLink: built.diaryLink,
      emailQuota: MailApp.getRemainingDailyQuota(),
      messages: built.messages.map(({ emailTo: _to, emailRefusal: _r, programme: _p, ...m }) => m),
    };
  },

  /**
   * Sends one due reminder by email, after the coordinator's click. The text is made here, never
   * taken from the browser; the Supervision row and the audit hold ids only.
   */
  sendOutreachEmail: (input: { code: string; kind: MessageKind; to: Role; personId?: string }) => {
    const record = expectRecord(input, 'input');
    const kind = expectOneOf(record.kind, MESSAGE_KINDS, 'kind');
    const to = expectOneOf(record.to, ROLES, 'to');
    const personId = record.personId === undefined ? null : expectString(record.personId, 'personId', 40);
    return withDocumentLock(() => {
      const built = build(record);
      const message = emailableMessage(built, kind, to, personId);
      sendWithinQuota(message);
      logMessageSent(built.code, kind, to, message.personId);
      audit('outreach.emailSent', `${built.code} ${kind}`, `${to} ${message.personId}`);
      return { sent: true, emailQuota: MailApp.getRemainingDailyQuota() };
    });
  },
};
