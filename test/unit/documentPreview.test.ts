import { describe, expect, it } from 'vitest';
import { isLabelCell } from '../../src/core/documents/defaults';
import { previewDocument, previewLines } from '../../src/core/documents/preview';
import { replaceInSpans } from '../../src/core/documents/styledText';
import { planFill, type SectionView } from '../../src/core/documents/templateEngine';

const KNOWN = new Set(['mentee.firstName', 'mentor.firstName', 'pair.diaryLink', 'goals.*']);

describe('text attributes through a replacement', () => {
  it('gives the value the attributes of the placeholder’s first character and keeps the text around it', () => {
    const spans = [{ text: 'Dear ' }, { text: '{{mentee.firstName}}', bold: true as const }, { text: ', welcome.' }];
    expect(replaceInSpans(spans, '{{mentee.firstName}}', 'Amina')).toEqual([{ text: 'Dear ' }, { text: 'Amina', bold: true }, { text: ', welcome.' }]);
  });

  it('follows the first character when a match starts plain and ends bold, and replaces every occurrence', () => {
    const spans = [{ text: 'a{{x' }, { text: '}} b {{x}}', italic: true as const }];
    expect(replaceInSpans(spans, '{{x}}', 'V')).toEqual([{ text: 'aV' }, { text: ' b V', italic: true }]);
  });

  it('leaves text without the match as it is, and an empty find changes nothing', () => {
    const spans = [{ text: 'plain ' }, { text: 'bold', bold: true as const }];
    expect(replaceInSpans(spans, '{{y}}', 'V')).toEqual(spans);
    expect(replaceInSpans(spans, '', 'V')).toEqual(spans);
  });
});

describe('the preview of a filled document', () => {
  const sections: SectionView[] = [
    { section: 'header', elements: [{ kind: 'paragraph', index: 0, text: 'Plan · {{mentee.firstName}}' }] },
    {
      section: 'body',
      elements: [
        { kind: 'paragraph', index: 0, text: 'Plan', heading: 'HEADING2', spans: [{ text: 'Plan' }] },
        {
          kind: 'table',
          index: 1,
          rows: [
            ['Goal', 'Status'],
            ['{{goals.goal}}', '{{goals.status}}'],
          ],
          spans: [
            [[{ text: 'Goal', bold: true }], [{ text: 'Status', bold: true }]],
            [[{ text: '{{goals.goal}}' }], [{ text: '{{goals.status}}' }]],
          ],
        },
        { kind: 'paragraph', index: 2, text: '{{#if pair.diaryLink}}' },
        { kind: 'paragraph', index: 3, text: 'Diary: {{pair.diaryLink}}' },
        { kind: 'paragraph', index: 4, text: '{{/if}}' },
        { kind: 'paragraph', index: 5, text: 'Mentor {{mentor.firstName}}', spans: [{ text: 'Mentor ', bold: true }, { text: '{{mentor.firstName}}' }] },
      ],
    },
  ];
  const lists = {
    goals: [
      { goal: 'Rent a room', status: 'Open' },
      { goal: 'B1 course', status: 'Done' },
    ],
  };

  it('repeats list rows, keeps the labels bold, drops an empty conditional and fills every value', () => {
    const values = { 'mentee.firstName': 'Amina', 'mentor.firstName': 'Samira', 'pair.diaryLink': '' };
    const preview = previewDocument(sections, planFill(sections, values, lists, KNOWN));
    expect(previewLines(preview.header)).toEqual(['Plan · Amina']);
    expect(previewLines(preview.body)).toEqual(['Plan', 'Goal\tStatus', 'Rent a room\tOpen', 'B1 course\tDone', 'Mentor Samira']);
    expect(preview.body[0]).toMatchObject({ kind: 'paragraph', heading: 'HEADING2' });
    const table = preview.body[1]!;
    expect(table.kind === 'table' && table.rows[0]![0]).toEqual([{ text: 'Goal', bold: true }]);
    expect(table.kind === 'table' && table.rows[1]![0]).toEqual([{ text: 'Rent a room' }]);
    expect(preview.body[2]).toEqual({ kind: 'paragraph', heading: 'NORMAL', spans: [{ text: 'Mentor ', bold: true }, { text: 'Samira' }] });
    expect(preview.footer).toEqual([]);
  });

  it('keeps the conditional’s lines, without its markers, when the field has a value; no goals means no goal rows', () => {
    const values = {
      'mentee.firstName': 'Amina',
      'mentor.firstName': 'Samira',
      'pair.diaryLink': 'https://docs.google.com/forms/d/e/x/viewform?entry.1=P-0001',
    };
    const preview = previewDocument(sections, planFill(sections, values, { goals: [] }, KNOWN));
    expect(previewLines(preview.body)).toEqual(['Plan', 'Goal\tStatus', 'Diary: https://docs.google.com/forms/d/e/x/viewform?entry.1=P-0001', 'Mentor Samira']);
  });

  it('never reads a value as a placeholder', () => {
    const values = { 'mentee.firstName': '{{mentor.firstName}}', 'mentor.firstName': 'Samira', 'pair.diaryLink': '' };
    const preview = previewDocument(sections, planFill(sections, values, lists, KNOWN));
    expect(previewLines(preview.header)).toEqual(['Plan · {{mentor.firstName}}']);
  });
});

describe('label cells of the default templates', () => {
  it('are cells with text and no placeholder', () => {
    expect(isLabelCell('Target date')).toBe(true);
    expect(isLabelCell('{{mentee.name}}')).toBe(false);
    expect(isLabelCell('Name: {{mentee.name}}')).toBe(false);
    expect(isLabelCell('')).toBe(false);
    expect(isLabelCell('   ')).toBe(false);
  });
});
