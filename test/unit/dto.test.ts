import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findNonJsonValue } from '../../src/core/dto';

describe('JSON-safe DTOs', () => {
  it('finds a Date, a function or NaN wherever it hides', () => {
    expect(findNonJsonValue({ a: [1, { b: new Date() }] })).toBe('$.a[1].b');
    expect(findNonJsonValue({ f: () => 1 })).toBe('$.f');
    expect(findNonJsonValue([Number.NaN])).toBe('$[0]');
    expect(findNonJsonValue({ ok: 'yes', n: null, list: [true, 2] })).toBeNull();
  });

  it('accepts exactly what survives a JSON round trip unchanged', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(findNonJsonValue(value)).toBeNull();
      }),
    );
  });
});
