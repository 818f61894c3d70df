import { describe, expect, it } from 'vitest';
import { parseCalendarDate } from '../../src/core/calendarDate';
import { translator } from '../../src/core/i18n';
import { messages as en } from '../../src/core/i18n/en/messages';
import { placeholdersOf } from '../../src/core/i18n/format';
import { messages as italian } from '../../src/core/i18n/it/messages';
import { describeReason } from '../../src/core/matching/describe';
import { evaluate } from '../../src/core/matching/evaluate';
import { ADULT_AGE, minorStatus, referenceYear } from '../../src/core/matching/minors';
import { type MenteeProfile, type MentorProfile, menteeProfile, mentorProfile } from '../../src/core/matching/profiles';
import { type BackgroundCheck, type CheckStatus, checkStatus } from '../../src/core/matching/readiness';
import { type Breach, hardRuleBreaches, knownGender, type MatchContext, SIMILAR_AGE_YEARS } from '../../src/core/matching/rules';
import {
  CHECK_NAME_MAX,
  checkNameProblem,
  DEFAULT_MATCHING,
  HARD_RULES,
  type HardRule,
  type MatchingSettings,
  normaliseMatchingSettings,
  ruleEnabled,
  tidyCheckName,
} from '../../src/core/matching/settings';
import { excludedMentees, excludedMentors, proposeCohort, suggestMentees, suggestMentors } from '../../src/core/matching/suggest';

/**
 * Every hard rule at its edges: each value at, just below and just above its limit, and unknown.
 * The pair below passes every rule; each row changes one fact and names the breach it expects.
 */
const TODAY = new Date('2026-12-01T10:00:00Z');
const NONE: MatchContext = { activePairs: new Map(), exclusions: new Set(), endedBefore: new Set() };
const EXPIRED_3_MARCH: ReadonlyMap<string, CheckStatus> = new Map([['MT-1', { state: 'expired', expiredOn: parseCalendarDate('2026-03-03')! }]]);
const VOG: Partial<MatchingSettings> = { backgroundCheckRequired: true, backgroundCheckLabel: 'VOG' };

const BASE_MENTOR = {
  id: 'MT-1',
  name: 'Mentor',
  languages: 'it:native, en:B2',
  availability: 'evenings, weekends',
  offers: 'Housing, Employment',
  birthYear: 1985,
  gender: 'Woman',
  genderPreference: 'No preference',
  consentData: true,
  trainingModules: 5,
  capacity: 1,
};
const BASE_MENTEE = {
  id: 'ME-1',
  name: 'Mentee',
  languages: 'ar:native, en:B1',
  availability: 'evenings',
  needs: 'Housing, Language',
  birthYear: 1990,
  gender: 'Woman',
  genderPreference: 'No preference',
  agePreference: 'No preference',
  consentData: true,
};

type Facts = Record<string, string | number | boolean | null>;
const mentor = (extra: Facts = {}): MentorProfile => mentorProfile({ ...BASE_MENTOR, ...extra });
const mentee = (extra: Facts = {}): MenteeProfile => menteeProfile({ ...BASE_MENTEE, ...extra }, TODAY);

/** The breaches as [rule, reason key] pairs: which rule, and whether it is broken or needs a check. */
function breachesOf(
  mentorFacts: Facts,
  menteeFacts: Facts,
  settings: Partial<MatchingSettings> = {},
  context: Partial<MatchContext> = {},
): [HardRule, string][] {
  return hardRuleBreaches(mentor(mentorFacts), mentee(menteeFacts), { ...DEFAULT_MATCHING, ...settings }, { ...NONE, ...context }).map((b) => [
    b.rule,
    b.reason.key,
  ]);
}

const ok: [HardRule, string][] = [];
const broken = (rule: HardRule): [HardRule, string][] => [[rule, `match.rule.${rule}`]];
const check = (rule: HardRule, what: string): [HardRule, string][] => [[rule, `match.rule.needsCheck.${what}`]];

describe('the base pair', () => {
  it('passes every rule, so that each row below tests one fact', () => {
    expect(breachesOf({}, {})).toEqual([]);
  });
});

describe('training gate (5 of 5 required)', () => {
  it.each([
    ['4 of 5', 4, broken('training')],
    ['5 of 5', 5, ok],
    ['6 of 5', 6, ok],
    ['0 of 5', 0, broken('training')],
    ['blank', null, check('training', 'training')],
    ['text instead of a number', 'five', check('training', 'training')],
  ])('%s', (_, modules, expected) => {
    expect(breachesOf({ trainingModules: modules }, {})).toEqual(expected);
  });

  it('names what was done and what is required, or what must be recorded', () => {
    const [breach] = hardRuleBreaches(mentor({ trainingModules: 4 }), mentee(), DEFAULT_MATCHING, NONE);
    expect(breach).toEqual({ rule: 'training', reason: { key: 'match.rule.training', params: { done: 4, required: 5 } } });
    const [unknown] = hardRuleBreaches(mentor({ trainingModules: null }), mentee(), DEFAULT_MATCHING, NONE);
    expect(unknown).toEqual({ rule: 'training', reason: { key: 'match.rule.needsCheck.training', params: { required: 5 } }, needsCheck: 'training' });
  });

  it.each([
    [3, 2, broken('training')],
    [3, 3, ok],
    [0, 0, ok],
    // Nothing is required, so nothing needs recording.
    [0, null, ok],
    [1, null, check('training', 'training')],
  ])('with %i required, %s done', (required, modules, expected) => {
    expect(breachesOf({ trainingModules: modules }, {}, { trainingModulesRequired: required })).toEqual(expected);
  });

  it('is skipped only when the programme switched it off', () => {
    expect(breachesOf({ trainingModules: null }, {}, { disabledRules: ['training'] })).toEqual([]);
    expect(breachesOf({ trainingModules: 1 }, {}, { disabledRules: ['training'] })).toEqual([]);
  });
});

