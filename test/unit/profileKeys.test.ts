import { describe, expect, it } from 'vitest';
import { MENTEE_PROFILE_KEYS, MENTOR_PROFILE_KEYS, menteeProfile, mentorProfile } from '../../src/core/matching/profiles';
import { MENTEES, MENTORS } from '../../src/core/schema/sheets';
import type { RecordValues, SheetSchema } from '../../src/core/schema/types';

/**
 * Matching converts only the columns a profile reads (server/matching/data.ts reads with these
 * keys): a key read and not listed would leave that field blank in every profile, silently (a
 * consent read as missing excludes everyone). Each profile is watched reading a whole record.
 */
const TODAY = new Date('2026-12-01T10:00:00Z');

const TYPED: RecordValues = {
  id: 'P-1',
  name: 'Amal Haddad',
  languages: 'Arabic (native), English (fluent)',
  availability: 'Weekday evenings, Saturday',
  interests: 'Cooking, Football',
  municipality: 'Bologna',
  postcode: '40 121',
  birthYear: 1990,
  gender: 'Woman',
  genderPreference: 'Woman',
  family: 'Two children',
  temperament: 'Quiet',
  consentData: true,
  screeningDecision: 'Admit',
  offers: 'Housing, Employment',
  skills: 'Logistics',
  professionalField: 'Transport',
  capacity: 2,
  trainingModules: 5,
  mentorType: 'Peer',
  needs: 'Housing',
  goals: 'Find work in logistics',
  ageCheck: 'I am 18 or older',
  isMinor: false,
  agePreference: 'No preference',
  wantsSimilarBackground: true,
};

/** Every column of the sheet holds something: what a profile must not depend on holds a marker. */
function wholeRecord(schema: SheetSchema): RecordValues {
  return Object.fromEntries(schema.columns.map((c) => [c.key, c.key in TYPED ? TYPED[c.key]! : `other ${c.key}`]));
}

function keysRead(build: (values: RecordValues) => unknown, values: RecordValues): Set<string> {
  const read = new Set<string>();
  build(
    new Proxy(values, {
      get(target, key) {
        if (typeof key === 'string') read.add(key);
        return Reflect.get(target, key);
      },
    }),
  );
  return read;
}

const only = (values: RecordValues, keys: readonly string[]) => Object.fromEntries(Object.entries(values).filter(([k]) => keys.includes(k)));

describe.each([
  { side: 'mentor', schema: MENTORS, keys: MENTOR_PROFILE_KEYS, build: (v: RecordValues) => mentorProfile(v) },
  { side: 'mentee', schema: MENTEES, keys: MENTEE_PROFILE_KEYS, build: (v: RecordValues) => menteeProfile(v, TODAY) },
])('the $side profile reads only its listed columns', ({ schema, keys, build }) => {
  it('every key it reads is listed, and every listed key is a column of the sheet', () => {
    const record = wholeRecord(schema);
    expect([...keysRead(build, record)].filter((k) => !keys.includes(k))).toEqual([]);
    expect(keys.filter((k) => !schema.columns.some((c) => c.key === k))).toEqual([]);
  });

  it('is the same from the listed columns alone as from the whole record', () => {
    const record = wholeRecord(schema);
    expect(build(only(record, keys))).toEqual(build(record));
  });

  it('every listed key is read: the list is what the profile needs, no wider', () => {
    expect(keys.filter((k) => !keysRead(build, wholeRecord(schema)).has(k))).toEqual([]);
  });
});

describe('what a profile makes of the cells it reads', () => {
  it('reads a postcode without its spaces, however many were typed', () => {
    expect(mentorProfile({ ...TYPED, postcode: '40 121' }).postcode).toBe('40121');
    expect(menteeProfile({ ...TYPED, postcode: ' 1 0 1 1 5 ' }, TODAY).postcode).toBe('10115');
    expect(mentorProfile({ ...TYPED, postcode: null }).postcode).toBe('');
  });

  it('compares places, families and temperaments folded, and reads the traits from them', () => {
    const mentee = menteeProfile({ ...TYPED, municipality: 'BOLOGNA ', family: 'Due FIGLI', temperament: 'Riservata' }, TODAY);
    expect([mentee.municipality, mentee.family, mentee.temperament]).toEqual(['bologna', 'due figli', 'riservata']);
    expect(mentee.traits).toMatchObject({ children: true, quiet: true, outgoing: false });
  });
});
