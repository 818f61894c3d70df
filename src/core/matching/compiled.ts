import type { LanguageSkill } from '../intake/languages';
import type { MenteeProfile, MentorProfile, Profile } from './profiles';
import {
  ageFits,
  capacityFinding,
  countsForPolicy,
  hasValidCheck,
  isScreenedOut,
  knownGender,
  type MatchContext,
  trainingFinding,
  usable,
  wantedGender,
} from './rules';
import { CRITERIA, HARD_RULES, type HardRule, type MatchingSettings, ruleEnabled } from './settings';

/**
 * The hard rules and the score of evaluate() (rules.ts, evaluate.ts), built for many pairs at once.
 * Each person is compiled once into compact features: bit sets over the values the mentees use
 * (languages at a usable level, free times, needs and offers, interests, the words of their aims),
 * and numbers for age, place and gender. Which rules are on is decided once per run. A pair then
 * costs a few word operations instead of the allocations evaluate() makes, and no words: the
 * reasons are put together only for the pairs shown, by rules.ts and evaluate.ts themselves.
 * test/unit/compiledScoring.test.ts holds that both give the same rules and the same totals.
 */

/** A pair's broken rules: bit i is HARD_RULES[i]. */
export type RuleMask = number;
export const RULE_BIT = Object.fromEntries(HARD_RULES.map((rule, i) => [rule, 1 << i])) as Record<HardRule, number>;

const BEFORE_PAIR_RULES = RULE_BIT.consent | RULE_BIT.screening;
/** The rules that read the mentor alone, after consent and screening: read only when a pair gets that far. */
const MENTOR_ALONE_RULES = RULE_BIT.capacity | RULE_BIT.training | RULE_BIT.backgroundCheck;
const FIRST_MENTOR_ALONE_RULE = MENTOR_ALONE_RULES & -MENTOR_ALONE_RULES;

/** The rules of a mask, in the order of HARD_RULES. */
export function rulesOf(mask: RuleMask): HardRule[] {
  return HARD_RULES.filter((rule) => (mask & RULE_BIT[rule]) !== 0);
}

/** The first rule of a mask in the order of HARD_RULES: the one a breach is counted under. */
export function firstRule(mask: RuleMask): HardRule | null {
  // The lowest bit set is the first rule: bit i is HARD_RULES[i]. Read for every excluded mentor, so no search.
  return mask === 0 ? null : (HARD_RULES[31 - Math.clz32(mask & -mask)] ?? null);
}

/** How many rules a mask holds. */
export function ruleCount(mask: RuleMask): number {
  let count = 0;
  for (let rest = mask; rest !== 0; rest &= rest - 1) count++;
  return count;
}

/**
 * Values to bit numbers. Only the mentees' values get a number: a mentor's value that no mentee
 * has cannot be shared with anyone, so it needs no bit, and the sets stay one word for most
 * programmes however many mentors there are.
 */
class Vocabulary {
  private readonly ids = new Map<string, number>();

  learn(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(value, id);
    }
    return id;
  }

  /** A value no mentee has gets "nobody's number", one past the last: no mentee's bit, no mentee's number. */
  find(value: string): number {
    return this.ids.get(value) ?? this.ids.size;
  }

  get size(): number {
    return this.ids.size;
  }
}

/** One bit set per person, `stride` 32-bit words each (with room for nobody's number), in one typed array. */
class BitSets {
  readonly stride: number;
  readonly words: Uint32Array;

  constructor(people: number, vocabulary: Vocabulary) {
    this.stride = (vocabulary.size >>> 5) + 1;
    this.words = new Uint32Array(people * this.stride);
  }

  add(person: number, id: number): void {
    this.words[person * this.stride + (id >>> 5)]! |= 1 << (id & 31);
  }

  has(person: number, id: number): boolean {
    return (this.words[person * this.stride + (id >>> 5)]! & (1 << (id & 31))) !== 0;
  }

  /** Whether `person` here and `other` in `sets` (over the same vocabulary) share a value. */
  meets(person: number, sets: BitSets, other: number): boolean {
    const a = person * this.stride;
    const b = other * this.stride;
    for (let w = 0; w < this.stride; w++) if ((this.words[a + w]! & sets.words[b + w]!) !== 0) return true;
    return false;
  }
}

/** Lists of numbers per person (values with repeats, in order), in one typed array. */
class Lists {
  readonly start: Int32Array;
  readonly values: Int32Array;

