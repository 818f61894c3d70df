import { describe, expect, it } from 'vitest';
import type { RecordValues } from '../../src/core/schema/types';
import { CONTACT_FACT_KEYS, contactFacts, MEETING_FACT_KEYS, meetingFacts, PAIR_FACT_KEYS, pairFacts } from '../../src/core/supervision/model';
import { CHECK_KEYS, checkOfRow } from '../../src/server/privacy/backgroundChecks';

/** The keys a function reads of a record: every one it asks for, present or not. */
function keysRead(facts: (v: RecordValues) => unknown, filled: RecordValues = {}): Set<string> {
  const read = new Set<string>();
  const record = new Proxy(filled, {
    get(target, key) {
      if (typeof key === 'string') read.add(key);
      return target[key as string];
    },
  });
  facts(record);
  return read;
}

// A keyed read (readTable's `keys`) converts only the listed columns: a fact whose column is not
// listed would read as blank there, and a warning would quietly change. Each list must hold
// exactly what its function reads, with the record empty and with every value set (a branch may
// read a column only when another is set, as a concern's kind is read when one is reported).
const cases = [
  ['pairFacts', pairFacts, PAIR_FACT_KEYS],
  ['meetingFacts', (v: RecordValues) => meetingFacts(v, 'Europe/Rome'), MEETING_FACT_KEYS],
  ['contactFacts', contactFacts, CONTACT_FACT_KEYS],
  ['checkOfRow', checkOfRow, CHECK_KEYS],
] as const;

/** Values that open every branch: a concern reported, a row that is a background check about someone. */
const SET_VALUES: RecordValues = { concernReported: true, detail: 'backgroundCheck' };

describe('the columns facts are made from (supervision, background checks)', () => {
  for (const [name, facts, keys] of cases) {
    it(`${name} reads exactly its listed columns`, () => {
      const full: RecordValues = Object.fromEntries(keys.map((k) => [k, SET_VALUES[k] ?? 'x']));
      const read = new Set([...keysRead(facts), ...keysRead(facts, full)]);
      expect([...read].sort()).toEqual([...keys].sort());
    });
  }
});
