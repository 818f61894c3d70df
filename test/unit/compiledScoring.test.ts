import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileMatching, firstRule, RULE_BIT, ruleCount, rulesOf, STAGE } from '../../src/core/matching/compiled';
import { evaluate } from '../../src/core/matching/evaluate';
import { MeetingFilter } from '../../src/core/matching/meetingFilter';
import { type MenteeProfile, type MentorProfile, menteeProfile, mentorProfile } from '../../src/core/matching/profiles';
import { parseCalendarDate } from '../../src/core/calendarDate';
import type { CheckStatus } from '../../src/core/matching/readiness';
import { hardRuleBreaches, type MatchContext } from '../../src/core/matching/rules';
import { CRITERIA, DEFAULT_MATCHING, HARD_RULES, type HardRule, type MatchingSettings } from '../../src/core/matching/settings';

/**
 * The compiled path (compiled.ts) against evaluate() and hardRuleBreaches(), the definitions:
 * random people drawn from small pools, so that equal, near and unknown values meet often
 * (blank ages, no languages, levels nobody stated or that are not levels, ids with a "|").
 */
const TODAY = new Date('2026-12-01T10:00:00Z');

const pick = <T>(values: readonly T[]) => fc.constantFrom(...values);
/** A list answer: 0 to 4 parts from the pool, repeats allowed, as a person would type it. */
const listOf = (pool: readonly string[]) => fc.array(pick(pool), { maxLength: 4 }).map((parts) => parts.join(', '));

const LANGUAGES = ['it:native', 'it:A1', 'en:B2', 'en:A1', 'en:A2', 'en', 'en:', 'fr:B1', 'fr:C2', 'ar:native', 'de:fluent', 'ti', 'prs:B2', ':B2'];
const SLOTS = ['mornings', 'afternoons', 'evenings', 'weekends', 'any time', 'Evenings', 'sunday lunch'];
const TOPICS = ['Housing', 'Employment', 'Language', 'Health', 'casa', 'find a job', 'Social network', 'bicycle repair', '!!'];
const INTERESTS = ['Cooking', 'cooking', 'Football', 'Chess', 'Hiking', 'Music', '?'];
const WORDS = ['engineer', 'engineering', 'logistics', 'teacher', 'cook', 'cooking', 'nurse', 'nursery', 'web design', 'designer', 'cooker', ''];
const PLACES = ['Bologna', 'bologna', 'Imola', 'Modena', ''];
const POSTCODES = ['', '40', '401', '40121', '40100', '4012', '41100', ' 401 22'];
const YEARS = [null, 'about twenty', 1950, 1979, 1980, 1981, 1990, 1991, 2000, 2001, 2007, 2008, 2009, 2012, 1990.5];
const GENDERS = ['Woman', 'Man', 'Non-binary or other', 'Prefer not to say', '', 'woman', 'Agender'];
const GENDER_PREFERENCES = ['A woman', 'a man', 'Woman', 'Man', 'No preference', '', 'Womanly', 'Non-binary or other'];
const AGE_PREFERENCES = ['Similar age', 'Older', 'Younger', 'No preference', '', 'similar age'];
const DECISIONS = ['', 'Admit', 'Waiting list', 'Defer', 'Refer elsewhere', 'Not selected'];
/** Ids with a "|" in them, repeated and empty ones: an exclusion key must still find exactly its pairs. */
const MENTOR_IDS = ['MT-1', 'MT-2', 'X|Y', 'X', 'Y', '', 'MT-1'];
const MENTEE_IDS = ['ME-1', 'ME-2', 'Y|ME-1', 'Y', '', 'ME-1'];

const person = {
  languages: listOf(LANGUAGES),
  availability: listOf(SLOTS),
  interests: listOf(INTERESTS),
  municipality: pick(PLACES),
  postcode: pick(POSTCODES),
  birthYear: pick(YEARS),
  gender: pick(GENDERS),
  genderPreference: pick(GENDER_PREFERENCES),
  family: pick(['two children', 'single', 'a son', '']),
  temperament: pick(['quiet', 'outgoing', 'calm and sociable', '']),
  consentData: pick([true, true, true, false, null]),
  screeningDecision: pick(DECISIONS),
};

