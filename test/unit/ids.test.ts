import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatId, highestIdNumber, IdSequence, idNumber, nextId } from '../../src/core/ids';

describe('record ids', () => {
  it('reads the number of an id with its prefix only', () => {
    expect(idNumber('ME-', 'ME-0013')).toBe(13);
    expect(idNumber('ME-', 'MT-0013')).toBeNull();
    expect(idNumber('ME-', 'ME-')).toBeNull();
    expect(idNumber('ME-', 13)).toBeNull();
    expect(highestIdNumber('P-', ['P-0002', 'P-0010', 'ME-0099', null, 'P-x'])).toBe(10);
    expect(formatId('G-', 7)).toBe('G-0007');
    expect(formatId('G-', 12345)).toBe('G-12345');
  });

  it('comes after both the highest id the sheet holds and the high-water mark', () => {
    expect(nextId('ME-', [])).toBe('ME-0001');
    expect(nextId('ME-', ['ME-0001', 'ME-0002'])).toBe('ME-0003');
    // The newest record was erased: the mark still says 6 were issued.
    expect(nextId('ME-', ['ME-0001', 'ME-0005'], 6)).toBe('ME-0007');
    // A coordinator typed a higher id than the mark.
    expect(nextId('ME-', ['ME-0040'], 6)).toBe('ME-0041');
    const sequence = new IdSequence('I-', ['I-0003'], 2);
    expect([sequence.next(), sequence.next()]).toEqual(['I-0004', 'I-0005']);
    expect(sequence.highest).toBe(5);
  });

  it('never gives an id that was issued or is in use (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 9999 })), fc.integer({ min: 0, max: 9999 }), (numbers, mark) => {
        const existing = numbers.map((n) => formatId('ME-', n));
        const id = nextId('ME-', existing, mark);
        expect(existing).not.toContain(id);
        expect(idNumber('ME-', id)).toBeGreaterThan(mark);
      }),
    );
  });
});
