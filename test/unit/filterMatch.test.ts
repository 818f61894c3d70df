import { describe, expect, it } from 'vitest';
import { foldForFilter, textFilter } from '../../sidebar/filterMatch';

const matches = (text: string, query: string) => textFilter(query).matches(text);

describe('the sidebar filter boxes match one way', () => {
  it('an empty box, or one of spaces only, keeps every entry', () => {
    for (const query of ['', '   ', '\t\n', '\u00a0']) {
      expect(textFilter(query).words).toEqual([]);
      expect(matches('Amina Yusuf · ME-0001', query)).toBe(true);
      expect(matches('', query)).toBe(true);
    }
  });

  it('ignores case both ways', () => {
    expect(matches('Amina Yusuf', 'AMINA')).toBe(true);
    expect(matches('AMINA YUSUF', 'amina')).toBe(true);
    expect(matches('P-0003', 'p-0003')).toBe(true);
  });

  it('ignores accents in the text and in what is typed', () => {
    expect(matches('José Müller', 'jose muller')).toBe(true);
    expect(matches('Jose Muller', 'José Müller')).toBe(true);
    expect(matches('Zoë Françoise Øberg', 'zoe francoise')).toBe(true);
    // Decomposed text (as macOS keyboards and some forms send it) is the same as composed text.
    expect(matches('Jose\u0301', 'josé')).toBe(true);
    expect(matches('Turkish İstanbul', 'istanbul')).toBe(true);
  });

  it('does not let accents make different letters equal', () => {
    // Ø has no decomposition: it is its own letter, not an accented O.
    expect(matches('Øberg', 'oberg')).toBe(false);
    expect(matches('Anna', 'ana')).toBe(false);
  });

  it('matches Greek with or without tonos, in either case, and with either sigma', () => {
    expect(matches('Ελένη Παπαδοπούλου', 'ελενη')).toBe(true);
    expect(matches('ελένη παπαδοπούλου', 'ΕΛΈΝΗ ΠΑΠΑΔΟΠΟΎΛΟΥ')).toBe(true);
    expect(matches('Νίκος', 'νικοσ')).toBe(true);
    expect(matches('ΝΙΚΟΣ', 'νίκος')).toBe(true);
    expect(matches('Νίκος', 'Μαρία')).toBe(false);
  });

  it('matches Arabic with or without harakat, hamza on the alef and tatweel', () => {
    expect(matches('مُحَمَّد', 'محمد')).toBe(true);
    expect(matches('أحمد', 'احمد')).toBe(true);
    expect(matches('إيمان', 'ايمان')).toBe(true);
    expect(matches('سمـيرة حداد', 'سميرة')).toBe(true);
    expect(matches('سميرة حداد', 'أمينة')).toBe(false);
  });

  it('unfolds full-width letters and ligatures pasted from elsewhere', () => {
    expect(matches('Ａｍｉｎａ', 'amina')).toBe(true);
    expect(matches('Saﬁa', 'safia')).toBe(true);
  });

  it('needs every word typed, in any order, anywhere in the text', () => {
    expect(matches('P-0003 · Amina Yusuf – Samira Haddad', 'samira p-0003')).toBe(true);
    expect(matches('P-0003 · Amina Yusuf – Samira Haddad', 'haddad   amina')).toBe(true);
    expect(matches('P-0003 · Amina Yusuf – Samira Haddad', 'samira p-0004')).toBe(false);
    expect(matches('P-0003 · Amina Yusuf', 'amina yusuf olga')).toBe(false);
    // Parts of words count: a filter narrows as it is typed.
    expect(matches('Samira Haddad', 'sam had')).toBe(true);
  });

  it('trims what is typed and splits on any run of spaces, tabs or line breaks', () => {
    expect(textFilter('  Amina \t Yusuf \n').words).toEqual(['amina', 'yusuf']);
    expect(matches('Amina Yusuf', '  yusuf  ')).toBe(true);
  });

  it('finds nothing in an empty text once a word is typed', () => {
    expect(matches('', 'a')).toBe(false);
  });

  it('folds the same way for one entry and for a box', () => {
    expect(foldForFilter('ΆΝΝΑ Ἀθῆναι José')).toBe('αννα αθηναι jose');
  });
});