const mentorRecord = fc.record({
  ...person,
  id: pick(MENTOR_IDS),
  offers: listOf(TOPICS),
  skills: listOf(WORDS),
  professionalField: pick(WORDS),
  trainingModules: pick([null, 0, 2, 3, 4, 5, 6, '5']),
  capacity: pick([null, 0, 1, 2, 3, -1]),
  mentorType: pick(['Peer', 'Local', '', 'Volunteer']),
});

const menteeRecord = fc.record({
  ...person,
  id: pick(MENTEE_IDS),
  needs: listOf(TOPICS),
  goals: listOf(WORDS),
  agePreference: pick(AGE_PREFERENCES),
  wantsSimilarBackground: fc.boolean(),
  ageCheck: pick(['', '', '18 or over', 'Under 18']),
  isMinor: pick([false, false, true]),
});

/** A mentee who brings forty values of each kind, so that the bit sets need more than one word. */
const many = (prefix: string, n = 40) => Array.from({ length: n }, (_, i) => `${prefix}${i}`).join(', ');
const WIDE_MENTEE = {
  id: 'ME-wide',
  languages: many('l'),
  availability: many('slot '),
  needs: many('need '),
  interests: many('interest '),
  goals: many('goalword', 40).replace(/, /g, ' '),
  municipality: 'Wide',
  consentData: true,
};

const settingsArbitrary: fc.Arbitrary<MatchingSettings> = fc.record({
  weights: fc.record(Object.fromEntries(CRITERIA.map((c) => [c, fc.oneof(fc.integer({ min: 0, max: 100 }), pick([0, 0.1, 42.5, 99.9]))])) as never),
  disabledRules: fc.subarray([...HARD_RULES]),
  languagePolicy: pick(['any', 'host', 'hostOrLinguaFranca'] as const),
  hostLanguage: pick(['it', 'en', 'fr', 'de']),
  linguaFranca: fc.subarray(['en', 'fr', 'ar', 'prs']),
  minimumLevel: pick(['A1', 'A2', 'B1', 'B2'] as const),
  trainingModulesRequired: fc.integer({ min: 0, max: 5 }),
  minorsSameGenderOnly: fc.boolean(),
  backgroundCheckRequired: fc.boolean(),
  backgroundCheckLabel: pick(['', 'VOG', 'Certificato penale']),
  suggestions: fc.integer({ min: 1, max: 20 }),
});

/** Each mentor's check state as the loader gives it; some mentors have none, and sometimes no checks were loaded at all. */
const CHECK_STATES: CheckStatus[] = [
  { state: 'valid' },
  { state: 'missing' },
  { state: 'expired', expiredOn: parseCalendarDate('2026-03-03')! },
  { state: 'expired', expiredOn: parseCalendarDate('2026-12-01')! },
];
const checkStates = fc.option(
  fc.array(fc.tuple(pick(MENTOR_IDS), pick(CHECK_STATES)), { maxLength: 5 }).map((entries) => new Map(entries)),
  { nil: undefined },
);

const pairKeys = fc.array(
  fc.tuple(pick(MENTOR_IDS), pick(MENTEE_IDS)).map(([a, b]) => `${a}|${b}`),
  { maxLength: 4 },
);
const contextArbitrary: fc.Arbitrary<MatchContext> = fc.record({
  activePairs: fc.array(fc.tuple(pick(MENTOR_IDS), fc.integer({ min: 0, max: 3 })), { maxLength: 3 }).map((entries) => new Map(entries)),
  exclusions: pairKeys.map((keys) => new Set(keys)),
  endedBefore: pairKeys.map((keys) => new Set(keys)),
  backgroundChecks: checkStates,
});

const cohort = fc.record({
  mentors: fc.array(mentorRecord, { minLength: 1, maxLength: 4 }),
  mentees: fc.array(menteeRecord, { minLength: 1, maxLength: 4 }),
  wide: fc.boolean(),
  settings: settingsArbitrary,
  context: contextArbitrary,
  ignored: fc.subarray([...HARD_RULES]),
});

