import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseLanguages } from '../../src/core/intake/languages';
import {
  normaliseAvailability,
  normaliseBirthYear,
  normaliseConsent,
  normaliseDate,
  normaliseDuration,
  normaliseEmail,
  normaliseGender,
  normaliseLanguages,
  normaliseList,
  normalisePhone,
} from '../../src/core/intake/normalise';

const TODAY = new Date('2026-11-23T09:00:00Z');

describe('languages', () => {
  it('reads names in many languages and spellings, with levels', () => {
    expect(parseLanguages('Arabic (native), inglese B1, Français courant, Tigrinya, Farsi / Dari').skills).toEqual([
      { code: 'ar', level: 'native' },
      { code: 'en', level: 'B1' },
      { code: 'fr', level: 'C1' },
      { code: 'ti', level: null },
      { code: 'fa', level: null },
      { code: 'prs', level: null },
    ]);
    expect(parseLanguages('Deutsch, Nederlands, español, Українська, русский').skills.map((s) => s.code)).toEqual(['de', 'nl', 'es', 'uk', 'ru']);
    expect(parseLanguages('Italiano madrelingua').skills).toEqual([{ code: 'it', level: 'native' }]);
  });

  it('returns names it does not know instead of dropping them', () => {
    expect(normaliseLanguages('Urdu, Klingon', true)).toEqual({ value: 'ur', problem: { code: 'unknownLanguage', answer: 'Klingon' } });
    expect(normaliseLanguages('', true).problem?.code).toBe('blankRequired');
  });
});

describe('other normalisers', () => {
  it('birth year from a year, a date, or an age; impossible ones flagged', () => {
    expect(normaliseBirthYear('1990', TODAY).value).toBe(1990);
    expect(normaliseBirthYear(new Date('1988-04-02'), TODAY).value).toBe(1988);
    // Born on 1 January 2000, typed in Rome: stored 1999-12-31T23:00Z, still 2000 (never a year older).
    expect(normaliseBirthYear(new Date('1999-12-31T23:00:00Z'), TODAY, 'Europe/Rome').value).toBe(2000);
    expect(normaliseBirthYear('34 anni', TODAY).value).toBe(1992);
    expect(normaliseBirthYear(35, TODAY).value).toBe(1991);
    expect(normaliseBirthYear('20O4', TODAY).problem?.code).toBe('badYear');
    expect(normaliseBirthYear('2031', TODAY).problem?.code).toBe('badYear');
  });

  it('phones keep their zeros and prefix; emails are tidied', () => {
    expect(normalisePhone('0039 051-123 456').value).toBe('+39051123456');
    expect(normalisePhone('(+39) 333 12 34 567').value).toBe('+393331234567');
    expect(normalisePhone('12').problem?.code).toBe('badPhone');
    expect(normaliseEmail(' Ana.Rossi@Example.ORG ').value).toBe('ana.rossi@example.org');
    expect(normaliseEmail('ana at example').problem?.code).toBe('badEmail');
  });

  it('availability slots in six languages', () => {
    expect(normaliseAvailability('Mattina, sera, fin de semana').value).toBe('mornings, evenings, weekends');
    expect(normaliseAvailability('Nachmittags; le soir; zaterdag').value).toBe('afternoons, evenings, weekends');
    expect(normaliseAvailability('whenever the moon is full')).toMatchObject({ problem: { code: 'unknownSlot' } });
  });

  it('gender, consent, durations and dates', () => {
    expect(normaliseGender('Donna').value).toBe('Woman');
    expect(normaliseGender('Nessuna preferenza').value).toBe('No preference');
    expect(normaliseConsent('Sì, acconsento').value).toBe(true);
    expect(normaliseConsent('').problem?.code).toBe('noConsent');
    expect(normaliseDuration('1h30').value).toBe(90);
    expect(normaliseDuration('2 ore').value).toBe(120);
    expect(normaliseDuration('45').value).toBe(45);
    expect(normaliseDate('05/11/2026', TODAY).value).toBe('2026-11-05');
    // A typed date Sheets stored at midnight in Rome (23:00 UTC the day before) is the day typed.
    expect(normaliseDate(new Date('2026-09-07T22:00:00Z'), TODAY, 'Europe/Rome').value).toBe('2026-09-08');
    expect(normaliseDate(new Date('2026-09-07T22:00:00Z'), TODAY, 'UTC').value).toBe('2026-09-07');
    expect(normaliseDate('31/02/2026', TODAY).problem?.code).toBe('badDate');
  });

  it('keeps list order (the first need is the most important) and drops repeats', () => {
    expect(normaliseList('Housing, Language, Housing').value).toBe('Housing, Language');
  });
});

describe('properties: no input throws, no answer is lost', () => {
  const answer = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.integer(), fc.date({ noInvalidDate: true }), fc.constant(''), fc.constant(null));
  const normalisers = {
    languages: (a: unknown) => normaliseLanguages(a, false),
    availability: normaliseAvailability,
    birthYear: (a: unknown) => normaliseBirthYear(a, TODAY),
    phone: normalisePhone,
    email: normaliseEmail,
    date: (a: unknown) => normaliseDate(a, TODAY),
    duration: normaliseDuration,
    list: (a: unknown) => normaliseList(a),
    gender: normaliseGender,
  };

  for (const [name, normalise] of Object.entries(normalisers)) {
    it(`${name}: a value or a problem quoting the answer, for any non-blank answer`, () => {
      fc.assert(
        fc.property(answer, (input) => {
          const result = normalise(input);
          const blank = input === null || String(input).trim() === '';
          if (!blank) expect(result.value !== null || result.problem !== undefined).toBe(true);
          if (result.problem && !blank) expect(typeof result.problem.answer).toBe('string');
        }),
        { numRuns: 300 },
      );
    });
  }
});
