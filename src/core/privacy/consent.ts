import type { CellInput, RecordValues } from '../schema/types';

/**
 * Consent to data processing gates everything that names a person: matching and every generated
 * document. Only an explicit yes counts (the intake records anything else as no); a blank,
 * withdrawn (FALSE) or unreadable answer, or a person whose row cannot be found, is no consent.
 */
export function hasConsented(person: RecordValues | null | undefined): boolean {
  return person?.consentData === true;
}

export type ConsentRole = 'mentor' | 'secondMentor' | 'mentee';

export interface ConsentGap {
  role: ConsentRole;
  /** The id the pair names ('' when the pair names nobody in that place). */
  id: string;
  why: 'noRecord' | 'notGiven';
}

const idOf = (value: CellInput | undefined) => (value === null || value === undefined ? '' : String(value).trim());

/**
 * Who in a pair stops its documents: the mentor, the mentee and, in a team, the second mentor.
 * Fails closed: a pair with no mentor or mentee id, or an id with no row, is a gap as well.
 */
export function pairConsentGaps(pair: RecordValues, mentors: ReadonlyMap<string, RecordValues>, mentees: ReadonlyMap<string, RecordValues>): ConsentGap[] {
  const gaps: ConsentGap[] = [];
  const check = (role: ConsentRole, id: string, people: ReadonlyMap<string, RecordValues>) => {
    const person = id ? people.get(id) : undefined;
    if (!person) gaps.push({ role, id, why: 'noRecord' });
    else if (!hasConsented(person)) gaps.push({ role, id, why: 'notGiven' });
  };
  check('mentor', idOf(pair.mentorId), mentors);
  const second = idOf(pair.secondMentorId);
  // Only a team pair has a second mentor; a blank cell is not a missing person.
  if (second) check('secondMentor', second, mentors);
  check('mentee', idOf(pair.menteeId), mentees);
  return gaps;
}

export function pairHasConsent(pair: RecordValues, mentors: ReadonlyMap<string, RecordValues>, mentees: ReadonlyMap<string, RecordValues>): boolean {
  return pairConsentGaps(pair, mentors, mentees).length === 0;
}
