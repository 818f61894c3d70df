import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatId, highestIdNumber, ID_PREFIX, IdSequence, idNumber, nextId } from '../../src/core/ids';
import { responseKeyFor } from '../../src/server/intake/ingest';

/**
 * The keys ingestion gives: a response's key (which makes importing idempotent) and a record's id
 * (which other sheets refer to). Either one wrong is a lost, doubled or misattributed person.
 */
describe('response keys', () => {
  const at = new Date('2026-09-08T07:30:00Z');
  const answers = ['Amina Yusuf', 'amina@example.org', 1995, true];

  it('stay the same across versions: keys already in the sheets must keep matching', () => {
    expect(responseKeyFor(1234, at, answers)).toBe('R1234-mtscng00-1v7p6z5');
    expect(responseKeyFor(1234, null, answers)).toBe('R1234-x-1v7p6z5');
    expect(responseKeyFor(7, at, [new Date('1995-03-04T00:00:00Z'), 'x'])).toBe('R7-mtscng00-1yk7swj');
    expect(responseKeyFor(7, null, [])).toBe('R7-x-0');
    expect(responseKeyFor(7, null, ['مرحبا 🌍'])).toBe('R7-x-14iwo3g');
  });

  it('tell apart the sheet, the second and the answers', () => {
    const key = responseKeyFor(1234, at, answers);
    expect(responseKeyFor(1235, at, answers)).not.toBe(key);
    expect(responseKeyFor(1234, new Date(at.getTime() + 1000), answers)).not.toBe(key);
    expect(responseKeyFor(1234, at, ['Amina Yusuf', 'amina@example.org', 1996, true])).not.toBe(key);
    expect(responseKeyFor(1234, at, [...answers].reverse())).not.toBe(key);
  });

  it('keep answers apart: "ab" then "c" is not "a" then "bc"', () => {
    expect(responseKeyFor(1, null, ['ab', 'c'])).not.toBe(responseKeyFor(1, null, ['a', 'bc']));
    expect(responseKeyFor(1, null, ['a', ''])).not.toBe(responseKeyFor(1, null, ['a']));
  });

  it('read a blank cell the same however the sheet gives it', () => {
    expect(responseKeyFor(1, at, ['x', null])).toBe(responseKeyFor(1, at, ['x', '']));
    expect(responseKeyFor(1, at, ['x', undefined])).toBe(responseKeyFor(1, at, ['x', '']));
  });

  it('read a date by its moment, not by how it prints', () => {
    const a = new Date('1995-03-04T00:00:00Z');
    expect(responseKeyFor(1, at, [a])).toBe(responseKeyFor(1, at, [new Date(a.getTime())]));
    expect(responseKeyFor(1, at, [a])).not.toBe(responseKeyFor(1, at, [new Date(a.getTime() + 1)]));
    expect(responseKeyFor(1, at, [a])).toBe(responseKeyFor(1, at, [a.getTime()]));
  });

  it('are always "R<sheet>-<time or x>-<digest>", letters and digits only (property)', () => {
    fc.assert(
      fc.property(
        fc.nat(),
        fc.option(fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }), { nil: null }),
        fc.array(fc.oneof(fc.string(), fc.integer(), fc.boolean())),
        (sheetId, timestamp, cells) => {
          const key = responseKeyFor(sheetId, timestamp, cells);
          expect(key).toMatch(timestamp ? new RegExp(`^R${sheetId}-${timestamp.getTime().toString(36)}-[0-9a-z]+$`) : new RegExp(`^R${sheetId}-x-[0-9a-z]+$`));
          expect(responseKeyFor(sheetId, timestamp, [...cells])).toBe(key);
        },
      ),
    );
  });
});

describe('record ids', () => {
  it('have one prefix per kind of record', () => {
    expect(ID_PREFIX).toEqual({ mentor: 'MT-', mentee: 'ME-', pair: 'P-', goal: 'G-', supervision: 'S-', issue: 'I-' });
  });

  it.each([
    ['ME-0013', 13],
    ['ME-1', 1],
    ['ME-12345', 12345],
    ['MT-0013', null],
    ['ME-', null],
    ['ME-12a', null],
    ['me-0013', null],
    [' ME-0013', null],
    [13, null],
    [null, null],
  ] as const)('read %j as number %s', (id, expected) => {
    expect(idNumber('ME-', id)).toBe(expected);
  });

  it('are written with at least four digits', () => {
    expect(formatId('ME-', 13)).toBe('ME-0013');
    expect(formatId('P-', 1)).toBe('P-0001');
    expect(formatId('ME-', 12345)).toBe('ME-12345');
  });

  it('find the highest number in use with their own prefix only', () => {
    expect(highestIdNumber('ME-', ['ME-0002', 'ME-0010', 'ME-0003', 'MT-0099', null, 42, 'ME-x'])).toBe(10);
    expect(highestIdNumber('ME-', [])).toBe(0);
    expect(highestIdNumber('ME-', ['MT-0005'])).toBe(0);
  });

  it.each([
    [['ME-0001', 'ME-0006'], 0, 'ME-0007'],
    // The newest mentee was erased: the mark remembers ME-0006 was given.
    [['ME-0001', 'ME-0005'], 6, 'ME-0007'],
    [[], 6, 'ME-0007'],
    // A coordinator typed a higher id than the mark: it is not given again either.
    [['ME-0001', 'ME-0020'], 6, 'ME-0021'],
    [['ME-0006'], 6, 'ME-0007'],
    [[], 0, 'ME-0001'],
    [['MT-0009'], 0, 'ME-0001'],
    [['ME-0001'], Number.NaN, 'ME-0002'],
    [['ME-0001'], Number.POSITIVE_INFINITY, 'ME-0002'],
  ])('after %j with the mark at %s, the next is %s', (existing, mark, expected) => {
    expect(nextId('ME-', existing, mark)).toBe(expected);
  });

  it('come one after the other and raise the mark past each', () => {
    const sequence = new IdSequence('P-', ['P-0002'], 4);
    expect(sequence.highest).toBe(4);
    expect([sequence.next(), sequence.next()]).toEqual(['P-0005', 'P-0006']);
    expect(sequence.highest).toBe(6);
    expect(new IdSequence('P-', ['P-0002']).next()).toBe('P-0003');
  });
});