  /** `start[i]` to `start[i + 1]`: person i's values. */
  constructor(start: readonly number[], values: readonly number[]) {
    this.start = Int32Array.from(start);
    this.values = Int32Array.from(values);
  }

  static of(lists: readonly (readonly number[])[]): Lists {
    const start = [0];
    for (const list of lists) start.push(start.at(-1)! + list.length);
    return new Lists(start, lists.flat());
  }
}

/**
 * What a list gives, worked out once per distinct list in a run. Profiles read from the same cell
 * text share one frozen list (profiles.ts), so thousands of mentors hold a few hundred lists; a
 * list built otherwise is simply its own entry. Keyed by the list itself: the answer is the one
 * `read` gives for it, and the memo lives no longer than the run.
 */
class PerList<T, R> {
  private readonly known = new Map<readonly T[], R>();

  constructor(private readonly read: (list: readonly T[]) => R) {}

  of(list: readonly T[]): R {
    let value = this.known.get(list);
    if (value === undefined) {
      value = this.read(list);
      this.known.set(list, value);
    }
    return value;
  }
}

/** How many different values, without a Set: a person's lists are short. */
function distinctCount(values: readonly string[]): number {
  return values.filter((value, i) => values.indexOf(value) === i).length;
}

const ANY_TIME = 'any time';
/** Gender numbers: the two a preference can name come first. */
export const WOMAN = 0;
export const MAN = 1;
const UNKNOWN_GENDER = -1;

const NO_YEAR = Number.NaN;
const yearOf = (profile: Profile) => (profile.birthYear === null ? NO_YEAR : profile.birthYear);
const yearOrNull = (year: number) => (Number.isNaN(year) ? null : year);

/**
 * The field criterion's key of a word: its first six letters. evaluate() matches a mentee's word
 * of six letters or more with a mentor's word that starts with the same six, and a shorter word
 * only with itself; both are "the same first six" (a shorter word is its own first six, which only
 * a word as short can share).
 */
const stemOf = (word: string) => word.slice(0, 6);

/** Weights of a mentee's needs by position: 3, 2, 1, 1… (as in evaluate.ts). */
const needWeight = (position: number) => Math.max(1, 3 - position);

interface Vocabularies {
  languages: Vocabulary;
  slots: Vocabulary;
  topics: Vocabulary;
  interests: Vocabulary;
  stems: Vocabulary;
  municipalities: Vocabulary;
  postcodeAreas: Vocabulary;
  genders: Vocabulary;
  /** The gender number a stated preference names (UNKNOWN_GENDER: none). */
  wants: (preference: string) => number;
}

/** What each mentee brings to a pair. */
class MenteeFeatures {
  readonly count: number;
  /** Rules the mentee alone breaks (consent, screening). */
  readonly ownRules: Int32Array;
  readonly languages: BitSets;
  readonly slots: BitSets;
  /** No free time stated, or "any time": availability never excludes. */
  readonly openTime: Uint8Array;
  readonly firstNeed: Int32Array;
  readonly needs: Lists;
  readonly needTotal: Float64Array;
  readonly interests: Lists;
  readonly distinctInterests: Lists;
  readonly stems: Lists;
  readonly municipality: Int32Array;
  readonly postcodeArea: Int32Array;
  readonly birthYear: Float64Array;
  readonly gender: Int32Array;
  readonly wantsGender: Int32Array;
  readonly agePreference: string[];
  /** May be under 18: the safeguarding rule applies. */
  readonly guarded: Uint8Array;
  readonly children: Uint8Array;
  readonly quiet: Uint8Array;
  readonly outgoing: Uint8Array;
  readonly wantsPeer: Uint8Array;