describe('who may be a minor', () => {
  const status = (birthYear: number | null, ageCheck = '', recordedMinor = false, year = 2026) => minorStatus({ birthYear, ageCheck, recordedMinor }, year);

  it('is under 18: 17 is a minor, 18 is not', () => {
    expect(ADULT_AGE).toBe(18);
  });

  it.each([
    // On 2026-12-01 someone born in 2009 is 16 or 17, in 2008 17 or 18, in 2007 18 or 19.
    [2010, 'minor'],
    [2009, 'minor'],
    [2008, 'possibly'],
    [2007, 'adult'],
    [2006, 'adult'],
    [null, 'unknown'],
  ] as const)('born in %s, with a birth year alone: %s', (birthYear, expected) => {
    expect(status(birthYear)).toBe(expected);
  });

  it.each([
    ['18 or over', 2009, 'adult'],
    ['18 or over', 2008, 'adult'],
    ['18 or over', null, 'adult'],
    ['Under 18', 2007, 'minor'],
    ['Under 18', 1990, 'minor'],
    ['Under 18', null, 'minor'],
    ['something else', 2008, 'possibly'],
  ] as const)('the coordinator’s check "%s" decides (born %s): %s', (ageCheck, birthYear, expected) => {
    expect(status(birthYear, ageCheck)).toBe(expected);
  });

  it('keeps a record that says "minor" until the coordinator says otherwise', () => {
    expect(status(1990, '', true)).toBe('minor');
    expect(status(null, '', true)).toBe('minor');
    expect(status(1990, '18 or over', true)).toBe('adult');
  });

  it('moves with the reference year', () => {
    expect(status(2008, '', false, 2025)).toBe('minor');
    expect(status(2008, '', false, 2026)).toBe('possibly');
    expect(status(2008, '', false, 2027)).toBe('adult');
  });

  it.each([
    ['2026-12-01T10:00:00Z', 2026],
    ['2026-12-31T23:59:59Z', 2026],
    // New Year in Europe is still 31 December west of it: the year turns last in UTC−12.
    ['2027-01-01T05:00:00Z', 2026],
    ['2027-01-01T11:59:59.999Z', 2026],
    ['2027-01-01T12:00:00Z', 2027],
    ['2027-06-01T00:00:00Z', 2027],
  ])('reads the year of %s as %i', (iso, year) => {
    expect(referenceYear(new Date(iso))).toBe(year);
  });

  it('is read into the mentee’s profile as of the day matching runs', () => {
    const born2008 = { ...BASE_MENTEE, birthYear: 2008 };
    expect(menteeProfile(born2008, new Date('2026-12-01T10:00:00Z')).minor).toBe('possibly');
    expect(menteeProfile(born2008, new Date('2027-03-01T10:00:00Z')).minor).toBe('adult');
    expect(menteeProfile({ ...born2008, ageCheck: '18 or over' }, new Date('2026-12-01T10:00:00Z')).minor).toBe('adult');
    expect(menteeProfile({ ...born2008, isMinor: true }, new Date('2027-03-01T10:00:00Z')).minor).toBe('minor');
    expect(menteeProfile({ ...BASE_MENTEE, birthYear: null }, TODAY).minor).toBe('unknown');
    expect(menteeProfile({ ...BASE_MENTEE, birthYear: 'about twenty' }, TODAY).minor).toBe('unknown');
  });
});

describe('safeguarding of minors (same gender only)', () => {
  it.each([
    // mentee born, mentee gender, mentor gender → expected
    [2009, 'Woman', 'Man', broken('minors')],
    [2009, 'Woman', 'Woman', ok],
    [2009, 'Man', 'Man', ok],
    [2009, 'Woman', '', check('minors', 'minorGender')],
    [2009, 'Woman', 'Prefer not to say', check('minors', 'minorGender')],
    [2009, '', 'Woman', check('minors', 'minorGender')],
    [2009, 'Prefer not to say', 'Woman', check('minors', 'minorGender')],
    [2009, 'Non-binary or other', 'Non-binary or other', ok],
    [2009, 'Non-binary or other', 'Woman', broken('minors')],
    [2008, 'Woman', 'Man', check('minors', 'minorAge')],
    [2008, 'Woman', 'Woman', ok],
    [2008, 'Woman', '', check('minors', 'minorGender')],
    [2007, 'Woman', 'Man', ok],
    [2007, 'Woman', '', ok],
    [null, 'Woman', 'Man', check('minors', 'minorAgeUnknown')],
    [null, 'Woman', 'Woman', ok],
    [null, 'Woman', '', check('minors', 'minorGender')],
  ] as const)('mentee born %s (%s), mentor %s', (birthYear, menteeGender, mentorGender, expected) => {
    expect(breachesOf({ gender: mentorGender }, { birthYear, gender: menteeGender })).toEqual(expected);
  });

  it('says whose gender and which birth year need the check', () => {
    const breach = (mentorFacts: Facts, menteeFacts: Facts) => hardRuleBreaches(mentor(mentorFacts), mentee(menteeFacts), DEFAULT_MATCHING, NONE)[0];
    expect(breach({ gender: '' }, { birthYear: 2009 })).toEqual({
      rule: 'minors',
      reason: { key: 'match.rule.needsCheck.minorGender', params: { who: 'MT-1' } },
      needsCheck: 'gender',
    });
    expect(breach({}, { birthYear: 2009, gender: '' })).toEqual({
      rule: 'minors',
      reason: { key: 'match.rule.needsCheck.minorGender', params: { who: 'ME-1' } },
      needsCheck: 'gender',
    });
    expect(breach({ gender: 'Man' }, { birthYear: 2008 })).toEqual({
      rule: 'minors',
      reason: { key: 'match.rule.needsCheck.minorAge', params: { year: 2008 } },
      needsCheck: 'age',
    });
    expect(breach({ gender: 'Man' }, { birthYear: null })).toEqual({
      rule: 'minors',
      reason: { key: 'match.rule.needsCheck.minorAgeUnknown' },
      needsCheck: 'age',
    });
    expect(breach({ gender: 'Man' }, { birthYear: 2009 })).toEqual({ rule: 'minors', reason: { key: 'match.rule.minors' } });
  });

  it('lifts "possibly a minor" only by the coordinator’s check', () => {
    expect(breachesOf({ gender: 'Man' }, { birthYear: 2008, ageCheck: '18 or over' })).toEqual([]);
    expect(breachesOf({ gender: 'Man' }, { birthYear: 2007, ageCheck: 'Under 18' })).toEqual(broken('minors'));
    expect(breachesOf({ gender: 'Man' }, { birthYear: 1990, isMinor: true })).toEqual(broken('minors'));
  });

  it('applies only while the programme keeps the rule', () => {
    expect(breachesOf({ gender: 'Man' }, { birthYear: 2009 }, { minorsSameGenderOnly: false })).toEqual([]);
    expect(breachesOf({ gender: '' }, { birthYear: 2008 }, { minorsSameGenderOnly: false })).toEqual([]);
    expect(breachesOf({ gender: 'Man' }, { birthYear: 2009 }, { disabledRules: ['minors'] })).toEqual([]);
  });

  it('knows a gender only when one is stated', () => {
    expect(['Woman', 'Man', 'Non-binary or other', ''].map(knownGender)).toEqual([true, true, true, false]);
    expect(knownGender('Prefer not to say')).toBe(false);
  });
});

