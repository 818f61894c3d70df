import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { messages as en } from '../../src/core/i18n/en/messages';
import { messages as itCatalogue } from '../../src/core/i18n/it/messages';
import { mailtoUrl, prefilledEntries, prefillUrl, whatsappUrl } from '../../src/core/outreach/links';
import { SUPPORTED_LANGUAGES, translator } from '../../src/core/i18n';
import { bodyKey, channelsFor, composeMessage, MESSAGE_KINDS, RECIPIENTS, recipientLanguage, subjectKey } from '../../src/core/outreach/messages';
import { callingCodeForLocale, normalisePhone } from '../../src/core/outreach/phone';
import { dueReminders } from '../../src/core/outreach/reminders';

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
        warnings: [{ id: 'P-1:noMeeting:2026-10-20' }, { id: 'P-1:diaryOverdue:1' }],
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