  constructor(mentees: readonly MenteeProfile[], settings: MatchingSettings, words: Vocabularies, enabled: RuleMask) {
    const n = mentees.length;
    this.count = n;
    const languageIds = mentees.map((m) => m.languages.filter((l) => usable(l.level, settings.minimumLevel)).map((l) => words.languages.learn(l.code)));
    const slotIds = mentees.map((m) => m.slots.map((s) => words.slots.learn(s)));
    const topicIds = mentees.map((m) => m.topics.map((t) => words.topics.learn(t)));
    const interestIds = mentees.map((m) => m.interests.map((i) => words.interests.learn(i)));
    const stemIds = mentees.map((m) => m.traits.aimWords.map((w) => words.stems.learn(stemOf(w))));
    this.languages = new BitSets(n, words.languages);
    this.slots = new BitSets(n, words.slots);
    this.needs = Lists.of(topicIds);
    this.interests = Lists.of(interestIds);
    this.distinctInterests = Lists.of(interestIds.map((ids) => [...new Set(ids)]));
    this.stems = Lists.of(stemIds);
    this.ownRules = new Int32Array(n);
    this.openTime = new Uint8Array(n);
    this.firstNeed = new Int32Array(n);
    this.needTotal = new Float64Array(n);
    this.municipality = new Int32Array(n);
    this.postcodeArea = new Int32Array(n);
    this.birthYear = new Float64Array(n);
    this.gender = new Int32Array(n);
    this.wantsGender = new Int32Array(n);
    this.agePreference = mentees.map((m) => m.agePreference);
    this.guarded = new Uint8Array(n);
    this.children = new Uint8Array(n);
    this.quiet = new Uint8Array(n);
    this.outgoing = new Uint8Array(n);
    this.wantsPeer = new Uint8Array(n);
    mentees.forEach((m, j) => {
      this.ownRules[j] = ownRules(m, enabled);
      for (const id of languageIds[j]!) this.languages.add(j, id);
      for (const id of slotIds[j]!) this.slots.add(j, id);
      this.openTime[j] = openTime(m.slots) ? 1 : 0;
      this.firstNeed[j] = m.topics[0] ? topicIds[j]![0]! : -1;
      this.needTotal[j] = m.topics.reduce((sum, _, i) => sum + needWeight(i), 0);
      this.readFacts(j, m, words);
    });
  }

  private readFacts(j: number, m: MenteeProfile, words: Vocabularies): void {
    this.municipality[j] = words.municipalities.learn(m.municipality);
    this.postcodeArea[j] = words.postcodeAreas.learn(m.postcode.slice(0, 3));
    this.birthYear[j] = yearOf(m);
    this.gender[j] = knownGender(m.gender) ? words.genders.learn(m.gender) : UNKNOWN_GENDER;
    this.wantsGender[j] = words.wants(m.genderPreference);
    this.guarded[j] = m.minor === 'adult' ? 0 : 1;
    this.children[j] = m.traits.children ? 1 : 0;
    this.quiet[j] = m.traits.quiet ? 1 : 0;
    this.outgoing[j] = m.traits.outgoing ? 1 : 0;
    this.wantsPeer[j] = m.wantsSimilarBackground ? 1 : 0;
  }
}

/** No free time stated, or "any time": availability never excludes this person. */
const openTime = (slots: readonly string[]) => slots.length === 0 || slots.includes(ANY_TIME);

const genderNumber = (gender: 'Woman' | 'Man' | null) => (gender === 'Woman' ? WOMAN : gender === 'Man' ? MAN : UNKNOWN_GENDER);

/** Consent and screening read one person at a time. */
function ownRules(profile: Profile, enabled: RuleMask): RuleMask {
  let mask = 0;
  if (!profile.consent) mask |= RULE_BIT.consent;
  if (isScreenedOut(profile.decision)) mask |= RULE_BIT.screening;
  return mask & enabled;
}

/**
 * Groups of a mentor's facts, each read the first time a pair needs it: most mentors fail a rule
 * for most mentees, so among thousands of mentors most are never read for the score at all.
 */
export const STAGE = { languages: 1, times: 2, offers: 4, genders: 8, score: 16 } as const;