describe('gender preference', () => {
  it.each([
    // mentee prefers, mentor is → expected
    ['A woman', 'Woman', ok],
    ['Woman', 'Woman', ok],
    ['woman', 'Woman', ok],
    ['A woman', 'Man', broken('genderPreference')],
    ['A man', 'Man', ok],
    ['Man', 'Woman', broken('genderPreference')],
    ['a man', 'Woman', broken('genderPreference')],
    ['A woman', 'Non-binary or other', broken('genderPreference')],
    ['A woman', '', check('genderPreference', 'preferenceGender')],
    ['Man', 'Prefer not to say', check('genderPreference', 'preferenceGender')],
    ['No preference', '', ok],
    ['', '', ok],
    ['Non-binary or other', 'Woman', ok],
    // Only a whole answer names a gender.
    ['A woman or a man', 'Man', ok],
    ['Womanly', 'Man', ok],
    ['Not a woman', 'Man', ok],
    ['Human', 'Woman', ok],
    ['Manly', 'Woman', ok],
    ['Not a man', 'Woman', ok],
  ])('mentee prefers "%s", mentor is "%s"', (preference, gender, expected) => {
    expect(breachesOf({ gender }, { genderPreference: preference })).toEqual(expected);
  });

  it.each([
    ['Woman', 'Woman', ok],
    ['Woman', 'Man', broken('genderPreference')],
    ['Man', 'Man', ok],
    ['Man', '', check('genderPreference', 'preferenceGender')],
  ])('mentor prefers "%s", mentee is "%s"', (preference, gender, expected) => {
    // An adult mentee, so that only the preference is at stake.
    expect(breachesOf({ genderPreference: preference, gender: 'Man' }, { gender, birthYear: 1990 })).toEqual(expected);
  });

  it('reports a known mismatch before a missing gender, and says whose gender is missing', () => {
    const first = (mentorFacts: Facts, menteeFacts: Facts) => hardRuleBreaches(mentor(mentorFacts), mentee(menteeFacts), DEFAULT_MATCHING, NONE)[0];
    expect(first({ gender: '', genderPreference: 'Man' }, { gender: 'Woman', genderPreference: 'A woman' })?.reason.key).toBe('match.rule.genderPreference');
    expect(first({ gender: 'Woman', genderPreference: 'Man' }, { gender: '', genderPreference: 'A man' })?.reason.key).toBe('match.rule.genderPreference');
    expect(first({ gender: '' }, { genderPreference: 'A woman' })).toEqual({
      rule: 'genderPreference',
      reason: { key: 'match.rule.needsCheck.preferenceGender', params: { who: 'MT-1' } },
      needsCheck: 'gender',
    });
    expect(first({ genderPreference: 'Woman' }, { gender: '' })).toEqual({
      rule: 'genderPreference',
      reason: { key: 'match.rule.needsCheck.preferenceGender', params: { who: 'ME-1' } },
      needsCheck: 'gender',
    });
    expect(first({ gender: '', genderPreference: 'Woman' }, { gender: '', genderPreference: 'A woman' })?.reason.params).toEqual({ who: 'MT-1' });
  });

  it('is skipped when the programme switched it off', () => {
    expect(breachesOf({ gender: 'Man' }, { genderPreference: 'A woman' }, { disabledRules: ['genderPreference'] })).toEqual([]);
  });
});

describe('age preference (birth years; the mentee born in 1990)', () => {
  it('treats "around my age" as at most 10 years apart', () => {
    expect(SIMILAR_AGE_YEARS).toBe(10);
  });

  it.each([
    ['Similar age', 1990, ok],
    ['Similar age', 1981, ok],
    ['Similar age', 1980, ok],
    ['Similar age', 1979, broken('agePreference')],
    ['Similar age', 2000, ok],
    ['Similar age', 2001, broken('agePreference')],
    ['Similar age', null, check('agePreference', 'preferenceAge')],
    ['Older', 1989, ok],
    ['Older', 1990, broken('agePreference')],
    ['Older', 1991, broken('agePreference')],
    ['Older', null, check('agePreference', 'preferenceAge')],
    ['Younger', 1991, ok],
    ['Younger', 1990, broken('agePreference')],
    ['Younger', 1989, broken('agePreference')],
    ['Younger', null, check('agePreference', 'preferenceAge')],
    ['No preference', 1940, ok],
    ['No preference', null, ok],
    ['', null, ok],
  ] as const)('"%s", mentor born %s', (preference, mentorYear, expected) => {
    expect(breachesOf({ birthYear: mentorYear }, { agePreference: preference })).toEqual(expected);
  });

  it('needs the mentee’s birth year as well', () => {
    // A mentee of unknown age with a mentor of the same gender: only the preference needs the year.
    expect(breachesOf({}, { agePreference: 'Similar age', birthYear: null })).toEqual(check('agePreference', 'preferenceAge'));
    expect(hardRuleBreaches(mentor(), mentee({ agePreference: 'Older', birthYear: null }), DEFAULT_MATCHING, NONE)[0]?.needsCheck).toBe('age');
  });

  it('is skipped when the programme switched it off', () => {
    expect(breachesOf({ birthYear: 1940 }, { agePreference: 'Similar age' }, { disabledRules: ['agePreference'] })).toEqual([]);
  });
});

describe('capacity', () => {
  it.each([
    [2, 0, ok],
    [2, 1, ok],
    [2, 2, broken('capacity')],
    [2, 3, broken('capacity')],
    [1, 0, ok],
    [1, 1, broken('capacity')],
    [0, 0, broken('capacity')],
  ])('capacity %i with %i active pairs', (capacity, active, expected) => {
    expect(breachesOf({ capacity }, {}, {}, { activePairs: new Map([['MT-1', active]]) })).toEqual(expected);
  });

  it('counts only this mentor’s pairs, names the capacity, and cannot be switched off', () => {
    expect(breachesOf({ capacity: 1 }, {}, {}, { activePairs: new Map([['MT-2', 5]]) })).toEqual([]);
    const [breach] = hardRuleBreaches(mentor({ capacity: 2 }), mentee(), DEFAULT_MATCHING, { ...NONE, activePairs: new Map([['MT-1', 2]]) });
    expect(breach?.reason).toEqual({ key: 'match.rule.capacity', params: { capacity: 2 } });
    expect(breachesOf({ capacity: 1 }, {}, { disabledRules: ['capacity'] }, { activePairs: new Map([['MT-1', 1]]) })).toEqual(broken('capacity'));
  });

  it('takes a blank capacity as one mentee, and a negative one as none', () => {
    expect(mentor({ capacity: null }).capacity).toBe(1);
    expect(mentor({ capacity: -2 }).capacity).toBe(0);
  });
});

