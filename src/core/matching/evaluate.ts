import type { MenteeProfile, MentorProfile } from './profiles';
import { CRITERIA, type Criterion, type HardRule, type MatchingSettings, ruleEnabled } from './settings';

/**
 * Scores one mentor for one mentee: the hard rules first (any broken rule excludes the pair and
 * says which), then each soft criterion from 0 to 1 with its reason, and the weighted total
 * from 0 to 100. Reasons are message keys with parameters, put into words by the caller.
 */
export interface Reason {
  key: string;
  params?: Record<string, string | number>;
}

export interface Breach {
  rule: HardRule;
  reason: Reason;
}

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

/** Facts about the programme that rules need beyond the two profiles. */
export interface MatchContext {
  /** Mentor id → mentees already paired and not closed. */
  activePairs: ReadonlyMap<string, number>;
  /** "mentorId|menteeId" → private reason. The reason never reaches the score or the sidebar's reasons. */
  exclusions: ReadonlySet<string>;
  /** "mentorId|menteeId" of pairs that ended early or were declined, unless lifted. */
  endedBefore: ReadonlySet<string>;
}

/** Decisions that take an applicant out of matching; "Waiting list" means waiting for a match. */
export const SCREENED_OUT = ['Defer', 'Refer elsewhere', 'Not selected'];
export const isScreenedOut = (decision: string) => SCREENED_OUT.includes(decision);

const LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'native'];
const usable = (level: string | null, minimum: string) => level === null || LEVELS.indexOf(level) >= LEVELS.indexOf(minimum);

function countsForPolicy(code: string, settings: MatchingSettings): boolean {
  if (settings.languagePolicy === 'any') return true;
  if (code === settings.hostLanguage) return true;
  return settings.languagePolicy === 'hostOrLinguaFranca' && settings.linguaFranca.includes(code);
}

export function sharedLanguages(mentor: MentorProfile, mentee: MenteeProfile, settings: MatchingSettings): string[] {
  const menteeUsable = new Map(mentee.languages.filter((l) => usable(l.level, settings.minimumLevel)).map((l) => [l.code, l]));
  return mentor.languages.filter((l) => usable(l.level, settings.minimumLevel) && menteeUsable.has(l.code)).map((l) => l.code);
}

function slotsOverlap(a: readonly string[], b: readonly string[]): string[] {
  if (a.includes('any time')) return b.length ? [...b] : ['any time'];
  if (b.includes('any time')) return [...a];
  return a.filter((slot) => b.includes(slot));
}

const WANTS_WOMAN = /^(woman|a woman)$/i;
const WANTS_MAN = /^(man|a man)$/i;

function genderFits(preference: string, gender: string): boolean {
  if (WANTS_WOMAN.test(preference)) return gender === 'Woman';
  if (WANTS_MAN.test(preference)) return gender === 'Man';
  return true;
}

/** "Around my age" is within 10 years; older or younger by any amount. Unknown years do not exclude. */
function ageFits(preference: string, mentorYear: number | null, menteeYear: number | null): boolean {
  if (mentorYear === null || menteeYear === null) return true;
  if (preference === 'Similar age') return Math.abs(mentorYear - menteeYear) <= 10;
  if (preference === 'Older') return mentorYear < menteeYear;
  if (preference === 'Younger') return mentorYear > menteeYear;
  return true;
}

export function hardRuleBreaches(mentor: MentorProfile, mentee: MenteeProfile, settings: MatchingSettings, context: MatchContext): Breach[] {
  const breaches: Breach[] = [];
  const on = (rule: HardRule) => ruleEnabled(settings, rule);
  const pairKey = `${mentor.id}|${mentee.id}`;
  if (!mentor.consent || !mentee.consent) breaches.push({ rule: 'consent', reason: { key: 'match.rule.consent', params: { who: !mentor.consent ? mentor.id : mentee.id } } });
  const screenedOut = isScreenedOut;
  if (on('screening') && (screenedOut(mentor.decision) || screenedOut(mentee.decision))) {
    breaches.push({ rule: 'screening', reason: { key: 'match.rule.screening', params: { decision: screenedOut(mentor.decision) ? mentor.decision : mentee.decision } } });
  }
  if (on('language')) {
    const shared = sharedLanguages(mentor, mentee, settings).filter((c) => countsForPolicy(c, settings));
    if (shared.length === 0) breaches.push({ rule: 'language', reason: { key: 'match.rule.language' } });
  }
  if (on('availability') && mentor.slots.length && mentee.slots.length && slotsOverlap(mentor.slots, mentee.slots).length === 0) {
    breaches.push({ rule: 'availability', reason: { key: 'match.rule.availability' } });
  }
  const firstNeed = mentee.topics[0];
  if (on('firstNeed') && firstNeed && mentor.topics.length && !mentor.topics.includes(firstNeed)) {
    breaches.push({ rule: 'firstNeed', reason: { key: 'match.rule.firstNeed', params: { need: firstNeed } } });
  }
  if (on('genderPreference') && (!genderFits(mentee.genderPreference, mentor.gender) || !genderFits(mentor.genderPreference, mentee.gender))) {
    breaches.push({ rule: 'genderPreference', reason: { key: 'match.rule.genderPreference' } });
  }
  if (on('agePreference') && !ageFits(mentee.agePreference, mentor.birthYear, mentee.birthYear)) {
    breaches.push({ rule: 'agePreference', reason: { key: 'match.rule.agePreference' } });
  }
  if ((context.activePairs.get(mentor.id) ?? 0) >= mentor.capacity) {
    breaches.push({ rule: 'capacity', reason: { key: 'match.rule.capacity', params: { capacity: mentor.capacity } } });
  }
  if (on('training') && (mentor.trainingModules ?? 0) < settings.trainingModulesRequired) {
    breaches.push({ rule: 'training', reason: { key: 'match.rule.training', params: { done: mentor.trainingModules ?? 0, required: settings.trainingModulesRequired } } });
  }
  if (on('minors') && settings.minorsSameGenderOnly && mentee.isMinor && (!mentor.gender || mentor.gender !== mentee.gender)) {
    breaches.push({ rule: 'minors', reason: { key: 'match.rule.minors' } });
  }
  if (context.exclusions.has(pairKey)) breaches.push({ rule: 'exclusion', reason: { key: 'match.rule.exclusion' } });
  if (on('endedBefore') && context.endedBefore.has(pairKey)) breaches.push({ rule: 'endedBefore', reason: { key: 'match.rule.endedBefore' } });
  return breaches;
}