/** What each mentor brings, over the mentees' vocabularies. */
class MentorFeatures {
  readonly count: number;
  /** Which groups of facts (STAGE) are read, per mentor. */
  readonly ready: Uint8Array;
  /**
   * Rules the mentor alone breaks: consent and screening from the start, and capacity, training
   * and the background check once ownRulesOf has read them (aloneRead).
   */
  private readonly ownRules: Int32Array;
  private readonly aloneRead: Uint8Array;
  /** Usable languages that count for the programme's policy: the common-language rule. */
  readonly policyLanguages: BitSets;
  /** Every usable language a mentee has, repeats kept: the languages criterion counts them as evaluate() does. */
  readonly usableLanguages = new Map<number, readonly number[]>();
  readonly slots: BitSets;
  readonly openTime: Uint8Array;
  readonly topics: BitSets;
  readonly offersNothing: Uint8Array;
  readonly interests: BitSets;
  readonly distinctInterests: Int32Array;
  readonly stems: BitSets;
  readonly municipality: Int32Array;
  readonly postcodeArea: Int32Array;
  readonly birthYear: Float64Array;
  readonly gender: Int32Array;
  readonly wantsGender: Int32Array;
  readonly children: Uint8Array;
  readonly quiet: Uint8Array;
  readonly outgoing: Uint8Array;
  readonly peer: Uint8Array;
  private readonly profiles: readonly MentorProfile[];
  private readonly settings: MatchingSettings;
  private readonly context: MatchContext;
  private readonly enabled: RuleMask;
  private readonly words: Vocabularies;
  /** The rule's languages: usable, allowed by the policy, and spoken by a mentee. */
  private readonly policyLanguageIds: PerList<LanguageSkill, readonly number[]>;
  /** Every usable language, repeats kept, for the score. */
  private readonly usableLanguageIds: PerList<LanguageSkill, readonly number[]>;
  private readonly slotIds: PerList<string, { ids: readonly number[]; open: boolean }>;
  private readonly interestIds: PerList<string, { ids: readonly number[]; distinct: number }>;
  private readonly stemIds: PerList<string, readonly number[]>;

  constructor(mentors: readonly MentorProfile[], settings: MatchingSettings, context: MatchContext, words: Vocabularies, enabled: RuleMask) {
    const n = mentors.length;
    this.count = n;
    this.profiles = mentors;
    this.settings = settings;
    this.context = context;
    this.enabled = enabled;
    this.words = words;
    const usableHere = (l: LanguageSkill) => usable(l.level, settings.minimumLevel);
    this.policyLanguageIds = new PerList((list) =>
      list.filter((l) => usableHere(l) && countsForPolicy(l.code, settings)).map((l) => words.languages.find(l.code)),
    );
    this.usableLanguageIds = new PerList((list) => list.filter(usableHere).map((l) => words.languages.find(l.code)));
    this.slotIds = new PerList((list) => ({ ids: list.map((slot) => words.slots.find(slot)), open: openTime(list) }));
    this.interestIds = new PerList((list) => ({ ids: list.map((interest) => words.interests.find(interest)), distinct: distinctCount(list) }));
    this.stemIds = new PerList((list) => list.map((word) => words.stems.find(stemOf(word))));
    this.ready = new Uint8Array(n);
    this.policyLanguages = new BitSets(n, words.languages);
    this.slots = new BitSets(n, words.slots);
    this.topics = new BitSets(n, words.topics);
    this.interests = new BitSets(n, words.interests);
    this.stems = new BitSets(n, words.stems);
    this.ownRules = new Int32Array(n);
    this.aloneRead = new Uint8Array(n);
    this.openTime = new Uint8Array(n);
    this.offersNothing = new Uint8Array(n);
    this.distinctInterests = new Int32Array(n);
    this.municipality = new Int32Array(n);
    this.postcodeArea = new Int32Array(n);
    this.birthYear = new Float64Array(n);
    this.gender = new Int32Array(n);
    this.wantsGender = new Int32Array(n);
    this.children = new Uint8Array(n);
    this.quiet = new Uint8Array(n);
    this.outgoing = new Uint8Array(n);
    this.peer = new Uint8Array(n);
    mentors.forEach((m, k) => {
      this.ownRules[k] = ownRules(m, enabled);
      this.birthYear[k] = yearOf(m);
    });
  }

  /** The mentor's own rules read so far: consent and screening at least. */
  knownOwnRules(k: number): RuleMask {
    return this.ownRules[k]!;
  }

  /** Every rule the mentor alone breaks; capacity, training and the check are read the first time they are asked for. */
  ownRulesOf(k: number): RuleMask {
    if (this.aloneRead[k] === 0) {
      this.aloneRead[k] = 1;
      const m = this.profiles[k]!;
      let alone = 0;
      if (capacityFinding(m, this.context)) alone |= RULE_BIT.capacity;
      if (trainingFinding(m, this.settings)) alone |= RULE_BIT.training;
      // Only the check's state, looked up once per mentor: never its label or days.
      if (!hasValidCheck(m, this.context)) alone |= RULE_BIT.backgroundCheck;
      this.ownRules[k]! |= alone & this.enabled;
    }
    return this.ownRules[k]!;
  }

  /** A usable language that counts for the policy, in common with mentee j of `languages`. */
  sharesLanguage(k: number, languages: BitSets, j: number): boolean {
    this.read(k, STAGE.languages);
    return this.policyLanguages.meets(k, languages, j);
  }

