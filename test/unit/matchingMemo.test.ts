import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSkillList } from '../../src/core/intake/languages';
import { fold, splitAnswer } from '../../src/core/intake/text';
import { compileMatching, firstRule, RULE_BIT } from '../../src/core/matching/compiled';
import { LIST_MEMOS, type MentorProfile, menteeProfile, mentorProfile, topicKey } from '../../src/core/matching/profiles';
import { hardRuleBreaches, type MatchContext } from '../../src/core/matching/rules';
import { DEFAULT_MATCHING, HARD_RULES } from '../../src/core/matching/settings';
import { leading, suggestMentors } from '../../src/core/matching/suggest';
import { TextMemo } from '../../src/core/matching/textMemo';

/**
 * The memos that keep one mentee's suggestions fast among 20,000 mentors (issue 16): a cell's
 * parse remembered by its text (textMemo.ts, profiles.ts), a list's numbers once per distinct
 * list in a run (compiled.ts), and the leading candidates kept without sorting them all
 * (suggest.ts). Each must give exactly the answer of the work it saves.
 */
const TODAY = new Date('2026-12-01T10:00:00Z');
const NONE: MatchContext = { activePairs: new Map(), exclusions: new Set(), endedBefore: new Set() };

describe('TextMemo', () => {
  const parse = (text: string) => splitAnswer(text).map((part) => ({ part }));

  it('gives the parser’s answer, and the same object for the same text', () => {
    const memo = new TextMemo(parse, 10, 100);
    for (const text of ['', 'a', 'a, b', 'b, a', 'A, b', 'a,b', 'a; b']) expect(memo.get(text)).toEqual(parse(text));
    expect(memo.get('a, b')).toBe(memo.get('a, b'));
  });

  it('does not confuse distinct texts, even ones that parse alike', () => {
    const memo = new TextMemo(parse, 10, 100);
    const ab = memo.get('a, b');
    expect(memo.get('b, a')).toEqual([{ part: 'b' }, { part: 'a' }]);
    expect(memo.get('A, b')).toEqual([{ part: 'A' }, { part: 'b' }]);
    // "a,b" parses as "a, b" does, but is its own text: its own entry, never the other's object.
    expect(memo.get('a,b')).toEqual(ab);
    expect(memo.get('a,b')).not.toBe(ab);
    expect(memo.size).toBe(4);
  });

  it('holds at most maxEntries texts: at the bound all stay, one above forgets the oldest', () => {
    const memo = new TextMemo(parse, 3, 100);
    const first = memo.get('one');
    memo.get('two');
    memo.get('three');
    expect(memo.size).toBe(3);
    expect(memo.get('one')).toBe(first);
    memo.get('four');
    expect(memo.size).toBe(3);
    // "one" was forgotten: parsed again, the same value in a new object; "two" is still known.
    const again = memo.get('one');
    expect(again).toEqual(first);
    expect(again).not.toBe(first);
    expect(memo.size).toBe(3);
  });

  it('stays at its bound however many distinct texts come', () => {
    const memo = new TextMemo(parse, 50, 100);
    for (let i = 0; i < 1_000; i++) expect(memo.get(`t${i}`)).toEqual([{ part: `t${i}` }]);
    expect(memo.size).toBe(50);
  });

  it('remembers a text at maxTextLength, and parses a longer one each time without keeping it', () => {
    const memo = new TextMemo(parse, 10, 5);
    const atLimit = 'ab, c';
    expect(memo.get(atLimit)).toBe(memo.get(atLimit));
    expect(memo.size).toBe(1);
    const above = 'ab, cd';
    expect(memo.get(above)).toEqual(parse(above));
    expect(memo.get(above)).not.toBe(memo.get(above));
    expect(memo.size).toBe(1);
  });
});

