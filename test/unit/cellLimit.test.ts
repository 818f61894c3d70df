import { describe, expect, it } from 'vitest';
import { CELL_CHARACTER_LIMIT, cutToCell, fitsInCell, fitToCells } from '../../src/core/intake/cellLimit';
import { asCellText } from '../../src/core/sheetText';

const marker = ' […] (see row 2)';

describe('fitting a value into one Sheets cell', () => {
  it('lets exactly 50,000 characters through, and counts the apostrophe that guards formula-like text', () => {
    expect(fitsInCell('a'.repeat(CELL_CHARACTER_LIMIT))).toBe(true);
    expect(fitsInCell('a'.repeat(CELL_CHARACTER_LIMIT + 1))).toBe(false);
    // "- first point…" is written as "'- first point…": one more character in the cell.
    expect(fitsInCell(`-${'a'.repeat(CELL_CHARACTER_LIMIT - 1)}`)).toBe(false);
    expect(fitsInCell(`-${'a'.repeat(CELL_CHARACTER_LIMIT - 2)}`)).toBe(true);
  });

  it('cuts to the first part and the marker, within the limit even when the text gets a guard', () => {
    const text = `=${'b'.repeat(70_000)}`;
    const cut = cutToCell(text, marker);
    expect(cut.endsWith(marker)).toBe(true);
    expect(text.startsWith(cut.slice(0, -marker.length))).toBe(true);
    expect(asCellText(cut).length).toBeLessThanOrEqual(CELL_CHARACTER_LIMIT);
    expect(cut.length).toBe(CELL_CHARACTER_LIMIT - 1);
  });

  it('never splits a character made of two UTF-16 units', () => {
    const text = '😀'.repeat(40_000);
    const cut = cutToCell(text, marker).slice(0, -marker.length);
    expect(cut.length % 2).toBe(0);
    expect(text.startsWith(cut)).toBe(true);
  });

  it('cuts only the values that do not fit, and names each with its length, never its text', () => {
    const long = 'c'.repeat(60_000);
    const { values, problems } = fitToCells({ goals: long, name: 'Amina', birthYear: 1997, consent: true, notes: null }, () => marker);
    expect(values).toMatchObject({ name: 'Amina', birthYear: 1997, consent: true, notes: null });
    expect(values.goals).toBe(`${long.slice(0, CELL_CHARACTER_LIMIT - 1 - marker.length)}${marker}`);
    expect(problems).toEqual([{ field: 'goals', code: 'tooLong', answer: '', params: { length: 60_000, limit: CELL_CHARACTER_LIMIT } }]);
    expect(fitToCells({ goals: 'short' }, () => marker)).toEqual({ values: { goals: 'short' }, problems: [] });
  });
});
