import { asCalendarDate, formatCalendarDate } from '../calendarDate';
import { NEEDS } from '../forms/standardForms';
import type { Language, MessageKey, SupportedLanguage, Translate } from '../i18n';
import { formTexts, intlLocale } from '../i18n';
import { fold } from '../intake/text';
import type { Reason } from './evaluate';
import { TextMemo } from './textMemo';

const TOPIC_LABELS = new Map(NEEDS.map((n) => [fold(n.value), n.label]));

/** The forms catalogue's key that names a need ("housing" → choice.need.housing), if it is one of the standard needs. */
export function needLabelKey(topicKey: string): (typeof NEEDS)[number]['label'] | undefined {
  return TOPIC_LABELS.get(topicKey);
}

export function topicLabel(key: string, language: SupportedLanguage): string {
  const label = needLabelKey(key);
  return label ? formTexts(language)[label] : key;
}

/** Display names per language, made once: making one costs far more than a look-up, and a page names many. */
const displayNames = new Map<string, Intl.DisplayNames>();

function namesIn(language: Language): Intl.DisplayNames {
  let names = displayNames.get(language);
  if (!names) {
    names = new Intl.DisplayNames([language], { type: 'language' });
    displayNames.set(language, names);
  }
  return names;
}

/**
 * Names already asked for, per language (textMemo.ts): a cohort's explanations name the same few
 * languages thousands of times, and Intl's look-up is the slow part. Bounded, as codes come from
 * what people typed.
 */
const knownNames = new Map<string, TextMemo<string>>();
const KNOWN_NAMES = 1_000;
/** Longer than any language tag people are likely to have: such text is looked up each time, not kept. */
const CODE_LENGTH = 35;

/** A language's name in the coordinator's language, where the runtime knows it; the code otherwise. */
export function languageName(code: string, language: Language): string {
  let names = knownNames.get(language);
  if (!names) {
    names = new TextMemo((c) => lookUpName(c, language), KNOWN_NAMES, CODE_LENGTH);
    knownNames.set(language, names);
  }
  return names.get(code);
}

function lookUpName(code: string, language: Language): string {
  try {
    const name = namesIn(language).of(code);
    return name && name !== code ? name : code;
  } catch {
    return code;
  }
}

/** Puts a reason into words: topics, languages and rules are named, not coded. */
export function describeReason(reason: Reason, t: Translate, language: SupportedLanguage): string {
  const params: Record<string, string | number> = { ...(reason.params ?? {}) };
  for (const key of ['needs', 'need'] as const) {
    if (typeof params[key] === 'string')
      params[key] = String(params[key])
        .split(', ')
        .map((k) => topicLabel(k, language))
        .join(', ');
  }
  if (typeof params.languages === 'string')
    params.languages = params.languages
      .split(', ')
      .map((c) => languageName(c, language))
      .join(', ');
  if (typeof params.rule === 'string') params.rule = t(`match.ruleName.${params.rule}` as MessageKey);
  // A day (a background check's expiry) as people read it: "3 March 2026", "3 marzo 2026".
  const day = asCalendarDate(params.date);
  if (day) params.date = formatCalendarDate(day, intlLocale(language));
  return t(reason.key as MessageKey, params);
}
