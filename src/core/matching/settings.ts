/**
 * Matching settings per programme. The defaults follow the handbooks: the mentee's needs come
 * first (AMIR, orient8 Table 7), availability and a common language are hard in practice,
 * mentors are matched only after training (AMIR), interests and proximity matter more than
 * demographics. Numeric weights are our choice (the handbooks give none): see docs/matching.md.
 */
export const CRITERIA = ['needs', 'interests', 'languages', 'background', 'proximity', 'age', 'family', 'temperament', 'field'] as const;
export type Criterion = (typeof CRITERIA)[number];

export const HARD_RULES = [
  'consent',
  'screening',
  'language',
  'availability',
  'firstNeed',
  'genderPreference',
  'agePreference',
  'capacity',
  'training',
  'backgroundCheck',
  'minors',
  'exclusion',
  'endedBefore',
] as const;
export type HardRule = (typeof HARD_RULES)[number];

export interface MatchingSettings {
  weights: Record<Criterion, number>;
  /** Rules the programme switched off (consent and exclusions cannot be switched off). */
  disabledRules: HardRule[];
  /** Which languages count for "a common language": any, the host language only, or the host language or a lingua franca. */
  languagePolicy: 'any' | 'host' | 'hostOrLinguaFranca';
  hostLanguage: string;
  linguaFranca: string[];
  /** Minimum level for a language to count (unknown levels count). */
  minimumLevel: 'A1' | 'A2' | 'B1' | 'B2';
  trainingModulesRequired: number;
  /** Safeguarding for minors: no minor with a single adult mentor of another gender. */
  minorsSameGenderOnly: boolean;
  /**
   * Only mentors with a background check that counts on the matching day are matched (the rule
   * "backgroundCheck"). Off by default: not every country or programme asks for one.
   */
  backgroundCheckRequired: boolean;
  /** The country's name for the check ("DBS", "VOG"), shown in the reasons; '' says "background check" alone. */
  backgroundCheckLabel: string;
  suggestions: number;
}

export const DEFAULT_MATCHING: MatchingSettings = {
  weights: { needs: 30, interests: 15, languages: 10, background: 10, proximity: 15, age: 10, family: 5, temperament: 5, field: 10 },
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
};

/** The longest name of a check that is kept: a name, not a note. */
export const CHECK_NAME_MAX = 60;

const ALWAYS_ON: readonly HardRule[] = ['consent', 'exclusion', 'capacity'];

/**
 * Rules with a setting of their own instead of a place in `disabledRules`: the background check
 * is on exactly when the programme requires one, and then it cannot be switched off as a rule.
 */
export const RULES_WITH_OWN_SETTING: readonly HardRule[] = ['backgroundCheck'];

export function ruleEnabled(settings: MatchingSettings, rule: HardRule): boolean {
  if (rule === 'backgroundCheck') return settings.backgroundCheckRequired === true;
  return ALWAYS_ON.includes(rule) || !settings.disabledRules.includes(rule);
}

/** A check's name as kept: spaces and invisible characters collapsed, trimmed. */
export function tidyCheckName(value: string): string {
  return value.replace(/[\p{Cc}\s]+/gu, ' ').trim();
}

/** Why a check's name cannot be saved, or null: said to the coordinator instead of dropping the name. */
export function checkNameProblem(value: unknown): { key: 'settings.error.backgroundCheckLabel'; params: { max: number } } | null {
  return typeof value === 'string' && tidyCheckName(value).length <= CHECK_NAME_MAX
    ? null
    : { key: 'settings.error.backgroundCheckLabel', params: { max: CHECK_NAME_MAX } };
}

/** Settings from stored JSON, with anything missing or out of range replaced by the default. */
export function normaliseMatchingSettings(input: unknown): MatchingSettings {
  const raw = (typeof input === 'object' && input !== null ? input : {}) as Partial<MatchingSettings>;
  const weights = { ...DEFAULT_MATCHING.weights };
  for (const c of CRITERIA) {
    const w = raw.weights?.[c];
    // NaN and infinities fail the range as well.
    if (typeof w === 'number' && w >= 0 && w <= 100) weights[c] = w;
  }
  const pick = <T>(value: unknown, allowed: readonly T[], fallback: T) => (allowed.includes(value as T) ? (value as T) : fallback);
  const wholeIn = (value: unknown, min: number, max: number, fallback: number) =>
    typeof value === 'number' && value >= min && value <= max ? Math.round(value) : fallback;
  return {
    weights,
    disabledRules: Array.isArray(raw.disabledRules)
      ? raw.disabledRules.filter(
          (r): r is HardRule => HARD_RULES.includes(r as HardRule) && !ALWAYS_ON.includes(r as HardRule) && !RULES_WITH_OWN_SETTING.includes(r as HardRule),
        )
      : [],
    languagePolicy: pick(raw.languagePolicy, ['any', 'host', 'hostOrLinguaFranca'] as const, DEFAULT_MATCHING.languagePolicy),
    hostLanguage: typeof raw.hostLanguage === 'string' && /^[a-z]{2,3}$/.test(raw.hostLanguage) ? raw.hostLanguage : DEFAULT_MATCHING.hostLanguage,
    linguaFranca: Array.isArray(raw.linguaFranca)
      ? raw.linguaFranca.filter((c) => typeof c === 'string' && /^[a-z]{2,3}$/.test(c)).slice(0, 10)
      : DEFAULT_MATCHING.linguaFranca,
    minimumLevel: pick(raw.minimumLevel, ['A1', 'A2', 'B1', 'B2'] as const, DEFAULT_MATCHING.minimumLevel),
    trainingModulesRequired: wholeIn(raw.trainingModulesRequired, 0, 5, DEFAULT_MATCHING.trainingModulesRequired),
    minorsSameGenderOnly: typeof raw.minorsSameGenderOnly === 'boolean' ? raw.minorsSameGenderOnly : DEFAULT_MATCHING.minorsSameGenderOnly,
    backgroundCheckRequired: typeof raw.backgroundCheckRequired === 'boolean' ? raw.backgroundCheckRequired : DEFAULT_MATCHING.backgroundCheckRequired,
    backgroundCheckLabel: checkNameProblem(raw.backgroundCheckLabel)
      ? DEFAULT_MATCHING.backgroundCheckLabel
      : tidyCheckName(raw.backgroundCheckLabel as string),
    suggestions: wholeIn(raw.suggestions, 1, 20, DEFAULT_MATCHING.suggestions),
  };
}
