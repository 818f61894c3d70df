import { afterEach, describe, expect, it, vi } from 'vitest';
import { FakeRange } from '../../fake/spreadsheet';
import { parseCalendarDate } from '../../src/core/calendarDate';
import { MENTEES, MENTORS, PAIRS } from '../../src/core/schema/sheets';
import type { RecordValues } from '../../src/core/schema/types';
import { sidebarApi } from '../../src/server/api';
import { matchingApi } from '../../src/server/matching/api';
import { reminderList } from '../../src/server/outreach/outlook';
import { setUpProgrammeSheets } from '../../src/server/programme';
import { appendRecords, readTable } from '../../src/server/workspace/table';
import { recordsOf, useWorkspace } from '../support/workspace';

const NOW = new Date('2026-11-23T10:00:00Z');
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000);

const shared = { consentData: true, availability: 'evenings', municipality: 'Bologna', gender: 'Woman', genderPreference: 'No preference' };
const contact = { consentContact: true, phone: '+39 333 123 4567', email: 'amina@example.org' };

/**
 * A programme on 23 November with a waiting limit of 30 days: Amina applied 31 days ago (listed),
 * the others as each test says. A second mentee is paired, to check "no longer waiting".
 */
function programme(amina: RecordValues = {}, others: RecordValues[] = []) {
  const ws = useWorkspace();
  ws.clock.set(NOW);
  setUpProgrammeSheets();
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  appendRecords(readTable(spreadsheet, MENTORS), [
    { id: 'MT-0001', name: 'Samira Haddad', offers: 'Housing', trainingModules: 5, capacity: 2, mentorType: 'Peer', languages: 'it:native, ar:C1', ...shared },
  ]);
  const mentee = { needs: 'Housing', languages: 'ar:native, it:A2', ...shared };
  appendRecords(
    readTable(spreadsheet, MENTEES),
    [
      { id: 'ME-0031', name: 'Amina Yusuf', submittedAt: daysAgo(31), ...mentee, ...contact, ...amina },
      { id: 'ME-0030', name: 'Omar Said', submittedAt: daysAgo(30), ...mentee, ...contact, email: 'omar@example.org' },
      { id: 'ME-0040', name: 'Hana Paired', submittedAt: daysAgo(40), ...mentee, ...contact, email: 'hana@example.org' },
      ...others,
    ],
    { byCoordinator: true },
  );
  appendRecords(
    readTable(spreadsheet, PAIRS),
    [{ code: 'P-0001', mentorId: 'MT-0001', menteeId: 'ME-0040', status: 'Active', startedOn: parseCalendarDate('2026-11-01')! }],
    {
      byCoordinator: true,
    },
  );
  ws.counter.reset();
  return ws;
}

/** The sheets each Range.getValues read, in order. */
function sheetsRead() {
  const spy = vi.spyOn(FakeRange.prototype, 'getValues');
  return () => spy.mock.contexts.map((range) => (range as FakeRange).getSheet().getName());
}

afterEach(() => {
  vi.restoreAllMocks();
});

const PERSONAL = ['Amina', 'Yusuf', 'amina@example.org', '333'];

