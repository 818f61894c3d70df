import { assign } from './assignment';
import { type CompiledMatching, compileMatching, firstRule, RULE_BIT, type RuleMask, ruleCount } from './compiled';
import { type Breach, type CriterionScore, type Evaluation, evaluate, hardRuleBreaches, type MatchContext, type Reason } from './evaluate';
import { MeetingFilter } from './meetingFilter';
import type { MenteeProfile, MentorProfile } from './profiles';
import type { AllowedPairs } from './sparseAssignment';
import { HARD_RULES, type HardRule, type MatchingSettings } from './settings';

export interface Suggestion {
  mentorId: string;
  menteeId: string;
  total: number;
  criteria: CriterionScore[];
  reasons: Reason[];
  missing: Reason[];
  /** How many other waiting mentees also have this mentor among their best three. */
  demand: number;
}

export interface Exclusion {
  mentorId: string;
  menteeId: string;
  breaches: Breach[];
}

/**
 * How many people of the other side the rules excluded (mentors for a mentee, mentees for a
 * mentor), each counted once, under the first rule the pair breaks (in the order of HARD_RULES),
 * so that the counts add up to the total. Largest first.
 */
export interface ExclusionCounts {
  total: number;
  byRule: { rule: HardRule; count: number }[];
}

/**
 * One person's suggestions: the excluded as counts only, which stay small among thousands; their
 * reasons are asked for one group at a time (excludedMentors, excludedMentees).
 */
export interface CountedSuggestions {
  suggestions: Suggestion[];
  excluded: ExclusionCounts;
}

/** One mentee's best mentors. */
export type MentorSuggestions = CountedSuggestions;
/** One mentor's best mentees. */
export type MenteeSuggestions = CountedSuggestions;

function toSuggestion(e: Evaluation, demand: number): Suggestion {
  return {
    mentorId: e.mentorId,
    menteeId: e.menteeId,
    total: e.total,
    criteria: e.criteria,
    reasons: e.criteria
      .filter((c) => c.reason && c.weight > 0)
      .sort((a, b) => b.weight * b.score - a.weight * a.score)
      .map((c) => c.reason!),
    missing: e.criteria.filter((c) => c.weight > 0 && c.score === 0).map((c) => ({ key: `match.missing.${c.criterion}` })),
    demand,
  };
}

/** A person of the other side who passes every rule, scored: `index` into their list. */
interface Candidate {
  index: number;
  id: string;
  total: number;
}

const byScoreThenId = (a: Candidate, b: Candidate) => b.total - a.total || a.id.localeCompare(b.id);

/**
 * The first `count` of `items` stably sorted by `compare`, without sorting them all: among
 * thousands of eligible mentors only the leading few are kept, and most are turned away by their
 * total alone, with no comparison of ids. An item equal to one kept goes after it, as in a stable sort.
 */
export function leading<T>(items: readonly T[], count: number, compare: (a: T, b: T) => number): T[] {
  const kept: T[] = [];
  if (count <= 0) return kept;
  for (const item of items) {
    if (kept.length === count && compare(item, kept[count - 1]!) >= 0) continue;
    let at = kept.length;
    while (at > 0 && compare(item, kept[at - 1]!) < 0) at--;
    kept.splice(at, 0, item);
    if (kept.length > count) kept.pop();
  }
  return kept;
}

/**
 * One person against the other side, compiled: the first rule each pair breaks, as its bit (0:
 * none), by the index of the other person. The same for both sides, so that a mentee's mentors
 * and a mentor's mentees are counted and paged alike.
 */
type FirstBreachOf = (index: number) => RuleMask;

/** The other side sorted by the rules: who passes them all, and how many of the others each rule is counted for. */
function sortByRules(count: number, firstBreachOf: FirstBreachOf): { eligible: number[]; excluded: ExclusionCounts } {
  const eligible: number[] = [];
  // By the rule's place in HARD_RULES: a first breach is one bit, and bit i is HARD_RULES[i] (compiled.ts).
  const counts = HARD_RULES.map(() => 0);
  let total = 0;
  for (let i = 0; i < count; i++) {
    const first = firstBreachOf(i);
    if (first === 0) eligible.push(i);
    else {
      counts[31 - Math.clz32(first & -first)]!++;
      total++;
    }
  }
  return { eligible, excluded: countsOf(counts, total) };
}

