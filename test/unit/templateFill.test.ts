import { describe, expect, it } from 'vitest';
import {
  applyReplacements,
  type Lists,
  numberRowPlaceholders,
  planFill,
  placeholdersIn,
  type SectionView,
  type Values,
} from '../../src/core/documents/templateEngine';

/**
 * The document fill as the adapter applies it: conditional paragraphs removed, list rows copied
 * and numbered, then every replacement made in order. `render` does the same on plain text, so
 * each test reads as the document a pair would receive.
 */
const KNOWN = new Set(['pair.code', 'mentee.firstName', 'mentor.firstName', 'programme', 'notes', 'goals.*', 'meetings.*']);

type Body = (string | string[][])[];
const doc = (body: Body): SectionView[] => [
  { section: 'body', elements: body.map((e, index) => (typeof e === 'string' ? { kind: 'paragraph', index, text: e } : { kind: 'table', index, rows: e })) },
];

function render(body: Body, values: Values, lists: Lists = {}): string[] {
  const sections = doc(body);
  const plan = planFill(sections, values, lists, KNOWN);
  const removed = new Set(plan.removeParagraphs.map((r) => r.index));
  const out: string[] = [];
  sections[0]!.elements.forEach((element) => {
    if (element.kind === 'paragraph') {
      if (!removed.has(element.index)) out.push(applyReplacements(element.text, plan.replacements));
      return;
    }
    element.rows.forEach((cells, rowIndex) => {
      const repeat = plan.repeatRows.find((r) => r.tableIndex === element.index && r.rowIndex === rowIndex);
      const copies = repeat ? Array.from({ length: repeat.count }, (_, i) => cells.map((cell) => numberRowPlaceholders(cell, repeat.list, i + 1))) : [cells];
      for (const row of copies) out.push(row.map((cell) => applyReplacements(cell, plan.replacements)).join(' | '));
    });
  });
  return out;
}

describe('values', () => {
  it('replace each placeholder, spaced or not, and leave the text around them as written', () => {
    expect(
      render(['Dear {{mentor.firstName}}, meet {{ mentee.firstName }} (pair {{pair.code}}) in room 101.'], {
        'mentor.firstName': 'Samira',
        'mentee.firstName': 'Amina',
        'pair.code': 'P-0001',
      }),
    ).toEqual(['Dear Samira, meet Amina (pair P-0001) in room 101.']);
  });

  it('empty a known field without a value, and leave an unknown one visible', () => {
    expect(render(['[{{notes}}] [{{mentee.surname}}]'], {})).toEqual(['[] [{{mentee.surname}}]']);
    const plan = planFill(doc(['{{notes}} {{mentee.surname}}']), {}, {}, KNOWN);
    expect(plan).toMatchObject({ unknown: ['mentee.surname'], missing: ['notes'] });
  });

  it('report a misspelt field even when it starts like a known one or a list', () => {
    const plan = planFill(doc(['{{program.name}} {{goalsX}} {{.goals}} {{goals}}']), {}, { goals: [] }, KNOWN);
    expect(plan.unknown).toEqual(['.goals', 'goals', 'goalsX', 'program.name']);
    expect(plan.repeatRows).toEqual([]);
  });

  it('strip the private-use markers of the fill from values, so a value can never become a placeholder', () => {
    const values = { 'mentee.firstName': 'A\uE000B\uE001C', 'mentor.firstName': '\uE0000\uE001' };
    expect(render(['{{mentee.firstName}}/{{mentor.firstName}}'], values)).toEqual(['ABC/0']);
    expect(render(['{{notes}}'], { notes: '{{pair.code}}', 'pair.code': 'P-1' })).toEqual(['{{pair.code}}']);
  });

  it('keep a dozen fields apart: no field’s marker is part of another’s', () => {
    const names = ['pair.code', 'mentee.firstName', 'mentor.firstName', 'programme', 'notes'];
    const known = new Set([...names, ...Array.from({ length: 10 }, (_, i) => `field${i}`)]);
    const all = [...names, ...Array.from({ length: 10 }, (_, i) => `field${i}`)];
    const values = Object.fromEntries(all.map((n, i) => [n, `v${i}`]));
    const text = all.map((n) => `{{${n}}}`).join(',');
    const plan = planFill(doc([text]), values, {}, known);
    expect(applyReplacements(text, plan.replacements)).toBe(all.map((n) => values[n]).join(','));
  });

  it('are planned as one marker per placeholder as written, then one value per marker', () => {
    const plan = planFill(doc(['{{notes}} and {{ notes }}', '{{#if programme}}', 'x', '{{/if}}']), { notes: 'Call first' }, {}, KNOWN);
    expect(plan.replacements).toEqual([
      { find: '{{notes}}', replace: '\uE0000\uE001' },
      { find: '{{ notes }}', replace: '\uE0001\uE001' },
      { find: '\uE0000\uE001', replace: 'Call first' },
      { find: '\uE0001\uE001', replace: 'Call first' },
    ]);
    expect(planFill(doc(['{{#if notes}}', 'text', '{{/if}}']), { notes: 'x' }, {}, KNOWN).replacements).toEqual([]);
  });

  it('leave marks that are not placeholders as written', () => {
    expect(render(['{{notes}} {{/notes}} {{#notes}} {{}} {{ }}'], { notes: 'N' })).toEqual(['N {{/notes}} {{#notes}} {{}} {{ }}']);
  });
});