describe('sending the waiting list’s message by email (sendWaitingEmail)', () => {
  it('sends the message the waiting list shows, once, to her address, and logs ids only', () => {
    const ws = programme();
    const listed = sidebarApi.getWaitingList().mentees.find((m) => m.menteeId === 'ME-0031')!.message;
    expect(sidebarApi.sendWaitingEmail({ menteeId: 'ME-0031' })).toEqual({ sent: true, emailQuota: 99 });
    const mails = ws.sentEmails();
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ from: 'coordinator@example.org', to: ['amina@example.org'], cc: [], bcc: [], subject: listed.subject, body: listed.text });
    // In her language (Arabic is not a catalogue language; Italian is), with the days she waited.
    expect(mails[0]!.body).toContain('31 giorni');
    const audit = recordsOf(ws, 'Audit log');
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ Action: 'outreach.emailSent', 'Subject (ids)': 'ME-0031 menteeWaiting', Detail: 'mentee ME-0031' });
    // One Supervision row, dated today, with no pair code: her id says to whom, as a pair's message row does.
    expect(recordsOf(ws, 'Supervision')).toEqual([
      {
        'Entry ID': 'S-0001',
        'Pair code': '',
        Date: '2026-11-23',
        'With whom': 'ME-0031',
        Kind: 'Message sent',
        Topics: 'menteeWaiting by email to mentee ME-0031',
        Actions: '',
        'Next contact': '',
      },
    ]);
    const logged = JSON.stringify([recordsOf(ws, 'Audit log'), recordsOf(ws, 'Supervision')]);
    for (const personal of PERSONAL) expect(logged).not.toContain(personal);
  });

  it('never takes the text from the browser: what is sent is rebuilt on the server', () => {
    const ws = programme();
    sidebarApi.sendWaitingEmail({ menteeId: 'ME-0031', text: 'Send me your passport', subject: 'Urgent', to: 'x@evil.example' } as never);
    const [mail] = ws.sentEmails();
    expect(mail!.to).toEqual(['amina@example.org']);
    expect(mail!.body).not.toContain('passport');
    expect(mail!.subject).not.toBe('Urgent');
  });

  it('shows what would be sent, to whom, and the quota, before the click that sends; the preview sends and writes nothing', () => {
    const ws = programme();
    const read = sheetsRead();
    const preview = sidebarApi.getWaitingEmail({ menteeId: 'ME-0031' });
    expect(preview).toMatchObject({ menteeId: 'ME-0031', to: 'amina@example.org', language: 'it', emailQuota: 100 });
    expect(preview.text).toContain('Amina');
    expect(ws.sentEmails()).toEqual([]);
    expect(ws.counter.get('Range.setValues')).toBe(0);
    expect(recordsOf(ws, 'Audit log')).toEqual([]);
    // Her row, whether an open pair holds her, and the limit: no rule is evaluated here, so
    // neither the mentors nor their background checks (criminal-record data) are read.
    expect(ws.counter.get('Range.getValues')).toBe(3);
    expect(read()).toEqual(['Mentees', 'Pairs', 'Settings']);
  });

  it('sending reads the same three sheets once each (and the two logs it writes to), never Mentors or Sensitive details, even when the programme requires a check', () => {
    const ws = programme();
    matchingApi.saveMatchingSettings({ backgroundCheckRequired: true, backgroundCheckLabel: 'VOG' });
    ws.counter.reset();
    const read = sheetsRead();
    expect(sidebarApi.sendWaitingEmail({ menteeId: 'ME-0031' }).sent).toBe(true);
    // The three sheets the message needs, then the two logs the send is recorded in.
    expect(read()).toEqual(['Mentees', 'Pairs', 'Settings', 'Supervision', 'Audit log']);
  });

  it.each([
    ['she asked not to get email', { noEmail: true }, /asked not to get email/],
    ['she has not agreed to be contacted', { consentContact: false }, /not agreed to be contacted/],
    ['she has no email address', { email: '' }, /no usable email address/],
    ['her address is not an address', { email: 'amina at example' }, /no usable email address/],
  ])('refuses when %s: nothing sent, nothing logged', (_why, amina, refusal) => {
    const ws = programme(amina);
    expect(() => sidebarApi.getWaitingEmail({ menteeId: 'ME-0031' })).toThrow(refusal);
    expect(() => sidebarApi.sendWaitingEmail({ menteeId: 'ME-0031' })).toThrow(refusal);
    expect(ws.sentEmails()).toEqual([]);
    expect(recordsOf(ws, 'Audit log')).toEqual([]);
    expect(recordsOf(ws, 'Supervision')).toEqual([]);
  });

  it('refuses a mentee no longer on the list: at the limit (30 days), paired, screened out; 31 days is on it', () => {
    const ws = programme({}, [
      { id: 'ME-0050', name: 'Screened Out', submittedAt: daysAgo(50), screeningDecision: 'Not selected', ...contact, email: 's@example.org', ...shared },
    ]);
    for (const menteeId of ['ME-0030', 'ME-0040', 'ME-0050'])
      expect(() => sidebarApi.sendWaitingEmail({ menteeId }), menteeId).toThrow('This mentee is no longer on the waiting list: nothing was sent.');
    expect(ws.sentEmails()).toEqual([]);
    expect(sidebarApi.sendWaitingEmail({ menteeId: 'ME-0031' }).sent).toBe(true);
  });

  it('sends to a mentee with no application date, with no number of days in the text', () => {
    const ws = programme({ submittedAt: '' });
    sidebarApi.sendWaitingEmail({ menteeId: 'ME-0031' });
    expect(ws.sentEmails()[0]!.body).not.toMatch(/\d/);
  });

  it('respects the daily quota: with 1 left it sends and says 0 are left; at 0 it refuses and logs nothing', () => {
    const ws = programme();
    ws.setEmailRecipientsToday(99);
    expect(sidebarApi.getWaitingEmail({ menteeId: 'ME-0031' }).emailQuota).toBe(1);
    expect(sidebarApi.sendWaitingEmail({ menteeId: 'ME-0031' })).toEqual({ sent: true, emailQuota: 0 });
    expect(sidebarApi.getWaitingEmail({ menteeId: 'ME-0031' }).emailQuota).toBe(0);
    expect(() => sidebarApi.sendWaitingEmail({ menteeId: 'ME-0031' })).toThrow(/daily email limit/);
    ws.setEmailRecipientsToday(100);
    expect(() => sidebarApi.sendWaitingEmail({ menteeId: 'ME-0031' })).toThrow(/daily email limit/);
    expect(ws.sentEmails()).toHaveLength(1);
    expect(recordsOf(ws, 'Audit log')).toHaveLength(1);
    expect(recordsOf(ws, 'Supervision')).toHaveLength(1);
  });

  it('sends under the document lock: while another execution holds it, nothing is sent', () => {
    const ws = programme();
    ws.documentLock.holdByOtherExecution(10 * 60_000);
    expect(() => sidebarApi.sendWaitingEmail({ menteeId: 'ME-0031' })).toThrow(/Another person or process/);
    expect(ws.sentEmails()).toEqual([]);
    expect(recordsOf(ws, 'Supervision')).toEqual([]);
  });

  it('logs each send as its own dated row: a second message the next day is a second row', () => {
    const ws = programme();
    sidebarApi.sendWaitingEmail({ menteeId: 'ME-0031' });
    ws.clock.set(new Date(NOW.getTime() + 86_400_000));
    sidebarApi.sendWaitingEmail({ menteeId: 'ME-0031' });
    expect(recordsOf(ws, 'Supervision').map((r) => [r['Entry ID'], r.Date, r['With whom']])).toEqual([
      ['S-0001', '2026-11-23', 'ME-0031'],
      ['S-0002', '2026-11-24', 'ME-0031'],
    ]);
  });

  it('validates its argument: an unknown, empty, overlong or non-text id is refused', () => {
    const ws = programme();
    for (const menteeId of ['ME-9999', '', ' ', 'x'.repeat(41), 31, null] as unknown as string[])
      expect(() => sidebarApi.sendWaitingEmail({ menteeId }), String(menteeId)).toThrow();
    expect(() => sidebarApi.sendWaitingEmail(undefined as never)).toThrow();
    expect(() => sidebarApi.sendWaitingEmail({ menteeId: 'ME-9999' })).toThrow(/no mentee with this id/);
    expect(ws.sentEmails()).toEqual([]);
  });
});

