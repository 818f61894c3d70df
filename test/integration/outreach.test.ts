import { describe, expect, it } from 'vitest';
import { parseCalendarDate } from '../../src/core/calendarDate';
import { MENTEES, MENTORS, PAIRS, SUPERVISION } from '../../src/core/schema/sheets';
import type { RecordValues } from '../../src/core/schema/types';
import { intakeApi } from '../../src/server/intake/api';
import { outreachApi } from '../../src/server/outreach/api';
import { setUpProgrammeSheets } from '../../src/server/programme';
import { appendSupervisionEntry } from '../../src/server/supervision/log';
import { publicFunctions } from '../../src/server/publicSurface';
import { supervisionApi } from '../../src/server/supervision/api';
import { appendRecords, readTable } from '../../src/server/workspace/table';
import { recordsOf, useWorkspace } from '../support/workspace';

const d = (iso: string) => parseCalendarDate(iso)!;

function programme(options: { mentor?: RecordValues; mentee?: RecordValues; diary?: 'standard' | 'none' } = {}) {
  const ws = useWorkspace({ now: '2026-11-23T09:00:00Z' });
  ws.setFunctionResolver((name) => (publicFunctions as Record<string, unknown>)[name] as ((e: unknown) => unknown) | undefined);
  setUpProgrammeSheets();
  intakeApi.installIngestion();
  if (options.diary !== 'none') intakeApi.createStandardForms({ kinds: ['diary'] });
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  appendRecords(readTable(spreadsheet, MENTORS), [
    {
      id: 'MT-0001',
      responseKey: 'm1',
      name: 'Samira Haddad',
      email: 'samira@example.org',
      phone: '07700 900123',
      languages: 'en:native, ar',
      consentContact: true,
      ...options.mentor,
    },
  ]);
  appendRecords(readTable(spreadsheet, MENTEES), [
    {
      id: 'ME-0001',
      responseKey: 'e1',
      name: 'Amina Yusuf',
      email: 'amina@example.org',
      phone: '+39 366 120 4545',
      languages: 'so:native, it:B1',
      consentContact: true,
      ...options.mentee,
    },
  ]);
  appendRecords(
    readTable(spreadsheet, PAIRS),
    [
      {
        code: 'P-0001',
        mentorId: 'MT-0001',
        menteeId: 'ME-0001',
        status: 'Active',
        proposedOn: d('2026-09-20'),
        acceptedOn: d('2026-09-25'),
        introMeetingOn: d('2026-10-01'),
        startedOn: d('2026-10-01'),
      },
    ],
    { byCoordinator: true },
  );
  return ws;
}

/** Through the public surface: refusals arrive as the coordinator reads them. */
const send = (input: Parameters<typeof outreachApi.sendOutreachEmail>[0]) => publicFunctions.sendOutreachEmail(input);

const message = (o: ReturnType<typeof outreachApi.getOutreach>, kind: string, to: string) => o.messages.find((m) => m.kind === kind && m.to === to);