describe('common language at the minimum level', () => {
  it.each([
    // mentor's English, mentee's English, minimum → expected (the mentee's Arabic is no help)
    ['en:B2', 'en:A1', 'A2', broken('language')],
    ['en:B2', 'en:A2', 'A2', ok],
    ['en:B2', 'en:B1', 'A2', ok],
    ['en:A1', 'en:B1', 'A2', broken('language')],
    ['en:A2', 'en:A2', 'A2', ok],
    ['en:B2', 'en:A2', 'B1', broken('language')],
    ['en:B2', 'en:B1', 'B1', ok],
    ['en:B1', 'en:B1', 'B2', broken('language')],
    ['en:B2', 'en:B2', 'B2', ok],
    ['en:C1', 'en:native', 'B2', ok],
    ['en:C2', 'en:B2', 'B2', ok],
    ['en:C2', 'en:C1', 'B2', ok],
    ['en:B2', 'en:A1', 'A1', ok],
    // A level nobody stated counts.
    ['en', 'en', 'B2', ok],
  ] as const)('mentor %s, mentee %s, minimum %s', (mentorEnglish, menteeEnglish, minimumLevel, expected) => {
    expect(breachesOf({ languages: `it:native, ${mentorEnglish}` }, { languages: `ar:native, ${menteeEnglish}` }, { minimumLevel })).toEqual(expected);
  });

  it('asks for A2 by default', () => {
    expect(breachesOf({}, { languages: 'ar:native, en:A1' })).toEqual(broken('language'));
    expect(breachesOf({}, { languages: 'ar:native, en:A2' })).toEqual([]);
  });

  it('counts only the languages the programme’s policy allows', () => {
    expect(breachesOf({ languages: 'it:native, fr:C1' }, { languages: 'ar:native, fr:B2' }, { languagePolicy: 'hostOrLinguaFranca' })).toEqual([]);
    const italianSpeaker = { languages: 'ar:native, it:A2' };
    const frenchSpeaker = { languages: 'ar:native, fr:B2' };
    expect(breachesOf({}, {}, { languagePolicy: 'host' })).toEqual(broken('language'));
    expect(breachesOf({}, italianSpeaker, { languagePolicy: 'host' })).toEqual([]);
    expect(breachesOf({}, {}, { languagePolicy: 'hostOrLinguaFranca' })).toEqual([]);
    expect(breachesOf({}, {}, { languagePolicy: 'hostOrLinguaFranca', linguaFranca: ['fr'] })).toEqual(broken('language'));
    expect(breachesOf({ languages: 'it:native, fr:C1' }, frenchSpeaker, { languagePolicy: 'hostOrLinguaFranca', linguaFranca: ['fr'] })).toEqual([]);
    expect(breachesOf({ languages: 'it:native, fr:C1' }, frenchSpeaker, { languagePolicy: 'host' })).toEqual(broken('language'));
    expect(breachesOf({ languages: 'ar:native' }, {}, { languagePolicy: 'any' })).toEqual([]);
    expect(breachesOf({ languages: 'de:native' }, {}, { disabledRules: ['language'] })).toEqual([]);
  });
});

describe('availability', () => {
  it.each([
    ['mornings', 'evenings', broken('availability')],
    ['mornings, weekends', 'evenings, afternoons', broken('availability')],
    ['mornings, evenings', 'evenings', ok],
    ['evenings', 'evenings', ok],
    ['any time', 'mornings', ok],
    ['mornings', 'any time', ok],
    ['', 'mornings', ok],
    ['mornings', '', ok],
  ])('mentor "%s", mentee "%s"', (mentorSlots, menteeSlots, expected) => {
    expect(breachesOf({ availability: mentorSlots }, { availability: menteeSlots })).toEqual(expected);
  });

  it('is skipped when the programme switched it off', () => {
    expect(breachesOf({ availability: 'mornings' }, {}, { disabledRules: ['availability'] })).toEqual([]);
  });
});

describe('the mentee’s first need', () => {
  it.each([
    ['Housing', 'Housing, Language', ok],
    ['Employment', 'Housing, Language', broken('firstNeed')],
    ['Language', 'Housing, Language', broken('firstNeed')],
    ['', 'Housing', ok],
    ['Employment', '', ok],
  ])('mentor offers "%s", mentee needs "%s"', (offers, needs, expected) => {
    expect(breachesOf({ offers }, { needs })).toEqual(expected);
  });

  it('names the need', () => {
    expect(hardRuleBreaches(mentor({ offers: 'Employment' }), mentee(), DEFAULT_MATCHING, NONE)[0]?.reason).toEqual({
      key: 'match.rule.firstNeed',
      params: { need: 'housing' },
    });
    expect(breachesOf({ offers: 'Employment' }, {}, { disabledRules: ['firstNeed'] })).toEqual([]);
  });
});

describe('exclusions and pairs that ended before', () => {
  it.each([
    [['MT-1|ME-1'], broken('exclusion')],
    [['MT-1|ME-2'], ok],
    [['MT-2|ME-1'], ok],
    [['ME-1|MT-1'], ok],
    [[], ok],
  ])('exclusions %j', (keys, expected) => {
    expect(breachesOf({}, {}, {}, { exclusions: new Set(keys) })).toEqual(expected);
    expect(breachesOf({}, {}, { disabledRules: ['exclusion'] }, { exclusions: new Set(keys) })).toEqual(expected);
  });

  it.each([
    [['MT-1|ME-1'], broken('endedBefore')],
    [['MT-1|ME-2'], ok],
    [['ME-1|MT-1'], ok],
  ])('ended before %j', (keys, expected) => {
    expect(breachesOf({}, {}, {}, { endedBefore: new Set(keys) })).toEqual(expected);
  });

  it('lets the programme switch off "ended before", never exclusions', () => {
    expect(breachesOf({}, {}, { disabledRules: ['endedBefore'] }, { endedBefore: new Set(['MT-1|ME-1']) })).toEqual([]);
  });
});

