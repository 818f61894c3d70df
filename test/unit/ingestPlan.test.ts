import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { idNumber } from '../../src/core/ids';
import { translator } from '../../src/core/i18n';
import { type IngestInput, MIN_PHONE_DIGITS, phoneDigits, planIngestion, type RecordLookup } from '../../src/core/intake/ingestPlan';
import type { RecordValues } from '../../src/core/schema/types';
import { escapeForPattern, idPattern, phonePattern } from '../../src/server/workspace/lookup';
import { KEY_COLUMN_HEADER, proposeMapping } from '../../src/core/intake/mapping';
import { TARGETS } from '../../src/core/intake/targets';

const header = [
  'Timestamp',
  'Full name',
  'Email',
  'Year of birth',
  'Languages you speak',
  'What do you need help with?',
  'I agree to the processing of my data',
  KEY_COLUMN_HEADER,
];
const proposed = proposeMapping(header, 'mentee');
const mapping = {
  ...proposed,
  columns: proposed.columns.map((c) => (c.header === KEY_COLUMN_HEADER ? { ...c, role: 'key' as const, field: null } : c)),
  confirmedAt: '2026-11-01T00:00:00Z',
  standard: false,
};
const row = (key = '') => [
  new Date('2026-11-20T10:00:00Z'),
  'Amina Yusuf',
  'amina@example.org',
  '1997',
  'Somali, English (B1)',
  'Housing',
  'Yes, I agree',
  key,
];
let n = 0;
const input = (rows: unknown[][], existing: IngestInput['existing'] = []): IngestInput => ({
  rows,
  firstRow: 2,
  mapping,
  target: TARGETS.mentee,
  existing,
  links: null,
  ids: { next: () => `ME-${String(++n).padStart(4, '0')}` },
  sheetId: 7,
  sheetName: 'Mentee intake',
  clock: { now: new Date('2026-11-23T09:00:00Z'), timeZone: 'Europe/Rome', t: translator('en'), language: 'en' },
});

describe('the ingestion plan', () => {
  it('makes a new response a new record with an id and gives its row a key', () => {
    const plan = planIngestion(input([row()]));
    expect(plan.result).toMatchObject({ created: 1, updated: 0 });
    expect(plan.creates[0]).toMatchObject({ id: expect.stringMatching(/^ME-\d{4}$/), name: 'Amina Yusuf', responseKey: expect.stringMatching(/^R7-/) });
    expect(plan.keysChanged).toBe(true);
    expect(plan.keys).toEqual([[plan.creates[0]!.responseKey]]);
  });

  it('leaves a response seen before as it is when nothing changed, and writes no key', () => {
    const first = planIngestion(input([row()]));
    const key = String(first.creates[0]!.responseKey);
    const again = planIngestion(input([row(key)], [{ rowNumber: 2, values: first.creates[0]! }]));
    expect(again.result).toMatchObject({ created: 0, updated: 0, unchanged: 1 });
    expect(again.keysChanged).toBe(false);
    expect(again.creates).toEqual([]);
  });

  it('keeps a row pasted twice as two responses, the copy with a key of its own', () => {
    const plan = planIngestion(input([row(), row()]));
    expect(plan.result.created).toBe(2);
    expect(plan.keys[1]![0]).toBe(`${plan.keys[0]![0]}-r3`);
  });
});

describe('the plan with a lookup that finds rather than reads (src/server/workspace/lookup.ts)', () => {
  const other = (rowNumber: number, values: RecordValues): { rowNumber: number; values: RecordValues } => ({
    rowNumber,
    values: { consentData: true, ...values },
  });
  const existing = [
    other(2, { id: 'ME-0001', responseKey: 'k1', email: 'AMINA@example.org' }),
    other(3, { id: 'ME-0002', responseKey: 'k2', phone: '+39 333 1000010' }),
    other(4, { id: 'ME-0003', responseKey: 'k3', email: 'someone@example.org' }),
  ];
  /** Only the records sharing the contact, as a search would find them: the plan must decide the same. */
  const narrow: RecordLookup = {
    byKey: (key) => existing.find((r) => r.values.responseKey === key),
    sharingContact: (email, digits) =>
      existing.filter((r) => (email && String(r.values.email ?? '').toLowerCase() === email) || (digits && phoneDigits(r.values.phone ?? '') === digits)),
  };

  it('flags the same duplicate as over every record, and updates the same record for a key seen before', () => {
    const whole = planIngestion(input([row(), row('k3')], existing));
    const found = planIngestion({ ...input([row(), row('k3')]), existing: undefined, lookup: narrow });
    expect(found.creates.map((c) => c.possibleDuplicateOf)).toEqual(whole.creates.map((c) => c.possibleDuplicateOf));
    expect(found.creates[0]!.possibleDuplicateOf).toBe('ME-0001');
    expect(found.updates.map((u) => u.rowNumber)).toEqual([4]);
    expect(whole.updates.map((u) => u.rowNumber)).toEqual([4]);
  });

  it('asks for the contact lowercased and the phone by its last nine digits', () => {
    const asked: [string, string][] = [];
    const spy: RecordLookup = {
      byKey: () => undefined,
      sharingContact: (email, digits) => {
        asked.push([email, digits]);
        return [];
      },
    };
    planIngestion({ ...input([row()]), lookup: spy });
    expect(asked).toEqual([['amina@example.org', '']]);
  });
});

describe('search patterns that stand in for reading a sheet', () => {
  const whole = (pattern: string) => new RegExp(`^(?:${pattern})$`, 'i');
  const phone = fc.array(fc.constantFrom('0', '1', '3', '9', ' ', '-', '(', ')', '+', '.'), { minLength: 0, maxLength: 16 }).map((chars) => chars.join(''));

  it('finds a phone exactly when its last nine digits (or all, when fewer) are the same, whatever the separators', () => {
    fc.assert(
      fc.property(phone, phone, (a, b) => {
        const digits = phoneDigits(a);
        fc.pre(digits.length >= MIN_PHONE_DIGITS);
        expect(whole(phonePattern(digits)).test(b)).toBe(phoneDigits(b) === digits);
      }),
      { numRuns: 2_000 },
    );
    expect(whole(phonePattern('331000010')).test('+39 (333) 100-0010')).toBe(true);
    expect(whole(phonePattern('331000010')).test('333 1000010 9')).toBe(false);
    expect(whole(phonePattern('1000010')).test('31000010')).toBe(false);
  });

  it('finds an id of the prefix and number however padded, and no other', () => {
    const pattern = new RegExp(`^(?:${idPattern('ME-', 42)})$`);
    for (const id of ['ME-0042', 'ME-42', 'ME-x-042']) expect(pattern.test(id)).toBe(true);
    for (const id of ['ME-0420', 'ME-142', 'me-0042', 'MT-0042', 'ME-0042a']) expect(pattern.test(id)).toBe(false);
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('0', '4', '2', '-', 'x', '\n', ' ') }),
        fc.oneof(fc.constantFrom(2, 4, 20, 24, 42, 402, 420, 4242), fc.integer({ min: 1, max: 99_999 })),
        (id, n) => {
          expect(new RegExp(`^(?:${idPattern('ME-', n)})$`).test(`ME-${id}`)).toBe(idNumber('ME-', `ME-${id}`) === n);
        },
      ),
      { numRuns: 2_000 },
    );
  });

  it('escapes text so that it matches only itself', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (text, otherText) => {
        const pattern = new RegExp(`^(?:${escapeForPattern(text)})$`, 'u');
        expect(pattern.test(otherText)).toBe(otherText === text);
        expect(pattern.test(text)).toBe(true);
      }),
    );
  });
});