describe('diary links prefilled with the pair code', () => {
  it('builds the link through toPrefilledUrl, in Google’s format, with entry ids that are not the item ids', () => {
    programme();
    const outreach = outreachApi.getOutreach({ code: 'P-0001' });
    expect(outreach.diaryLink).toMatch(/^https:\/\/docs\.google\.com\/forms\/d\/e\/[\w-]+\/viewform\?usp=pp_url&entry\.\d+=P-0001$/);
    const form = FormApp.openByUrl(outreach.diaryLink!.replace('/e/', '/'));
    const codeItem = form.getItems().find((i) => i.getTitle() === 'Pair code')!;
    expect(outreach.diaryLink).not.toContain(`entry.${codeItem.getId()}=`);
  });

  it('links a diary sent through the link to its pair, with no intake problem; a hand-made link with item ids prefills nothing', () => {
    const ws = programme();
    const link = outreachApi.getOutreach({ code: 'P-0001' }).diaryLink!;
    const answers = ws.prefilledAnswers(link);
    expect(answers).toEqual({ 'Pair code': 'P-0001' });
    ws.submitFormResponse('Form responses 1', {
      'Email address': 'samira@example.org',
      ...answers,
      'Date of the meeting': '2026-11-20',
      'Do you need support from the coordinator now?': 'No',
    });
    expect(recordsOf(ws, 'Meetings')[0]).toMatchObject({ 'Pair code': 'P-0001', 'Mentor ID': 'MT-0001', 'Intake problems': '' });
    const itemId = FormApp.openByUrl(link.replace('/e/', '/')).getItems()[0]!.getId();
    expect(ws.prefilledAnswers(link.replace(/entry\.\d+/, `entry.${itemId}`))).toEqual({});
  });

  it('prefills a mapped own diary form too, with the mentor’s email when the form asks for it as a question', () => {
    const ws = programme({ diary: 'none' });
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    const form = FormApp.create('Our diary');
    form.addTextItem().setTitle('Codice');
    form.addTextItem().setTitle('Your email');
    form.addDateItem().setTitle('When');
    form.setDestination(FormApp.DestinationType.SPREADSHEET, spreadsheet.getId());
    SpreadsheetApp.flush();
    const sheet = ws.sheet('Form responses 1');
    intakeApi.confirmMapping({
      sheetId: sheet.getSheetId(),
      kind: 'diary',
      columns: [
        { header: 'Timestamp', field: null },
        { header: 'Codice', field: 'pairCode' },
        { header: 'Your email', field: 'mentorEmail' },
        { header: 'When', field: 'date' },
      ],
    });
    const link = outreachApi.getOutreach({ code: 'P-0001' }).diaryLink!;
    expect(link).toMatch(/\?usp=pp_url&entry\.\d+=P-0001&entry\.\d+=samira%40example\.org$/);
    const answers = ws.prefilledAnswers(link);
    expect(answers).toEqual({ Codice: 'P-0001', 'Your email': 'samira@example.org' });
    ws.submitFormResponse('Form responses 1', { ...answers, When: '2026-11-20' });
    expect(recordsOf(ws, 'Meetings')[0]).toMatchObject({ 'Pair code': 'P-0001', 'Mentor ID': 'MT-0001', 'Intake problems': '' });
  });
});

