import { describe, expect, it } from 'vitest';
import { type ConsentGap, hasConsented, pairConsentGaps, pairHasConsent } from '../../src/core/privacy/consent';
import type { CellInput, RecordValues } from '../../src/core/schema/types';

/** The documents' consent gate: everyone a pair's documents name, each present, missing, withdrawn. */
type Consent = 'present' | 'missing' | 'withdrawn' | 'no row';
const CONSENT: Record<Exclude<Consent, 'no row'>, CellInput> = { present: true, missing: null, withdrawn: false };

function people(ids: Record<string, Consent>): Map<string, RecordValues> {
  const map = new Map<string, RecordValues>();
  for (const [id, consent] of Object.entries(ids)) if (consent !== 'no row') map.set(id, { id, name: id, consentData: CONSENT[consent] });
  return map;
}

const pair = (secondMentorId: string | null = null): RecordValues => ({ code: 'P-0001', mentorId: 'MT-1', secondMentorId, menteeId: 'ME-1' });

describe('consent to data processing', () => {
  it.each([
    [{ consentData: true }, true],
    [{ consentData: false }, false],
    [{ consentData: null }, false],
    [{}, false],
    [{ consentData: 'TRUE' }, false],
    [{ consentData: 'Yes, I agree' }, false],
    [{ consentData: 1 }, false],
    [undefined, false],
    [null, false],
  ] as const)('%j counts as %s', (person, expected) => {
    expect(hasConsented(person as RecordValues | undefined)).toBe(expected);
  });
});

describe('the documents’ consent gate', () => {
  const ROLES = ['mentor', 'mentee', 'second mentor'] as const;
  const STATES: Consent[] = ['present', 'missing', 'withdrawn', 'no row'];
  const cases = ROLES.flatMap((role) => STATES.map((state) => [role, state] as const));

  it.each(cases)('%s: consent %s', (role, state) => {
    const mentors = people({ 'MT-1': role === 'mentor' ? state : 'present', 'MT-2': role === 'second mentor' ? state : 'present' });
    const mentees = people({ 'ME-1': role === 'mentee' ? state : 'present' });
    const gaps = pairConsentGaps(pair('MT-2'), mentors, mentees);
    if (state === 'present') {
      expect(gaps).toEqual([]);
      expect(pairHasConsent(pair('MT-2'), mentors, mentees)).toBe(true);
      return;
    }
    const expected: ConsentGap = {
      role: role === 'second mentor' ? 'secondMentor' : role,
      id: { mentor: 'MT-1', mentee: 'ME-1', 'second mentor': 'MT-2' }[role],
      why: state === 'no row' ? 'noRecord' : 'notGiven',
    };
    expect(gaps).toEqual([expected]);
    expect(pairHasConsent(pair('MT-2'), mentors, mentees)).toBe(false);
  });

  it('lists every gap, mentor, second mentor and mentee in that order', () => {
    const gaps = pairConsentGaps(pair('MT-2'), people({ 'MT-1': 'withdrawn', 'MT-2': 'no row' }), people({ 'ME-1': 'missing' }));
    expect(gaps).toEqual([
      { role: 'mentor', id: 'MT-1', why: 'notGiven' },
      { role: 'secondMentor', id: 'MT-2', why: 'noRecord' },
      { role: 'mentee', id: 'ME-1', why: 'notGiven' },
    ]);
  });

  it('checks a second mentor only in a team pair', () => {
    const mentors = people({ 'MT-1': 'present' });
    const mentees = people({ 'ME-1': 'present' });
    expect(pairHasConsent(pair(null), mentors, mentees)).toBe(true);
    expect(pairHasConsent(pair(''), mentors, mentees)).toBe(true);
    expect(pairHasConsent({ mentorId: 'MT-1', menteeId: 'ME-1' }, mentors, mentees)).toBe(true);
    expect(pairConsentGaps(pair('MT-9'), mentors, mentees)).toEqual([{ role: 'secondMentor', id: 'MT-9', why: 'noRecord' }]);
  });

  it('fails closed on a pair that names nobody, even if a row has no id', () => {
    // A row without an id is read under the key '': a blank mentor id must not find it.
    const mentors = new Map<string, RecordValues>([
      ['', { id: null, consentData: true }],
      ['MT-1', { id: 'MT-1', consentData: true }],
    ]);
    const mentees = new Map<string, RecordValues>([
      ['', { id: null, consentData: true }],
      ['ME-1', { id: 'ME-1', consentData: true }],
    ]);
    expect(pairConsentGaps({ mentorId: null, menteeId: 'ME-1' }, mentors, mentees)).toEqual([{ role: 'mentor', id: '', why: 'noRecord' }]);
    expect(pairConsentGaps({ mentorId: 'MT-1', menteeId: '' }, mentors, mentees)).toEqual([{ role: 'mentee', id: '', why: 'noRecord' }]);
    expect(pairConsentGaps({ mentorId: '  ', menteeId: '   ' }, mentors, mentees).map((g) => g.role)).toEqual(['mentor', 'mentee']);
    expect(pairHasConsent({}, mentors, mentees)).toBe(false);
  });

  it('looks a mentor up among mentors and a mentee among mentees, by the id without spaces around it', () => {
    const both = people({ 'MT-1': 'present', 'ME-1': 'present' });
    expect(pairConsentGaps(pair(), people({ 'ME-1': 'present' }), both)).toEqual([{ role: 'mentor', id: 'MT-1', why: 'noRecord' }]);
    expect(pairConsentGaps(pair(), both, people({ 'MT-1': 'present' }))).toEqual([{ role: 'mentee', id: 'ME-1', why: 'noRecord' }]);
    expect(pairHasConsent({ mentorId: ' MT-1 ', menteeId: 'ME-1\n' }, both, both)).toBe(true);
  });
});