describe('profiles read through the memos', () => {
  const base = { consentData: true, capacity: 1, trainingModules: 5 };
  /** A mentor's lists as profiles.ts read them before the memos: the parsers themselves. */
  const unmemoised = (values: Record<string, string>) => ({
    languages: parseSkillList(values.languages ?? ''),
    slots: splitAnswer(values.availability ?? '').map((s) => s.toLowerCase()),
    interests: splitAnswer(values.interests ?? '').map(fold),
    topics: splitAnswer(values.offers ?? '').map(topicKey),
  });
  const cell = (pool: readonly string[]) => fc.array(fc.constantFrom(...pool), { maxLength: 4 }).map((parts) => parts.join(', '));

  it('give the same lists as the parsers, for any cells', () => {
    fc.assert(
      fc.property(
        fc.record({
          languages: cell(['it:native', 'en:B2', 'en', 'fr:', ':B2', 'ar:native; ti']),
          availability: cell(['mornings', 'Evenings', 'any time', 'Sunday lunch']),
          interests: cell(['Cooking', 'cooking', 'Fútbol', '?']),
          offers: cell(['Housing', 'find a job', 'Social network', 'bicycle repair']),
        }),
        (values) => {
          const profile = mentorProfile({ id: 'MT-1', ...base, ...values });
          expect({ languages: profile.languages, slots: profile.slots, interests: profile.interests, topics: profile.topics }).toEqual(unmemoised(values));
        },
      ),
    );
  });

  it('share one list between people with the same cell text, and not between different texts', () => {
    const a = mentorProfile({ id: 'MT-1', ...base, languages: 'it:native, en:B2', availability: 'evenings' });
    const b = mentorProfile({ id: 'MT-2', ...base, languages: 'it:native, en:B2', availability: 'evenings' });
    const c = mentorProfile({ id: 'MT-3', ...base, languages: 'en:B2, it:native', availability: 'Evenings' });
    expect(b.languages).toBe(a.languages);
    expect(b.slots).toBe(a.slots);
    expect(c.languages).not.toBe(a.languages);
    expect(c.languages).toEqual([
      { code: 'en', level: 'B2' },
      { code: 'it', level: 'native' },
    ]);
    // Another text that reads the same is still its own entry.
    expect(c.slots).not.toBe(a.slots);
    expect(c.slots).toEqual(a.slots);
  });

  it('share a mentee’s needs and a mentor’s offers alike, first need first', () => {
    const mentee = menteeProfile({ id: 'ME-1', consentData: true, needs: 'find a job, Housing' }, TODAY);
    const mentor = mentorProfile({ id: 'MT-1', ...base, offers: 'find a job, Housing' });
    expect(mentee.topics).toEqual(['employment', 'housing']);
    expect(mentor.topics).toBe(mentee.topics);
  });

  it('hand out the shared lists read-only, which the type check holds', () => {
    const profile = mentorProfile({ id: 'MT-1', ...base, languages: 'it:native', availability: 'evenings' });
    // Never called: `tsc --noEmit -p .` fails if any of these writes to a shared list is allowed.
    const writes = () => {
      // @ts-expect-error a profile's lists are shared by everyone whose cell has the same text
      profile.languages.push({ code: 'de', level: null });
      // @ts-expect-error nor may a language in one be changed
      profile.languages[0]!.code = 'de';
      // @ts-expect-error
      profile.slots.push('mornings');
      // @ts-expect-error
      profile.traits.aimWords.sort();
      // @ts-expect-error
      LIST_MEMOS.interests.get('chess').push('go');
    };
    expect(writes).toBeTypeOf('function');
    expect(profile.languages).toEqual([{ code: 'it', level: 'native' }]);
  });

  it('read a cell longer than the memo keeps the same way, unshared', () => {
    const long = Array.from({ length: 40 }, (_, i) => `l${i}:B2`).join(', ');
    expect(long.length).toBeGreaterThan(256);
    const a = mentorProfile({ id: 'MT-1', ...base, languages: long });
    const b = mentorProfile({ id: 'MT-2', ...base, languages: long });
    expect(a.languages).toEqual(parseSkillList(long));
    expect(b.languages).not.toBe(a.languages);
  });

  it('keep each column’s memo within its bound among more distinct texts than it holds', () => {
    for (let i = 0; i < 5_000; i++) mentorProfile({ id: `MT-${i}`, ...base, interests: `hobby ${i}` });
    expect(LIST_MEMOS.interests.size).toBe(LIST_MEMOS.interests.maxEntries);
    expect(LIST_MEMOS.interests.maxEntries).toBe(4_096);
    // The latest is still read right after the oldest were forgotten.
    expect(mentorProfile({ id: 'MT-0', ...base, interests: 'hobby 0' }).interests).toEqual(['hobby 0']);
  });
});