describe('screening', () => {
  it.each([
    ['', '', ok],
    ['Admit', 'Waiting list', ok],
    ['Defer', '', broken('screening')],
    ['', 'Refer elsewhere', broken('screening')],
    ['', 'Not selected', broken('screening')],
  ])('mentor "%s", mentee "%s"', (mentorDecision, menteeDecision, expected) => {
    expect(breachesOf({ screeningDecision: mentorDecision }, { screeningDecision: menteeDecision })).toEqual(expected);
  });

  it('names the decision, the mentor’s first', () => {
    const reason = (a: string, b: string) =>
      hardRuleBreaches(mentor({ screeningDecision: a }), mentee({ screeningDecision: b }), DEFAULT_MATCHING, NONE)[0]?.reason;
    expect(reason('Defer', 'Not selected')).toEqual({ key: 'match.rule.screening', params: { decision: 'Defer' } });
    expect(reason('Admit', 'Not selected')).toEqual({ key: 'match.rule.screening', params: { decision: 'Not selected' } });
    expect(breachesOf({ screeningDecision: 'Defer' }, {}, { disabledRules: ['screening'] })).toEqual([]);
  });
});

describe('consent to data processing in matching', () => {
  it.each([
    [true, true, ok],
    [false, true, broken('consent')],
    [true, false, broken('consent')],
    [null, true, broken('consent')],
    [true, null, broken('consent')],
    ['TRUE', true, broken('consent')],
    [true, 'yes', broken('consent')],
  ] as const)('mentor %s, mentee %s', (mentorConsent, menteeConsent, expected) => {
    expect(breachesOf({ consentData: mentorConsent }, { consentData: menteeConsent })).toEqual(expected);
    expect(breachesOf({ consentData: mentorConsent }, { consentData: menteeConsent }, { disabledRules: ['consent'] })).toEqual(expected);
  });

  it('names who has not consented, the mentor first', () => {
    const who = (a: boolean, b: boolean) =>
      hardRuleBreaches(mentor({ consentData: a }), mentee({ consentData: b }), DEFAULT_MATCHING, NONE)[0]?.reason.params?.who;
    expect(who(false, true)).toBe('MT-1');
    expect(who(true, false)).toBe('ME-1');
    expect(who(false, false)).toBe('MT-1');
  });
});

describe('every breach at once', () => {
  it('lists each broken rule once, in the order of the rules', () => {
    const context = { activePairs: new Map([['MT-1', 1]]), exclusions: new Set(['MT-1|ME-1']), endedBefore: new Set(['MT-1|ME-1']) };
    const all = breachesOf(
      {
        consentData: false,
        screeningDecision: 'Defer',
        languages: 'de',
        availability: 'mornings',
        offers: 'Employment',
        gender: 'Man',
        birthYear: 1950,
        trainingModules: 1,
      },
      { languages: 'ti', genderPreference: 'A woman', agePreference: 'Similar age', birthYear: 2009 },
      { backgroundCheckRequired: true },
      context,
    );
    expect(all.map(([rule]) => rule)).toEqual([...HARD_RULES]);
  });

  it('puts every reason into words in English and Italian', () => {
    const reasons: Breach[] = [
      ...hardRuleBreaches(
        mentor({
          consentData: false,
          screeningDecision: 'Defer',
          languages: 'de',
          availability: 'mornings',
          offers: 'Employment',
          gender: 'Man',
          birthYear: 1950,
          trainingModules: 1,
        }),
        mentee({ languages: 'ti', genderPreference: 'A woman', agePreference: 'Similar age', birthYear: 2009 }),
        { ...DEFAULT_MATCHING, backgroundCheckRequired: true },
        { activePairs: new Map([['MT-1', 1]]), exclusions: new Set(['MT-1|ME-1']), endedBefore: new Set(['MT-1|ME-1']) },
      ),
      // The background check's other words: expired, and both with the country's name of the check.
      ...hardRuleBreaches(mentor(), mentee(), { ...DEFAULT_MATCHING, backgroundCheckRequired: true }, { ...NONE, backgroundChecks: EXPIRED_3_MARCH }),
      ...hardRuleBreaches(mentor(), mentee(), { ...DEFAULT_MATCHING, ...VOG }, NONE),
      ...hardRuleBreaches(mentor(), mentee(), { ...DEFAULT_MATCHING, ...VOG }, { ...NONE, backgroundChecks: EXPIRED_3_MARCH }),
      ...hardRuleBreaches(mentor({ trainingModules: null, gender: '' }), mentee({ birthYear: 2009, genderPreference: 'A woman' }), DEFAULT_MATCHING, NONE),
      ...hardRuleBreaches(
        mentor({ gender: 'Man', birthYear: null }),
        mentee({ birthYear: 2008, agePreference: 'Older', genderPreference: '' }),
        DEFAULT_MATCHING,
        NONE,
      ),
      ...hardRuleBreaches(mentor({ gender: 'Man' }), mentee({ birthYear: null, genderPreference: '' }), DEFAULT_MATCHING, NONE),
    ];
    const keys = new Set(reasons.map((b) => b.reason.key));
    expect(keys.size).toBe(22);
    for (const breach of reasons) {
      const key = breach.reason.key as keyof typeof en;
      expect(en[key], key).toBeTruthy();
      expect(italian[key], key).toBeTruthy();
      expect(placeholdersOf(en[key]), key).toEqual(Object.keys(breach.reason.params ?? {}).sort());
    }
  });
});

describe('a pair that needs a check is not proposed until the fact is recorded', () => {
  const waiting = mentee({ birthYear: 2008, genderPreference: '' });
  const man = mentor({ id: 'MT-2', gender: 'Man' });

  it('is neither suggested nor assigned, and is not offered as an alternative', () => {
    const untrained = mentor({ id: 'MT-3', trainingModules: null });
    expect(suggestMentors(waiting, [man, untrained], DEFAULT_MATCHING, NONE)).toEqual({
      suggestions: [],
      excluded: {
        total: 2,
        byRule: [
          { rule: 'training', count: 1 },
          { rule: 'minors', count: 1 },
        ],
      },
    });
    expect(excludedMentors(waiting, [man, untrained], DEFAULT_MATCHING, NONE)).toMatchObject({
      total: 2,
      exclusions: [
        { mentorId: 'MT-2', breaches: [{ rule: 'minors', needsCheck: 'age' }] },
        { mentorId: 'MT-3', breaches: [{ rule: 'training', needsCheck: 'training' }] },
      ],
    });
    expect(suggestMentees(man, [waiting], DEFAULT_MATCHING, NONE).suggestions).toEqual([]);
    const proposal = proposeCohort([waiting], [man, untrained], DEFAULT_MATCHING, NONE, { maximiseMatched: true, teamMode: false, pinned: [] });
    expect(proposal.pairs).toEqual([]);
    expect(proposal.unmatched).toMatchObject([{ menteeId: 'ME-1', alternatives: [] }]);
  });

  it('is proposed once the coordinator records the fact', () => {
    const checked = mentee({ birthYear: 2008, genderPreference: '', ageCheck: '18 or over' });
    const trained = mentor({ id: 'MT-3', trainingModules: 5, gender: 'Man' });
    expect(suggestMentors(checked, [man, trained], DEFAULT_MATCHING, NONE).suggestions.map((s) => s.mentorId)).toEqual(['MT-2', 'MT-3']);
    const proposal = proposeCohort([checked], [man], DEFAULT_MATCHING, NONE, { maximiseMatched: true, teamMode: false, pinned: [] });
    expect(proposal.pairs.map((p) => p.mentorId)).toEqual(['MT-2']);
  });

  it('scores nothing for a pair it will not propose on the hot path', () => {
    expect(evaluate(man, waiting, DEFAULT_MATCHING, NONE, { scoreExcluded: false })).toMatchObject({ criteria: [], total: 0 });
  });
});

