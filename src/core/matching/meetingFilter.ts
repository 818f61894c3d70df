import { type CompiledMatching, MAN, RULE_BIT, type RuleMask, STAGE, WOMAN } from './compiled';

/**
 * The cohort's first sieve: for one mentee at a time, the mentors of a group who pass the three
 * rules that exclude most pairs (a common language, a common time, help with the first need) and
 * break no rule of their own known so far, found with a few word operations over bit sets of
 * mentors instead of a test per pair. It only ever drops pairs that one of those rules excludes,
 * so the caller still asks `CompiledMatching.excludes` of each candidate: the answer is exactly
 * the per-pair test's, at the cost of the few pairs that pass the sieve.
 *
 * Built for a whole group at once, so every mentor's languages, times and offers are read (the
 * one-mentee suggestions keep reading them lazily, pair by pair).
 */
export class MeetingFilter {
  /** 32-bit words per set of the group's mentors. */
  private readonly width: number;
  /** Per language number, the mentors (by position in the group) who speak it at a usable level the policy counts. */
  private readonly byLanguage: Uint32Array;
  private readonly bySlot: Uint32Array;
  /** Mentors free at any time or at no stated time. */
  private readonly openTime: Uint32Array;
  private readonly byTopic: Uint32Array;
  /** Mentors who state no offer (which never excludes). */
  private readonly offersNothing: Uint32Array;
  /** Mentors who break none of their own rules (consent, screening, training, the check; capacity when counted). */
  private readonly unblocked: Uint32Array;
  /** Mentors of gender Woman and Man (the two a preference can name), and those who want either or neither. */
  private readonly ofGender: readonly [Uint32Array, Uint32Array];
  private readonly wanting: readonly [Uint32Array, Uint32Array];
  private readonly wantingNobody: Uint32Array;
  private readonly counted: RuleMask;
  private readonly sieve: Uint32Array;
  private readonly union: Uint32Array;

  constructor(
    private readonly run: CompiledMatching,
    group: readonly number[],
    /** Rules the caller leaves out (the cohort: capacity, the assignment's own business). */
    ignored: RuleMask,
  ) {
    const width = (group.length >>> 5) + 1;
    this.width = width;
    this.counted = run.enabled & ~ignored;
    const { mentors, mentees } = run;
    // Every number a mentor's set can hold, nobody's number included (see BitSets).
    this.byLanguage = new Uint32Array(mentees.languages.stride * 32 * width);
    this.bySlot = new Uint32Array(mentees.slots.stride * 32 * width);
    this.byTopic = new Uint32Array(mentors.topics.stride * 32 * width);
    this.openTime = new Uint32Array(width);
    this.offersNothing = new Uint32Array(width);
    this.unblocked = new Uint32Array(width);
    this.ofGender = [new Uint32Array(width), new Uint32Array(width)];
    this.wanting = [new Uint32Array(width), new Uint32Array(width)];
    this.wantingNobody = new Uint32Array(width);
    this.sieve = new Uint32Array(width);
    this.union = new Uint32Array(width);
    group.forEach((k, g) => {
      const word = g >>> 5;
      const bit = 1 << (g & 31);
      if ((mentors.ownRulesOf(k) & this.counted) === 0) this.unblocked[word]! |= bit;
      const gender = mentors.genderOf(k);
      if (gender === WOMAN || gender === MAN) this.ofGender[gender][word]! |= bit;
      const wants = mentors.wantsOf(k);
      if (wants === WOMAN || wants === MAN) this.wanting[wants][word]! |= bit;
      else this.wantingNobody[word]! |= bit;
      mentors.read(k, STAGE.languages);
      mentors.read(k, STAGE.times);
      mentors.read(k, STAGE.offers);
      invert(mentors.policyLanguages.words, mentors.policyLanguages.stride, k, this.byLanguage, width, word, bit);
      invert(mentors.slots.words, mentors.slots.stride, k, this.bySlot, width, word, bit);
      invert(mentors.topics.words, mentors.topics.stride, k, this.byTopic, width, word, bit);
      if (mentors.openTime[k]) this.openTime[word]! |= bit;
      if (mentors.offersNothing[k]) this.offersNothing[word]! |= bit;
    });
  }

  /**
   * Writes into `out` the positions in the group, in increasing order, of the mentors mentee `j`
   * may be paired with as far as the sieve can tell, and returns how many.
   */
  candidates(j: number, out: Int32Array): number {
    const { run, counted, sieve, width } = this;
    const e = run.mentees;
    if ((e.ownRules[j]! & counted) !== 0) return 0;
    sieve.set(this.unblocked);
    if (counted & RULE_BIT.language) this.keepAny(this.byLanguage, e.languages.words, e.languages.stride, j, null);
    if (counted & RULE_BIT.availability && !e.openTime[j]) this.keepAny(this.bySlot, e.slots.words, e.slots.stride, j, this.openTime);
    const need = e.firstNeed[j]!;
    if (counted & RULE_BIT.firstNeed && need >= 0) {
      const base = need * width;
      for (let w = 0; w < width; w++) sieve[w]! &= this.offersNothing[w]! | this.byTopic[base + w]!;
    }
    if (counted & RULE_BIT.genderPreference) this.keepPreferred(j);
    let count = 0;
    for (let w = 0; w < width; w++) {
      for (let rest = sieve[w]!; rest !== 0; rest &= rest - 1) out[count++] = (w << 5) + 31 - Math.clz32(rest & -rest);
    }
    return count;
  }

  /** Keeps in the sieve the mentors of the gender mentee `j` asks for, if any, who ask for none or for the mentee's. */
  private keepPreferred(j: number): void {
    const { sieve, width } = this;
    const e = this.run.mentees;
    const asked = e.wantsGender[j]!;
    const gender = e.gender[j]!;
    const ofAsked = asked === WOMAN || asked === MAN ? this.ofGender[asked] : null;
    const wantingMentee = gender === WOMAN || gender === MAN ? this.wanting[gender] : null;
    for (let w = 0; w < width; w++) sieve[w]! &= (ofAsked ? ofAsked[w]! : ~0) & (this.wantingNobody[w]! | (wantingMentee ? wantingMentee[w]! : 0));
  }

  /** Keeps in the sieve the mentors who have at least one of mentee `j`'s values (or are in `always`). */
  private keepAny(byValue: Uint32Array, words: Uint32Array, stride: number, j: number, always: Uint32Array | null): void {
    const { sieve, union, width } = this;
    if (always) union.set(always);
    else union.fill(0);
    for (let s = 0; s < stride; s++) {
      for (let rest = words[j * stride + s]!; rest !== 0; rest &= rest - 1) {
        const base = ((s << 5) + 31 - Math.clz32(rest & -rest)) * width;
        for (let w = 0; w < width; w++) union[w]! |= byValue[base + w]!;
      }
    }
    for (let w = 0; w < width; w++) sieve[w]! &= union[w]!;
  }
}

/** Adds mentor `k` (at `word`, `bit` in the group's sets) to the set of every value in its row of `sets`. */
function invert(sets: Uint32Array, stride: number, k: number, byValue: Uint32Array, width: number, word: number, bit: number): void {
  for (let s = 0; s < stride; s++) {
    for (let rest = sets[k * stride + s]!; rest !== 0; rest &= rest - 1) {
      const value = (s << 5) + 31 - Math.clz32(rest & -rest);
      byValue[value * width + word]! |= bit;
    }
  }
}
