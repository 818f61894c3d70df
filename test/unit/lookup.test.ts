import { describe, expect, it } from 'vitest';
import { MIN_PHONE_DIGITS } from '../../src/core/intake/ingestPlan';
import type { SheetSchema } from '../../src/core/schema/types';
import { asCellText } from '../../src/core/sheetText';
import {
  chooseReadWay,
  escapeForPattern,
  findingLookup,
  forceReadWay,
  highestIdInColumn,
  idPattern,
  idTaken,
  phonePattern,
  READ_COST,
  rowsMatching,
  rowsMatchingAny,
} from '../../src/server/workspace/lookup';
import { openTable } from '../../src/server/workspace/table';
import { useWorkspace } from '../support/workspace';

/**
 * The searches that find a response's record without reading the sheet (issue 16), against the
 * in-memory Workspace's TextFinder (docs/fidelity.md, "Text finder"). A unit file, not an
 * integration one, so that the mutation run (vitest.mutation.config.ts: the unit layer) holds
 * src/server/workspace/lookup.ts with them. What a search must never do is miss; finding too
 * much only costs a read, and each test says which of the two it checks.
 */

const SCHEMA: SheetSchema = {
  key: 'lookupPeople',
  name: 'Lookup people',
  columns: [
    { key: 'id', header: 'ID', type: 'id', owner: 'addon' },
    { key: 'responseKey', header: 'Response key', type: 'text', owner: 'addon' },
    { key: 'name', header: 'Name', type: 'text', owner: 'addon' },
    { key: 'email', header: 'Email', type: 'email', owner: 'addon' },
    { key: 'phone', header: 'Phone', type: 'phone', owner: 'addon' },
    { key: 'notes', header: 'Notes', type: 'text', owner: 'coordinator' },
  ],
};
const HEADER = SCHEMA.columns.map((c) => c.header);

/** A sheet with these rows under the header, opened as the ingestion opens it. */
function tableWith(rows: string[][], header: string[] = HEADER) {
  const ws = useWorkspace();
  const sheet = ws.spreadsheet.insertSheet(SCHEMA.name);
  // Written as the add-on writes people's text: plain-text cells, a leading + guarded as text.
  const grid = [header, ...rows.map((r) => header.map((_, i) => asCellText(r[i] ?? '')))];
  sheet.getRange(1, 1, grid.length, header.length).setNumberFormat('@');
  sheet.getRange(1, 1, grid.length, header.length).setValues(grid);
  return { ws, table: openTable(SpreadsheetApp.getActiveSpreadsheet(), SCHEMA) };
}

/** Whether the pattern matches the whole text, as matchEntireCell with a regular expression does. */
const whole = (pattern: string, text: string) => new RegExp(`^(?:${pattern})$`).test(text);

describe('patterns', () => {
  it('escapes every character a pattern gives a meaning to, so that text matches only itself', () => {
    const special = '\\^$.*+?()[]{}|';
    expect(escapeForPattern(special)).toBe('\\\\\\^\\$\\.\\*\\+\\?\\(\\)\\[\\]\\{\\}\\|');
    expect(whole(escapeForPattern(special), special)).toBe(true);
    expect(whole(escapeForPattern('a.b'), 'axb')).toBe(false);
    expect(whole(escapeForPattern('a+b'), 'aab')).toBe(false);
    expect(escapeForPattern('plain text-1@x')).toBe('plain text-1@x');
  });

  it('finds a phone by its last nine digits whatever stands between them or before (nine digits or more)', () => {
    const p = phonePattern('333123456');
    expect(p).toBe('[\\s\\S]*3\\D*3\\D*3\\D*1\\D*2\\D*3\\D*4\\D*5\\D*6\\D*');
    expect(whole(p, '+39 333 123 456')).toBe(true);
    expect(whole(p, '(333) 12-34-56 ')).toBe(true);
    expect(whole(p, '0039\n333123456')).toBe(true);
    // Never misses the number it was given; another number is not it.
    expect(whole(p, '333123457')).toBe(false);
    expect(whole(p, '3331234567')).toBe(false);
  });

  it('matches a short phone (fewer than nine digits) only when the cell holds exactly those digits', () => {
    const p = phonePattern('12345678');
    expect(p).toBe('\\D*1\\D*2\\D*3\\D*4\\D*5\\D*6\\D*7\\D*8\\D*');
    expect(whole(p, ' 1234-5678 ')).toBe(true);
    expect(whole(p, '912345678')).toBe(false);
    expect(whole(p, '+9 12345678')).toBe(false);
  });

  it('finds an id of the prefix and number however many zeros pad it, and no other number', () => {
    const p = idPattern('ME-', 42);
    expect(whole(p, 'ME-42')).toBe(true);
    expect(whole(p, 'ME-0042')).toBe(true);
    expect(whole(p, 'ME- 42')).toBe(true);
    expect(whole(p, 'ME-142')).toBe(false);
    expect(whole(p, 'ME-420')).toBe(false);
    expect(whole(p, 'MT-42')).toBe(false);
    expect(whole(idPattern('A.B', 7), 'AxB7')).toBe(false);
  });
});

