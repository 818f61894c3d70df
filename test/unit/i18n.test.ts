import { describe, expect, it } from 'vitest';
import { catalogue, format, languageFromLocale, resolveLanguage, SUPPORTED_LANGUAGES, translator } from '../../src/core/i18n';
import { catalogueProblems } from '../../src/core/i18n/check';
import { placeholdersOf } from '../../src/core/i18n/format';
import { COORDINATOR_LANGUAGES, direction, endonym } from '../../src/core/i18n/languages';

describe('message catalogue', () => {
  it('follows the spreadsheet locale unless the coordinator chose a language', () => {
    expect(languageFromLocale('it_IT')).toBe('it');
    expect(languageFromLocale('en_GB')).toBe('en');
    expect(languageFromLocale('ti_ER')).toBe('en');
    expect(languageFromLocale(undefined)).toBe('en');
    expect(resolveLanguage('it_IT', 'en')).toBe('en');
    expect(resolveLanguage('en_US', 'it')).toBe('it');
    expect(resolveLanguage('it_IT', 'xx')).toBe('it');
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(format('{a} and {b}', { a: 'x' })).toBe('x and {b}');
    expect(translator('it')('setup.done', { created: 3, repaired: 1 })).toBe('Programma configurato: 3 fogli creati, 1 riparati.');
    expect(catalogue('en')['nav.home']).toBe('Home');
  });

  it('offers only languages whose whole catalogue exists, all of them coordinator languages', () => {
    expect(SUPPORTED_LANGUAGES).toContain('en');
    for (const language of SUPPORTED_LANGUAGES) expect(COORDINATOR_LANGUAGES).toContain(language);
  });
});

describe('plurals and numbers follow the language', () => {
  const pairs = '{count, plural, one {# pair} other {# pairs}}';
  it.each([
    [0, 'en', '0 pairs'],
    [1, 'en', '1 pair'],
    [2, 'en', '2 pairs'],
    [1500, 'en', '1500 pairs'],
    [15000, 'en', '15,000 pairs'],
  ])('%d in %s: %s', (count, locale, expected) => {
    expect(format(pairs, { count }, locale)).toBe(expected);
  });

  it('uses the language’s own rules: in French 0 is singular, in Italian it is not', () => {
    const fr = '{n, plural, one {# binôme} other {# binômes}}';
    expect(format(fr, { n: 0 }, 'fr')).toBe('0 binôme');
    expect(format(fr, { n: 2 }, 'fr')).toBe('2 binômes');
    expect(translator('it')('matching.acceptedMany', { count: 1 })).toBe('1 coppia proposta.');
    expect(translator('it')('matching.acceptedMany', { count: 0 })).toBe('0 coppie proposte.');
  });

  it('prefers an exact case, and fills other placeholders inside the chosen one', () => {
    const text = '{count, plural, =0 {no mentee for {name}} one {# mentee for {name}} other {# mentees for {name}}}';
    expect(format(text, { count: 0, name: 'Ana' })).toBe('no mentee for Ana');
    expect(format(text, { count: 1, name: 'Ana' })).toBe('1 mentee for Ana');
    expect(format(text, { count: 3, name: 'Ana' })).toBe('3 mentees for Ana');
  });

  it('writes decimals the language’s way and leaves a missing count visible', () => {
    expect(format('{value}', { value: 2.5 }, 'it-IT')).toBe('2,5');
    expect(format('{value}', { value: 2.5 }, 'en-GB')).toBe('2.5');
    expect(format('born in {year}', { year: 2008 }, 'de')).toBe('born in 2008');
    expect(format('{n}', { n: 60000 }, 'de')).toBe('60.000');
    expect(format('{count, plural, one {# pair} other {# pairs}}', {})).toBe('{count, plural, one {# pair} other {# pairs}}');
  });

  it('does not read braces inside a parameter as a message', () => {
    expect(format('Hello {name}', { name: '{count, plural, other {x}}' })).toBe('Hello {count, plural, other {x}}');
  });

  it('names the placeholders of a message, those inside plurals included', () => {
    expect(placeholdersOf('{count, plural, one {# for {name}} other {# for {name}}} on {date}')).toEqual(['count', 'date', 'name']);
  });
});

describe('a catalogue check that can fail', () => {
  const source = { a: 'Pairs ({count})', b: '{n, plural, one {# day} other {# days}}', c: 'Mentee' };
  it('passes a faithful translation and flags what is wrong', () => {
    expect(catalogueProblems(source, { a: 'Coppie ({count})', b: '{n, plural, one {# giorno} other {# giorni}}', c: 'Mentee' }, 'it', new Set(['c']))).toEqual(
      [],
    );
    expect(catalogueProblems(source, { a: 'Coppie', b: '{n, plural, one {# giorno}}', c: 'Mentee', d: 'x' }, 'it')).toEqual([
      'a: placeholders {} instead of {count}',
      'b: a plural without "other"',
      'c: still English',
      'd: not in the English catalogue',
    ]);
    expect(
      catalogueProblems(source, { a: 'Paare ({count})', b: '{n, plural, one {# Tag} few {# Tage} other {# Tage}}', c: 'Mentee' }, 'de', new Set(['c'])),
    ).toEqual(['b: plural category "few" is not one of de’s']);
  });
});

describe('languages', () => {
  it('names each language in itself and knows which are written right to left', () => {
    expect(endonym('de')).toBe('Deutsch');
    expect(endonym('el')).toBe('Ελληνικά');
    expect(direction('ar')).toBe('rtl');
    expect(direction('fa')).toBe('rtl');
    expect(direction('ps')).toBe('rtl');
    expect(direction('uk')).toBe('ltr');
  });
});
