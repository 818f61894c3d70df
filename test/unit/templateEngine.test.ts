import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyReplacements, numberRowPlaceholders, planFill, placeholdersIn, type SectionView } from '../../src/core/documents/templateEngine';

const KNOWN = new Set(['pair.code', 'mentee.firstName', 'mentor.firstName', 'programme.name', 'notes', 'goals.*']);

const doc = (body: (string | string[][])[], header = '{{programme.name}} – {{pair.code}}'): SectionView[] => [
  { section: 'header', elements: [{ kind: 'paragraph', index: 0, text: header }] },
  { section: 'body', elements: body.map((e, index) => (typeof e === 'string' ? { kind: 'paragraph', index, text: e } : { kind: 'table', index, rows: e })) },
];

describe('template engine', () => {
  it('lists placeholders, unknown names and missing values', () => {
    const sections = doc([
      'Dear {{mentor.firstName}},',
      'Mentee: {{mentee.firstName}} {{mentee.surname}}',
      [
        ['Area', 'Goal'],
        ['{{goals.area}}', '{{goals.goal}}'],
      ],
    ]);
    expect(placeholdersIn(sections)).toEqual([
      'goals.area',
      'goals.goal',
      'mentee.firstName',
      'mentee.surname',
      'mentor.firstName',
      'pair.code',
      'programme.name',
    ]);
    const plan = planFill(sections, { 'pair.code': 'P-0001', 'programme.name': 'Bologna', 'mentor.firstName': 'Samira' }, { goals: [] }, KNOWN);
    expect(plan.unknown).toEqual(['mentee.surname']);
    expect(plan.missing).toEqual(['mentee.firstName']);
  });

  it('repeats a table row per goal and removes a conditional section without a value', () => {
    const sections = doc([
      '{{#if notes}}',
      'Notes: {{notes}}',
      '{{/if}}',
      [
        ['Area', 'Goal'],
        ['{{goals.area}}', '{{goals.goal}}'],
      ],
    ]);
    const plan = planFill(
      sections,
      {},
      {
        goals: [
          { area: 'Housing', goal: 'A room' },
          { area: 'Work', goal: 'A CV' },
        ],
      },
      KNOWN,
    );
    expect(plan.removeParagraphs.map((r) => r.index)).toEqual([0, 1, 2]);
    expect(plan.repeatRows).toEqual([{ section: 'body', tableIndex: 3, rowIndex: 1, list: 'goals', count: 2 }]);
    expect(numberRowPlaceholders('{{goals.area}} / {{ goals.goal }}', 'goals', 2)).toBe('{{goals.2.area}} / {{goals.2.goal}}');
    const row2 = numberRowPlaceholders('{{goals.goal}}', 'goals', 2);
    expect(applyReplacements(row2, plan.replacements)).toBe('A CV');
  });

  it('keeps a conditional section whose field has a value, without its markers', () => {
    const plan = planFill(doc(['{{#if notes}}', 'Notes: {{notes}}', '{{/if}}']), { notes: 'Call first' }, {}, KNOWN);
    expect(plan.removeParagraphs.map((r) => r.index)).toEqual([0, 2]);
    expect(applyReplacements('Notes: {{notes}}', plan.replacements)).toBe('Notes: Call first');
  });

  it('inserts any value literally, placeholders, regex and replacement characters included (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), fc.string({ unit: 'grapheme', maxLength: 80 }), (a, b) => {
        const values = { 'mentee.firstName': a, 'mentor.firstName': b };
        const plan = planFill(doc(['{{mentee.firstName}}|{{mentor.firstName}}']), values, {}, KNOWN);
        const clean = (s: string) => s.replace(/[\uE000\uE001]/g, '');
        expect(applyReplacements('{{mentee.firstName}}|{{mentor.firstName}}', plan.replacements)).toBe(`${clean(a)}|${clean(b)}`);
      }),
    );
    const plan = planFill(
      doc(['{{mentee.firstName}} and {{mentor.firstName}}']),
      { 'mentee.firstName': '{{mentor.firstName}} $1 \\ .* ‏مرحبا', 'mentor.firstName': 'X' },
      {},
      KNOWN,
    );
    expect(applyReplacements('{{mentee.firstName}} and {{mentor.firstName}}', plan.replacements)).toBe('{{mentor.firstName}} $1 \\ .* ‏مرحبا and X');
  });
});

describe('placeholders written with spaces', () => {
  const values = { 'pair.code': 'P-0001', 'programme.name': 'Bologna', 'mentor.firstName': 'Samira', 'mentee.firstName': 'Amina', notes: 'Call first' };

  it('are replaced as written, in paragraphs, headers and conditionals', () => {
    const sections = doc(
      ['Dear {{ mentor.firstName }}, {{mentor.firstName }} and {{\tmentee.firstName}}', '{{ #if notes }}', 'Notes: {{ notes }}', '{{ /if }}'],
      '{{ programme.name }} – {{pair.code}}',
    );
    const plan = planFill(sections, values, {}, KNOWN);
    expect(plan.unknown).toEqual([]);
    expect(plan.missing).toEqual([]);
    expect(applyReplacements('Dear {{ mentor.firstName }}, {{mentor.firstName }} and {{\tmentee.firstName}}', plan.replacements)).toBe(
      'Dear Samira, Samira and Amina',
    );
    expect(applyReplacements('Notes: {{ notes }}', plan.replacements)).toBe('Notes: Call first');
    expect(applyReplacements('{{ programme.name }} – {{pair.code}}', plan.replacements)).toBe('Bologna – P-0001');
    expect(plan.removeParagraphs.map((r) => r.index)).toEqual([1, 3]);
  });

  it('are replaced in tables and repeated rows', () => {
    const sections = doc([
      [
        ['{{ pair.code }}', 'Goal'],
        ['{{ goals.area }}', '{{goals.goal }}'],
      ],
    ]);
    const plan = planFill(
      sections,
      values,
      {
        goals: [
          { area: 'Housing', goal: 'A room' },
          { area: 'Work', goal: 'A CV' },
        ],
      },
      KNOWN,
    );
    expect(plan.repeatRows).toEqual([{ section: 'body', tableIndex: 0, rowIndex: 1, list: 'goals', count: 2 }]);
    expect(applyReplacements('{{ pair.code }}', plan.replacements)).toBe('P-0001');
    const copies = [1, 2].map((n) =>
      ['{{ goals.area }}', '{{goals.goal }}'].map((cell) => applyReplacements(numberRowPlaceholders(cell, 'goals', n), plan.replacements)),
    );
    expect(copies).toEqual([
      ['Housing', 'A room'],
      ['Work', 'A CV'],
    ]);
  });

  it('leaves no placeholder a coordinator could write, however spaced (property)', () => {
    const space = fc.constantFrom('', ' ', '  ', '\t', '\u00a0');
    fc.assert(
      fc.property(space, space, fc.constantFrom('mentor.firstName', 'mentee.firstName', 'pair.code'), (before, after, name) => {
        const written = `Hello {{${before}${name}${after}}}!`;
        const plan = planFill(doc([written]), values, {}, KNOWN);
        expect(applyReplacements(written, plan.replacements)).toBe(`Hello ${values[name as keyof typeof values]}!`);
      }),
    );
  });
});
