import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { messages as en } from '../../src/core/i18n/en/messages';
import { messages as itCatalogue } from '../../src/core/i18n/it/messages';
import { mailtoUrl, prefilledEntries, prefillUrl, whatsappUrl } from '../../src/core/outreach/links';
import { SUPPORTED_LANGUAGES, translator } from '../../src/core/i18n';
import {
  bodyKey,
  channelsFor,
  composeMessage,
  MESSAGE_KINDS,
  pairMentorIds,
  RECIPIENTS,
  recipientLanguage,
  subjectKey,
} from '../../src/core/outreach/messages';
import { callingCodeForLocale, normalisePhone } from '../../src/core/outreach/phone';
import { dueReminders } from '../../src/core/outreach/reminders';
import {
  CODES_PER_LINE,
  type DigestRecord,
  digestEmail,
  digestHour,
  digestLines,
  doneToday,
  needsPermission,
  normaliseDigestRecord,
  RUNS_KEPT,
  withRun,
} from '../../src/core/outreach/digest';

describe('phone numbers for wa.me', () => {
  it('normalises what people write to E.164', () => {
    expect(normalisePhone('0039 366 120 4545', '39')).toBe('+393661204545');
    expect(normalisePhone('366.120.4545', '39')).toBe('+393661204545');
    expect(normalisePhone('06 1234 5678', '39')).toBe('+390612345678'); // Italy keeps its 0
    expect(normalisePhone('07700 900123', '44')).toBe('+447700900123'); // the UK drops its trunk 0
    expect(normalisePhone('(+31) 6-1234-5678', '39')).toBe('+31612345678');
    expect(normalisePhone('06 1234 5678', '')).toBeNull();
    expect(normalisePhone('+39 123', '39')).toBeNull();
    expect(normalisePhone('+1234567890123456', '39')).toBeNull();
    expect(normalisePhone('call me', '39')).toBeNull();
    expect(callingCodeForLocale('it_IT')).toBe('39');
  });

  it('never throws, gives "+" and 8 to 15 digits or null, and is idempotent', () => {
    const chars = fc.constantFrom(...'0123456789 +-.()/x'.split(''));
    const raw = fc.oneof(
      fc.array(chars, { maxLength: 24 }).map((a) => a.join('')),
      fc.string(),
      fc.anything() as fc.Arbitrary<unknown>,
    );
    const code = fc.constantFrom('39', '44', '1', '358', '', 'x', '+49');
    fc.assert(
      fc.property(raw, code, (value, cc) => {
        const once = normalisePhone(value, cc);
        if (once === null) return;
        expect(once).toMatch(/^\+[1-9]\d{7,14}$/);
        expect(normalisePhone(once, cc)).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('links', () => {
  it('builds WhatsApp, mailto and Forms prefill links', () => {
    expect(whatsappUrl('+393661204545', 'Ciao Amina & co?')).toBe('https://wa.me/393661204545?text=Ciao%20Amina%20%26%20co%3F');
    expect(mailtoUrl('a.b@example.org', 'Hi (P-1)', 'line 1\nline 2')).toBe('mailto:a.b@example.org?subject=Hi%20(P-1)&body=line%201%0D%0Aline%202');
    expect(() => mailtoUrl('not an address', '', '')).toThrow();
    const url = prefillUrl('https://docs.google.com/forms/d/e/1FAIpQL_x/viewform', [
      { entryId: '1234', value: 'P-0001' },
      { entryId: '99', value: 'a b&c' },
    ]);
    expect(url).toBe('https://docs.google.com/forms/d/e/1FAIpQL_x/viewform?usp=pp_url&entry.1234=P-0001&entry.99=a%20b%26c');
    expect([...prefilledEntries(url)]).toEqual([
      ['1234', 'P-0001'],
      ['99', 'a b&c'],
    ]);
    expect(() => prefillUrl('https://evil.example/forms/d/e/x/viewform', [])).toThrow();
  });
});

describe('messages', () => {
  it('has every message in both catalogues', () => {
    for (const kind of MESSAGE_KINDS) {
      expect(en).toHaveProperty(subjectKey(kind));
      expect(itCatalogue).toHaveProperty(subjectKey(kind));
      for (const role of RECIPIENTS[kind]) {
        expect(en).toHaveProperty(bodyKey(kind, role));
        expect(itCatalogue).toHaveProperty(bodyKey(kind, role));
      }
    }
  });

  it('writes in the recipient’s own language, else the mentor’s, else the programme’s', () => {
    expect(recipientLanguage('so:native, it:B1', [], 'en')).toBe('it');
    expect(recipientLanguage('en:B1, it:native', [], 'en')).toBe('it');
    expect(recipientLanguage('ti:native', ['it:native'], 'en')).toBe('it');
    expect(recipientLanguage('ti:native', ['ar'], 'it')).toBe('it');
    expect(recipientLanguage('', [], 'en')).toBe('en');
    const m = composeMessage('diaryDue', 'mentor', { firstName: 'Samira', code: 'P-0001', programme: 'Ponti', link: 'https://x' }, 'it');
    expect(m.subject).toBe('Per favore invia il diario (P-0001)');
    expect(m.body).toContain('Ciao Samira.');
    expect(m.body).toContain('Diario: https://x');
    expect(() => composeMessage('matchProposal', 'mentee', { firstName: 'A', code: 'P', programme: '' }, 'en')).toThrow();
  });

  it.each([
    ['en', 'Our supervision meeting is on 1 December 2026.'],
    ['it', '1 dicembre 2026'],
    ['de', '1. Dezember 2026'],
  ] as const)('writes the day of a supervision in %s as people read it, not as ISO', (language, expected) => {
    const m = composeMessage('supervision', 'mentor', { firstName: 'Samira', code: 'P-0001', programme: 'Ponti', date: '2026-12-01' }, language);
    expect(m.body).toContain(expected);
    expect(m.body).not.toContain('2026-12-01');
    expect(m.subject).not.toContain('2026-12-01');
  });

  it.each(SUPPORTED_LANGUAGES)('greets by first name in %s, and without a name when none is known', (language) => {
    const t = translator(language);
    const named = composeMessage('followUp', 'mentee', { firstName: 'Amina', code: 'P-0001', programme: 'Ponti' }, language);
    expect(named.body.startsWith(`${t('outreach.msg.greeting', { name: 'Amina' })}\n`)).toBe(true);
    const unnamed = composeMessage('followUp', 'mentee', { firstName: '', code: 'P-0001', programme: 'Ponti' }, language);
    expect(unnamed.body.startsWith(`${t('outreach.msg.greetingNoName')}\n`)).toBe(true);
    expect(unnamed.body).not.toContain('{name}');
    // The greeting is said once: the message itself starts after it.
    const greetingWord = t('outreach.msg.greetingNoName').replace(/[.,!:]/g, '');
    expect(unnamed.body.split(greetingWord).length - 1).toBe(1);
  });

  it.each(SUPPORTED_LANGUAGES)('says "still waiting" in %s with the days waited, and without a number when the application date is unknown', (language) => {
    const t = translator(language);
    const params = { firstName: 'Amina', code: '', programme: 'Ponti' };
    const dated = composeMessage('menteeWaiting', 'mentee', { ...params, days: 31 }, language);
    expect(dated.body).toContain(t('outreach.msg.menteeWaiting.mentee', { days: 31 }));
    // 0 is a number of days like any other (the list never shows it, but it is not "unknown").
    expect(composeMessage('menteeWaiting', 'mentee', { ...params, days: 0 }, language).body).toContain(t('outreach.msg.menteeWaiting.mentee', { days: 0 }));
    for (const days of [null, undefined]) {
      const undated = composeMessage('menteeWaiting', 'mentee', { ...params, days }, language);
      expect(undated.subject).toBe(dated.subject);
      expect(undated.body).toBe(
        `${t('outreach.msg.greeting', { name: 'Amina' })}\n${t('waiting.msg.undated')}\n${t('outreach.msg.signature', { programme: 'Ponti' })}`,
      );
      expect(undated.body).not.toMatch(/\d/);
    }
    // Only the waiting message has an undated text: another kind without days keeps its own.
    expect(composeMessage('noMeeting', 'mentee', params, language).body).toContain(t('outreach.msg.noMeeting.mentee', { days: '' }));
  });

  it('offers no channel without consent, and never a declined one', () => {
    const person = { consentContact: true, noWhatsApp: false, noEmail: false, phone: '366 120 4545', email: 'a@example.org' };
    expect(channelsFor(person, '39')).toEqual({ whatsapp: { address: '+393661204545', refusal: null }, email: { address: 'a@example.org', refusal: null } });
    for (const consent of [false, '', 'Yes', null, undefined, 1]) {
      expect(channelsFor({ ...person, consentContact: consent }, '39')).toEqual({
        whatsapp: { address: null, refusal: 'noConsent' },
        email: { address: null, refusal: 'noConsent' },
      });
    }
    expect(channelsFor({ ...person, noWhatsApp: true }, '39').whatsapp).toEqual({ address: null, refusal: 'declined' });
    expect(channelsFor({ ...person, noEmail: true }, '39').email).toEqual({ address: null, refusal: 'declined' });
    expect(channelsFor({ ...person, phone: '12', email: 'nope' }, '39')).toEqual({
      whatsapp: { address: null, refusal: 'noPhone' },
      email: { address: null, refusal: 'noEmail' },
    });
  });

  it('says which reminders are due from the pair’s checklist and warnings', () => {
    const base = { status: 'Active', meetings: 3, checklist: [], warnings: [] };
    expect(dueReminders({ ...base, status: 'Proposed' }, '2026-11-23')).toEqual([{ kind: 'matchProposal' }]);
    expect(dueReminders({ ...base, status: 'Closed – completed' }, '2026-11-23')).toEqual([]);
    expect(dueReminders(base, '2026-11-23')).toEqual([]);
    const due = dueReminders(
      {
        ...base,
        // The ids as warnings.ts makes them: the kind is not a part of the id.
        warnings: [
          { id: 'P-1:noMeeting:2026-10-20', kind: 'noMeeting' },
          { id: 'P-1:diary:2026-12-01', kind: 'diaryOverdue' },
        ],
        checklist: [
          { phase: 'supervision', due: '2026-12-01', done: false, late: false },
          { phase: 'followUp', due: '2026-11-01', done: true, late: true },
          { phase: 'followUp', due: '2026-11-29', done: false, late: false },
        ],
      },
      '2026-11-23',
    );
    expect(due).toEqual([
      { kind: 'diaryDue' },
      { kind: 'supervision', date: '2026-12-01' },
      { kind: 'followUp', date: '2026-11-29' },
      { kind: 'noMeeting', days: 34 },
    ]);
  });
});

describe('daily digest plan', () => {
  const record = (runs: DigestRecord['runs'] = []): DigestRecord => ({
    triggerId: 't-1',
    hour: 8,
    timeZone: 'Europe/Rome',
    since: '2026-11-01T07:00:00Z',
    runs,
  });
  const run = (day: string, outcome: DigestRecord['runs'][number]['outcome']) => ({ at: `${day}T07:10:00Z`, day, outcome });

  it('takes whole hours 0 to 23 and nothing else', () => {
    expect([0, 23, 8].map(digestHour)).toEqual([0, 23, 8]);
    expect([-1, 24, 7.5, '8', null, undefined, Number.NaN].map(digestHour)).toEqual([null, null, null, null, null, null, null]);
  });

  it('groups pair codes by kind of reminder, in the catalogue’s order, a pair once per kind', () => {
    const lines = digestLines([
      { code: 'P-0002', due: [{ kind: 'welcome' }, { kind: 'noMeeting' }] },
      { code: 'P-0001', due: [{ kind: 'welcome' }, { kind: 'welcome' }] },
      { code: 'P-0003', due: [] },
    ]);
    expect(lines).toEqual([
      { kind: 'noMeeting', codes: ['P-0002'] },
      { kind: 'welcome', codes: ['P-0001', 'P-0002'] },
    ]);
  });

  it('writes no email when nothing is due, and codes with counts only otherwise, cut after CODES_PER_LINE', () => {
    const context = { programme: 'Ponti', day: '2026-12-01', url: 'https://docs.google.com/spreadsheets/d/x', language: 'en' as const };
    expect(digestEmail([], context)).toBeNull();
    const many = Array.from({ length: CODES_PER_LINE + 2 }, (_, i) => `P-${String(i + 1).padStart(4, '0')}`);
    const email = digestEmail([{ kind: 'diaryDue', codes: many }], context)!;
    expect(email.subject).toBe('Ponti: 27 reminders due on 1 December 2026');
    expect(email.body).toContain(`• Diary due: 27 (${many.slice(0, CODES_PER_LINE).join(', ')} and 2 more)`);
    expect(email.body).not.toContain(many[CODES_PER_LINE]!);
    expect(email.body).toContain('https://docs.google.com/spreadsheets/d/x');
    const one = digestEmail([{ kind: 'welcome', codes: ['P-0001'] }], { ...context, language: 'it' })!;
    expect(one.subject).toBe('Ponti: 1 promemoria in scadenza il 1 dicembre 2026');
    expect(one.body).toContain('• Benvenuto: 1 (P-0001)');
  });

  it('is done for the day once sent or found nothing due, not after a failure', () => {
    expect(doneToday(record([run('2026-11-23', 'sent')]), '2026-11-23')).toBe(true);
    expect(doneToday(record([run('2026-11-23', 'nothingDue')]), '2026-11-23')).toBe(true);
    expect(doneToday(record([run('2026-11-22', 'sent')]), '2026-11-23')).toBe(false);
    for (const failed of ['quota', 'needsAuthorisation', 'error', 'noAddress', 'noDocument'] as const) {
      expect(doneToday(record([run('2026-11-23', failed)]), '2026-11-23')).toBe(false);
    }
  });

  it('says "needs permission" only while the latest run needed it', () => {
    expect(needsPermission(record([run('2026-11-23', 'needsAuthorisation')]))).toBe(true);
    expect(needsPermission(record([run('2026-11-24', 'sent'), run('2026-11-23', 'needsAuthorisation')]))).toBe(false);
    expect(needsPermission(null)).toBe(false);
  });

  it('keeps the last RUNS_KEPT runs, newest first, and reads back only well-formed records', () => {
    let r = record();
    for (let i = 1; i <= RUNS_KEPT + 3; i++) r = withRun(r, run(`2026-11-${String(i).padStart(2, '0')}`, 'sent'));
    expect(r.runs).toHaveLength(RUNS_KEPT);
    expect(r.runs[0]!.day).toBe('2026-11-13');
    expect(normaliseDigestRecord(JSON.parse(JSON.stringify(r)))).toEqual(r);
    expect(normaliseDigestRecord(null)).toBeNull();
    expect(normaliseDigestRecord({ hour: 8 })).toBeNull();
    expect(normaliseDigestRecord({ triggerId: 't', hour: 99, runs: [{ at: 'x', day: 'y', outcome: 'exploded' }, 'junk'] })).toEqual({
      triggerId: 't',
      hour: 8,
      timeZone: 'UTC',
      since: '',
      runs: [],
    });
  });
});

describe('a pair’s mentors', () => {
  it('are the mentor then the second mentor, with blanks dropped and an id named twice counted once', () => {
    expect(pairMentorIds({ mentorId: 'MT-1', secondMentorId: 'MT-2' })).toEqual(['MT-1', 'MT-2']);
    expect(pairMentorIds({ mentorId: 'MT-1', secondMentorId: '' })).toEqual(['MT-1']);
    expect(pairMentorIds({ mentorId: 'MT-1', secondMentorId: null })).toEqual(['MT-1']);
    expect(pairMentorIds({ mentorId: 'MT-1' })).toEqual(['MT-1']);
    expect(pairMentorIds({ mentorId: '', secondMentorId: 'MT-2' })).toEqual(['MT-2']);
    expect(pairMentorIds({ mentorId: ' MT-1 ', secondMentorId: 'MT-1' })).toEqual(['MT-1']);
    expect(pairMentorIds({ mentorId: '  ', secondMentorId: undefined })).toEqual([]);
    expect(pairMentorIds({})).toEqual([]);
  });
});