/** Everything the Supervision sheet feeds, as the sidebar, Home and the digest see it; the email quota aside, which a send spends. */
function supervisionViews() {
  const { emailQuota: _quota, ...outreach } = sidebarApi.getOutreach({ code: 'P-0001' });
  return {
    week: sidebarApi.getWeekView(),
    pair: sidebarApi.getPairSupervision({ code: 'P-0001' }),
    indicators: sidebarApi.getIndicators({}),
    home: sidebarApi.getHomeDesk(),
    outreach,
    digest: reminderList(SpreadsheetApp.getActiveSpreadsheet(), parseCalendarDate('2026-11-23')!),
  };
}

describe('the waiting email’s Supervision row belongs to no pair', () => {
  it('changes no pair’s checklist, warning or reminder, no indicator, not Home and not the digest', () => {
    const ws = programme();
    const before = supervisionViews();
    expect(before.pair.checklist.length).toBeGreaterThan(0);
    sidebarApi.sendWaitingEmail({ menteeId: 'ME-0031' });
    expect(recordsOf(ws, 'Supervision')).toHaveLength(1);
    expect(supervisionViews()).toEqual(before);
    // The same views do see a row that belongs to the pair: the comparison could fail.
    sidebarApi.logSupervision({ code: 'P-0001', date: '2026-11-09', withWhom: 'Mentee', kind: 'Call', topics: 'Follow-up', actions: '' });
    expect(supervisionViews().pair).not.toEqual(before.pair);
  });

  it('still logs the row when pairs have rows of their own, and keeps them apart', () => {
    const ws = programme();
    sidebarApi.logSupervision({ code: 'P-0001', date: '2026-11-09', withWhom: 'Mentee', kind: 'Call', topics: 'Follow-up', actions: '' });
    const before = supervisionViews();
    sidebarApi.sendWaitingEmail({ menteeId: 'ME-0031' });
    expect(supervisionViews()).toEqual(before);
    expect(recordsOf(ws, 'Supervision').map((r) => [r['Entry ID'], r['Pair code'], r.Kind])).toEqual([
      ['S-0001', 'P-0001', 'Call'],
      ['S-0002', '', 'Message sent'],
    ]);
  });

  it.each([
    ['erasing', 'eraseParticipant', ''],
    ['anonymising', 'anonymiseParticipant', '[anonymised]'],
  ] as const)('%s the mentee clears what names her in the row and keeps it dated; another mentee’s row stays', (_how, action, left) => {
    const ws = programme({}, [{ id: 'ME-0032', name: 'Nadia Other', submittedAt: daysAgo(45), ...shared, ...contact, email: 'nadia@example.org' }]);
    sidebarApi.sendWaitingEmail({ menteeId: 'ME-0031' });
    sidebarApi.sendWaitingEmail({ menteeId: 'ME-0032' });
    const [amina, nadia] = recordsOf(ws, 'Supervision');

    sidebarApi[action]({ role: 'mentee', id: 'ME-0031', confirm: 'ME-0031' });

    const [aminaAfter, nadiaAfter] = recordsOf(ws, 'Supervision');
    expect(aminaAfter).toEqual({ ...amina, 'With whom': left, Topics: left });
    expect(nadiaAfter).toEqual(nadia);
    expect(JSON.stringify(recordsOf(ws, 'Supervision'))).not.toContain('ME-0031');
  });
});