describe('rowsMatching', () => {
  const rows = [
    ['ME-1', 'k-1', 'Ana'],
    ['ME-2', 'K-1', 'Ben'],
    ['ME-3', 'k-1', 'Cleo'],
    ['ME-4', 'k-10', 'Dan'],
  ];

  it('finds whole cells only, case-insensitively unless asked, each row once and in order', () => {
    const { table } = tableWith(rows);
    expect(rowsMatching(table, 'responseKey', 'k-1')).toEqual([2, 3, 4]);
    expect(rowsMatching(table, 'responseKey', 'k-1', { matchCase: true })).toEqual([2, 4]);
    expect(rowsMatching(table, 'responseKey', 'K-1', { matchCase: true })).toEqual([3]);
  });

  it('groups a pattern whole, so that an alternative means a whole cell that is one or the other', () => {
    const { table } = tableWith(rows);
    expect(rowsMatching(table, 'name', 'Ana|Dan', { regex: true })).toEqual([2, 5]);
    expect(rowsMatching(table, 'name', 'An', { regex: true })).toEqual([]);
    // Without regex the same text is literal.
    expect(rowsMatching(table, 'name', 'Ana|Dan')).toEqual([]);
  });

  it('searches only its own column, from the first record to the last', () => {
    const { table } = tableWith([['k-1', 'k-1', 'k-1']]);
    expect(rowsMatching(table, 'responseKey', 'k-1')).toEqual([2]);
    // The header row is not a record.
    expect(rowsMatching(table, 'name', 'Name')).toEqual([]);
    expect(rowsMatching(table, 'notes', 'k-1')).toEqual([]);
  });

  it('finds nothing for an unknown column, an empty text or a sheet with only its header', () => {
    const { table } = tableWith(rows);
    expect(rowsMatching(table, 'nothing', 'k-1')).toEqual([]);
    expect(rowsMatching(table, 'responseKey', '')).toEqual([]);
    const empty = tableWith([]).table;
    expect(empty.lastRow).toBe(1);
    expect(rowsMatching(empty, 'responseKey', 'k-1')).toEqual([]);
  });

  it('searches several columns at once, from the first to the last of them', () => {
    const { table } = tableWith([
      ['ME-1', '', 'Ana', 'ana@example.org', ''],
      ['ME-2', '', 'Ben', '', 'ana@example.org'],
      ['ME-3', '', 'ana@example.org', '', ''],
    ]);
    expect(rowsMatchingAny(table, ['email', 'phone'], escapeForPattern('ana@example.org'))).toEqual([2, 3]);
    expect(rowsMatchingAny(table, ['phone', 'email'], escapeForPattern('ana@example.org'))).toEqual([2, 3]);
    expect(rowsMatchingAny(table, ['phone'], escapeForPattern('ana@example.org'))).toEqual([3]);
    expect(rowsMatchingAny(table, ['name', 'nothing'], 'Ana|ana@example\\.org')).toEqual([2, 4]);
    expect(rowsMatchingAny(table, ['nothing'], 'Ana')).toEqual([]);
    expect(rowsMatchingAny(tableWith([]).table, ['email'], 'x')).toEqual([]);
  });
});

describe('findingLookup', () => {
  it('finds a key exactly (case and all), the last row with it winning, with one search per key', () => {
    const { ws, table } = tableWith([
      ['ME-1', 'key-a', 'First'],
      ['ME-2', 'KEY-A', 'Other case'],
      ['ME-3', 'key-a', 'Last'],
      ['ME-4', 'key-ab', 'Longer'],
    ]);
    const lookup = findingLookup(table);
    ws.counter.reset();
    expect(lookup.byKey('key-a')?.values.name).toBe('Last');
    expect(lookup.byKey('key-a')?.rowNumber).toBe(4);
    const afterFirst = ws.counter.total();
    expect(lookup.byKey('key-a')?.values.name).toBe('Last');
    expect(ws.counter.total()).toBe(afterFirst);
    expect(lookup.byKey('KEY-A')?.values.name).toBe('Other case');
    expect(lookup.byKey('key-')).toBeUndefined();
    expect(lookup.byKey('')).toBeUndefined();
  });

  it('remembers a key it did not find, without searching again', () => {
    const { ws, table } = tableWith([['ME-1', 'key-a', 'Ana']]);
    const lookup = findingLookup(table);
    expect(lookup.byKey('missing')).toBeUndefined();
    const calls = ws.counter.total();
    expect(lookup.byKey('missing')).toBeUndefined();
    expect(ws.counter.total()).toBe(calls);
  });

  it('finds everyone sharing the email (any case) or the phone (any separators), in one search', () => {
    const { ws, table } = tableWith([
      ['ME-1', 'k1', 'Ana', 'Ana@Example.org', ''],
      ['ME-2', 'k2', 'Ben', '', '+39 333-123 4567'],
      ['ME-3', 'k3', 'Cleo', 'cleo@example.org', '333 000 000'],
      ['ME-4', 'k4', 'Dan', 'ana@example.org.uk', ''],
    ]);
    const lookup = findingLookup(table);
    ws.counter.reset();
    const found = lookup.sharingContact('ana@example.org', '3331234567');
    expect(found.map((r) => r.values.name)).toEqual(['Ana', 'Ben']);
    expect(lookup.sharingContact('ana@example.org', '').map((r) => r.values.name)).toEqual(['Ana']);
    expect(lookup.sharingContact('', '3331234567').map((r) => r.values.name)).toEqual(['Ben']);
    expect(lookup.sharingContact('', '').map((r) => r.values.name)).toEqual([]);
  });

  it('looks a phone up only from MIN_PHONE_DIGITS digits: at the limit, not below', () => {
    const digits = '123456789'.slice(0, MIN_PHONE_DIGITS);
    const { table } = tableWith([['ME-1', 'k1', 'Ana', '', digits]]);
    const lookup = findingLookup(table);
    expect(lookup.sharingContact('', digits).map((r) => r.values.name)).toEqual(['Ana']);
    expect(lookup.sharingContact('', digits.slice(0, -1))).toEqual([]);
  });

  it('finds an email that holds pattern characters as itself only', () => {
    const { table } = tableWith([
      ['ME-1', 'k1', 'Plus', 'a+b@example.org', ''],
      ['ME-2', 'k2', 'Plain', 'aab@example.org', ''],
    ]);
    expect(
      findingLookup(table)
        .sharingContact('a+b@example.org', '')
        .map((r) => r.values.name),
    ).toEqual(['Plus']);
  });
});