  /** Free at any time or at no stated time, or free when mentee j of `slots` is. */
  sharesTime(k: number, slots: BitSets, j: number): boolean {
    this.read(k, STAGE.times);
    return this.openTime[k] === 1 || this.slots.meets(k, slots, j);
  }

  /** Offers help with `need`, or states no offer at all (which does not exclude). */
  helpsWith(k: number, need: number): boolean {
    this.read(k, STAGE.offers);
    return this.offersNothing[k] === 1 || this.topics.has(k, need);
  }

  genderOf(k: number): number {
    this.read(k, STAGE.genders);
    return this.gender[k]!;
  }

  wantsOf(k: number): number {
    this.read(k, STAGE.genders);
    return this.wantsGender[k]!;
  }

  /** Everything the score reads. */
  readForScore(k: number): void {
    this.read(k, STAGE.offers);
    this.read(k, STAGE.score);
  }

  /** Reads the group `stage` of mentor k's facts unless it is read already. */
  read(k: number, stage: number): void {
    // Stryker disable next-line ConditionalExpression: reading a group again gives the same facts; the check only saves the work.
    if ((this.ready[k]! & stage) !== 0) return;
    this.ready[k]! |= stage;
    const m = this.profiles[k]!;
    if (stage === STAGE.languages) this.readLanguages(k, m);
    else if (stage === STAGE.times) this.readTimes(k, m);
    else if (stage === STAGE.offers) this.readOffers(k, m);
    else if (stage === STAGE.genders) this.readGenders(k, m);
    else this.readScore(k, m);
  }

  /** The languages that count for the rule: usable, allowed by the policy, and spoken by a mentee. */
  private readLanguages(k: number, m: MentorProfile): void {
    for (const id of this.policyLanguageIds.of(m.languages)) this.policyLanguages.add(k, id);
  }

  /** Every usable language a mentee has, repeats kept, for the score. */
  private readUsableLanguages(k: number, m: MentorProfile): void {
    this.usableLanguages.set(k, this.usableLanguageIds.of(m.languages));
  }

  private readTimes(k: number, m: MentorProfile): void {
    const slots = this.slotIds.of(m.slots);
    for (const id of slots.ids) this.slots.add(k, id);
    this.openTime[k] = slots.open ? 1 : 0;
  }

  private readOffers(k: number, m: MentorProfile): void {
    // No memo: the few needs in a run's vocabulary are found at once, and offers vary more than languages do.
    for (const topic of m.topics) this.topics.add(k, this.words.topics.find(topic));
    this.offersNothing[k] = m.topics.length === 0 ? 1 : 0;
  }

  private readGenders(k: number, m: MentorProfile): void {
    const gender = knownGender(m.gender) ? this.words.genders.find(m.gender) : null;
    // A gender no mentee has gets nobody's number: known, and equal to no mentee's.
    this.gender[k] = gender === null ? UNKNOWN_GENDER : gender;
    this.wantsGender[k] = this.words.wants(m.genderPreference);
  }

  /** What only the score reads: interests, aims, place and traits. */
  private readScore(k: number, m: MentorProfile): void {
    const words = this.words;
    this.readUsableLanguages(k, m);
    const interests = this.interestIds.of(m.interests);
    for (const id of interests.ids) this.interests.add(k, id);
    this.distinctInterests[k] = interests.distinct;
    for (const id of this.stemIds.of(m.traits.aimWords)) this.stems.add(k, id);
    // An empty municipality is no place, and a postcode shorter than three is no area.
    this.municipality[k] = m.municipality ? words.municipalities.find(m.municipality) : -1;
    this.postcodeArea[k] = m.postcode.length >= 3 ? words.postcodeAreas.find(m.postcode.slice(0, 3)) : -1;
    this.children[k] = m.traits.children ? 1 : 0;
    this.quiet[k] = m.traits.quiet ? 1 : 0;
    this.outgoing[k] = m.traits.outgoing ? 1 : 0;
    this.peer[k] = m.mentorType === 'Peer' ? 1 : 0;
  }
}

/** Each id's indices: ids are unique in a programme, but nothing here relies on it. */
function indicesById(people: readonly { id: string }[]): Map<string, number[]> {
  const map = new Map<string, number[]>();
  people.forEach(({ id }, i) => {
    const list = map.get(id);
    if (list) list.push(i);
    else map.set(id, [i]);
  });
  return map;
}

