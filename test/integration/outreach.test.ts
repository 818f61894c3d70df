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

/** A second mentor for a team pair: Italian, with her own phone and address. */
const ANNA: RecordValues = {
  id: 'MT-0002',
  responseKey: 'm2',
  name: 'Anna Rossi',
  email: 'anna@example.org',
  phone: '+39 347 555 0101',
  languages: 'it:native, en:B2',
  consentContact: true,
};

function programme(
  options: {
    mentor?: RecordValues;
    mentee?: RecordValues;
    diary?: 'standard' | 'none';
    /** Mentors rows after the first (a team's second mentor, someone in no pair). */
    mentors?: RecordValues[];
    pair?: RecordValues;
  } = {},
) {
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
    ...(options.mentors ?? []),
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
        ...options.pair,
      },
    ],
    { byCoordinator: true },
  );
  return ws;
}

/** A team pair: Samira (MT-0001, English) and Anna (MT-0002, Italian) mentor Amina together. */
const team = (options: { anna?: RecordValues; pair?: RecordValues; diary?: 'standard' | 'none' } = {}) =>
  programme({ mentors: [{ ...ANNA, ...options.anna }], pair: { secondMentorId: 'MT-0002', ...options.pair }, diary: options.diary });

/** A mapped own diary form that asks for the mentor's email as a question, so the link can carry it. */
function ownDiaryForm(ws: ReturnType<typeof programme>) {
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
}

/** Through the public surface: refusals arrive as the coordinator reads them. */
const send = (input: Parameters<typeof outreachApi.sendOutreachEmail>[0]) => publicFunctions.sendOutreachEmail(input);