/** Counts per first broken rule, largest first, then in the order of HARD_RULES. */
function countsOf(counts: readonly number[], total: number): ExclusionCounts {
  const byRule = HARD_RULES.map((rule, i) => ({ rule, count: counts[i]! }))
    .filter(({ count }) => count > 0)
    .sort((a, b) => b.count - a.count);
  return { total, byRule };
}

/**
 * The best mentors for one mentee, and how many mentors each rule excluded. Capacity-aware: a
 * strong candidate whom other waiting mentees want at least as much (eligible, scoring as high or
 * higher with them) than they have free places moves down a little (at most 15 points), so that
 * a popular mentor is not proposed to everyone. Only the leading candidates are checked against
 * the others, and only the suggestions are explained, which keeps this fast among thousands.
 */
export function suggestMentors(
  mentee: MenteeProfile,
  mentors: readonly MentorProfile[],
  settings: MatchingSettings,
  context: MatchContext,
  waiting: readonly MenteeProfile[] = [],
): MentorSuggestions {
  const others = waiting.filter((m) => m.id !== mentee.id);
  // The mentee is row 0; the other waiting mentees follow, for the demand on each candidate.
  const run = compileMatching([mentee, ...others], mentors, settings, context);
  const { eligible, excluded } = sortByRules(mentors.length, (k) => run.firstBreach(k, 0));
  const candidates = leading(
    eligible.map((k) => ({ index: k, id: mentors[k]!.id, total: run.total(k, 0) })),
    settings.suggestions * 3,
    byScoreThenId,
  );
  const demand = new Map<number, number>();
  for (const c of candidates) {
    let count = 0;
    for (let j = 1; j <= others.length; j++) if (!run.excludes(c.index, j) && run.total(c.index, j) >= c.total) count++;
    demand.set(c.index, count);
  }
  const free = (c: Candidate) => Math.max(1, mentors[c.index]!.capacity - (context.activePairs.get(c.id) ?? 0));
  const rankScore = (c: Candidate) => c.total - Math.min(15, 5 * Math.max(0, demand.get(c.index)! / free(c) - 1));
  candidates.sort((a, b) => rankScore(b) - rankScore(a) || byScoreThenId(a, b));
  return {
    // Words and the breakdown only for the few shown: the full evaluation of each.
    suggestions: candidates
      .slice(0, settings.suggestions)
      .map((c) => toSuggestion(evaluate(mentors[c.index]!, mentee, settings, context), demand.get(c.index)!)),
    excluded,
  };
}

export interface ExcludedQuery {
  /** Only the mentors counted under this rule (their first broken rule). */
  rule?: HardRule;
  /** Only this mentor. */
  mentorId?: string;
  offset?: number;
  limit?: number;
}

/** The same from a mentor's side: the mentees counted under a rule, or one mentee. */
export interface ExcludedMenteesQuery {
  rule?: HardRule;
  /** Only this mentee. */
  menteeId?: string;
  offset?: number;
  limit?: number;
}

export interface ExcludedPage {
  /** How many excluded people match the query, across every page. */
  total: number;
  offset: number;
  exclusions: Exclusion[];
}

/**
 * The indices of one page of the excluded, in the order of `people`: those counted under `rule`
 * (their first broken rule), or the one with `id`; and how many match across every page.
 */
function excludedIndices(
  people: readonly { id: string }[],
  firstBreachOf: FirstBreachOf,
  query: { rule?: HardRule; id?: string; offset?: number; limit?: number },
): { total: number; offset: number; indices: number[] } {
  const offset = Math.max(0, query.offset ?? 0);
  const limit = Math.max(0, query.limit ?? 10);
  const indices: number[] = [];
  let total = 0;
  people.forEach((person, i) => {
    if (query.id !== undefined && person.id !== query.id) return;
    const first = firstBreachOf(i);
    if (first === 0 || (query.rule !== undefined && firstRule(first) !== query.rule)) return;
    if (total >= offset && indices.length < limit) indices.push(i);
    total++;
  });
  return { total, offset, indices };
}

