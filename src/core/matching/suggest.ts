import { assign } from './assignment';
import { type Breach, type CriterionScore, type Evaluation, evaluate, type MatchContext, type Reason } from './evaluate';
import type { MenteeProfile, MentorProfile } from './profiles';
import type { HardRule, MatchingSettings } from './settings';

/** Excluded pairs are not scored on the hot paths. */
const LIGHT = { scoreExcluded: false };

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

export interface Suggestions {
  suggestions: Suggestion[];
  excluded: Exclusion[];
}

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

const byScoreThenId = (a: Evaluation, b: Evaluation) => b.total - a.total || a.mentorId.localeCompare(b.mentorId) || a.menteeId.localeCompare(b.menteeId);

/**
 * The best mentors for one mentee, and every excluded mentor with the rules that excluded them.
 * Capacity-aware: a strong candidate whom other waiting mentees want at least as much (eligible,
 * scoring as high or higher with them) than they have free places moves down a little (at most
 * 15 points), so that a popular mentor is not proposed to everyone. Only the leading candidates
 * are checked against the others, which keeps one mentee's suggestions fast among thousands.
 */
export function suggestMentors(
  mentee: MenteeProfile,
  mentors: readonly MentorProfile[],
  settings: MatchingSettings,
  context: MatchContext,
  waiting: readonly MenteeProfile[] = [],
): Suggestions {
  const evaluations = mentors.map((mentor) => evaluate(mentor, mentee, settings, context, LIGHT));
  const eligible = evaluations.filter((e) => e.breaches.length === 0).sort(byScoreThenId);
  const candidates = eligible.slice(0, settings.suggestions * 3);
  const byId = new Map(mentors.map((m) => [m.id, m]));
  const others = waiting.filter((m) => m.id !== mentee.id);
  const demand = new Map<string, number>();
  for (const e of candidates) {
    const mentor = byId.get(e.mentorId)!;
    let count = 0;
    for (const other of others) {
      const theirs = evaluate(mentor, other, settings, context, LIGHT);
      if (theirs.breaches.length === 0 && theirs.total >= e.total) count++;
    }
    demand.set(e.mentorId, count);
  }
  const free = (id: string) => Math.max(1, byId.get(id)!.capacity - (context.activePairs.get(id) ?? 0));
  const rankScore = (e: Evaluation) => e.total - Math.min(15, 5 * Math.max(0, (demand.get(e.mentorId) ?? 0) / free(e.mentorId) - 1));
  candidates.sort((a, b) => rankScore(b) - rankScore(a) || byScoreThenId(a, b));
  return {
    suggestions: candidates.slice(0, settings.suggestions).map((e) => toSuggestion(e, demand.get(e.mentorId) ?? 0)),
    excluded: evaluations.filter((e) => e.breaches.length > 0).map((e) => ({ mentorId: e.mentorId, menteeId: e.menteeId, breaches: e.breaches })),
  };
}