describe('messages ready to send', () => {
  it('offers the due reminders in each recipient’s language, with WhatsApp and email draft links', () => {
    programme();
    const outreach = outreachApi.getOutreach({ code: 'P-0001' });
    expect(outreach.emailQuota).toBe(100);
    const kinds = outreach.messages.map((m) => `${m.kind}:${m.to}`);
    expect(kinds).toEqual(expect.arrayContaining(['welcome:mentor', 'welcome:mentee', 'noMeeting:mentor', 'noMeeting:mentee']));
    const mentor = message(outreach, 'welcome', 'mentor')!;
    expect(mentor.language).toBe('en');
    expect(mentor.text).toContain('Hello Samira.');
    expect(mentor.text).not.toContain('Haddad');
    expect(mentor.text).toContain(outreach.diaryLink!);
    expect(mentor.whatsappUrl).toMatch(/^https:\/\/wa\.me\/447700900123\?text=Hello%20Samira\./);
    expect(mentor.mailtoUrl).toMatch(/^mailto:samira@example\.org\?subject=Welcome%20\(P-0001\)&body=Hello%20Samira\..*%0D%0A/);
    const mentee = message(outreach, 'welcome', 'mentee')!;
    expect(mentee.language).toBe('it');
    expect(mentee.text).toContain('Ciao Amina.');
    expect(mentee.whatsappUrl).toMatch(/^https:\/\/wa\.me\/393661204545\?text=Ciao/);
  });

  it('sends by email only on request, logs ids only in Supervision, and does not tick the follow-up it reminds of', () => {
    const ws = programme();
    const before = supervisionApi.getPairSupervision({ code: 'P-0001' }).checklist.filter((i) => i.done).length;
    const result = outreachApi.sendOutreachEmail({ code: 'P-0001', kind: 'welcome', to: 'mentor' });
    expect(result).toEqual({ sent: true, emailQuota: 99 });
    const [mail] = ws.sentEmails();
    expect(mail).toMatchObject({ from: 'coordinator@example.org', to: ['samira@example.org'], subject: 'Welcome (P-0001)' });
    expect(mail!.body).toContain('Hello Samira.');
    const row = recordsOf(ws, 'Supervision')[0]!;
    // Dated: "Message sent" is a bookkeeping kind, so the row is never counted as a contact.
    expect(row).toMatchObject({ 'Pair code': 'P-0001', Kind: 'Message sent', 'With whom': 'Mentor' });
    expect(row.Date).not.toBe('');
    expect(row.Topics).toBe('welcome by email to mentor MT-0001');
    const logged = JSON.stringify([recordsOf(ws, 'Supervision'), recordsOf(ws, 'Audit log')]);
    for (const personal of ['Samira', 'samira@example.org', '7700']) expect(logged).not.toContain(personal);
    expect(supervisionApi.getPairSupervision({ code: 'P-0001' }).checklist.filter((i) => i.done).length).toBe(before);
  });

  it('offers and sends nothing to someone without consent to be contacted', () => {
    const ws = programme({ mentee: { consentContact: false } });
    const outreach = outreachApi.getOutreach({ code: 'P-0001' });
    for (const m of outreach.messages.filter((x) => x.to === 'mentee')) {
      expect(m).toMatchObject({ whatsappUrl: null, mailtoUrl: null, canSendEmail: false });
      expect(m.refused.whatsapp).toContain('No consent');
    }
    expect(() => send({ code: 'P-0001', kind: 'welcome', to: 'mentee' })).toThrow(/not agreed to be contacted/);
    expect(ws.sentEmails()).toEqual([]);
    expect(recordsOf(ws, 'Supervision')).toEqual([]);
  });

  it('never offers a channel the participant declined', () => {
    const ws = programme({ mentor: { noWhatsApp: true }, mentee: { noEmail: true } });
    const outreach = outreachApi.getOutreach({ code: 'P-0001' });
    const mentor = message(outreach, 'welcome', 'mentor')!;
    expect(mentor.whatsappUrl).toBeNull();
    expect(mentor.refused.whatsapp).toBe('They asked not to be contacted this way.');
    expect(mentor.mailtoUrl).not.toBeNull();
    const mentee = message(outreach, 'welcome', 'mentee')!;
    expect(mentee).toMatchObject({ mailtoUrl: null, canSendEmail: false });
    expect(mentee.whatsappUrl).not.toBeNull();
    expect(() => send({ code: 'P-0001', kind: 'welcome', to: 'mentee' })).toThrow(/asked not to get email/);
    expect(ws.sentEmails()).toEqual([]);
  });

  it('respects the daily email quota: at 0 left the send is refused and nothing is logged', () => {
    const ws = programme();
    ws.setEmailRecipientsToday(99);
    expect(outreachApi.sendOutreachEmail({ code: 'P-0001', kind: 'welcome', to: 'mentor' }).emailQuota).toBe(0);
    expect(outreachApi.getOutreach({ code: 'P-0001' }).emailQuota).toBe(0);
    expect(() => send({ code: 'P-0001', kind: 'welcome', to: 'mentee' })).toThrow(/daily email limit/);
    expect(ws.sentEmails()).toHaveLength(1);
    expect(recordsOf(ws, 'Supervision')).toHaveLength(1);
  });

  it('validates every argument and refuses a message that is not due', () => {
    programme();
    expect(() => outreachApi.getOutreach({ code: 'P-9999' })).toThrow();
    expect(() => outreachApi.getOutreach({ code: 42 } as never)).toThrow();
    expect(() => send({ code: 'P-0001', kind: 'spam', to: 'mentor' } as never)).toThrow();
    expect(() => send({ code: 'P-0001', kind: 'welcome', to: 'someone@else.org' } as never)).toThrow();
    expect(() => send({ code: 'P-0001', kind: 'matchProposal', to: 'mentor' })).toThrow(/not due/);
  });
});

describe('bookkeeping rows in Supervision are not contacts', () => {
  it('a dated “Message sent” or “Document shared” row leaves the follow-up open; a call ticks it', () => {
    programme();
    const followUpCall = () => supervisionApi.getPairSupervision({ code: 'P-0001' }).checklist.find((i) => i.id === 'followUp.call')!;
    expect(followUpCall().done).toBe(false);
    const log = () => readTable(SpreadsheetApp.getActiveSpreadsheet(), SUPERVISION);
    // The follow-up call is due 7 days after the start (2026-10-01): both rows fall in its window.
    appendSupervisionEntry(log(), { pairCode: 'P-0001', date: d('2026-10-08'), kind: 'Message sent', topics: 'followUp by email to mentor MT-0001' });
    appendSupervisionEntry(log(), { pairCode: 'P-0001', date: d('2026-10-08'), kind: 'Document shared', topics: 'iip with mentor MT-0001' });
    expect(followUpCall().done).toBe(false);
    appendSupervisionEntry(log(), { pairCode: 'P-0001', date: d('2026-10-08'), kind: 'Call', topics: 'First week' });
    expect(followUpCall().done).toBe(true);
  });
});