describe('ids in the id column', () => {
  it('says whether an id of the prefix and number is there, typed however, and case matters for the prefix', () => {
    const { table } = tableWith([['ME-0007'], ['me-8'], ['ME-12']]);
    expect(idTaken(table, 'id', 'ME-', 7)).toBe(true);
    expect(idTaken(table, 'id', 'ME-', 12)).toBe(true);
    expect(idTaken(table, 'id', 'ME-', 8)).toBe(false);
    expect(idTaken(table, 'id', 'ME-', 1)).toBe(false);
    expect(idTaken(table, 'id', 'ME-', 2)).toBe(false);
  });

  it('reads the highest number of the prefix, ignoring other prefixes, and 0 for none', () => {
    const { table } = tableWith([['ME-0007'], ['MT-99'], ['ME-12'], ['note']]);
    expect(highestIdInColumn(table, 'id', 'ME-')).toBe(12);
    expect(highestIdInColumn(table, 'id', 'MT-')).toBe(99);
    expect(highestIdInColumn(table, 'id', 'IS-')).toBe(0);
    expect(highestIdInColumn(table, 'nothing', 'ME-')).toBe(0);
    expect(highestIdInColumn(tableWith([]).table, 'id', 'ME-')).toBe(0);
  });
});

describe('a sheet trimmed to its records (no empty rows below)', () => {
  it('searches and reads only the rows that exist, one record included', () => {
    const { ws } = tableWith([['ME-0007', 'k1', 'Ana', 'ana@example.org']]);
    const sheet = ws.spreadsheet.getSheetByName(SCHEMA.name)!;
    sheet.deleteRows(3, sheet.getMaxRows() - 2);
    const table = openTable(SpreadsheetApp.getActiveSpreadsheet(), SCHEMA);
    expect(table.lastRow).toBe(2);
    expect(highestIdInColumn(table, 'id', 'ME-')).toBe(7);
    expect(rowsMatching(table, 'responseKey', 'k1')).toEqual([2]);
    expect(rowsMatchingAny(table, ['email', 'phone'], escapeForPattern('ana@example.org'))).toEqual([2]);
  });
});

describe('chooseReadWay', () => {
  it('reads by finding exactly when it costs less than reading whole', () => {
    forceReadWay(null);
    // Whole: one call and the cells; finding: the header and callsPerRow calls a response.
    const cellsAtBalance = ((1 + 3) * READ_COST.msPerDataCall - READ_COST.msPerDataCall) / READ_COST.msPerCell;
    expect(cellsAtBalance).toBe(24_000);
    expect(chooseReadWay(1, 3, 600, 40)).toBe('whole'); // 24,000 cells: equal cost, reads whole
    expect(chooseReadWay(1, 3, 601, 40)).toBe('find');
    expect(chooseReadWay(1, 3, 599, 40)).toBe('whole');
    expect(chooseReadWay(500, 3, 10_000, 40)).toBe('whole');
    // Two responses: the balance moves to 48,000 cells.
    expect(chooseReadWay(2, 3, 1_201, 40)).toBe('find');
    expect(chooseReadWay(2, 3, 1_200, 40)).toBe('whole');
  });

  it('follows a forced way until it is lifted', () => {
    forceReadWay('find');
    expect(chooseReadWay(500, 3, 2, 1)).toBe('find');
    forceReadWay('whole');
    expect(chooseReadWay(1, 3, 1_000_000, 40)).toBe('whole');
    forceReadWay(null);
    expect(chooseReadWay(1, 3, 1_000_000, 40)).toBe('find');
  });
});