/**
 * The excluded mentors the coordinator opens, with every rule each breaks: a page of one rule's
 * group (in the order of the mentors), or one mentor. The rules are checked compiled; the reasons
 * are put together only for the page.
 */
export function excludedMentors(
  mentee: MenteeProfile,
  mentors: readonly MentorProfile[],
  settings: MatchingSettings,
  context: MatchContext,
  query: ExcludedQuery = {},
): ExcludedPage {
  const run = compileMatching([mentee], mentors, settings, context);
  const { total, offset, indices } = excludedIndices(mentors, (k) => run.firstBreach(k, 0), { ...query, id: query.mentorId });
  return {
    total,
    offset,
    exclusions: indices.map((k) => ({ mentorId: mentors[k]!.id, menteeId: mentee.id, breaches: hardRuleBreaches(mentors[k]!, mentee, settings, context) })),
  };
}

/**
 * The same from a mentor's side: the best mentees for one mentor, and how many mentees each rule
 * excluded. Checked and scored compiled, like a mentee's mentors; only the suggestions are explained.
 */
export function suggestMentees(mentor: MentorProfile, mentees: readonly MenteeProfile[], settings: MatchingSettings, context: MatchContext): MenteeSuggestions {
  const run = compileMatching(mentees, [mentor], settings, context);
  const { eligible, excluded } = sortByRules(mentees.length, (j) => run.firstBreach(0, j));
  const best = leading(
    eligible.map((j) => ({ index: j, id: mentees[j]!.id, total: run.total(0, j) })),
    settings.suggestions,
    byScoreThenId,
  );
  return {
    suggestions: best.map((c) => toSuggestion(evaluate(mentor, mentees[c.index]!, settings, context), 0)),
    excluded,
  };
}

/** The excluded mentees of a mentor the coordinator opens, as excludedMentors does for a mentee: a page of one rule's group, or one mentee. */
export function excludedMentees(
  mentor: MentorProfile,
  mentees: readonly MenteeProfile[],
  settings: MatchingSettings,
  context: MatchContext,
  query: ExcludedMenteesQuery = {},
): ExcludedPage {
  const run = compileMatching(mentees, [mentor], settings, context);
  const { total, offset, indices } = excludedIndices(mentees, (j) => run.firstBreach(0, j), { ...query, id: query.menteeId });
  return {
    total,
    offset,
    exclusions: indices.map((j) => ({ mentorId: mentor.id, menteeId: mentees[j]!.id, breaches: hardRuleBreaches(mentor, mentees[j]!, settings, context) })),
  };
}

export interface CohortPair {
  menteeId: string;
  mentorId: string;
  secondMentorId: string | null;
  total: number;
  reasons: Reason[];
  pinned: boolean;
}

export interface Unmatched {
  menteeId: string;
  why: Reason;
  /** Mentors to offer as an alternative (orient8), each with what stands in the way. */
  alternatives: { mentorId: string; total: number; breaches: Breach[] }[];
}

export interface CohortProposal {
  pairs: CohortPair[];
  unmatched: Unmatched[];
  total: number;
}

export interface CohortOptions {
  maximiseMatched: boolean;
  teamMode: boolean;
  pinned: readonly { menteeId: string; mentorId: string }[];
}

/** Rules a coordinator can reasonably bend when offering an alternative; never consent, safeguarding or exclusions. */
const BENDABLE: readonly HardRule[] = ['capacity', 'availability', 'genderPreference', 'firstNeed', 'language'];
const BENDABLE_MASK = BENDABLE.reduce((mask, rule) => mask | RULE_BIT[rule], 0);

/** The three phases of a cohort, which the benchmark times one by one. */
export type CohortPhase = 'scoring' | 'assignment' | 'explanations';
/** Runs each phase; the default simply runs it (core has no clock). */
export type PhaseRunner = <T>(phase: CohortPhase, work: () => T) => T;
const justRun: PhaseRunner = (_phase, work) => work();

/**
 * A group's allowed pairs for the assignment, mentee by mentee: every pair no rule other than
 * capacity excludes (capacity is the assignment's own business), with its total. Most pairs are
 * excluded, so only the others are kept, as the sparse solver reads them; the meeting filter finds
 * each mentee's candidates without a test per pair. Totals are whole numbers from 0 to 100, which
 * a 32-bit float holds exactly.
 */