/**
 * "mentorId|menteeId" keys as mentor numbers per mentee number. A key is split at each "|" it
 * holds, so that an id with a "|" in it still finds its pair, exactly as the string comparison does.
 */
function pairSets(keys: ReadonlySet<string>, mentorList: readonly { id: string }[], menteeList: readonly { id: string }[]): Map<number, Set<number>> {
  const byMentee = new Map<number, Set<number>>();
  // Most runs have no exclusion at all: no index of 20,000 mentors' ids for nothing (nor a list of them).
  if (keys.size === 0) return byMentee;
  const mentors = indicesById(mentorList);
  const mentees = indicesById(menteeList);
  for (const key of keys) {
    const parts = key.split('|');
    for (let bar = 1; bar < parts.length; bar++) {
      const ks = mentors.get(parts.slice(0, bar).join('|'));
      const js = mentees.get(parts.slice(bar).join('|'));
      if (ks === undefined || js === undefined) continue;
      for (const j of js) {
        const set = byMentee.get(j) ?? new Set<number>();
        for (const k of ks) set.add(k);
        byMentee.set(j, set);
      }
    }
  }
  return byMentee;
}

/** The rules that are on for this run; "minors" only while the programme keeps same-gender safeguarding. */
function enabledRules(settings: MatchingSettings): RuleMask {
  let mask = 0;
  for (const rule of HARD_RULES) if (ruleEnabled(settings, rule)) mask |= RULE_BIT[rule];
  return settings.minorsSameGenderOnly ? mask : mask & ~RULE_BIT.minors;
}

/** The weight sum of evaluate(), added in the order of CRITERIA, with and without the background criterion. */
function weightSum(settings: MatchingSettings, withBackground: boolean): number {
  return CRITERIA.reduce((sum, c) => sum + (c === 'background' && !withBackground ? 0 : settings.weights[c]), 0);
}

/**
 * Mentees and mentors compiled for one run of matching: `mentee` and `mentor` below are indices
 * into the lists given to compileMatching.
 */
export class CompiledMatching {
  readonly mentees: MenteeFeatures;
  readonly mentors: MentorFeatures;
  /** The rules on for this run. */
  readonly enabled: RuleMask;
  private readonly exclusions: Map<number, Set<number>>;
  private readonly endedBefore: Map<number, Set<number>>;
  private readonly weights: MatchingSettings['weights'];
  private readonly weightSumWithBackground: number;
  private readonly weightSumWithout: number;

  constructor(mentees: readonly MenteeProfile[], mentors: readonly MentorProfile[], settings: MatchingSettings, context: MatchContext) {
    this.enabled = enabledRules(settings);
    const words: Vocabularies = {
      languages: new Vocabulary(),
      slots: new Vocabulary(),
      topics: new Vocabulary(),
      interests: new Vocabulary(),
      stems: new Vocabulary(),
      municipalities: new Vocabulary(),
      postcodeAreas: new Vocabulary(),
      genders: new Vocabulary(),
      wants: (preference) => genderNumber(wantedGender(preference)),
    };
    words.genders.learn('Woman');
    words.genders.learn('Man');
    // Mentees first: their values are the vocabulary the mentors are read against.
    this.mentees = new MenteeFeatures(mentees, settings, words, this.enabled);
    this.mentors = new MentorFeatures(mentors, settings, context, words, this.enabled);
    this.exclusions = pairSets(context.exclusions, mentors, mentees);
    this.endedBefore = pairSets(context.endedBefore, mentors, mentees);
    this.weights = settings.weights;
    this.weightSumWithBackground = weightSum(settings, true);
    this.weightSumWithout = weightSum(settings, false);
  }

  /** Every rule the pair breaks, as hardRuleBreaches() lists them. */
  breaches(mentor: number, mentee: number): RuleMask {
    return (this.mentors.ownRulesOf(mentor) | this.mentees.ownRules[mentee]! | this.pairRules(mentor, mentee, 0)) & this.enabled;
  }

