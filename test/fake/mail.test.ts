import { describe, expect, it } from 'vitest';
import { createWorkspace } from '../../fake';

const SEND_MAIL = 'https://www.googleapis.com/auth/script.send_mail';

describe('MailApp in the in-memory Workspace', () => {
  it('sends, keeps what was sent, and counts recipients against the daily quota (100 consumer)', () => {
    const ws = createWorkspace();
    const mail = ws.globals.MailApp as GoogleAppsScript.Mail.MailApp;
    ws.execution(() => {
      expect(mail.getRemainingDailyQuota()).toBe(100);
      mail.sendEmail('a@example.org', 'Hi', 'Body');
      mail.sendEmail({ to: 'b@example.org,c@example.org', subject: 'S', body: 'B', name: 'Ponti' });
      expect(mail.getRemainingDailyQuota()).toBe(97);
    });
    expect(ws.sentEmails().map((m) => [m.from, m.to, m.subject, m.name])).toEqual([
      ['coordinator@example.org', ['a@example.org'], 'Hi', undefined],
      ['coordinator@example.org', ['b@example.org', 'c@example.org'], 'S', 'Ponti'],
    ]);
    ws.setEmailRecipientsToday(100);
    expect(() => ws.execution(() => mail.sendEmail('d@example.org', 'x', 'y'))).toThrow('Service invoked too many times for one day: email.');
    expect(ws.sentEmails()).toHaveLength(2);
    ws.clock.advance(86_400_000);
    expect(ws.execution(() => mail.getRemainingDailyQuota())).toBe(100);
  });

  it('allows 1,500 a day on Workspace, per user', () => {
    const ws = createWorkspace({ accountType: 'workspace', collaborators: ['other@example.org'] });
    const mail = ws.globals.MailApp as GoogleAppsScript.Mail.MailApp;
    ws.setEmailRecipientsToday(1500);
    expect(ws.execution(() => mail.getRemainingDailyQuota())).toBe(0);
    expect(ws.execution(() => mail.getRemainingDailyQuota(), 'other@example.org')).toBe(1500);
  });

  it('needs the script.send_mail scope and refuses a malformed address', () => {
    const granted = createWorkspace();
    expect(granted.scopes.has(SEND_MAIL)).toBe(true);
    expect(() => granted.execution(() => (granted.globals.MailApp as GoogleAppsScript.Mail.MailApp).sendEmail('not an address', 's', 'b'))).toThrow(
      'Invalid email: not an address',
    );
    const ws = createWorkspace({ scopes: ['https://www.googleapis.com/auth/spreadsheets.currentonly'] });
    expect(() => ws.execution(() => (ws.globals.MailApp as GoogleAppsScript.Mail.MailApp).sendEmail('a@example.org', 's', 'b'))).toThrow(
      `You do not have permission to call MailApp.sendEmail. Required permissions: ${SEND_MAIL}`,
    );
  });
});

describe('FormApp prefill links', () => {
  it('builds them with toPrefilledUrl in Google’s format, with entry ids that are not item ids, and needs a forms scope', () => {
    const ws = createWorkspace();
    const FormApp = ws.globals.FormApp as GoogleAppsScript.Forms.FormApp;
    const url = ws.execution(() => {
      const form = FormApp.create('Diary');
      const item = form.addTextItem().setTitle('Pair code');
      form.addDateItem().setTitle('Date');
      const url = form.createResponse().withItemResponse(item.createResponse('P-0001 b')).toPrefilledUrl();
      expect(url).not.toContain(`entry.${item.getId()}=`);
      expect(() => form.getItems()[1]!.asTextItem()).toThrow();
      return url;
    });
    expect(url).toMatch(/^https:\/\/docs\.google\.com\/forms\/d\/e\/[\w-]+\/viewform\?usp=pp_url&entry\.\d{10}=P-0001\+b$/);
    expect(ws.prefilledAnswers(url)).toEqual({ 'Pair code': 'P-0001 b' });
    const noForms = createWorkspace({ scopes: ['https://www.googleapis.com/auth/spreadsheets.currentonly'] });
    expect(() => noForms.execution(() => (noForms.globals.FormApp as GoogleAppsScript.Forms.FormApp).create('x'))).toThrow(/forms/);
  });
});