/** `active: false`: the criterion does not apply to this pair and carries no weight. */
function criterionScore(criterion: Criterion, mentor: MentorProfile, mentee: MenteeProfile, settings: MatchingSettings): { score: number; reason: Reason | null; active?: boolean } {
  switch (criterion) {
    case 'background': {
      // Only when the mentee asked for it, and only from lived experience (a peer mentor), never from origin.
      if (!mentee.wantsSimilarBackground) return { score: 0, reason: null, active: false };
      return mentor.mentorType === 'Peer' ? { score: 1, reason: { key: 'match.why.background' } } : { score: 0, reason: null };
    }
    case 'needs': {
      if (mentee.topics.length === 0) return { score: 0.5, reason: null };
      // The first need counts most: weights 3, 2, 1, 1…
      const weights = mentee.topics.map((_, i) => Math.max(1, 3 - i));
      const covered = mentee.topics.filter((t) => mentor.topics.includes(t));
      const score = mentee.topics.reduce((sum, t, i) => sum + (mentor.topics.includes(t) ? weights[i]! : 0), 0) / weights.reduce((a, b) => a + b, 0);
      return { score, reason: covered.length ? { key: covered[0] === mentee.topics[0] ? 'match.why.firstNeed' : 'match.why.needs', params: { needs: covered.join(', ') } } : null };
    }
    case 'interests': {
      const shared = mentee.interests.filter((i) => mentor.interests.includes(i));
      const union = new Set([...mentee.interests, ...mentor.interests]).size;
      return { score: union ? Math.min(1, (shared.length / union) * 2) : 0, reason: shared.length ? { key: 'match.why.interests', params: { interests: shared.join(', ') } } : null };
    }
    case 'languages': {
      const shared = sharedLanguages(mentor, mentee, settings);
      return { score: Math.min(1, Math.max(0, shared.length - 1) / 2 + (shared.length ? 0.5 : 0)), reason: shared.length ? { key: 'match.why.languages', params: { languages: shared.join(', ') } } : null };
    }
    case 'proximity': {
      if (mentor.municipality && mentor.municipality === mentee.municipality) return { score: 1, reason: { key: 'match.why.sameMunicipality' } };
      if (mentor.postcode.length >= 3 && mentor.postcode.slice(0, 3) === mentee.postcode.slice(0, 3)) return { score: 0.6, reason: { key: 'match.why.nearby' } };
      return { score: 0, reason: null };
    }
    case 'age': {
      if (mentor.birthYear === null || mentee.birthYear === null) return { score: 0.5, reason: null };
      const gap = Math.abs(mentor.birthYear - mentee.birthYear);
      return { score: Math.max(0, 1 - gap / 30), reason: gap <= 10 ? { key: 'match.why.age', params: { gap } } : null };
    }
    case 'family': {
      const both = mentor.traits.children && mentee.traits.children;
      return { score: both ? 1 : 0.3, reason: both ? { key: 'match.why.children' } : null };
    }
    case 'temperament': {
      const complement = (mentee.traits.quiet && mentor.traits.outgoing) || (mentee.traits.outgoing && mentor.traits.quiet);
      return { score: complement ? 1 : 0.5, reason: complement ? { key: 'match.why.temperament' } : null };
    }
    case 'field': {
      const mentorWords = mentor.traits.aimWords;
      // Same word, or the same stem for longer words ("engineer", "engineering").
      const shared = mentee.traits.aimWords.filter((w) => mentorWords.some((m) => m === w || (w.length >= 6 && m.startsWith(w.slice(0, 6)))));
      return { score: shared.length ? 1 : 0, reason: shared.length ? { key: 'match.why.field', params: { words: shared.slice(0, 3).join(', ') } } : null };
    }
  }
}

/**
 * `scoreExcluded: false` skips the soft criteria of a pair a hard rule excludes (its total is then
 * 0): the hot paths (suggestions among thousands, cohorts of millions of pairs) need no score
 * for a pair they will not propose.
 */
export function evaluate(mentor: MentorProfile, mentee: MenteeProfile, settings: MatchingSettings, context: MatchContext, options: { scoreExcluded?: boolean } = {}): Evaluation {
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
