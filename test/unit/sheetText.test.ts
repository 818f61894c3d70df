import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromCell, toCell } from '../../src/core/schema/cells';
import { mapHeaders } from '../../src/core/schema/headerMap';
import { MENTEES } from '../../src/core/schema/sheets';
import type { ColumnSpec } from '../../src/core/schema/types';
import { asCellText } from '../../src/core/sheetText';
import { parseInput } from '../../fake/cellValues';

const textColumn: ColumnSpec = { key: 'note', header: 'Note', type: 'text', owner: 'addon' };

describe('people’s text lands as text', () => {
  it('guards formula triggers with an apostrophe', () => {
    expect(asCellText('=IMPORTXML("http://x")')).toBe('\'=IMPORTXML("http://x")');
    expect(asCellText('+39 333')).toBe("'+39 333");
    expect(asCellText('@home')).toBe("'@home");
    expect(asCellText("'quoted")).toBe("''quoted");
    expect(asCellText('Samira')).toBe('Samira');
  });

  it('never lets any string become a formula, and reads back exactly what was typed (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (text) => {
        const stored = parseInput(toCell(textColumn, text), '@', 'Europe/Rome');
        expect(stored.f).toBeUndefined();
        expect(fromCell(textColumn, stored.v) ?? '').toBe(text);
      }),
    );
  });
});

describe('columns are found by header, never by position', () => {
  it('finds reordered and Italian headers, and reports missing and extra columns', () => {
    const header = ['Mentee ID', 'Nome', 'My own column', 'Email', 'Submitted'];
    const map = mapHeaders(MENTEES, header);
    expect(map.indexOf.get('id')).toBe(0);
    expect(map.indexOf.get('name')).toBe(1);
    expect(map.indexOf.get('email')).toBe(3);
    expect(map.extra).toEqual(['My own column']);
    expect(map.missing).toContain('phone');
  });
});