export function groupScores(run: CompiledMatching, group: readonly number[]): AllowedPairs {
  const n = run.mentees.count;
  const m = group.length;
  const start = new Int32Array(n + 1);
  let mentor = new Int32Array(Math.max(64, 8 * n));
  let score = new Float32Array(mentor.length);
  let size = 0;
  const mentors = run.mentors;
  const filter = new MeetingFilter(run, group, RULE_BIT.capacity);
  const candidates = new Int32Array(m);
  for (let j = 0; j < n; j++) {
    const count = filter.candidates(j, candidates);
    if (size + count > mentor.length) {
      const room = Math.max(2 * mentor.length, size + count);
      mentor = grown(mentor, new Int32Array(room));
      score = grown(score, new Float32Array(room));
    }
    for (let q = 0; q < count; q++) {
      const g = candidates[q]!;
      const k = group[g]!;
      if (run.excludes(k, j, RULE_BIT.capacity)) continue;
      mentor[size] = g;
      // A mentor with no free place takes nobody: scoring them is wasted, as it was before (0).
      score[size++] = mentors.ownRulesOf(k) & RULE_BIT.capacity ? 0 : run.total(k, j);
    }
    start[j + 1] = size;
  }
  return { start, mentor: mentor.subarray(0, size), score: score.subarray(0, size) };
}

const grown = <T extends Int32Array | Float32Array>(from: T, to: T): T => {
  to.set(from);
  return to;
};

/** A mentee's pair from the assignment: its first mentor (a peer in team mode) gives the reasons, the total is the mean. */
function proposedPair(mentee: MenteeProfile, picks: readonly { mentor: MentorProfile; e: Evaluation }[]): CohortPair {
  const [first, second] = picks;
  const total = Math.round(picks.reduce((sum, p) => sum + p.e.total, 0) / picks.length);
  return {
    menteeId: mentee.id,
    mentorId: first!.mentor.id,
    secondMentorId: second?.mentor.id ?? null,
    total,
    reasons: toSuggestion(first!.e, 0).reasons,
    pinned: false,
  };
}

/**
 * The hard rule that excludes the most mentors: what most stands in the way of a mentee nobody
 * may take. A tie goes to the rule met first, mentor by mentor in the rules' order.
 */
function commonestBreach(masks: Int32Array): HardRule {
  const counts = new Map<HardRule, number>();
  for (const mask of masks)
    for (let rest = mask, bit = 0; rest !== 0; rest >>>= 1, bit++) if (rest & 1) counts.set(HARD_RULES[bit]!, (counts.get(HARD_RULES[bit]!) ?? 0) + 1);
  const [rule] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0] ?? ['language'];
  return rule;
}

/**
 * Why a mentee was left out: half a team, more mentees than eligible places, or the rule that
 * excludes the most mentors; and up to three alternatives, whose reasons alone are put into words.
 */
function whyUnmatched(
  run: CompiledMatching,
  j: number,
  picked: number,
  mentors: readonly MentorProfile[],
  settings: MatchingSettings,
  context: MatchContext,
  teamMode: boolean,
  mentee: MenteeProfile,
): Unmatched {
  const masks = Int32Array.from(mentors, (_, k) => run.breaches(k, j));
  const eligible = masks.filter((mask) => (mask & ~RULE_BIT.capacity) === 0).length;
  let why: Reason;
  if (teamMode && picked === 1) why = { key: 'match.unmatched.team' };
  else if (eligible > 0) why = { key: 'match.unmatched.scarcity', params: { count: eligible } };
  else why = { key: 'match.unmatched.rule', params: { rule: commonestBreach(masks) } };
  const alternatives = alternativesFor(run, j, masks, mentors).map(({ k, total }) => ({
    mentorId: mentors[k]!.id,
    total,
    breaches: hardRuleBreaches(mentors[k]!, mentee, settings, context),
  }));
  return { menteeId: mentee.id, why, alternatives };
}