const message = (o: ReturnType<typeof outreachApi.getOutreach>, kind: string, to: string, personId?: string) =>
  o.messages.find((m) => m.kind === kind && m.to === to && (personId === undefined || m.personId === personId));

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
    ownDiaryForm(ws);
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
    const result = outreachApi.sendOutreachEmail({ code: 'P-0001', kind: 'welcome', to: 'mentor', personId: 'MT-0001' });
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

  it('answers a sidebar opened before recipients had ids where only one person has the role', () => {
    const ws = programme();
    expect(outreachApi.sendOutreachEmail({ code: 'P-0001', kind: 'welcome', to: 'mentee' })).toEqual({ sent: true, emailQuota: 99 });
    expect(ws.sentEmails().map((m) => m.to)).toEqual([['amina@example.org']]);
    expect(recordsOf(ws, 'Supervision')[0]!.Topics).toBe('welcome by email to mentee ME-0001');
  });

  it('offers and sends nothing to someone without consent to be contacted', () => {
    const ws = programme({ mentee: { consentContact: false } });
    const outreach = outreachApi.getOutreach({ code: 'P-0001' });
    for (const m of outreach.messages.filter((x) => x.to === 'mentee')) {
      expect(m).toMatchObject({ whatsappUrl: null, mailtoUrl: null, canSendEmail: false });
      expect(m.refused.whatsapp).toContain('No consent');
    }
    expect(() => send({ code: 'P-0001', kind: 'welcome', to: 'mentee', personId: 'ME-0001' })).toThrow(/not agreed to be contacted/);
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
    expect(() => send({ code: 'P-0001', kind: 'welcome', to: 'mentee', personId: 'ME-0001' })).toThrow(/asked not to get email/);
    expect(ws.sentEmails()).toEqual([]);
  });

  it('respects the daily email quota: at 0 left the send is refused and nothing is logged', () => {
    const ws = programme();
    ws.setEmailRecipientsToday(99);
    expect(outreachApi.sendOutreachEmail({ code: 'P-0001', kind: 'welcome', to: 'mentor', personId: 'MT-0001' }).emailQuota).toBe(0);
    expect(outreachApi.getOutreach({ code: 'P-0001' }).emailQuota).toBe(0);
    expect(() => send({ code: 'P-0001', kind: 'welcome', to: 'mentee', personId: 'ME-0001' })).toThrow(/daily email limit/);
    expect(ws.sentEmails()).toHaveLength(1);
    expect(recordsOf(ws, 'Supervision')).toHaveLength(1);
  });

  it('validates every argument and refuses a message that is not due', () => {
    programme();
    expect(() => outreachApi.getOutreach({ code: 'P-9999' })).toThrow();
    expect(() => outreachApi.getOutreach({ code: 42 } as never)).toThrow();
    expect(() => send({ code: 'P-0001', kind: 'spam', to: 'mentor', personId: 'MT-0001' } as never)).toThrow();
    expect(() => send({ code: 'P-0001', kind: 'welcome', to: 'someone@else.org', personId: 'MT-0001' } as never)).toThrow();
    expect(() => send({ code: 'P-0001', kind: 'matchProposal', to: 'mentor', personId: 'MT-0001' })).toThrow(/not due/);
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

describe('a team pair: each mentor gets each mentor reminder', () => {
  const mentorKinds = (o: ReturnType<typeof outreachApi.getOutreach>, personId: string) =>
    o.messages.filter((m) => m.to === 'mentor' && m.personId === personId).map((m) => m.kind);

  it('writes to both mentors, each in their own language, greeted by name, with a diary link carrying their own email', () => {
    const ws = team({ diary: 'none' });
    ownDiaryForm(ws);
    const outreach = outreachApi.getOutreach({ code: 'P-0001' });
    const first = mentorKinds(outreach, 'MT-0001');
    expect(first).toEqual(expect.arrayContaining(['welcome', 'supervision', 'followUp', 'noMeeting']));
    expect(mentorKinds(outreach, 'MT-0002')).toEqual(first);
    // The mentee's reminders are not doubled by a second mentor.
    const menteeKinds = outreach.messages.filter((m) => m.to === 'mentee').map((m) => m.kind);
    expect(menteeKinds).toEqual([...new Set(menteeKinds)]);
    for (const kind of first) {
      const samira = message(outreach, kind, 'mentor', 'MT-0001')!;
      const anna = message(outreach, kind, 'mentor', 'MT-0002')!;
      expect(samira).toMatchObject({ language: 'en', firstName: 'Samira' });
      expect(anna).toMatchObject({ language: 'it', firstName: 'Anna' });
      expect(anna.text).toMatch(/^Ciao Anna\./);
      expect(anna.text).not.toContain('Samira');
      expect(anna.whatsappUrl).toMatch(/^https:\/\/wa\.me\/393475550101\?text=Ciao%20Anna\./);
      expect(anna.mailtoUrl).toMatch(/^mailto:anna@example\.org\?/);
      expect(samira.mailtoUrl).toMatch(/^mailto:samira@example\.org\?/);
    }
    const linkIn = (text: string) => /https:\/\/docs\.google\.com\/\S+/.exec(text)?.[0] ?? '';
    const annaLink = linkIn(message(outreach, 'welcome', 'mentor', 'MT-0002')!.text);
    const samiraLink = linkIn(message(outreach, 'welcome', 'mentor', 'MT-0001')!.text);
    expect(ws.prefilledAnswers(annaLink)).toEqual({ Codice: 'P-0001', 'Your email': 'anna@example.org' });
    expect(ws.prefilledAnswers(samiraLink)).toEqual({ Codice: 'P-0001', 'Your email': 'samira@example.org' });
    expect(linkIn(message(outreach, 'supervision', 'mentor', 'MT-0002')!.text)).toBe(annaLink);
    // The one link to copy would put one mentor's email in the other's diary: it carries the code only.
    expect(ws.prefilledAnswers(outreach.diaryLink!)).toEqual({ Codice: 'P-0001' });
    // A diary Anna sends through her link is hers.
    ws.submitFormResponse('Form responses 1', { ...ws.prefilledAnswers(annaLink), When: '2026-11-20' });
    expect(recordsOf(ws, 'Meetings')[0]).toMatchObject({ 'Pair code': 'P-0001', 'Mentor ID': 'MT-0002', 'Intake problems': '' });
  });

  it('asks both mentors for a diary before a supervision when none came in the last 30 days, and neither once one has', () => {
    const ws = team();
    const log = () => readTable(SpreadsheetApp.getActiveSpreadsheet(), SUPERVISION);
    // Supervision held on 2026-10-28, the next one in 4 days (2026-11-27): the diary is due now.
    appendSupervisionEntry(log(), { pairCode: 'P-0001', date: d('2026-10-28'), kind: 'Group supervision', nextDate: d('2026-11-27') });
    const asked = () =>
      outreachApi
        .getOutreach({ code: 'P-0001' })
        .messages.filter((m) => m.kind === 'diaryDue')
        .map((m) => `${m.to}:${m.personId}`);
    expect(asked()).toEqual(['mentor:MT-0001', 'mentor:MT-0002']);
    // A diary from either mentor is the pair's: no one is asked again.
    ws.submitFormResponse('Form responses 1', {
      'Pair code': 'P-0001',
      'Date of the meeting': '2026-11-20',
    });
    expect(asked()).toEqual([]);
  });

  it('proposes the match to both mentors of a proposed team, and not to the mentee', () => {
    team({ pair: { status: 'Proposed', acceptedOn: null, introMeetingOn: null, startedOn: null } });
    const outreach = outreachApi.getOutreach({ code: 'P-0001' });
    expect(outreach.messages.map((m) => `${m.kind}:${m.personId}:${m.language}`)).toEqual(['matchProposal:MT-0001:en', 'matchProposal:MT-0002:it']);
    expect(message(outreach, 'matchProposal', 'mentor', 'MT-0002')!.text).toMatch(/^Ciao Anna\./);
  });

  it('a mentee without a catalogue language is written to in the second mentor’s when the first mentor’s is not in it either', () => {
    programme({
      mentor: { languages: 'ar:native' },
      mentee: { languages: 'so:native, ti' },
      mentors: [{ ...ANNA, languages: 'fr:native' }],
      pair: { secondMentorId: 'MT-0002' },
    });
    expect(message(outreachApi.getOutreach({ code: 'P-0001' }), 'welcome', 'mentee')!.language).toBe('fr');
  });

  it.each([
    ['no consent to be contacted', { consentContact: false }, { whatsapp: /No consent/, email: /No consent/ }, /not agreed to be contacted/],
    ['declined WhatsApp', { noWhatsApp: true }, { whatsapp: /asked not to be contacted this way/, email: null }, null],
    ['declined email', { noEmail: true }, { whatsapp: null, email: /asked not to be contacted this way/ }, /asked not to get email/],
  ] as const)('a second mentor with %s is refused on those channels while the first mentor is not', (_what, anna, refused, sendError) => {
    const ws = team({ anna });
    const outreach = outreachApi.getOutreach({ code: 'P-0001' });
    for (const kind of mentorKinds(outreach, 'MT-0002')) {
      const second = message(outreach, kind, 'mentor', 'MT-0002')!;
      const first = message(outreach, kind, 'mentor', 'MT-0001')!;
      expect(first).toMatchObject({ refused: { whatsapp: null, email: null }, canSendEmail: true });
      expect(first.whatsappUrl).not.toBeNull();
      expect(first.mailtoUrl).not.toBeNull();
      if (refused.whatsapp) {
        expect(second.whatsappUrl).toBeNull();
        expect(second.refused.whatsapp).toMatch(refused.whatsapp);
      } else expect(second.whatsappUrl).toMatch(/^https:\/\/wa\.me\/393475550101\?/);
      if (refused.email) {
        expect(second).toMatchObject({ mailtoUrl: null, canSendEmail: false });
        expect(second.refused.email).toMatch(refused.email);
      } else expect(second.mailtoUrl).toMatch(/^mailto:anna@example\.org\?/);
    }
    if (sendError) {
      expect(() => send({ code: 'P-0001', kind: 'welcome', to: 'mentor', personId: 'MT-0002' })).toThrow(sendError);
      expect(ws.sentEmails()).toEqual([]);
      expect(recordsOf(ws, 'Supervision')).toEqual([]);
    }
    // The first mentor is still reached.
    send({ code: 'P-0001', kind: 'welcome', to: 'mentor', personId: 'MT-0001' });
    expect(ws.sentEmails().map((m) => m.to)).toEqual([['samira@example.org']]);
  });

  it('sends to the second mentor at her own address, in her language, and logs her id only', () => {
    const ws = team();
    expect(send({ code: 'P-0001', kind: 'welcome', to: 'mentor', personId: 'MT-0002' })).toEqual({ sent: true, emailQuota: 99 });
    const [mail] = ws.sentEmails();
    expect(mail).toMatchObject({ to: ['anna@example.org'] });
    expect(mail!.body).toMatch(/^Ciao Anna\./);
    const row = recordsOf(ws, 'Supervision')[0]!;
    expect(row).toMatchObject({ 'Pair code': 'P-0001', Kind: 'Message sent', 'With whom': 'Mentor', Topics: 'welcome by email to mentor MT-0002' });
    const audit = recordsOf(ws, 'Audit log').at(-1)!;
    expect(JSON.stringify(audit)).toContain('mentor MT-0002');
    const logged = JSON.stringify([recordsOf(ws, 'Supervision'), recordsOf(ws, 'Audit log')]);
    for (const personal of ['Anna', 'anna@example.org', '5550101', 'Samira']) expect(logged).not.toContain(personal);
    // Then the first mentor: a second email, to her, with its own row.
    send({ code: 'P-0001', kind: 'welcome', to: 'mentor', personId: 'MT-0001' });
    expect(ws.sentEmails().map((m) => m.to)).toEqual([['anna@example.org'], ['samira@example.org']]);
    expect(recordsOf(ws, 'Supervision').map((r) => r.Topics)).toEqual(['welcome by email to mentor MT-0002', 'welcome by email to mentor MT-0001']);
  });

  it('refuses, as not due, a person who is not a recipient of that reminder, and checks the id’s shape', () => {
    const ws = team({});
    appendRecords(readTable(SpreadsheetApp.getActiveSpreadsheet(), MENTORS), [{ ...ANNA, id: 'MT-0003', responseKey: 'm3', email: 'other@example.org' }]);
    const attempt =
      (personId: unknown, to: 'mentor' | 'mentee' = 'mentor', kind: 'welcome' | 'supervision' = 'welcome') =>
      () =>
        send({ code: 'P-0001', kind, to, personId } as never);
    // A mentor in no pair, the mentee as a mentor, a mentor as the mentee, an empty id, a near miss.
    for (const [id, to] of [
      ['MT-0003', 'mentor'],
      ['ME-0001', 'mentor'],
      ['MT-0002', 'mentee'],
      ['', 'mentor'],
      ['MT-0002 ', 'mentor'],
      ['mt-0002', 'mentor'],
    ] as const)
      expect(attempt(id, to), `${id} as ${to}`).toThrow(/not due/);
    // Supervision is for mentors only: the mentee is no recipient of it.
    expect(attempt('ME-0001', 'mentee', 'supervision')).toThrow(/not due/);
    // The id's length: 40 characters is checked against the recipients, 41 is refused as malformed.
    expect(attempt('M'.repeat(40))).toThrow(/not due/);
    expect(attempt('M'.repeat(41))).toThrow(/longer than 40/);
    // No id at all (a sidebar opened before the update): a team's two mentors are not guessed between.
    expect(attempt(undefined)).toThrow(/not due/);
    expect(attempt(2)).toThrow(/personId must be text/);
    expect(ws.sentEmails()).toEqual([]);
    expect(recordsOf(ws, 'Supervision')).toEqual([]);
  });

  it('a second mentor id with no Mentors row gets no message; the first mentor and the mentee still do', () => {
    const ws = programme({ diary: 'none', pair: { secondMentorId: 'MT-0404' } });
    ownDiaryForm(ws);
    const outreach = outreachApi.getOutreach({ code: 'P-0001' });
    expect(outreach.messages.filter((m) => m.to === 'mentor').map((m) => m.personId)).toEqual(expect.arrayContaining(['MT-0001']));
    expect(outreach.messages.some((m) => m.personId === 'MT-0404' || m.personId === '')).toBe(false);
    expect(message(outreach, 'welcome', 'mentee')).toBeDefined();
    // With one mentor on record, the link to copy carries her email, as for a pair of one.
    expect(ws.prefilledAnswers(outreach.diaryLink!)).toEqual({ Codice: 'P-0001', 'Your email': 'samira@example.org' });
    expect(() => send({ code: 'P-0001', kind: 'welcome', to: 'mentor', personId: 'MT-0404' })).toThrow(/not due/);
    expect(ws.sentEmails()).toEqual([]);
  });

  it('a pair naming the same mentor twice writes to her once', () => {
    programme({ pair: { secondMentorId: ' MT-0001 ' } });
    const outreach = outreachApi.getOutreach({ code: 'P-0001' });
    expect(outreach.messages.filter((m) => m.kind === 'welcome').map((m) => `${m.to}:${m.personId}`)).toEqual(['mentor:MT-0001', 'mentee:ME-0001']);
  });
});
