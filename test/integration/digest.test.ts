import { describe, expect, it } from 'vitest';
import { parseCalendarDate } from '../../src/core/calendarDate';
import { MENTEES, MENTORS, PAIRS } from '../../src/core/schema/sheets';
import { intakeApi } from '../../src/server/intake/api';
import { outreachApi } from '../../src/server/outreach/api';
import { DIGEST_HANDLER } from '../../src/server/outreach/digest';
import { reminderList } from '../../src/server/outreach/outlook';
import { setUpProgrammeSheets } from '../../src/server/programme';
import { publicFunctions } from '../../src/server/publicSurface';
import { appendRecords, readTable } from '../../src/server/workspace/table';
import { COLLEAGUES, useWorkspace } from '../support/workspace';

const d = (iso: string) => parseCalendarDate(iso)!;
const COORDINATOR = 'coordinator@example.org';
const SECOND = COLLEAGUES[0]!;

/** A programme with one active pair and no diary yet: a welcome and a no-meeting reminder are due. */
function programme(options: { pairs?: boolean; team?: boolean } = {}) {
  const ws = useWorkspace({ now: '2026-11-23T06:00:00Z' });
  ws.setFunctionResolver((name) => (publicFunctions as Record<string, unknown>)[name] as ((e: unknown) => unknown) | undefined);
  setUpProgrammeSheets();
  intakeApi.installIngestion();
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  appendRecords(readTable(spreadsheet, MENTORS), [
    { id: 'MT-0001', responseKey: 'm1', name: 'Samira Haddad', email: 'samira@example.org', phone: '07700 900123', consentContact: true },
    // A team's second mentor (options.team): P-0001 and P-0002 then have two mentors each.
    { id: 'MT-0002', responseKey: 'm2', name: 'Anna Rossi', email: 'anna@example.org', phone: '+39 347 555 0101', consentContact: true },
  ]);
  const second = options.team ? { secondMentorId: 'MT-0002' } : {};
  appendRecords(readTable(spreadsheet, MENTEES), [
    { id: 'ME-0001', responseKey: 'e1', name: 'Amina Yusuf', email: 'amina@example.org', phone: '+39 366 120 4545', consentContact: true },
  ]);
  if (options.pairs !== false) {
    appendRecords(
      readTable(spreadsheet, PAIRS),
      [
        { code: 'P-0001', mentorId: 'MT-0001', menteeId: 'ME-0001', status: 'Active', acceptedOn: d('2026-09-25'), startedOn: d('2026-10-01'), ...second },
        { code: 'P-0002', mentorId: 'MT-0001', menteeId: 'ME-0001', status: 'Proposed', proposedOn: d('2026-11-20'), ...second },
        { code: 'P-0003', mentorId: 'MT-0001', menteeId: 'ME-0001', status: 'Closed – completed', startedOn: d('2026-01-10') },
      ],
      { byCoordinator: true },
    );
  }
  return ws;
}

const digestTriggers = (ws: ReturnType<typeof programme>) => ws.state.triggers.filter((t) => t.handler === DIGEST_HANDLER);
const fire = (ws: ReturnType<typeof programme>) => ws.fireClockTriggers(DIGEST_HANDLER);

