import type { LanguageLevel } from '../intake/languages';
import type { MenteeProfile, MentorProfile } from './profiles';
import type { CheckStatus } from './readiness';
import { HARD_RULES, type HardRule, type MatchingSettings, ruleEnabled } from './settings';

/**
 * The hard rules: any broken rule excludes the pair and says which. A rule whose fact is not
 * recorded (training, age, gender) is never passed as if the fact were the safe one: it is a
 * breach that "needs a check", and the pair stays out of suggestions, cohorts and accepted
 * matches until the coordinator records the fact.
 */
export interface Reason {
  key: string;
  params?: Record<string, string | number>;
}

/** A fact a rule needs and the records do not hold. */
export type MissingFact = 'training' | 'age' | 'gender';

export interface Breach {
  rule: HardRule;
  reason: Reason;
  /** Set when the rule could not be checked: what the coordinator must record. */
  needsCheck?: MissingFact;
}

/** Facts about the programme that rules need beyond the two profiles. */
export interface MatchContext {
  /** Mentor id → mentees already paired and not closed. */
  activePairs: ReadonlyMap<string, number>;
  /** "mentorId|menteeId" → private reason. The reason never reaches the score or the sidebar's reasons. */
  exclusions: ReadonlySet<string>;
  /** "mentorId|menteeId" of pairs that ended early or were declined, unless lifted. */
  endedBefore: ReadonlySet<string>;
  /**
   * Mentor id → the state of their background check on the matching day (readiness.ts), loaded
   * only while the programme requires a check. A mentor not in it, or no map at all, has none
   * recorded: the rule never takes a check it was not shown as valid.
   */
  backgroundChecks?: ReadonlyMap<string, CheckStatus>;
}

/** Decisions that take an applicant out of matching; "Waiting list" means waiting for a match. */
export const SCREENED_OUT = ['Defer', 'Refer elsewhere', 'Not selected'];
export const isScreenedOut = (decision: string) => SCREENED_OUT.includes(decision);

const RANK: Record<LanguageLevel, number> = { A1: 1, A2: 2, B1: 3, B2: 4, C1: 5, C2: 6, native: 7 };
/** An unrecorded level counts: people rarely state one for a language they speak every day. */
export const usable = (level: LanguageLevel | null, minimum: LanguageLevel) => level === null || RANK[level] >= RANK[minimum];

export function countsForPolicy(code: string, settings: MatchingSettings): boolean {
  if (settings.languagePolicy === 'any') return true;
  if (code === settings.hostLanguage) return true;
  return settings.languagePolicy === 'hostOrLinguaFranca' && settings.linguaFranca.includes(code);
}

export function sharedLanguages(mentor: MentorProfile, mentee: MenteeProfile, settings: MatchingSettings): string[] {
  const menteeUsable = new Set(mentee.languages.filter((l) => usable(l.level, settings.minimumLevel)).map((l) => l.code));
  return mentor.languages.filter((l) => usable(l.level, settings.minimumLevel) && menteeUsable.has(l.code)).map((l) => l.code);
}

function slotsOverlap(a: readonly string[], b: readonly string[]): boolean {
  if (a.includes('any time') || b.includes('any time')) return true;
  return a.some((slot) => b.includes(slot));
}

/** "Prefer not to say" is respected, and is as unknown to a rule as a blank cell. */
export const knownGender = (gender: string) => gender !== '' && gender !== 'Prefer not to say';

const WANTS_WOMAN = /^(woman|a woman)$/i;
const WANTS_MAN = /^(man|a man)$/i;

/** The gender a preference names, if it names one. */
export function wantedGender(preference: string): 'Woman' | 'Man' | null {
  return WANTS_WOMAN.test(preference) ? 'Woman' : WANTS_MAN.test(preference) ? 'Man' : null;
}

/** `null`: the preference names a gender and the other person's is not recorded. */
function genderFits(preference: string, gender: string): boolean | null {
  const wanted = wantedGender(preference);
  if (wanted === null) return true;
  return knownGender(gender) ? gender === wanted : null;
}

/** The largest difference in birth years that is still "around my age". */
export const SIMILAR_AGE_YEARS = 10;

/** `null`: the mentee has a preference and a birth year is not recorded. */
export function ageFits(preference: string, mentorYear: number | null, menteeYear: number | null): boolean | null {
  if (preference !== 'Similar age' && preference !== 'Older' && preference !== 'Younger') return true;
  if (mentorYear === null || menteeYear === null) return null;
  if (preference === 'Similar age') return Math.abs(mentorYear - menteeYear) <= SIMILAR_AGE_YEARS;
  // An earlier birth year is an older mentor.
  return preference === 'Older' ? mentorYear < menteeYear : mentorYear > menteeYear;
}

export type Finding = Omit<Breach, 'rule'>;
type Check = (mentor: MentorProfile, mentee: MenteeProfile, settings: MatchingSettings, context: MatchContext) => Finding | null;

const broken = (key: string, params?: Reason['params']): Finding => ({ reason: params ? { key, params } : { key } });
const needsCheck = (fact: MissingFact, what: string, params?: Reason['params']): Finding => ({
  ...broken(`match.rule.needsCheck.${what}`, params),
  needsCheck: fact,
});

