import { describe, expect, it } from 'vitest';
import { translator } from '../../src/core/i18n';
import { type IngestInput, planIngestion } from '../../src/core/intake/ingestPlan';
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
