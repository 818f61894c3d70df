import type { MenteeProfile, MentorProfile } from './profiles';
import { type Breach, hardRuleBreaches, type MatchContext, type Reason, sharedLanguages } from './rules';
import { CRITERIA, type Criterion, type MatchingSettings } from './settings';

export { type Breach, hardRuleBreaches, isScreenedOut, type MatchContext, type MissingFact, type Reason, SCREENED_OUT, sharedLanguages } from './rules';

/**
 * Scores one mentor for one mentee: the hard rules first (rules.ts), then each soft criterion
 * from 0 to 1 with its reason, and the weighted total from 0 to 100. Reasons are message keys
 * with parameters, put into words by the caller.
 */
export interface CriterionScore {
  criterion: Criterion;
  score: number;
  weight: number;
  reason: Reason | null;
}

export interface Evaluation {
  mentorId: string;
  menteeId: string;
  breaches: Breach[];
  criteria: CriterionScore[];
  total: number;
}

/** `active: false`: the criterion does not apply to this pair and carries no weight. */
type Scored = { score: number; reason: Reason | null; active?: boolean };

function backgroundScore(mentor: MentorProfile, mentee: MenteeProfile): Scored {
  // Only when the mentee asked for it, and only from lived experience (a peer mentor), never from origin.
  if (!mentee.wantsSimilarBackground) return { score: 0, reason: null, active: false };
  return mentor.mentorType === 'Peer' ? { score: 1, reason: { key: 'match.why.background' } } : { score: 0, reason: null };
}

function needsScore(mentor: MentorProfile, mentee: MenteeProfile): Scored {
  if (mentee.topics.length === 0) return { score: 0.5, reason: null };
  // The first need counts most: weights 3, 2, 1, 1…
  const weights = mentee.topics.map((_, i) => Math.max(1, 3 - i));
  const covered = mentee.topics.filter((t) => mentor.topics.includes(t));
  const score = mentee.topics.reduce((sum, t, i) => sum + (mentor.topics.includes(t) ? weights[i]! : 0), 0) / weights.reduce((a, b) => a + b, 0);
  return {
    score,
    reason: covered.length ? { key: covered[0] === mentee.topics[0] ? 'match.why.firstNeed' : 'match.why.needs', params: { needs: covered.join(', ') } } : null,
  };
}

function interestsScore(mentor: MentorProfile, mentee: MenteeProfile): Scored {
  const shared = mentee.interests.filter((i) => mentor.interests.includes(i));
  const union = new Set([...mentee.interests, ...mentor.interests]).size;
  return {
    score: union ? Math.min(1, (shared.length / union) * 2) : 0,
    reason: shared.length ? { key: 'match.why.interests', params: { interests: shared.join(', ') } } : null,
  };
}

function languagesScore(mentor: MentorProfile, mentee: MenteeProfile, settings: MatchingSettings): Scored {
  const shared = sharedLanguages(mentor, mentee, settings);
  return {
    score: Math.min(1, Math.max(0, shared.length - 1) / 2 + (shared.length ? 0.5 : 0)),
    reason: shared.length ? { key: 'match.why.languages', params: { languages: shared.join(', ') } } : null,
  };
}

function proximityScore(mentor: MentorProfile, mentee: MenteeProfile): Scored {
  if (mentor.municipality && mentor.municipality === mentee.municipality) return { score: 1, reason: { key: 'match.why.sameMunicipality' } };
  if (mentor.postcode.length >= 3 && mentor.postcode.slice(0, 3) === mentee.postcode.slice(0, 3)) return { score: 0.6, reason: { key: 'match.why.nearby' } };
  return { score: 0, reason: null };
}

function ageScore(mentor: MentorProfile, mentee: MenteeProfile): Scored {
  if (mentor.birthYear === null || mentee.birthYear === null) return { score: 0.5, reason: null };
  const gap = Math.abs(mentor.birthYear - mentee.birthYear);
  return { score: Math.max(0, 1 - gap / 30), reason: gap <= 10 ? { key: 'match.why.age', params: { gap } } : null };
}

function familyScore(mentor: MentorProfile, mentee: MenteeProfile): Scored {
  const both = mentor.traits.children && mentee.traits.children;
  return { score: both ? 1 : 0.3, reason: both ? { key: 'match.why.children' } : null };
}

function temperamentScore(mentor: MentorProfile, mentee: MenteeProfile): Scored {
  const complement = (mentee.traits.quiet && mentor.traits.outgoing) || (mentee.traits.outgoing && mentor.traits.quiet);
  return { score: complement ? 1 : 0.5, reason: complement ? { key: 'match.why.temperament' } : null };
}

function fieldScore(mentor: MentorProfile, mentee: MenteeProfile): Scored {
  const mentorWords = mentor.traits.aimWords;
  // Same word, or the same stem for longer words ("engineer", "engineering").
  const shared = mentee.traits.aimWords.filter((w) => mentorWords.some((m) => m === w || (w.length >= 6 && m.startsWith(w.slice(0, 6)))));
  return { score: shared.length ? 1 : 0, reason: shared.length ? { key: 'match.why.field', params: { words: shared.slice(0, 3).join(', ') } } : null };
}

/** The switch has no default, so TypeScript holds that every criterion has its scorer. */
function criterionScore(criterion: Criterion, mentor: MentorProfile, mentee: MenteeProfile, settings: MatchingSettings): Scored {
  switch (criterion) {
    case 'background':
      return backgroundScore(mentor, mentee);
    case 'needs':
      return needsScore(mentor, mentee);
    case 'interests':
      return interestsScore(mentor, mentee);
    case 'languages':
      return languagesScore(mentor, mentee, settings);
    case 'proximity':
      return proximityScore(mentor, mentee);
    case 'age':
      return ageScore(mentor, mentee);
    case 'family':
      return familyScore(mentor, mentee);
    case 'temperament':
      return temperamentScore(mentor, mentee);
    case 'field':
      return fieldScore(mentor, mentee);
  }
}

/**
 * `scoreExcluded: false` skips the soft criteria of a pair a hard rule excludes (its total is then
 * 0): the hot paths (suggestions among thousands, cohorts of millions of pairs) need no score
 * for a pair they will not propose.
 */
export function evaluate(
  mentor: MentorProfile,
  mentee: MenteeProfile,
  settings: MatchingSettings,
  context: MatchContext,
  options: { scoreExcluded?: boolean } = {},
): Evaluation {
  const breaches = hardRuleBreaches(mentor, mentee, settings, context);
  if (breaches.length > 0 && options.scoreExcluded === false) return { mentorId: mentor.id, menteeId: mentee.id, breaches, criteria: [], total: 0 };
  const criteria = CRITERIA.map((criterion) => {
    const { active, ...result } = criterionScore(criterion, mentor, mentee, settings);
    return { criterion, weight: active === false ? 0 : settings.weights[criterion], ...result };
  });
  const weightSum = criteria.reduce((sum, c) => sum + c.weight, 0);
  const total = weightSum ? Math.round((criteria.reduce((sum, c) => sum + c.weight * c.score, 0) / weightSum) * 100) : 0;
  return { mentorId: mentor.id, menteeId: mentee.id, breaches, criteria, total };
}
