import { describe, expect, it } from 'vitest';
import { guessKind, missingRequired, proposeMapping, reconcileMapping } from '../../src/core/intake/mapping';

const fieldsOf = (headers: string[], kind: Parameters<typeof proposeMapping>[1]) =>
  Object.fromEntries(proposeMapping(headers, kind).columns.map((c) => [c.header, c.field ?? c.role]));

describe('mapping proposals for real Google Forms response sheets', () => {
  it('recognises the localised timestamp and the collected email address', () => {
    for (const timestamp of ['Timestamp', 'Informazioni cronologiche', 'Marca temporal', 'Horodateur', 'Zeitstempel', 'Tijdstempel']) {
      expect(proposeMapping([timestamp, 'Name'], 'mentee').columns[0]!.role).toBe('timestamp');
    }
    expect(fieldsOf(['Timestamp', 'Email address', 'Pair code', 'Date'], 'diary')).toMatchObject({
      'Email address': 'mentorEmail',
      'Pair code': 'pairCode',
      Date: 'date',
    });
  });

  it('maps questions worded in six languages', () => {
    const cases: [string[], Record<string, string>][] = [
      [
        ['Nome e cognome', 'Anno di nascita', 'Lingue parlate', 'Di cosa hai bisogno?'],
        { 'Nome e cognome': 'name', 'Anno di nascita': 'birthYear', 'Lingue parlate': 'languages', 'Di cosa hai bisogno?': 'needs' },
      ],
      [
        ['Nombre completo', 'Fecha de nacimiento', 'Idiomas que hablas', 'Disponibilidad'],
        { 'Nombre completo': 'name', 'Fecha de nacimiento': 'birthYear', 'Idiomas que hablas': 'languages', Disponibilidad: 'availability' },
      ],
      [
        ['Nom complet', 'Date de naissance', 'Langues parlées', 'Titre de séjour'],
        { 'Nom complet': 'name', 'Date de naissance': 'birthYear', 'Langues parlées': 'languages', 'Titre de séjour': 'permitInOrder' },
      ],
      [
        ['Vollständiger Name', 'Geburtsjahr', 'Sprachen', 'Wohnort'],
        { 'Vollständiger Name': 'name', Geburtsjahr: 'birthYear', Sprachen: 'languages', Wohnort: 'municipality' },
      ],
      [
        ['Volledige naam', 'Geboortejaar', 'Talen', 'Beschikbaarheid'],
        { 'Volledige naam': 'name', Geboortejaar: 'birthYear', Talen: 'languages', Beschikbaarheid: 'availability' },
      ],
    ];
    for (const [headers, expected] of cases) expect(fieldsOf(['Timestamp', ...headers], 'mentee')).toMatchObject(expected);
  });

  it('maps grid questions row by row and leaves the unknown as other answers', () => {
    const mapping = proposeMapping(['Timestamp', 'Full name', 'Availability [Monday]', 'Availability [Saturday]', 'Favourite colour'], 'mentee');
    expect(mapping.columns.map((c) => [c.field, c.gridRow ?? null])).toEqual([
      [null, null],
      ['name', null],
      ['availability', 'Monday'],
      ['availability', 'Saturday'],
      [null, null],
    ]);
    expect(mapping.columns[4]!.role).toBe('extra');
    expect(missingRequired(mapping)).toEqual(['birthYear', 'languages', 'consentData', 'needs']);
  });

  it('prefers the longer question over a word it contains', () => {
    expect(fieldsOf(['Timestamp', 'Gender', 'Preferred gender of your mentor'], 'mentee')).toMatchObject({
      Gender: 'gender',
      'Preferred gender of your mentor': 'genderPreference',
    });
  });

  it('guesses which form a sheet holds', () => {
    expect(
      guessKind(['Timestamp', 'Full name', 'What help can you offer?', 'What kind of mentor would you like to be?', 'Why do you want to be a mentor?']).kind,
    ).toBe('mentor');
    expect(guessKind(['Timestamp', 'Email address', 'Pair code', 'Date of the meeting', 'Duration', 'Activity', 'Themes']).kind).toBe('diary');
    expect(guessKind(['Timestamp', 'Nome', 'Permesso di soggiorno', 'Di cosa hai bisogno?']).kind).toBe('mentee');
  });

  it('keeps a renamed question’s field and lists a new question', () => {
    const mapping = proposeMapping(['Timestamp', 'Full name', 'City'], 'mentee');
    const { mapping: next, changes } = reconcileMapping(mapping, ['Timestamp', 'Full name', 'Town you live in', 'Shoe size']);
    expect(next.columns[2]).toMatchObject({ header: 'Town you live in', field: 'municipality' });
    expect(changes).toEqual({ renamed: [{ from: 'City', to: 'Town you live in' }], added: ['Shoe size'] });
  });
});