/** Safeguarding: while a mentee may be under 18, only a mentor of the same, recorded gender. */
function minorsFinding(mentor: MentorProfile, mentee: MenteeProfile, settings: MatchingSettings): Finding | null {
  if (!settings.minorsSameGenderOnly || mentee.minor === 'adult') return null;
  if (!knownGender(mentor.gender)) return needsCheck('gender', 'minorGender', { who: mentor.id });
  if (!knownGender(mentee.gender)) return needsCheck('gender', 'minorGender', { who: mentee.id });
  if (mentor.gender === mentee.gender) return null;
  if (mentee.minor === 'minor') return broken('match.rule.minors');
  // "Possibly" comes only from a birth year.
  return mentee.minor === 'possibly' ? needsCheck('age', 'minorAge', { year: mentee.birthYear! }) : needsCheck('age', 'minorAgeUnknown');
}

/** The rules that read the mentor alone (capacity, training, the background check): a cohort checks them once per mentor, not once per pair. */
export function capacityFinding(mentor: MentorProfile, context: MatchContext): Finding | null {
  const active = context.activePairs.get(mentor.id) ?? 0;
  return active < mentor.capacity ? null : broken('match.rule.capacity', { capacity: mentor.capacity });
}

export function trainingFinding(mentor: MentorProfile, settings: MatchingSettings): Finding | null {
  const required = settings.trainingModulesRequired;
  const done = mentor.trainingModules;
  if (done === null) return required > 0 ? needsCheck('training', 'training', { required }) : null;
  return done >= required ? null : broken('match.rule.training', { done, required });
}

/** Whether the mentor's background check counts on the matching day. */
export function hasValidCheck(mentor: MentorProfile, context: MatchContext): boolean {
  return context.backgroundChecks?.get(mentor.id)?.state === 'valid';
}

/**
 * A required check that is missing or expired (the day of expiry no longer counts: readiness.ts).
 * The words name the country's check from the settings, never what a row of Sensitive details says.
 */
function backgroundCheckFinding(mentor: MentorProfile, settings: MatchingSettings, context: MatchContext): Finding | null {
  if (hasValidCheck(mentor, context)) return null;
  const status = context.backgroundChecks?.get(mentor.id);
  const check = settings.backgroundCheckLabel;
  const named = check !== '';
  if (status?.state === 'expired') {
    const date = status.expiredOn;
    return named ? broken('match.rule.backgroundCheck.expiredNamed', { check, date }) : broken('match.rule.backgroundCheck.expired', { date });
  }
  return named ? broken('match.rule.backgroundCheck.missingNamed', { check }) : broken('match.rule.backgroundCheck.missing');
}

const CHECKS: Record<HardRule, Check> = {
  consent: (mentor, mentee) => (mentor.consent && mentee.consent ? null : broken('match.rule.consent', { who: mentor.consent ? mentee.id : mentor.id })),
  screening: (mentor, mentee) => {
    const decision = [mentor.decision, mentee.decision].find(isScreenedOut);
    return decision === undefined ? null : broken('match.rule.screening', { decision });
  },
  language: (mentor, mentee, settings) =>
    sharedLanguages(mentor, mentee, settings).some((c) => countsForPolicy(c, settings)) ? null : broken('match.rule.language'),
  // Unstated times do not exclude: the coordinator asks when they meet.
  availability: (mentor, mentee) =>
    mentor.slots.length === 0 || mentee.slots.length === 0 || slotsOverlap(mentor.slots, mentee.slots) ? null : broken('match.rule.availability'),
  firstNeed: (mentor, mentee) => {
    const need = mentee.topics[0];
    return !need || mentor.topics.length === 0 || mentor.topics.includes(need) ? null : broken('match.rule.firstNeed', { need });
  },
  genderPreference: (mentor, mentee) => {
    const menteeSide = genderFits(mentee.genderPreference, mentor.gender);
    const mentorSide = genderFits(mentor.genderPreference, mentee.gender);
    if (menteeSide === false || mentorSide === false) return broken('match.rule.genderPreference');
    if (menteeSide === null) return needsCheck('gender', 'preferenceGender', { who: mentor.id });
    return mentorSide === null ? needsCheck('gender', 'preferenceGender', { who: mentee.id }) : null;
  },
  agePreference: (mentor, mentee) => {
    const fits = ageFits(mentee.agePreference, mentor.birthYear, mentee.birthYear);
    if (fits === null) return needsCheck('age', 'preferenceAge');
    return fits ? null : broken('match.rule.agePreference');
  },
  capacity: (mentor, _mentee, _settings, context) => capacityFinding(mentor, context),
  training: (mentor, _mentee, settings) => trainingFinding(mentor, settings),
  backgroundCheck: (mentor, _mentee, settings, context) => backgroundCheckFinding(mentor, settings, context),
  minors: (mentor, mentee, settings) => minorsFinding(mentor, mentee, settings),
  exclusion: (mentor, mentee, _settings, context) => (context.exclusions.has(`${mentor.id}|${mentee.id}`) ? broken('match.rule.exclusion') : null),
  endedBefore: (mentor, mentee, _settings, context) => (context.endedBefore.has(`${mentor.id}|${mentee.id}`) ? broken('match.rule.endedBefore') : null),
};

/** Every broken rule, in the order of HARD_RULES; rules the programme switched off are skipped. */
export function hardRuleBreaches(mentor: MentorProfile, mentee: MenteeProfile, settings: MatchingSettings, context: MatchContext): Breach[] {
  const breaches: Breach[] = [];
  for (const rule of HARD_RULES) {
    if (!ruleEnabled(settings, rule)) continue;
    const finding = CHECKS[rule](mentor, mentee, settings, context);
    if (finding) breaches.push({ rule, ...finding });
  }
  return breaches;
}