function people(input: { mentors: object[]; mentees: object[]; wide: boolean }): { mentors: MentorProfile[]; mentees: MenteeProfile[] } {
  const mentees = input.mentees.map((r) => menteeProfile(r as never, TODAY));
  return {
    mentors: input.mentors.map((r) => mentorProfile(r as never)),
    mentees: input.wide ? [menteeProfile(WIDE_MENTEE, TODAY), ...mentees] : mentees,
  };
}

const maskOf = (rules: readonly HardRule[]) => rules.reduce((mask, rule) => mask | RULE_BIT[rule], 0);

describe('the compiled path gives what evaluate() gives', () => {
  it('the same broken rules, the same filter, and the same total for every pair', () => {
    fc.assert(
      fc.property(cohort, (input) => {
        const { mentors, mentees } = people(input);
        const compiled = compileMatching(mentees, mentors, input.settings, input.context);
        const ignored = maskOf(input.ignored);
        mentees.forEach((mentee, j) => {
          mentors.forEach((mentor, k) => {
            const expected = hardRuleBreaches(mentor, mentee, input.settings, input.context).map((b) => b.rule);
            const mask = compiled.breaches(k, j);
            expect(rulesOf(mask), `${mentor.id} with ${mentee.id}`).toEqual(expected);
            expect(compiled.excludes(k, j, ignored)).toBe(expected.some((rule) => !input.ignored.includes(rule)));
            expect(compiled.excludes(k, j)).toBe(expected.length > 0);
            expect(rulesOf(compiled.firstBreach(k, j))).toEqual(expected.slice(0, 1));
            expect(compiled.total(k, j)).toBe(evaluate(mentor, mentee, input.settings, input.context).total);
          });
        });
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('the same with the default settings, where every rule is on', () => {
    fc.assert(
      fc.property(cohort, (input) => {
        const { mentors, mentees } = people(input);
        const compiled = compileMatching(mentees, mentors, DEFAULT_MATCHING, input.context);
        mentees.forEach((mentee, j) => {
          mentors.forEach((mentor, k) => {
            const e = evaluate(mentor, mentee, DEFAULT_MATCHING, input.context);
            expect(rulesOf(compiled.breaches(k, j))).toEqual(e.breaches.map((b) => b.rule));
            expect(compiled.total(k, j)).toBe(e.total);
          });
        });
      }),
      { numRuns: 150 },
    );
  }, 60_000);

  it('the same when the programme requires a background check, whatever the mentors’ check states', () => {
    fc.assert(
      fc.property(cohort, pick(['', 'VOG']), (input, label) => {
        const { mentors, mentees } = people(input);
        const settings = { ...DEFAULT_MATCHING, backgroundCheckRequired: true, backgroundCheckLabel: label };
        const compiled = compileMatching(mentees, mentors, settings, input.context);
        mentees.forEach((mentee, j) => {
          mentors.forEach((mentor, k) => {
            const expected = hardRuleBreaches(mentor, mentee, settings, input.context).map((b) => b.rule);
            expect(rulesOf(compiled.breaches(k, j))).toEqual(expected);
            expect(rulesOf(compiled.firstBreach(k, j))).toEqual(expected.slice(0, 1));
            expect(compiled.excludes(k, j)).toBe(expected.length > 0);
            expect(expected.includes('backgroundCheck')).toBe(input.context.backgroundChecks?.get(mentor.id)?.state !== 'valid');
          });
        });
      }),
      { numRuns: 150 },
    );
  }, 60_000);
});

/** The rules the cohort's meeting filter sieves with: every other rule is left to `excludes`. */
const SIEVED = maskOf(['consent', 'screening', 'capacity', 'training', 'backgroundCheck', 'language', 'availability', 'firstNeed', 'genderPreference']);

describe('the meeting filter keeps exactly the pairs its rules allow', () => {
  /** A group of mentor indices, as the cohort gives one: some mentors, in any order, some more than once, up to 70 (sets of three words). */
  const groupOf = (mentors: number, order: number[], repeat: number) =>
    Array.from({ length: Math.min(70, order.length * repeat) }, (_, g) => order[g % order.length]! % mentors);

  it('drops a pair only when one of its rules breaks it, keeps every other, in the group’s order', () => {
    fc.assert(
      fc.property(cohort, fc.array(fc.nat(), { minLength: 1, maxLength: 6 }), fc.integer({ min: 1, max: 20 }), (input, order, repeat) => {
        const { mentors, mentees } = people(input);
        const compiled = compileMatching(mentees, mentors, input.settings, input.context);
        const ignored = maskOf(input.ignored);
        const group = groupOf(mentors.length, order, repeat);
        const filter = new MeetingFilter(compiled, group, ignored);
        const out = new Int32Array(group.length);
        mentees.forEach((_, j) => {
          const kept = [...out.subarray(0, filter.candidates(j, out))];
          const expected = group.flatMap((k, g) => ((compiled.breaches(k, j) & SIEVED & ~ignored) === 0 ? [g] : []));
          expect(kept, `mentee ${j}`).toEqual(expected);
          group.forEach((k, g) => {
            if (!kept.includes(g)) expect(compiled.excludes(k, j, ignored)).toBe(true);
          });
        });
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('sieves by gender both ways and by first need over two words: women and men asked for, mentors who ask for either, offers past the 32nd mentor', () => {
    // Random people rarely pass every other rule at once; here all do, so only gender, wishes, needs and times decide.
    const base = { consentData: true, trainingModules: 5, capacity: 1, languages: 'it' };
    const wishes = ['A woman', 'A man', ''];
    const mentors = Array.from({ length: 40 }, (_, k) =>
      mentorProfile({
        id: `MT-${k}`,
        ...base,
        gender: k % 2 ? 'Man' : 'Woman',
        genderPreference: wishes[k % 3]!,
        offers: k % 4 === 0 || k > 35 ? 'Housing' : 'Employment',
        availability: k < 34 ? 'evenings' : 'mornings',
      }),
    );
    const mentees = ['Woman', 'Man', 'Non-binary or other'].flatMap((gender) =>
      [...wishes, 'Non-binary or other'].flatMap((wish) =>
        ['Housing', 'Employment', ''].map((needs) =>
          menteeProfile({ id: `ME-${gender}-${wish}-${needs}`, ...base, gender, genderPreference: wish, needs, availability: 'mornings, evenings' }, TODAY),
        ),
      ),
    );
    const compiled = compileMatching(mentees, mentors, DEFAULT_MATCHING, { activePairs: new Map(), exclusions: new Set(), endedBefore: new Set() });
    const group = mentors.map((_, k) => k);
    const filter = new MeetingFilter(compiled, group, 0);
    const out = new Int32Array(group.length);
    const counts = mentees.map((_, j) => {
      const kept = [...out.subarray(0, filter.candidates(j, out))];
      expect(kept, mentees[j]!.id).toEqual(group.filter((k) => (compiled.breaches(k, j) & SIEVED) === 0));
      return kept.length;
    });
    // Not vacuous. A woman who asks for a man, needing housing, meets the men who offer it and do not ask for a man (37 does);
    // a man who asks for a woman, needing work, the women who offer it and ask for a man or no one, in both words.
    const keptFor = (id: string) => [
      ...out.subarray(
        0,
        filter.candidates(
          mentees.findIndex((m) => m.id === id),
          out,
        ),
      ),
    ];
    expect(keptFor('ME-Woman-A man-Housing')).toEqual([39]);
    expect(keptFor('ME-Man-A woman-Employment')).toEqual([2, 10, 14, 22, 26, 34]);
    expect(new Set(counts).size).toBeGreaterThan(4);
  });

  it('keeps no one for a mentee without consent, even with every rule that can be turned off off, and then everyone else', () => {
    const base = { consentData: true, trainingModules: 5, capacity: 1, languages: 'it', availability: 'evenings', gender: 'Woman' };
    const mentees = [menteeProfile({ id: 'ME-1', ...base, consentData: false }, TODAY), menteeProfile({ id: 'ME-2', ...base, languages: 'de' }, TODAY)];
    const mentors = Array.from({ length: 33 }, (_, i) => mentorProfile({ id: `MT-${i}`, ...base }));
    const group = mentors.map((_, k) => k);
    const out = new Int32Array(group.length);
    const on = new MeetingFilter(
      compileMatching(mentees, mentors, DEFAULT_MATCHING, { activePairs: new Map(), exclusions: new Set(), endedBefore: new Set() }),
      group,
      0,
    );
    expect([on.candidates(0, out), on.candidates(1, out)]).toEqual([0, 0]);
    const off = { ...DEFAULT_MATCHING, disabledRules: [...HARD_RULES] };
    const all = new MeetingFilter(compileMatching(mentees, mentors, off, { activePairs: new Map(), exclusions: new Set(), endedBefore: new Set() }), group, 0);
    // Consent is always on; the mentee who speaks only German meets all 33, over two words of the group's sets.
    expect([all.candidates(0, out), all.candidates(1, out)]).toEqual([0, 33]);
    expect([...out]).toEqual(group);
  });
});

describe('the compiled path at its edges', () => {
  const base = { consentData: true, trainingModules: 5, capacity: 1, languages: 'it', availability: 'evenings', gender: 'Woman' };
  const one = (mentor: object, mentee: object, settings = DEFAULT_MATCHING, context: MatchContext = NONE) => {
    const compiled = compileMatching(
      [menteeProfile({ id: 'ME-1', ...base, ...mentee } as never, TODAY)],
      [mentorProfile({ id: 'MT-1', ...base, ...mentor } as never)],
      settings,
      context,
    );
    return { rules: rulesOf(compiled.breaches(0, 0)), total: compiled.total(0, 0), excludes: (ignored = 0) => compiled.excludes(0, 0, ignored) };
  };
  const NONE: MatchContext = { activePairs: new Map(), exclusions: new Set(), endedBefore: new Set() };

  it('excludes a mentor whose languages no mentee speaks, and one who speaks none', () => {
    expect(one({ languages: 'de' }, {}).rules).toEqual(['language']);
    expect(one({ languages: '' }, {}).rules).toEqual(['language']);
    expect(one({}, { languages: '' }).rules).toEqual(['language']);
    expect(one({}, {}).rules).toEqual([]);
  });

  it('reads the values of the fortieth kind as well as the first (bit sets of more than one word)', () => {
    const values = Array.from({ length: 40 }, (_, i) => `x${i}`);
    const mentees = [
      menteeProfile({ id: 'ME-1', ...base, languages: values.join(', ') }, TODAY),
      menteeProfile({ id: 'ME-2', ...base, languages: 'x39' }, TODAY),
    ];
    const mentors = [mentorProfile({ id: 'MT-1', ...base, languages: 'x39' }), mentorProfile({ id: 'MT-2', ...base, languages: 'x7' })];
    const compiled = compileMatching(mentees, mentors, DEFAULT_MATCHING, NONE);
    expect([compiled.excludes(0, 0), compiled.excludes(0, 1), compiled.excludes(1, 0), compiled.excludes(1, 1)]).toEqual([false, false, false, true]);
  });

  it('keeps a bit set to the words it needs: one for up to 31 values, and room for a value nobody has', () => {
    const stride = (distinct: number) => {
      const languages = Array.from({ length: distinct }, (_, i) => `x${i}`).join(', ');
      const compiled = compileMatching(
        [menteeProfile({ id: 'ME-1', ...base, languages }, TODAY)],
        [mentorProfile({ id: 'MT-1', ...base })],
        DEFAULT_MATCHING,
        NONE,
      );
      expect(compiled.mentors.policyLanguages.stride).toBe(compiled.mentees.languages.stride);
      return compiled.mentees.languages.stride;
    };
    expect([0, 1, 31, 32, 40, 63, 64].map(stride)).toEqual([1, 1, 1, 2, 2, 2, 3]);
  });

  it('finds an excluded pair whose ids hold a "|", split where the ids meet', () => {
    const context = { ...NONE, exclusions: new Set(['X|Y|ME-1']) };
    const mentees = [
      menteeProfile({ ...base, id: 'ME-1' }, TODAY),
      menteeProfile({ ...base, id: 'Y|ME-1' }, TODAY),
      menteeProfile({ ...base, id: 'Y' }, TODAY),
    ];
    const mentors = [mentorProfile({ ...base, id: 'X|Y' }), mentorProfile({ ...base, id: 'X' })];
    const compiled = compileMatching(mentees, mentors, DEFAULT_MATCHING, context);
    const excluded = mentors.flatMap((_, k) => mentees.map((_, j) => (compiled.breaches(k, j) ? `${mentors[k]!.id} + ${mentees[j]!.id}` : ''))).filter(Boolean);
    expect(excluded).toEqual(['X|Y + ME-1', 'X + Y|ME-1']);
  });

  it('stops the filter at an ignored rule only when another rule breaks too', () => {
    const full = one({}, {}, DEFAULT_MATCHING, { ...NONE, activePairs: new Map([['MT-1', 1]]) });
    expect(full.rules).toEqual(['capacity']);
    expect(full.excludes(RULE_BIT.capacity)).toBe(false);
    expect(full.excludes()).toBe(true);
    const twice = one({ languages: 'de' }, {}, DEFAULT_MATCHING, { ...NONE, activePairs: new Map([['MT-1', 1]]) });
    expect(twice.excludes(RULE_BIT.capacity)).toBe(true);
    expect(twice.excludes(RULE_BIT.capacity | RULE_BIT.language)).toBe(false);
    const excluded = one({}, {}, DEFAULT_MATCHING, { ...NONE, exclusions: new Set(['MT-1|ME-1']) });
    expect(excluded.excludes(RULE_BIT.exclusion)).toBe(false);
    expect(excluded.excludes()).toBe(true);
  });

  it('holds back a mentor without a valid check only while a check is required, whatever the other rules say', () => {
    const required = { ...DEFAULT_MATCHING, backgroundCheckRequired: true };
    const states = (state: CheckStatus | undefined) => ({ ...NONE, backgroundChecks: new Map(state ? [['MT-1', state]] : []) });
    const expired: CheckStatus = { state: 'expired', expiredOn: parseCalendarDate('2026-03-03')! };
    expect(one({}, {}, required, states({ state: 'valid' })).rules).toEqual([]);
    expect(one({}, {}, required, states(expired)).rules).toEqual(['backgroundCheck']);
    expect(one({}, {}, required, states({ state: 'missing' })).rules).toEqual(['backgroundCheck']);
    expect(one({}, {}, required, states(undefined)).rules).toEqual(['backgroundCheck']);
    expect(one({}, {}, required, NONE).rules).toEqual(['backgroundCheck']);
    expect(one({}, {}, DEFAULT_MATCHING, states(expired)).rules).toEqual([]);
    expect(one({}, {}, { ...required, disabledRules: ['backgroundCheck'] }, NONE).rules).toEqual(['backgroundCheck']);
    // Counted under it before the rules after it, and after training.
    const compiled = compileMatching(
      [menteeProfile({ id: 'ME-1', ...base, birthYear: 2009 } as never, TODAY)],
      [mentorProfile({ id: 'MT-1', ...base, gender: 'Man' } as never), mentorProfile({ id: 'MT-2', ...base, gender: 'Man', trainingModules: 1 } as never)],
      required,
      NONE,
    );
    expect([firstRule(compiled.firstBreach(0, 0)), firstRule(compiled.firstBreach(1, 0))]).toEqual(['backgroundCheck', 'training']);
    expect(rulesOf(compiled.breaches(0, 0))).toEqual(['backgroundCheck', 'minors']);
    // The filter of a cohort ignores capacity only: the check still excludes.
    expect(compiled.excludes(0, 0, RULE_BIT.capacity)).toBe(true);
  });

  it('scores nothing when every weight is zero, as evaluate() does', () => {
    const weights = Object.fromEntries(CRITERIA.map((c) => [c, 0])) as MatchingSettings['weights'];
    expect(one({}, {}, { ...DEFAULT_MATCHING, weights }).total).toBe(0);
    expect(one({}, { wantsSimilarBackground: true }, { ...DEFAULT_MATCHING, weights: { ...weights, background: 10 } }).total).toBe(0);
    expect(one({ mentorType: 'Peer' }, { wantsSimilarBackground: true }, { ...DEFAULT_MATCHING, weights: { ...weights, background: 10 } }).total).toBe(100);
  });

  it('reads no more of a mentor than the first broken rule needs, and the score only when asked', () => {
    const read = (mentorFacts: object, menteeFacts: object, ask: (c: ReturnType<typeof compileMatching>) => unknown, settings = DEFAULT_MATCHING) => {
      const compiled = compileMatching(
        [menteeProfile({ id: 'ME-1', ...base, needs: 'Housing', birthYear: 1990, ...menteeFacts } as never, TODAY)],
        [mentorProfile({ id: 'MT-1', ...base, offers: 'Housing', ...mentorFacts } as never)],
        settings,
        NONE,
      );
      ask(compiled);
      return compiled.mentors.ready[0];
    };
    const { languages, times, offers, genders, score } = STAGE;
    expect(read({ languages: 'de' }, {}, (c) => c.excludes(0, 0))).toBe(languages);
    expect(read({ languages: 'de' }, {}, (c) => c.firstBreach(0, 0))).toBe(languages);
    expect(read({ availability: 'mornings' }, {}, (c) => c.excludes(0, 0))).toBe(languages | times);
    expect(read({ offers: 'Employment' }, {}, (c) => c.firstBreach(0, 0))).toBe(languages | times | offers);
    // A mentee free at any time needs nothing of the mentor's times.
    expect(read({ offers: 'Employment' }, { availability: 'any time' }, (c) => c.excludes(0, 0))).toBe(languages | offers);
    expect(read({}, {}, (c) => c.excludes(0, 0))).toBe(languages | times | offers | genders);
    expect(read({ languages: 'de' }, {}, (c) => c.breaches(0, 0))).toBe(languages | times | offers | genders);
    // The filter may ignore a rule and go on: capacity is the assignment's own business.
    expect(read({ capacity: 0 }, {}, (c) => c.excludes(0, 0, RULE_BIT.capacity))).toBe(languages | times | offers | genders);
    expect(read({ capacity: 0 }, {}, (c) => c.firstBreach(0, 0))).toBe(languages | times | offers | genders);
    expect(read({ consentData: false }, {}, (c) => c.firstBreach(0, 0))).toBe(0);
    expect(read({ consentData: false }, {}, (c) => c.excludes(0, 0))).toBe(0);
    expect(read({}, {}, (c) => c.total(0, 0))).toBe(offers | score);
    // A rule the programme switched off reads nothing.
    const off = (...rules: HardRule[]) => ({ ...DEFAULT_MATCHING, disabledRules: rules });
    expect(read({}, {}, (c) => c.breaches(0, 0), off('language'))).toBe(times | offers | genders);
    expect(read({}, {}, (c) => c.breaches(0, 0), off('availability'))).toBe(languages | offers | genders);
    expect(read({}, {}, (c) => c.breaches(0, 0), off('firstNeed'))).toBe(languages | times | genders);
    // An adult mentee: only the gender preference reads genders.
    expect(read({}, {}, (c) => c.breaches(0, 0), off('genderPreference'))).toBe(languages | times | offers);
    expect(read({}, { birthYear: null }, (c) => c.breaches(0, 0), off('genderPreference'))).toBe(languages | times | offers | genders);
  });

  it('names rules in their order, counts them, and finds the first', () => {
    const mask = RULE_BIT.training | RULE_BIT.language | RULE_BIT.endedBefore;
    expect(rulesOf(mask)).toEqual(['language', 'training', 'endedBefore']);
    expect(firstRule(mask)).toBe('language');
    expect(firstRule(RULE_BIT.consent)).toBe('consent');
    expect(firstRule(0)).toBeNull();
    expect([0, RULE_BIT.minors, mask, maskOf([...HARD_RULES])].map(ruleCount)).toEqual([0, 1, 3, HARD_RULES.length]);
  });
});