describe('the facts the rules read from a record', () => {
  it('takes a mentor’s type only from the two kinds there are', () => {
    expect(mentor({ mentorType: 'Peer' }).mentorType).toBe('Peer');
    expect(mentor({ mentorType: 'Local' }).mentorType).toBe('Local');
    expect(mentor({ mentorType: 'Volunteer' }).mentorType).toBe('');
    expect(mentor({ mentorType: null }).mentorType).toBe('');
  });

  it('reads a mentor’s skills and field as the words their aims are compared by', () => {
    const aims = mentor({ skills: 'Carpentry', professionalField: 'Building trades' }).traits.aimWords;
    expect(aims).toEqual(expect.arrayContaining(['carpentry', 'building', 'trades']));
  });

  it('reads a mentee’s needs, aims and wishes', () => {
    const profile = mentee({ needs: 'Employment, Housing', goals: 'Find work as an electrician', agePreference: 'Older', wantsSimilarBackground: true });
    expect(profile).toMatchObject({ topics: ['employment', 'housing'], agePreference: 'Older', wantsSimilarBackground: true });
    expect(profile.traits.aimWords).toContain('electrician');
    expect(mentee({ wantsSimilarBackground: 'yes' }).wantsSimilarBackground).toBe(false);
  });

  it('reads consent and training as recorded, and nothing else as them', () => {
    expect(mentor({ consentData: true }).consent).toBe(true);
    expect(mentor({ consentData: 'TRUE' }).consent).toBe(false);
    expect(mentor({ trainingModules: 0 }).trainingModules).toBe(0);
    expect(mentor({ trainingModules: null }).trainingModules).toBeNull();
    expect(mentor({ trainingModules: '5' }).trainingModules).toBeNull();
  });
});

describe('the programme’s rule settings', () => {
  const ALWAYS_ON: HardRule[] = ['consent', 'capacity', 'exclusion'];
  const OWN_SETTING: HardRule[] = ['backgroundCheck'];

  it('default to the handbooks: every rule on, 5 of 5 training modules, minors with the same gender only', () => {
    expect(DEFAULT_MATCHING).toMatchObject({
      disabledRules: [],
      languagePolicy: 'any',
      hostLanguage: 'it',
      linguaFranca: ['en', 'fr'],
      minimumLevel: 'A2',
      trainingModulesRequired: 5,
      minorsSameGenderOnly: true,
      backgroundCheckRequired: false,
      backgroundCheckLabel: '',
      suggestions: 5,
    });
  });

  it.each(HARD_RULES.filter((r) => !OWN_SETTING.includes(r)))('%s can be switched off unless it protects people', (rule) => {
    expect(ruleEnabled(DEFAULT_MATCHING, rule)).toBe(true);
    expect(ruleEnabled({ ...DEFAULT_MATCHING, disabledRules: [rule] }, rule)).toBe(ALWAYS_ON.includes(rule));
    expect(ruleEnabled({ ...DEFAULT_MATCHING, disabledRules: HARD_RULES.filter((r) => r !== rule) }, rule)).toBe(true);
  });

  it('keeps consent, exclusions and capacity on even in stored settings that switch them off', () => {
    const stored = normaliseMatchingSettings({ disabledRules: [...HARD_RULES, 'nonsense', 3, null] });
    expect(stored.disabledRules).toEqual(HARD_RULES.filter((r) => !ALWAYS_ON.includes(r) && !OWN_SETTING.includes(r)));
    expect(normaliseMatchingSettings({ disabledRules: 'training' }).disabledRules).toEqual([]);
  });

  it.each([null, undefined, 'training', 42, [], {}])('replaces stored settings %j by the defaults', (input) => {
    expect(normaliseMatchingSettings(input)).toEqual(DEFAULT_MATCHING);
  });

  it.each([
    [0, 0],
    [5, 5],
    [3, 3],
    [2.6, 3],
    [4.4, 4],
    [6, 5],
    [-1, 5],
    ['3', 5],
    [null, 5],
    [[3], 5],
  ])('takes %j training modules as %i required', (stored, required) => {
    expect(normaliseMatchingSettings({ trainingModulesRequired: stored }).trainingModulesRequired).toBe(required);
  });

  it.each([
    [false, false],
    [true, true],
    ['false', true],
    [0, true],
  ])('takes "minors with the same gender only" %j as %s', (stored, expected) => {
    expect(normaliseMatchingSettings({ minorsSameGenderOnly: stored }).minorsSameGenderOnly).toBe(expected);
  });

  it.each([
    ['A1', 'A1'],
    ['B2', 'B2'],
    ['C1', 'A2'],
    ['native', 'A2'],
    ['', 'A2'],
  ])('takes the minimum level %j as %s', (stored, expected) => {
    expect(normaliseMatchingSettings({ minimumLevel: stored }).minimumLevel).toBe(expected);
  });

  it('keeps a language policy and languages only when they are valid', () => {
    expect(normaliseMatchingSettings({ languagePolicy: 'host' }).languagePolicy).toBe('host');
    expect(normaliseMatchingSettings({ languagePolicy: 'hostOrLinguaFranca' }).languagePolicy).toBe('hostOrLinguaFranca');
    expect(normaliseMatchingSettings({ languagePolicy: 'none' }).languagePolicy).toBe('any');
    expect(['fr', 'prs', 'FR', 'fren', 'f', '', 5, ['fr']].map((hostLanguage) => normaliseMatchingSettings({ hostLanguage }).hostLanguage)).toEqual([
      'fr',
      'prs',
      'it',
      'it',
      'it',
      'it',
      'it',
      'it',
    ]);
    expect(normaliseMatchingSettings({ linguaFranca: ['de', 'EN', 'x', 'prs', 'engl', 3, null, ['es']] }).linguaFranca).toEqual(['de', 'prs']);
    expect(normaliseMatchingSettings({ linguaFranca: 'en' }).linguaFranca).toEqual(['en', 'fr']);
    expect(normaliseMatchingSettings({ linguaFranca: [] }).linguaFranca).toEqual([]);
    const many = ['aa', 'ab', 'ac', 'ad', 'ae', 'af', 'ag', 'ah', 'ai', 'aj', 'ak'];
    expect(normaliseMatchingSettings({ linguaFranca: many }).linguaFranca).toEqual(many.slice(0, 10));
  });

  it('keeps each weight from 0 to 100 and the others at their default', () => {
    const weightOf = (needs: unknown) => normaliseMatchingSettings({ weights: { needs, interests: 1 } }).weights;
    expect(weightOf(0)).toEqual({ ...DEFAULT_MATCHING.weights, needs: 0, interests: 1 });
    expect(weightOf(100).needs).toBe(100);
    expect(weightOf(42.5).needs).toBe(42.5);
    for (const bad of [101, -1, Number.NaN, Number.POSITIVE_INFINITY, '50', null, [50]]) expect(weightOf(bad).needs, String(bad)).toBe(30);
    expect(normaliseMatchingSettings({ weights: null }).weights).toEqual(DEFAULT_MATCHING.weights);
    normaliseMatchingSettings({ weights: { needs: 7 } });
    expect(DEFAULT_MATCHING.weights.needs, 'the defaults stay as they are').toBe(30);
  });

  it.each([
    [1, 1],
    [20, 20],
    [7.5, 8],
    [0, 5],
    [21, 5],
    [19.6, 20],
    ['3', 5],
  ])('shows %j suggestions as %i', (stored, expected) => {
    expect(normaliseMatchingSettings({ suggestions: stored }).suggestions).toBe(expected);
  });
});