describe('a run’s numbers per distinct list (compiled.ts)', () => {
  const base = { consentData: true, capacity: 1, trainingModules: 5, availability: 'evenings', offers: 'Housing', gender: 'Woman', birthYear: 1985 };
  const mentee = menteeProfile(
    { id: 'ME-1', consentData: true, languages: 'it, ar', availability: 'evenings', needs: 'Housing', gender: 'Woman', birthYear: 1990 },
    TODAY,
  );
  /** The same mentor with lists of its own, unfrozen: what a run reads when nothing is shared. */
  const unshared = (m: MentorProfile): MentorProfile => ({
    ...m,
    languages: m.languages.map((l) => ({ ...l })),
    slots: [...m.slots],
    topics: [...m.topics],
    interests: [...m.interests],
    traits: { ...m.traits, aimWords: [...m.traits.aimWords] },
  });

  it('gives each mentor the answer of their own list, after other lists were read in the run', () => {
    const texts = ['it', 'de', 'it', 'ar:A1', 'de', 'ar:B2', 'it:A1'];
    const mentors = texts.map((languages, i) => mentorProfile({ id: `MT-${i}`, ...base, languages }));
    const run = compileMatching([mentee], mentors, DEFAULT_MATCHING, NONE);
    const rules = mentors.map((_, k) => firstRule(run.firstBreach(k, 0)));
    // A1 is below the programme's A2: not a common language.
    expect(rules).toEqual([null, 'language', null, 'language', 'language', null, 'language']);
  });

  it('gives the same rules and totals whether lists are shared or each mentor has their own', () => {
    const texts = ['it:native, en:B2', 'ar', 'it:native, en:B2', 'en, fr', 'ar', 'it:A1, ar:native'];
    const mentors = texts.map((languages, i) =>
      mentorProfile({ id: `MT-${i}`, ...base, languages, interests: i % 2 ? 'Cooking, Chess' : 'Chess', skills: 'teacher' }),
    );
    expect(mentors[2]!.languages).toBe(mentors[0]!.languages);
    const shared = compileMatching([mentee], mentors, DEFAULT_MATCHING, NONE);
    const own = compileMatching([mentee], mentors.map(unshared), DEFAULT_MATCHING, NONE);
    const answers = (run: typeof shared) => mentors.map((_, k) => [run.breaches(k, 0), run.excludes(k, 0) ? null : run.total(k, 0)]);
    expect(answers(shared)).toEqual(answers(own));
    expect(suggestMentors(mentee, mentors, DEFAULT_MATCHING, NONE)).toEqual(suggestMentors(mentee, mentors.map(unshared), DEFAULT_MATCHING, NONE));
  });
});