describe('daily digest: the trigger, one per user per document', () => {
  it('turning it on twice leaves one trigger, at the hour asked, in the spreadsheet’s zone', () => {
    const ws = programme();
    const first = outreachApi.saveDigest({ enabled: true, hour: 7 });
    const second = outreachApi.saveDigest({ enabled: true, hour: 7 });
    expect(digestTriggers(ws)).toHaveLength(1);
    expect(digestTriggers(ws)[0]).toMatchObject({ user: COORDINATOR, eventType: 'CLOCK', schedule: { everyDays: 1, atHour: 7, timeZone: 'Europe/Rome' } });
    expect(first).toMatchObject({ enabled: true, hour: 7, recipient: COORDINATOR, timeZone: 'Europe/Rome', needsPermission: false });
    expect(second.since).toBe(first.since);
    // A new hour replaces the trigger: still one.
    expect(outreachApi.saveDigest({ enabled: true, hour: 18 })).toMatchObject({ enabled: true, hour: 18 });
    expect(digestTriggers(ws).map((t) => t.schedule?.atHour)).toEqual([18]);
  });

  it('turning it off removes only the digest trigger, not the form-submit one', () => {
    const ws = programme();
    outreachApi.saveDigest({ enabled: true, hour: 8 });
    expect(ws.state.triggers.map((t) => t.eventType).sort()).toEqual(['CLOCK', 'ON_FORM_SUBMIT']);
    expect(outreachApi.saveDigest({ enabled: false })).toMatchObject({ enabled: false, since: null, runs: [] });
    expect(ws.state.triggers.map((t) => t.handler)).toEqual(['onFormSubmit_']);
    // Off twice is still off, and nothing else goes.
    outreachApi.saveDigest({ enabled: false });
    expect(ws.state.triggers.map((t) => t.handler)).toEqual(['onFormSubmit_']);
  });

  it('a second coordinator gets their own, sees only their own, and each turns off only theirs', () => {
    const ws = programme();
    outreachApi.saveDigest({ enabled: true, hour: 8 });
    const theirs = ws.execution(() => outreachApi.getDigest(), SECOND);
    expect(theirs).toMatchObject({ enabled: false, recipient: SECOND });
    ws.execution(() => outreachApi.saveDigest({ enabled: true, hour: 9 }), SECOND);
    expect(digestTriggers(ws).map((t) => [t.user, t.schedule?.atHour])).toEqual([
      [COORDINATOR, 8],
      [SECOND, 9],
    ]);
    expect(outreachApi.getDigest()).toMatchObject({ enabled: true, hour: 8 });
    ws.execution(() => outreachApi.saveDigest({ enabled: false }), SECOND);
    expect(digestTriggers(ws).map((t) => t.user)).toEqual([COORDINATOR]);
    // Each gets their own email, to themself only.
    ws.execution(() => outreachApi.saveDigest({ enabled: true, hour: 9 }), SECOND);
    fire(ws);
    expect(
      ws
        .sentEmails()
        .map((m) => [m.from, m.to.join()])
        .sort(),
    ).toEqual([
      [SECOND, SECOND],
      [COORDINATOR, COORDINATOR],
    ]);
  });

  it('a trigger whose record is gone stops itself instead of emailing, and a lost record does not block turning it on', () => {
    const ws = programme();
    outreachApi.saveDigest({ enabled: true, hour: 8 });
    ws.asGoogle(() => PropertiesService.getUserProperties().deleteAllProperties());
    expect(outreachApi.getDigest().enabled).toBe(false);
    // Turning it on again replaces the orphan in this document's one place.
    expect(outreachApi.saveDigest({ enabled: true, hour: 8 }).enabled).toBe(true);
    expect(digestTriggers(ws)).toHaveLength(1);
    ws.asGoogle(() => PropertiesService.getUserProperties().deleteAllProperties());
    const [run] = fire(ws);
    expect(run).toMatchObject({ ok: true });
    expect(ws.sentEmails()).toEqual([]);
    expect(digestTriggers(ws)).toEqual([]);
  });

  it('checks the hour: whole hours 0 to 23 only, refused in words', () => {
    programme();
    for (const hour of [24, -1, 7.5, '8', null]) {
      expect(() => publicFunctions.saveDigest({ enabled: true, hour } as never)).toThrow(/hour must be a whole hour from 0 to 23/);
    }
    expect(() => publicFunctions.saveDigest({ enabled: 'yes' } as never)).toThrow(/enabled must be true or false/);
    expect(outreachApi.saveDigest({ enabled: true, hour: 0 }).hour).toBe(0);
    expect(outreachApi.saveDigest({ enabled: true, hour: 23 }).hour).toBe(23);
  });

  it('says so in words when the user’s 20 triggers for the add-on are used up', () => {
    const ws = programme();
    // 19 more form-submit triggers of this user in other documents (the add-on is one script).
    for (let i = 0; i < 19; i++)
      ws.state.triggers.push({
        id: `t-${i}`,
        user: COORDINATOR,
        handler: 'onFormSubmit_',
        eventType: 'ON_FORM_SUBMIT',
        source: 'SPREADSHEETS',
        sourceId: `other-${i}`,
      });
    expect(() => publicFunctions.saveDigest({ enabled: true, hour: 8 })).toThrow(/20 automatic tasks per person/);
    expect(outreachApi.getDigest().enabled).toBe(false);
  });
});