describe('placeholders in a document', () => {
  it('are listed by name from paragraphs and tables, conditions included, closing marks not', () => {
    const sections: SectionView[] = [
      { section: 'header', elements: [{ kind: 'paragraph', index: 0, text: '{{programme}}' }] },
      {
        section: 'body',
        elements: [
          { kind: 'paragraph', index: 0, text: '{{#if notes}}{{/if}}{{}}' },
          { kind: 'table', index: 1, rows: [['{{goals.area}}', '{{ pair.code }}']] },
        ],
      },
      { section: 'footer', elements: [{ kind: 'paragraph', index: 0, text: '{{ # if  mentor.firstName }} {{ / if }}' }] },
    ];
    expect(placeholdersIn(sections)).toEqual(['goals.area', 'mentor.firstName', 'notes', 'pair.code', 'programme']);
  });
});

describe('conditional sections', () => {
  const section = (open: string, close: string) => ['Before', open, 'Notes: {{notes}}', close, 'After'];

  it.each([
    ['{{#if notes}}', '{{/if}}'],
    ['{{ #if notes }}', '{{ /if }}'],
    ['{{# if notes}}', '{{/ if}}'],
    ['{{#if  notes}}', '{{/if }}'],
    ['{{#if notes }}', '{{ / if }}'],
  ])('%s … %s is dropped without a value and kept, without its marks, with one', (open, close) => {
    expect(render(section(open, close), {})).toEqual(['Before', 'After']);
    expect(render(section(open, close), { notes: '   ' })).toEqual(['Before', 'After']);
    expect(render(section(open, close), { notes: 'Call first' })).toEqual(['Before', 'Notes: Call first', 'After']);
  });

  it('end at the first closing mark; a stray one stays in sight', () => {
    expect(render(['{{#if notes}}', 'a', '{{/if}}', 'b', '{{/if}}', 'c'], {})).toEqual(['b', '{{/if}}', 'c']);
  });
});

describe('list rows', () => {
  const table: Body = [
    [
      ['Area', 'Goal'],
      ['{{goals.area}}', '{{ goals.goal }}'],
    ],
  ];

  it('repeat a row once per item, numbering only that list’s placeholders', () => {
    const goals = [
      { area: 'Housing', goal: 'A room' },
      { area: 'Work', goal: 'A CV' },
    ];
    expect(render(table, {}, { goals })).toEqual(['Area | Goal', 'Housing | A room', 'Work | A CV']);
    expect(render(table, {}, { goals: [] })).toEqual(['Area | Goal']);
    expect(render(table, {}, {})).toEqual(['Area | Goal']);
    expect(render(table, {}, { goals: [{ area: 'Housing' }] })).toEqual(['Area | Goal', 'Housing | ']);
  });

  it('are found by any list placeholder in the row, and count the list’s items', () => {
    const sections = doc([[['{{pair.code}}', '{{meetings.date}}']]]);
    expect(planFill(sections, {}, { meetings: [{ date: '1 May' }, { date: '2 May' }, { date: '3 May' }] }, KNOWN).repeatRows).toEqual([
      { section: 'body', tableIndex: 0, rowIndex: 0, list: 'meetings', count: 3 },
    ]);
    expect(planFill(sections, {}, {}, KNOWN).repeatRows).toEqual([{ section: 'body', tableIndex: 0, rowIndex: 0, list: 'meetings', count: 0 }]);
    expect(planFill(doc([[['{{pair.code}}']]]), {}, {}, KNOWN).repeatRows).toEqual([]);
  });

  it('number a copy’s own list only, and leave every other mark as written', () => {
    expect(
      numberRowPlaceholders(
        '{{goals.area}} {{ goals.goal }} {{notes}} {{#if goals.x}} {{#goals.x}} {{/goals.x}} {{meetings.date}} {{goalsextra.a}} {{}}',
        'goals',
        2,
      ),
    ).toBe('{{goals.2.area}} {{goals.2.goal}} {{notes}} {{#if goals.x}} {{#goals.x}} {{/goals.x}} {{meetings.date}} {{goalsextra.a}} {{}}');
  });

  it('fill numbered copies with their item’s values only', () => {
    const plan = planFill(doc([[['{{goals.area}}']]]), {}, { goals: [{ area: 'A' }, { area: 'B' }] }, KNOWN);
    expect(plan.replacements.slice(0, 2)).toEqual([
      { find: '{{goals.1.area}}', replace: '\uE0000\uE001' },
      { find: '{{goals.2.area}}', replace: '\uE0001\uE001' },
    ]);
    expect(planFill(doc([[['{{goals.area}}']]]), {}, {}, KNOWN).replacements).toEqual([]);
  });
});