describe('background check gate (when the programme requires one)', () => {
  const day = (text: string) => parseCalendarDate(text)!;
  /** The matching day of these rows: 3 March 2026. */
  const MATCHING_DAY = day('2026-03-03');
  const vog = (doneOn: string | null, expiresOn: string | null): BackgroundCheck => ({
    label: 'VOG',
    doneOn: doneOn ? day(doneOn) : null,
    expiresOn: expiresOn ? day(expiresOn) : null,
  });
  const REQUIRED: Partial<MatchingSettings> = { backgroundCheckRequired: true };
  /** The breaches of the base pair, the mentor's checks read as of the matching day. */
  const withChecks = (checks: readonly BackgroundCheck[] | null, settings: Partial<MatchingSettings> = REQUIRED) =>
    hardRuleBreaches(
      mentor(),
      mentee(),
      { ...DEFAULT_MATCHING, ...settings },
      {
        ...NONE,
        backgroundChecks: checks === null ? new Map() : new Map([['MT-1', checkStatus(checks, MATCHING_DAY)]]),
      },
    );
  const expiredOn = (date: string) => [{ rule: 'backgroundCheck', reason: { key: 'match.rule.backgroundCheck.expired', params: { date } } }];
  const missing = [{ rule: 'backgroundCheck', reason: { key: 'match.rule.backgroundCheck.missing' } }];

  it.each([
    ['expired yesterday', '2026-03-02', expiredOn('2026-03-02')],
    // The day of expiry no longer counts: the safer reading (the handbooks say nothing of it).
    ['expires today', '2026-03-03', expiredOn('2026-03-03')],
    ['expires tomorrow', '2026-03-04', []],
    ['expires in a year', '2027-03-03', []],
  ])('a check that %s', (_, expiresOn, expected) => {
    expect(withChecks([vog('2025-03-01', expiresOn)])).toEqual(expected);
  });

  it.each([
    ['done yesterday', '2026-03-02', []],
    ['done today', '2026-03-03', []],
    // Planned, not done: nothing counts yet.
    ['done tomorrow', '2026-03-04', missing],
  ])('a check with no expiry date %s counts from that day (until replaced)', (_, doneOn, expected) => {
    expect(withChecks([vog(doneOn, null)])).toEqual(expected);
  });

  it('no check recorded: the mentor is excluded, and so is a mentor the loader gave no state', () => {
    expect(withChecks([])).toEqual(missing);
    expect(withChecks(null)).toEqual(missing);
    // A check without the day it was done is a reminder, not a record.
    expect(withChecks([vog(null, '2027-01-01')])).toEqual(missing);
    // No map at all (checks not loaded): still excluded, never passed as checked.
    expect(hardRuleBreaches(mentor(), mentee(), { ...DEFAULT_MATCHING, ...REQUIRED }, NONE)).toEqual(missing);
  });

  it('two checks, one expired and one valid: the valid one counts, in either order', () => {
    expect(withChecks([vog('2023-01-01', '2026-01-01'), vog('2026-01-02', '2028-01-02')])).toEqual([]);
    expect(withChecks([vog('2026-01-02', '2028-01-02'), vog('2023-01-01', '2026-01-01')])).toEqual([]);
    // Two expired: the latest done names the day.
    expect(withChecks([vog('2022-01-01', '2026-02-01'), vog('2023-01-01', '2025-01-01')])).toEqual(expiredOn('2025-01-01'));
  });

  it('is off by default and when the programme does not require a check: nobody is held back', () => {
    expect(DEFAULT_MATCHING.backgroundCheckRequired).toBe(false);
    expect(withChecks([], {})).toEqual([]);
    expect(withChecks([vog('2020-01-01', '2021-01-01')], { backgroundCheckRequired: false })).toEqual([]);
    expect(ruleEnabled(DEFAULT_MATCHING, 'backgroundCheck')).toBe(false);
    expect(ruleEnabled({ ...DEFAULT_MATCHING, backgroundCheckRequired: true }, 'backgroundCheck')).toBe(true);
  });

  it('once required, cannot be switched off as a rule', () => {
    expect(withChecks([], { backgroundCheckRequired: true, disabledRules: ['backgroundCheck'] })).toEqual(missing);
    expect(ruleEnabled({ ...DEFAULT_MATCHING, backgroundCheckRequired: true, disabledRules: ['backgroundCheck'] }, 'backgroundCheck')).toBe(true);
    expect(normaliseMatchingSettings({ disabledRules: ['backgroundCheck', 'training'] }).disabledRules).toEqual(['training']);
  });

  it('reads only this mentor’s state', () => {
    const other = new Map<string, CheckStatus>([['MT-2', { state: 'valid' }]]);
    expect(hardRuleBreaches(mentor(), mentee(), { ...DEFAULT_MATCHING, ...REQUIRED }, { ...NONE, backgroundChecks: other })).toEqual(missing);
    const mine = new Map<string, CheckStatus>([['MT-1', { state: 'valid' }]]);
    expect(hardRuleBreaches(mentor(), mentee(), { ...DEFAULT_MATCHING, ...REQUIRED }, { ...NONE, backgroundChecks: mine })).toEqual([]);
  });

  it('names the country’s check from the settings, never the label of a recorded check', () => {
    const named = { backgroundCheckRequired: true, backgroundCheckLabel: 'Certificato penale' };
    const expired = withChecks([vog('2025-03-01', '2026-03-03')], named);
    expect(expired).toEqual([
      { rule: 'backgroundCheck', reason: { key: 'match.rule.backgroundCheck.expiredNamed', params: { check: 'Certificato penale', date: '2026-03-03' } } },
    ]);
    expect(withChecks([], named)).toEqual([
      { rule: 'backgroundCheck', reason: { key: 'match.rule.backgroundCheck.missingNamed', params: { check: 'Certificato penale' } } },
    ]);
    expect(JSON.stringify(expired)).not.toContain('VOG');
  });

  it('gives the reason in words, the day as people read it', () => {
    const words = (breaches: Breach[], language: 'en' | 'it' = 'en') => breaches.map((b) => describeReason(b.reason, translator(language), language));
    expect(words(withChecks([vog('2025-03-01', '2026-03-03')]))).toEqual(['Background check expired on 3 March 2026.']);
    expect(words(withChecks([]))).toEqual(['No background check recorded.']);
    expect(words(withChecks([vog('2025-03-01', '2026-03-03')], VOG))).toEqual(['Background check (VOG) expired on 3 March 2026.']);
    expect(words(withChecks([], VOG))).toEqual(['No background check recorded (VOG).']);
    expect(words(withChecks([vog('2025-03-01', '2026-03-03')]), 'it')).toEqual(['Controllo dei precedenti scaduto il 3 marzo 2026.']);
  });

  it('comes after training and before the safeguarding of minors, so that a mentor is counted under it once', () => {
    expect(HARD_RULES.indexOf('backgroundCheck')).toBe(HARD_RULES.indexOf('training') + 1);
    const breaches = breachesOf({ trainingModules: null, gender: 'Man' }, { birthYear: 2009 }, REQUIRED);
    expect(breaches.map(([rule]) => rule)).toEqual(['training', 'backgroundCheck', 'minors']);
  });

  it('keeps an unchecked mentor out of suggestions, the mentor’s side, cohorts and their alternatives', () => {
    const settings = { ...DEFAULT_MATCHING, ...REQUIRED };
    const checked = mentor({ id: 'MT-2' });
    const context = { ...NONE, backgroundChecks: new Map<string, CheckStatus>([['MT-2', { state: 'valid' }]]) };
    const result = suggestMentors(mentee(), [mentor(), checked], settings, context);
    expect(result.suggestions.map((s) => s.mentorId)).toEqual(['MT-2']);
    expect(result.excluded).toEqual({ total: 1, byRule: [{ rule: 'backgroundCheck', count: 1 }] });
    expect(excludedMentors(mentee(), [mentor(), checked], settings, context, { rule: 'backgroundCheck' })).toMatchObject({
      total: 1,
      exclusions: [{ mentorId: 'MT-1', breaches: missing }],
    });
    expect(suggestMentees(mentor(), [mentee()], settings, context)).toEqual({
      suggestions: [],
      excluded: { total: 1, byRule: [{ rule: 'backgroundCheck', count: 1 }] },
    });
    expect(excludedMentees(mentor(), [mentee()], settings, context, { rule: 'backgroundCheck' })).toMatchObject({
      total: 1,
      exclusions: [{ breaches: missing }],
    });
    // Alone, the unchecked mentor is neither proposed nor offered as an alternative: the rule is never bent.
    const proposal = proposeCohort([mentee()], [mentor()], settings, context, { maximiseMatched: true, teamMode: false, pinned: [] });
    expect(proposal.pairs).toEqual([]);
    expect(proposal.unmatched).toEqual([{ menteeId: 'ME-1', why: { key: 'match.unmatched.rule', params: { rule: 'backgroundCheck' } }, alternatives: [] }]);
    const both = proposeCohort([mentee()], [mentor(), checked], settings, context, { maximiseMatched: true, teamMode: false, pinned: [] });
    expect(both.pairs.map((p) => p.mentorId)).toEqual(['MT-2']);
  });
});

