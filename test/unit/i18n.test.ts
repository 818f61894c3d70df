import { describe, expect, it } from 'vitest';
import { catalogue, format, languageFromLocale, resolveLanguage, translator } from '../../src/core/i18n';
import { en } from '../../src/core/i18n/en';
import { it as italian } from '../../src/core/i18n/it';

describe('message catalogue', () => {
  it('has every English key in Italian, with the same placeholders', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(italian[key], key).toBeTruthy();
      const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(placeholders(italian[key]), key).toEqual(placeholders(en[key]));
    }
    expect(Object.keys(italian).sort()).toEqual(Object.keys(en).sort());
  });

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
    expect(format('{a} and {b}', { a: 1 })).toBe('1 and {b}');
    expect(translator('it')('setup.done', { created: 3, repaired: 1 })).toBe('Programma configurato: 3 fogli creati, 1 riparati.');
    expect(catalogue('en')['nav.home']).toBe('Home');
  });
});
