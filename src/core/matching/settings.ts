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
  suggestions: 5,
};

const ALWAYS_ON: readonly HardRule[] = ['consent', 'exclusion', 'capacity'];

export function ruleEnabled(settings: MatchingSettings, rule: HardRule): boolean {
  return ALWAYS_ON.includes(rule) || !settings.disabledRules.includes(rule);
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
      ? raw.disabledRules.filter((r): r is HardRule => HARD_RULES.includes(r as HardRule) && !ALWAYS_ON.includes(r as HardRule))
      : [],
    languagePolicy: pick(raw.languagePolicy, ['any', 'host', 'hostOrLinguaFranca'] as const, DEFAULT_MATCHING.languagePolicy),
    hostLanguage: typeof raw.hostLanguage === 'string' && /^[a-z]{2,3}$/.test(raw.hostLanguage) ? raw.hostLanguage : DEFAULT_MATCHING.hostLanguage,
    linguaFranca: Array.isArray(raw.linguaFranca)
      ? raw.linguaFranca.filter((c) => typeof c === 'string' && /^[a-z]{2,3}$/.test(c)).slice(0, 10)
      : DEFAULT_MATCHING.linguaFranca,
    minimumLevel: pick(raw.minimumLevel, ['A1', 'A2', 'B1', 'B2'] as const, DEFAULT_MATCHING.minimumLevel),
    trainingModulesRequired: wholeIn(raw.trainingModulesRequired, 0, 5, DEFAULT_MATCHING.trainingModulesRequired),
    minorsSameGenderOnly: typeof raw.minorsSameGenderOnly === 'boolean' ? raw.minorsSameGenderOnly : DEFAULT_MATCHING.minorsSameGenderOnly,
    suggestions: wholeIn(raw.suggestions, 1, 20, DEFAULT_MATCHING.suggestions),
  };
}
