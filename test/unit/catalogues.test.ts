import { describe, expect, it } from 'vitest';
import { catalogueOf, SUPPORTED_LANGUAGES } from '../../src/core/i18n';
import { BILINGUAL_KINDS } from '../../src/core/forms/bilingual';
import { STANDARD_FORMS } from '../../src/core/forms/standardForms';
import { CATALOGUE_PARTS } from '../../src/core/i18n/catalogue';
import { NEWCOMER_LANGUAGES } from '../../src/core/i18n/languages';
import { newcomerCatalogue } from '../../src/core/i18n/newcomer';
import { NEWCOMER_FORM_KEYS } from '../../src/core/i18n/newcomer/keys';
import { catalogueProblems, flatten } from '../../src/core/i18n/check';
import { PROGRAMME_SHEETS } from '../../src/core/schema/sheets';
import { choiceLabels } from '../../src/core/schema/labels';
import { normaliseHeader } from '../../src/core/schema/types';

const english = catalogueOf('en');

/**
 * Every supported language has every text of every part, with the same placeholders and
 * document fields, plurals of its own categories, and nothing left in English that is not
 * declared the same word. A language joins SUPPORTED_LANGUAGES only with its whole catalogue.
 */
describe.each(SUPPORTED_LANGUAGES.filter((l) => l !== 'en'))('the %s catalogue', (language) => {
  const catalogue = catalogueOf(language);
  it.each(CATALOGUE_PARTS)('is complete and faithful: %s', (part) => {
    const same = new Set(catalogue.sameAsEnglish[part] ?? []);
    expect(catalogueProblems(flatten(english[part]), flatten(catalogue[part]), language, same)).toEqual([]);
  });

  it('names every sheet and header once, so a column is found by one header only', () => {
    for (const schema of PROGRAMME_SHEETS) {
      const headers = schema.columns.map((c) => (c.text ? catalogue.sheets[c.text] : c.header).toLowerCase());
      expect(new Set(headers).size, schema.key).toBe(headers.length);
    }
    const names = PROGRAMME_SHEETS.map((s) => catalogue.sheets[s.text!].toLowerCase());
    expect(new Set(names).size).toBe(names.length);
  });

  it('gives every dropdown value a distinct label', () => {
    for (const schema of PROGRAMME_SHEETS)
      for (const column of schema.columns.filter((c) => c.choiceSet)) {
        const labels = choiceLabels(column, language).filter(Boolean);
        expect(new Set(labels).size, `${schema.key}.${column.key}`).toBe(labels.length);
        expect(labels.some((label, i) => label === column.choices!.filter(Boolean)[i] && !catalogue.sameAsEnglish.sheets?.length)).toBe(false);
      }
  });
});

describe('reading in every language at once', () => {
  // A header, sheet name or dropdown value is recognised in any supported language: two columns
  // (or values, or sheets) must never share a word across languages, or one would be read as the other.
  const owners = (entries: [string, string][]) => {
    const byWord = new Map<string, Set<string>>();
    for (const [owner, word] of entries) {
      const key = normaliseHeader(word);
      byWord.set(key, new Set([...(byWord.get(key) ?? []), owner]));
    }
    return [...byWord].filter(([, set]) => set.size > 1).map(([word, set]) => `${word}: ${[...set].join(', ')}`);
  };
  const everyLanguage = <T>(f: (language: (typeof SUPPORTED_LANGUAGES)[number]) => T[]) => SUPPORTED_LANGUAGES.flatMap(f);

  it.each(PROGRAMME_SHEETS.map((s) => [s.key, s] as const))('never gives two columns of %s the same header', (_, schema) => {
    expect(owners(everyLanguage((l) => schema.columns.map((c) => [c.key, catalogueOf(l).sheets[c.text!]] as [string, string])))).toEqual([]);
  });

  it('never gives two sheets the same name', () => {
    expect(owners(everyLanguage((l) => PROGRAMME_SHEETS.map((s) => [s.key, catalogueOf(l).sheets[s.text!]] as [string, string])))).toEqual([]);
  });

  it('never gives two values of a dropdown the same word', () => {
    for (const schema of PROGRAMME_SHEETS)
      for (const column of schema.columns.filter((c) => c.choiceSet))
        expect(
          owners(
            everyLanguage((l) => column.choices!.filter(Boolean).map((value, i) => [value, choiceLabels(column, l).filter(Boolean)[i]!] as [string, string])),
          ),
          `${schema.key}.${column.key}`,
        ).toEqual([]);
  });
});

describe('newcomer languages', () => {
  it('translate exactly the texts of the forms a mentee fills in', () => {
    const used = new Set<string>();
    for (const form of STANDARD_FORMS.filter((f) => BILINGUAL_KINDS.includes(f.kind))) {
      used.add(form.title);
      used.add(form.description);
      for (const q of form.questions) for (const key of [q.title, q.help, ...(q.choices ?? [])]) if (key) used.add(key);
    }
    expect([...NEWCOMER_FORM_KEYS].sort()).toEqual([...used].sort());
  });

  it.each(NEWCOMER_LANGUAGES.filter((l) => l !== 'en'))('%s has every text and the IIP with its fields, in its own words', (language) => {
    const catalogue = newcomerCatalogue(language);
    const english = newcomerCatalogue('en');
    expect(catalogueProblems(flatten(english.forms), flatten(catalogue.forms), language, new Set(['Email', 'E-mail', 'WhatsApp']))).toEqual([]);
    // The IIP: the same blocks and table shapes, every {{field}} where the English has it.
    const problems = catalogueProblems(flatten(english.iip), flatten(catalogue.iip), language, new Set(['Mentor', 'Mentee', 'Email', 'Signatures']));
    expect(problems).toEqual([]);
  });
});

describe('the English source', () => {
  it('has a text for every sheet, column, dropdown value and setting the schemas use', () => {
    for (const schema of PROGRAMME_SHEETS) {
      expect(english.sheets[schema.text!], schema.key).toBeTruthy();
      for (const column of schema.columns) expect(english.sheets[column.text!], `${schema.key}.${column.key}`).toBeTruthy();
    }
  });

  it('checks itself clean', () => {
    for (const part of CATALOGUE_PARTS) expect(catalogueProblems(flatten(english[part]), flatten(english[part]), 'en')).toEqual([]);
  });
});
