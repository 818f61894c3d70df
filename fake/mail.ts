import { type FakeContext, gasError, tracked } from './core';
import type { DriveState } from './drive';

/**
 * MailApp: sendEmail and getRemainingDailyQuota, both needing `script.send_mail` (fake/access.ts).
 * https://developers.google.com/apps-script/reference/mail/mail-app
 *
 * Quota (https://developers.google.com/apps-script/guides/services/quotas): email recipients per
 * day, 100 for a consumer account and 1,500 for Workspace, per user. Past it Google throws
 * `Service invoked too many times for one day: email.` (the text users report). Every recipient
 * (to, cc, bcc) counts; the day is the fake's UTC day (docs/fidelity.md, M1–M3).
 */
export const DAILY_EMAIL_RECIPIENTS = { consumer: 100, workspace: 1500 } as const;

export interface SentEmail {
  /** The effective user: MailApp sends as the person running the script. */
  from: string;
  to: string[];
  cc: string[];
  bcc: string[];
  subject: string;
  body: string;
  name?: string;
  replyTo?: string;
  at: number;
}

interface MailOptions {
  to?: string;
  cc?: string;
  bcc?: string;
  subject?: string;
  body?: string;
  htmlBody?: string;
  name?: string;
  replyTo?: string;
  noReply?: boolean;
}

const ADDRESS = /^[^\s@<>,;]+@[^\s@<>,;]+\.[^\s@<>,;]+$/;

function addresses(list: unknown): string[] {
  const parts = String(list ?? '')
    .split(',')
    .map((a) => a.trim())
    .filter(Boolean);
  // Assumed text: Google's for a malformed recipient is "Invalid email: <address>" as users quote it.
  for (const a of parts) if (!ADDRESS.test(a)) throw gasError(`Invalid email: ${a}`);
  return parts;
}

export function createMailApp(ctx: FakeContext, drive: DriveState) {
  const quota = () => DAILY_EMAIL_RECIPIENTS[ctx.state.accountType];
  const send = (options: MailOptions) => {
    const to = addresses(options.to);
    const cc = addresses(options.cc);
    const bcc = addresses(options.bcc);
    const count = to.length + cc.length + bcc.length;
    if (count === 0) throw gasError('Failed to send email: no recipient');
    const usage = drive.todaysUsage();
    if (usage.emailRecipients + count > quota()) throw gasError('Service invoked too many times for one day: email.');
    usage.emailRecipients += count;
    ctx.state.sentEmails ??= [];
    ctx.state.sentEmails.push({
      from: ctx.state.activeUser,
      to,
      cc,
      bcc,
      subject: String(options.subject ?? ''),
      body: String(options.body ?? ''),
      ...(options.name ? { name: String(options.name) } : {}),
      ...(options.replyTo ? { replyTo: String(options.replyTo) } : {}),
      at: ctx.clock.now(),
    });
  };
  return tracked(
    {
      sendEmail(recipientOrMessage: string | MailOptions, subject?: string, body?: string, options: MailOptions = {}) {
        if (typeof recipientOrMessage === 'object' && recipientOrMessage !== null) send(recipientOrMessage);
        else send({ ...options, to: recipientOrMessage, subject, body });
      },
      getRemainingDailyQuota() {
        return Math.max(0, quota() - drive.todaysUsage().emailRecipients);
      },
    },
    'MailApp',
    ctx,
  );
}