  /**
   * The first rule the pair breaks in the order of HARD_RULES, as its bit (0: none): what a
   * mentor is counted under. It reads no further than that rule.
   */
  firstBreach(mentor: number, mentee: number): RuleMask {
    // A mentee's own rules are consent and screening alone.
    const menteeOwn = this.mentees.ownRules[mentee]!;
    const known = (this.mentors.knownOwnRules(mentor) | menteeOwn) & this.enabled;
    const firstKnown = known & -known;
    // Consent and screening come before every rule that reads both people.
    if ((firstKnown & BEFORE_PAIR_RULES) !== 0) return firstKnown;
    const pair = this.pairRules(mentor, mentee, this.enabled) & this.enabled;
    const firstPair = pair & -pair;
    // A pair rule before the mentor's own capacity, training and check comes first whatever they say: not read for the many it excludes.
    if (firstPair !== 0 && firstPair < FIRST_MENTOR_ALONE_RULE) return firstPair;
    const own = (this.mentors.ownRulesOf(mentor) | menteeOwn) & this.enabled;
    const firstOwn = own & -own;
    if (firstOwn === 0 || firstPair === 0) return firstOwn | firstPair;
    return Math.min(firstOwn, firstPair);
  }

  /**
   * Whether a rule outside `ignored` breaks the pair: the filter before scoring. The rules of one
   * person first, then a common language, time and first need, stopping at the first broken one:
   * those exclude most pairs, and the rest is cheap.
   */
  excludes(mentor: number, mentee: number, ignored: RuleMask = 0): boolean {
    const counted = this.enabled & ~ignored;
    const menteeOwn = this.mentees.ownRules[mentee]!;
    if (((this.mentors.knownOwnRules(mentor) | menteeOwn) & counted) !== 0) return true;
    if ((this.pairRules(mentor, mentee, counted) & counted) !== 0) return true;
    // The mentor's capacity, training and check, read once: afterwards the first test above holds them.
    return ((this.mentors.ownRulesOf(mentor) | menteeOwn) & counted) !== 0;
  }

  /**
   * The rules that read both people, in the order of HARD_RULES. `stopAt`: rules after whose
   * breach the rest is not needed (0: check every rule); the stop is taken after each rule that
   * reads the mentor's facts (language, times, first need), the ones that exclude most pairs.
   */
  private pairRules(k: number, j: number, stopAt: RuleMask): RuleMask {
    const meeting = this.meetingRules(k, j, stopAt);
    if ((meeting & stopAt) !== 0) return meeting;
    return meeting | this.preferenceRules(k, j) | this.pairListRules(k, j);
  }

  /** A common language, a common time, and help with the first need. */
  private meetingRules(k: number, j: number, stopAt: RuleMask): RuleMask {
    const e = this.mentees;
    const r = this.mentors;
    const on = this.enabled;
    let mask = 0;
    if (on & RULE_BIT.language && !r.sharesLanguage(k, e.languages, j)) {
      mask |= RULE_BIT.language;
      if (stopAt & mask) return mask;
    }
    if (on & RULE_BIT.availability && !e.openTime[j] && !r.sharesTime(k, e.slots, j)) {
      mask |= RULE_BIT.availability;
      if (stopAt & mask) return mask;
    }
    const need = e.firstNeed[j]!;
    if (on & RULE_BIT.firstNeed && need >= 0 && !r.helpsWith(k, need)) mask |= RULE_BIT.firstNeed;
    return mask;
  }

  /**
   * Stated preferences (gender, age) and the safeguarding of minors. Only the gender preference is
   * skipped when off, as it reads the mentor's genders; the callers mask out every rule that is off.
   */
  private preferenceRules(k: number, j: number): RuleMask {
    const e = this.mentees;
    let mask = 0;
    if (this.enabled & RULE_BIT.genderPreference && this.genderPreferenceBroken(k, j)) mask |= RULE_BIT.genderPreference;
    if (ageFits(e.agePreference[j]!, yearOrNull(this.mentors.birthYear[k]!), yearOrNull(e.birthYear[j]!)) !== true) mask |= RULE_BIT.agePreference;
    if (e.guarded[j] && !this.sameKnownGender(k, j)) mask |= RULE_BIT.minors;
    return mask;
  }

  /** Both genders known and the same (a mentor's gender that no mentee has equals none). */
  private sameKnownGender(k: number, j: number): boolean {
    const gender = this.mentors.genderOf(k);
    return gender !== UNKNOWN_GENDER && gender === this.mentees.gender[j];
  }

  /** The coordinator's exclusions and the pairs that ended before (a rule that is off is masked out by the callers). */
  private pairListRules(k: number, j: number): RuleMask {
    return (this.exclusions.get(j)?.has(k) ? RULE_BIT.exclusion : 0) | (this.endedBefore.get(j)?.has(k) ? RULE_BIT.endedBefore : 0);
  }