/** The same from a mentor's side: the mentees this mentor suits best. */
export function suggestMentees(mentor: MentorProfile, mentees: readonly MenteeProfile[], settings: MatchingSettings, context: MatchContext): Suggestions {
  const evaluations = mentees
    .map((mentee) => evaluate(mentor, mentee, settings, context))
    .sort((a, b) => b.total - a.total || a.menteeId.localeCompare(b.menteeId));
  return {
    suggestions: evaluations
      .filter((e) => e.breaches.length === 0)
      .slice(0, settings.suggestions)
      .map((e) => toSuggestion(e, 0)),
    excluded: evaluations.filter((e) => e.breaches.length > 0).map((e) => ({ mentorId: e.mentorId, menteeId: e.menteeId, breaches: e.breaches })),
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

/** Scores only (no reasons kept): a 2,000 × 2,000 cohort is four million pairs. */
function assignGroup(
  mentees: readonly MenteeProfile[],
  mentors: readonly MentorProfile[],
  settings: MatchingSettings,
  context: MatchContext,
  maximiseMatched: boolean,
) {
  const m = mentors.length;
  const scores = new Float64Array(mentees.length * m);
  mentees.forEach((mentee, i) => {
    mentors.forEach((mentor, k) => {
      const e = evaluate(mentor, mentee, settings, context, LIGHT);
      // Capacity is handled by the assignment itself.
      scores[i * m + k] = e.breaches.some((b) => b.rule !== 'capacity') ? -1 : e.total;
    });
  });
  return assign({
    menteeIds: mentees.map((x) => x.id),
    mentorIds: mentors.map((x) => x.id),
    capacities: mentors.map((x) => Math.max(0, x.capacity - (context.activePairs.get(x.id) ?? 0))),
    score: (i, k) => (scores[i * m + k]! < 0 ? null : scores[i * m + k]!),
    maximiseMatched,
  });
}

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

/** The hard rule that excludes the most mentors: what most stands in the way of a mentee nobody may take. */
function commonestBreach(evaluations: readonly Evaluation[]): HardRule {
  const counts = new Map<HardRule, number>();
  for (const e of evaluations) for (const b of e.breaches) counts.set(b.rule, (counts.get(b.rule) ?? 0) + 1);
  const [rule] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0] ?? ['language'];
  return rule;
}

/**
 * Why a mentee was left out: half a team, more mentees than eligible places, or the rule that
 * excludes the most mentors. Scored in full (reasons kept), since only the unmatched few get here.
 */
function whyUnmatched(
  mentee: MenteeProfile,
  picked: number,
  mentors: readonly MentorProfile[],
  settings: MatchingSettings,
  context: MatchContext,
  teamMode: boolean,
): Unmatched {
  const evaluations = mentors.map((mentor) => evaluate(mentor, mentee, settings, context));
  const eligible = evaluations.filter((e) => e.breaches.length === 0 || e.breaches.every((b) => b.rule === 'capacity'));
  let why: Reason;
  if (teamMode && picked === 1) why = { key: 'match.unmatched.team' };
  else if (eligible.length > 0) why = { key: 'match.unmatched.scarcity', params: { count: eligible.length } };
  else why = { key: 'match.unmatched.rule', params: { rule: commonestBreach(evaluations) } };
  return { menteeId: mentee.id, why, alternatives: alternativesFor(evaluations) };
}

/** Up to three mentors the coordinator could still choose by bending only rules that may be bent, fewest bent first. */
function alternativesFor(evaluations: readonly Evaluation[]): Unmatched['alternatives'] {
  return evaluations
    .filter((e) => e.breaches.length > 0 && e.breaches.every((b) => BENDABLE.includes(b.rule)))
    .sort((a, b) => a.breaches.length - b.breaches.length || b.total - a.total || a.mentorId.localeCompare(b.mentorId))
    .slice(0, 3)
    .map((e) => ({ mentorId: e.mentorId, total: e.total, breaches: e.breaches }));
}

/**
 * Proposes matches for a whole cohort: the assignment with the highest total score within the
 * hard rules and the mentors' free capacity (optimal, not greedy), after the pairs the
 * coordinator pinned. In team mode each mentee gets one peer and one local mentor. Nothing is
 * written: the coordinator reviews the proposal.
 */
export function proposeCohort(
  mentees: readonly MenteeProfile[],
  mentors: readonly MentorProfile[],
  settings: MatchingSettings,
  context: MatchContext,
  options: CohortOptions,
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
  const groups = options.teamMode ? [mentors.filter((m) => m.mentorType === 'Peer'), mentors.filter((m) => m.mentorType === 'Local')] : [mentors];
  const chosen = waiting.map(() => [] as { mentor: MentorProfile; e: Evaluation }[]);
  for (const group of groups) {
    const result = assignGroup(waiting, group, settings, groupContext, options.maximiseMatched);
    result.mentorOf.forEach((k, i) => {
      if (k >= 0) chosen[i]!.push({ mentor: group[k]!, e: evaluate(group[k]!, waiting[i]!, settings, groupContext) });
    });
  }
  const unmatched: Unmatched[] = [];
  waiting.forEach((mentee, i) => {
    const picks = chosen[i]!;
    if (picks.length === (options.teamMode ? 2 : 1)) pairs.push(proposedPair(mentee, picks));
    else unmatched.push(whyUnmatched(mentee, picks.length, mentors, settings, groupContext, options.teamMode));
  });
  pairs.sort((a, b) => a.menteeId.localeCompare(b.menteeId));
  return { pairs, unmatched, total: pairs.reduce((sum, p) => sum + p.total, 0) };
}