describe('daily digest: the run', () => {
  it('builds the reminder list for every pair with one read per sheet', () => {
    const ws = programme();
    ws.counter.reset();
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    const list = reminderList(spreadsheet, d('2026-11-23'));
    expect(list.map((p) => p.code)).toEqual(['P-0001', 'P-0002']);
    // Pairs, Meetings, Supervision, Goals, Assessments, Satisfaction: one getValues each.
    expect(ws.counter.get('Range.getValues')).toBe(6);
  });

  it('emails the coordinator only, with pair codes and counts and no personal data, once a day', () => {
    const ws = programme();
    outreachApi.saveDigest({ enabled: true, hour: 8 });
    ws.clock.advance(2 * 3_600_000);
    const [run] = fire(ws);
    expect(run).toMatchObject({ ok: true, user: COORDINATOR });
    const mails = ws.sentEmails();
    expect(mails).toHaveLength(1);
    const mail = mails[0]!;
    expect(mail.to).toEqual([COORDINATOR]);
    expect([...mail.cc, ...mail.bcc]).toEqual([]);
    expect(mail.subject).toMatch(/^Mentoring programme: \d+ reminders due on 23 November 2026$/);
    expect(mail.body).toContain('• Match proposal: 1 (P-0002)');
    expect(mail.body).toContain('• Welcome: 1 (P-0001)');
    expect(mail.body).not.toContain('P-0003');
    for (const personal of ['Samira', 'Haddad', 'Amina', 'samira@example.org', 'amina@example.org', '7700', '366'])
      expect(mail.body + mail.subject).not.toContain(personal);
    const status = outreachApi.getDigest();
    expect(status.runs[0]).toMatchObject({ day: '2026-11-23', outcome: 'sent' });
    expect(status.runs[0]!.reminders).toBeGreaterThanOrEqual(2);
    // Google may fire again within the day: no second email.
    fire(ws);
    expect(ws.sentEmails()).toHaveLength(1);
    expect(outreachApi.getDigest().runs).toHaveLength(1);
    // The next day, the next digest.
    ws.clock.advance(24 * 3_600_000);
    fire(ws);
    expect(ws.sentEmails()).toHaveLength(2);
    expect(outreachApi.getDigest().runs.map((r) => r.day)).toEqual(['2026-11-24', '2026-11-23']);
  });

  it('counts a team pair once per kind of reminder, as its pair code, though Reach out writes to both mentors', () => {
    const digestOf = (team: boolean) => {
      const ws = programme({ team });
      outreachApi.saveDigest({ enabled: true, hour: 8 });
      ws.clock.advance(2 * 3_600_000);
      fire(ws);
      const mentors = new Set(
        outreachApi
          .getOutreach({ code: 'P-0001' })
          .messages.filter((m) => m.to === 'mentor')
          .map((m) => m.personId),
      );
      return { mail: ws.sentEmails()[0]!, reminders: outreachApi.getDigest().runs[0]!.reminders, mentors: [...mentors] };
    };
    const solo = digestOf(false);
    const team = digestOf(true);
    expect(solo.mentors).toEqual(['MT-0001']);
    expect(team.mentors).toEqual(['MT-0001', 'MT-0002']);
    // The digest lists pairs, never people: the same lines, subject and count with one mentor or two.
    expect(team.mail.body).toBe(solo.mail.body);
    expect(team.mail.subject).toBe(solo.mail.subject);
    expect(team.reminders).toBe(solo.reminders);
    expect(team.mail.body).toContain('• Match proposal: 1 (P-0002)');
    expect(team.mail.body).toContain('• Welcome: 1 (P-0001)');
    for (const personal of ['Anna', 'Rossi', 'anna@example.org', 'MT-0002']) expect(team.mail.body + team.mail.subject).not.toContain(personal);
  });

  it('sends nothing when nothing is due, and records that it ran', () => {
    const ws = programme({ pairs: false });
    outreachApi.saveDigest({ enabled: true, hour: 8 });
    fire(ws);
    expect(ws.sentEmails()).toEqual([]);
    expect(outreachApi.getDigest().runs).toEqual([expect.objectContaining({ day: '2026-11-23', outcome: 'nothingDue', reminders: 0 })]);
  });

  it('at a daily email quota of 0 it records the failure with its date, sends nothing and throws nothing', () => {
    const ws = programme();
    outreachApi.saveDigest({ enabled: true, hour: 8 });
    ws.setEmailRecipientsToday(100);
    const [run] = fire(ws);
    expect(run).toMatchObject({ ok: true });
    expect(ws.sentEmails()).toEqual([]);
    expect(outreachApi.getDigest().runs[0]).toMatchObject({ day: '2026-11-23', outcome: 'quota' });
    // A failed day is not a done day: once quota is back (here: one left), the next run sends.
    ws.setEmailRecipientsToday(99);
    fire(ws);
    expect(ws.sentEmails()).toHaveLength(1);
    expect(outreachApi.getDigest().runs.map((r) => r.outcome)).toEqual(['sent', 'quota']);
  });

  it('when Google needs the coordinator’s permission again, the run records it and Settings says so until it is given', () => {
    const ws = programme();
    outreachApi.saveDigest({ enabled: true, hour: 8 });
    ws.setAuthorisationRequired(COORDINATOR, true);
    const [run] = fire(ws);
    expect(run).toMatchObject({ ok: true });
    expect(ws.sentEmails()).toEqual([]);
    // The sidebar works again once the coordinator has given permission.
    ws.setAuthorisationRequired(COORDINATOR, false);
    const status = outreachApi.getDigest();
    expect(status).toMatchObject({ enabled: true, needsPermission: true });
    expect(status.runs[0]).toMatchObject({ outcome: 'needsAuthorisation', day: '2026-11-23' });
    // Saving again, with the grant in place, clears it; the next run sends.
    expect(outreachApi.saveDigest({ enabled: true, hour: 9 }).needsPermission).toBe(false);
    fire(ws);
    expect(ws.sentEmails()).toHaveLength(1);
  });

  it('records an unexpected failure with its date (no error text kept), and one that cannot reach the spreadsheet', () => {
    const ws = programme();
    outreachApi.saveDigest({ enabled: true, hour: 8 });
    ws.failNextCall('MailApp.sendEmail', 'Cell A2 says Samira Haddad');
    expect(fire(ws)[0]).toMatchObject({ ok: true });
    expect(outreachApi.getDigest().runs[0]).toEqual({ at: expect.any(String), day: '2026-11-23', outcome: 'error' });
    expect(JSON.stringify(ws.state.properties)).not.toContain('Samira');
    ws.failNextCall('SpreadsheetApp.getActiveSpreadsheet', 'Service Spreadsheets failed while accessing document');
    fire(ws);
    expect(outreachApi.getDigest().runs[0]).toMatchObject({ outcome: 'noDocument' });
    expect(ws.sentEmails()).toEqual([]);
  });
});