describe('the setting "background check required"', () => {
  it.each([
    [true, true],
    [false, false],
    ['true', false],
    [1, false],
    [null, false],
  ])('takes %j as %s', (stored, expected) => {
    expect(normaliseMatchingSettings({ backgroundCheckRequired: stored }).backgroundCheckRequired).toBe(expected);
  });

  it.each([
    ['VOG', 'VOG'],
    ['  Certificato   del casellario\tgiudiziale ', 'Certificato del casellario giudiziale'],
    ['DBS\u0000\u0007 enhanced', 'DBS enhanced'],
    ['', ''],
    ['x'.repeat(CHECK_NAME_MAX), 'x'.repeat(CHECK_NAME_MAX)],
    // Spaces around do not count towards the limit.
    [` ${'x'.repeat(CHECK_NAME_MAX)} `, 'x'.repeat(CHECK_NAME_MAX)],
    ['x'.repeat(CHECK_NAME_MAX + 1), ''],
    [42, ''],
    [null, ''],
  ])('keeps the check’s name %j as %j', (stored, expected) => {
    expect(normaliseMatchingSettings({ backgroundCheckLabel: stored }).backgroundCheckLabel).toBe(expected);
  });

  it('says why a name cannot be kept, at the limit and above', () => {
    expect(checkNameProblem('x'.repeat(CHECK_NAME_MAX))).toBeNull();
    expect(checkNameProblem('x'.repeat(CHECK_NAME_MAX + 1))).toEqual({ key: 'settings.error.backgroundCheckLabel', params: { max: CHECK_NAME_MAX } });
    expect(checkNameProblem(7)).not.toBeNull();
    expect(tidyCheckName(' a \n b ')).toBe('a b');
  });
});