describe('the mentor’s own rules, read only when a pair gets that far (compiled.ts)', () => {
  const one = <T>(values: readonly T[]) => fc.constantFrom(...values);
  // Pair facts that mostly pass, so that the mentor's own rules often decide; each pair rule still
  // breaks now and then, before them (language, first need, gender preference) and after them (an exclusion).
  const mentorRecord = fc.record({
    consentData: one([true, true, true, false]),
    screeningDecision: one(['', '', 'Defer']),
    languages: one(['it', 'it', 'it', 'de']),
    availability: one(['evenings', 'evenings', 'mornings']),
    offers: one(['Housing', 'Housing', 'Employment']),
    gender: one(['Woman']),
    birthYear: one([1985]),
    capacity: one([0, 1, 1, 2]),
    trainingModules: one([null, 3, 5, 5]),
  });
  const menteeRecord = fc.record({
    consentData: one([true, true, true, false]),
    languages: one(['it']),
    availability: one(['evenings']),
    needs: one(['Housing']),
    gender: one(['Woman']),
    genderPreference: one(['', '', 'a man']),
    birthYear: one([1990, 2011]),
    agePreference: one(['', 'Older']),
  });
  const input = fc.record({
    mentors: fc.array(mentorRecord, { minLength: 1, maxLength: 5 }),
    mentees: fc.array(menteeRecord, { minLength: 1, maxLength: 3 }),
    busy: fc.array(fc.integer({ min: 0, max: 4 }), { maxLength: 3 }),
    excluded: fc.array(fc.tuple(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 2 })), { maxLength: 3 }),
    checkRequired: fc.boolean(),
    ignoreCapacity: fc.boolean(),
  });

  it('gives the first rule and the filter of the definitions, asked first on a fresh run', () => {
    fc.assert(
      fc.property(input, (x) => {
        const mentors = x.mentors.map((r, k) => mentorProfile({ id: `MT-${k}`, ...r } as never));
        const mentees = x.mentees.map((r, j) => menteeProfile({ id: `ME-${j}`, ...r } as never, TODAY));
        const context: MatchContext = {
          ...NONE,
          activePairs: new Map(x.busy.map((k) => [`MT-${k}`, 1])),
          exclusions: new Set(x.excluded.map(([k, j]) => `MT-${k}|ME-${j}`)),
        };
        const settings = { ...DEFAULT_MATCHING, backgroundCheckRequired: x.checkRequired };
        const ignored = x.ignoreCapacity ? RULE_BIT.capacity : 0;
        mentees.forEach((mentee, j) => {
          mentors.forEach((mentor, k) => {
            const expected = hardRuleBreaches(mentor, mentee, settings, context).map((b) => b.rule);
            // Each question on a run of its own, so that none finds the mentor's rules read by another.
            const fresh = () => compileMatching(mentees, mentors, settings, context);
            expect(firstRule(fresh().firstBreach(k, j))).toBe(expected[0] ?? null);
            expect(fresh().excludes(k, j, ignored)).toBe(expected.some((rule) => !(x.ignoreCapacity && rule === 'capacity')));
            // And asked again on the same run, after the first answer read them.
            const run = fresh();
            expect([run.excludes(k, j), run.firstBreach(k, j), run.excludes(k, j)]).toEqual([
              expected.length > 0,
              expected.length ? RULE_BIT[expected[0]!] : 0,
              expected.length > 0,
            ]);
          });
        });
      }),
      { numRuns: 300 },
    );
  });
});

describe('leading', () => {
  const byValue = (a: { v: number; i: number }, b: { v: number; i: number }) => b.v - a.v;

  it('is the first count of a stable sort, ties in their order, for any list and count', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 60 }), fc.integer({ min: 0, max: 70 }), (values, count) => {
        const items = values.map((v, i) => ({ v, i }));
        expect(leading(items, count, byValue)).toEqual([...items].sort(byValue).slice(0, count));
      }),
    );
  });

  it('keeps nothing for a count of 0, all for a count at or above the length', () => {
    const items = [3, 1, 2].map((v, i) => ({ v, i }));
    expect(leading(items, 0, byValue)).toEqual([]);
    expect(leading(items, 3, byValue).map((x) => x.v)).toEqual([3, 2, 1]);
    expect(leading(items, 4, byValue).map((x) => x.v)).toEqual([3, 2, 1]);
    expect(leading(items, 2, byValue).map((x) => x.v)).toEqual([3, 2]);
  });
});

describe('firstRule', () => {
  it('names the rule of the lowest bit, as a search in the order of HARD_RULES does', () => {
    const searched = (mask: number) => HARD_RULES.find((rule) => (mask & RULE_BIT[rule]) !== 0) ?? null;
    const all = (1 << HARD_RULES.length) - 1;
    for (let mask = 0; mask <= all; mask += 1 + (mask % 7)) expect(firstRule(mask)).toBe(searched(mask));
    for (const rule of HARD_RULES) expect(firstRule(RULE_BIT[rule])).toBe(rule);
    // No rule's bit: none, as the search finds none.
    expect(firstRule(1 << HARD_RULES.length)).toBeNull();
    expect(firstRule(0)).toBeNull();
  });
});