/** Up to three mentors the coordinator could still choose by bending only rules that may be bent, fewest bent first. */
function alternativesFor(run: CompiledMatching, j: number, masks: Int32Array, mentors: readonly MentorProfile[]): { k: number; total: number; bent: number }[] {
  const bendable: { k: number; total: number; bent: number }[] = [];
  masks.forEach((mask, k) => {
    if (mask !== 0 && (mask & ~BENDABLE_MASK) === 0) bendable.push({ k, total: run.total(k, j), bent: ruleCount(mask) });
  });
  return bendable.sort((a, b) => a.bent - b.bent || b.total - a.total || mentors[a.k]!.id.localeCompare(mentors[b.k]!.id)).slice(0, 3);
}

/**
 * Proposes matches for a whole cohort: the assignment with the highest total score within the
 * hard rules and the mentors' free capacity (optimal, not greedy), after the pairs the
 * coordinator pinned. In team mode each mentee gets one peer and one local mentor. Nothing is
 * written: the coordinator reviews the proposal. Every person is compiled once; the pairs are
 * filtered and scored compiled; only the proposed pairs and the unmatched are explained.
 */
export function proposeCohort(
  mentees: readonly MenteeProfile[],
  mentors: readonly MentorProfile[],
  settings: MatchingSettings,
  context: MatchContext,
  options: CohortOptions,
  phase: PhaseRunner = justRun,
): CohortProposal {
  const active = new Map(context.activePairs);
  const pairs: CohortPair[] = [];
  const pinnedMentees = new Set<string>();
  for (const pin of options.pinned) {
    const mentee = mentees.find((m) => m.id === pin.menteeId);
    const mentor = mentors.find((m) => m.id === pin.mentorId);
    if (!mentee || !mentor || pinnedMentees.has(mentee.id)) continue;
    const e = evaluate(mentor, mentee, settings, { ...context, activePairs: active });
    pinnedMentees.add(mentee.id);
    active.set(mentor.id, (active.get(mentor.id) ?? 0) + 1);
    pairs.push({ menteeId: mentee.id, mentorId: mentor.id, secondMentorId: null, total: e.total, reasons: toSuggestion(e, 0).reasons, pinned: true });
  }
  const waiting = mentees.filter((m) => !pinnedMentees.has(m.id));
  const groupContext = { ...context, activePairs: active };
  const everyone = mentors.map((_, k) => k);
  const groups = options.teamMode
    ? [everyone.filter((k) => mentors[k]!.mentorType === 'Peer'), everyone.filter((k) => mentors[k]!.mentorType === 'Local')]
    : [everyone];
  const { run, allowed } = phase('scoring', () => {
    const compiled = compileMatching(waiting, mentors, settings, groupContext);
    return { run: compiled, allowed: groups.map((group) => groupScores(compiled, group)) };
  });
  const results = phase('assignment', () =>
    groups.map((group, g) => {
      return assign({
        menteeIds: waiting.map((x) => x.id),
        mentorIds: group.map((k) => mentors[k]!.id),
        capacities: group.map((k) => Math.max(0, mentors[k]!.capacity - (active.get(mentors[k]!.id) ?? 0))),
        // Never called: the allowed pairs are given whole.
        score: () => null,
        allowedPairs: allowed[g]!,
        maximiseMatched: options.maximiseMatched,
      });
    }),
  );
  return phase('explanations', () => {
    const chosen = waiting.map(() => [] as { mentor: MentorProfile; e: Evaluation }[]);
    results.forEach((result, g) => {
      result.mentorOf.forEach((k, i) => {
        const mentor = k >= 0 ? mentors[groups[g]![k]!]! : null;
        if (mentor) chosen[i]!.push({ mentor, e: evaluate(mentor, waiting[i]!, settings, groupContext) });
      });
    });
    const unmatched: Unmatched[] = [];
    waiting.forEach((mentee, i) => {
      const picks = chosen[i]!;
      if (picks.length === (options.teamMode ? 2 : 1)) pairs.push(proposedPair(mentee, picks));
      else unmatched.push(whyUnmatched(run, i, picks.length, mentors, settings, groupContext, options.teamMode, mentee));
    });
    pairs.sort((a, b) => a.menteeId.localeCompare(b.menteeId));
    return { pairs, unmatched, total: pairs.reduce((sum, p) => sum + p.total, 0) };
  });
}