  /** Either side names a gender the other does not have on record (unknown counts as not met: it needs a check). */
  private genderPreferenceBroken(k: number, j: number): boolean {
    const menteeWants = this.mentees.wantsGender[j]!;
    const mentorWants = this.mentors.wantsOf(k);
    return (
      (menteeWants !== UNKNOWN_GENDER && this.mentors.genderOf(k) !== menteeWants) || (mentorWants !== UNKNOWN_GENDER && this.mentees.gender[j] !== mentorWants)
    );
  }

  /** The weighted total of evaluate(), 0 to 100, computed with the same numbers in the same order. */
  total(k: number, j: number): number {
    const e = this.mentees;
    const r = this.mentors;
    const w = this.weights;
    const wantsPeer = e.wantsPeer[j] === 1;
    const weightSum = wantsPeer ? this.weightSumWithBackground : this.weightSumWithout;
    if (!weightSum) return 0;
    r.readForScore(k);
    let points = 0;
    points += w.needs * this.needsScore(k, j);
    points += w.interests * this.interestsScore(k, j);
    points += w.languages * this.languagesScore(k, j);
    points += (wantsPeer ? w.background : 0) * (wantsPeer && r.peer[k] ? 1 : 0);
    points += w.proximity * this.proximityScore(k, j);
    points += w.age * this.ageScore(k, j);
    points += w.family * (r.children[k] && e.children[j] ? 1 : 0.3);
    points += w.temperament * ((e.quiet[j] && r.outgoing[k]) || (e.outgoing[j] && r.quiet[k]) ? 1 : 0.5);
    points += w.field * (this.fieldFits(k, j) ? 1 : 0);
    return Math.round((points / weightSum) * 100);
  }

  private needsScore(k: number, j: number): number {
    const { start, values } = this.mentees.needs;
    if (start[j] === start[j + 1]) return 0.5;
    let covered = 0;
    for (let p = start[j]!; p < start[j + 1]!; p++) if (this.mentors.topics.has(k, values[p]!)) covered += needWeight(p - start[j]!);
    return covered / this.mentees.needTotal[j]!;
  }

  private interestsScore(k: number, j: number): number {
    const all = this.mentees.interests;
    const distinct = this.mentees.distinctInterests;
    const mentor = this.mentors.interests;
    let shared = 0;
    for (let p = all.start[j]!; p < all.start[j + 1]!; p++) if (mentor.has(k, all.values[p]!)) shared++;
    let sharedDistinct = 0;
    for (let p = distinct.start[j]!; p < distinct.start[j + 1]!; p++) if (mentor.has(k, distinct.values[p]!)) sharedDistinct++;
    const union = distinct.start[j + 1]! - distinct.start[j]! + this.mentors.distinctInterests[k]! - sharedDistinct;
    return union ? Math.min(1, (shared / union) * 2) : 0;
  }

  private languagesScore(k: number, j: number): number {
    let shared = 0;
    for (const id of this.mentors.usableLanguages.get(k)!) if (this.mentees.languages.has(j, id)) shared++;
    // evaluate()'s min(1, max(0, shared − 1) / 2 + 0.5), which is 0.5 for one and 1 for more.
    return shared === 0 ? 0 : shared === 1 ? 0.5 : 1;
  }

  private proximityScore(k: number, j: number): number {
    const r = this.mentors;
    const e = this.mentees;
    // A mentor's -1 (no place) or nobody's number (a place no mentee has) equals no mentee's.
    if (r.municipality[k] === e.municipality[j]) return 1;
    return r.postcodeArea[k] === e.postcodeArea[j] ? 0.6 : 0;
  }

  private ageScore(k: number, j: number): number {
    const a = this.mentors.birthYear[k]!;
    const b = this.mentees.birthYear[j]!;
    if (Number.isNaN(a) || Number.isNaN(b)) return 0.5;
    return Math.max(0, 1 - Math.abs(a - b) / 30);
  }

  private fieldFits(k: number, j: number): boolean {
    const { stems } = this.mentees;
    for (let p = stems.start[j]!; p < stems.start[j + 1]!; p++) if (this.mentors.stems.has(k, stems.values[p]!)) return true;
    return false;
  }
}

/** Compiles the people of one run of matching; the settings and the context are read once, here. */
export function compileMatching(
  mentees: readonly MenteeProfile[],
  mentors: readonly MentorProfile[],
  settings: MatchingSettings,
  context: MatchContext,
): CompiledMatching {
  return new CompiledMatching(mentees, mentors, settings, context);
}
