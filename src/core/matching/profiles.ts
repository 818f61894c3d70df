import { NEEDS } from '../forms/standardForms';
import { SUPPORTED_LANGUAGES } from '../i18n';
import { formTexts } from '../i18n';
import { type LanguageLevel, parseSkillList } from '../intake/languages';
import { fold, splitAnswer } from '../intake/text';
import { hasConsented } from '../privacy/consent';
import type { CellInput, RecordValues } from '../schema/types';
import { cellText } from '../values';
import { type MinorStatus, minorStatus, referenceYear } from './minors';

/**
 * What matching knows about a person, read from a Mentors or Mentees record. Origin and
 * religion are deliberately absent: no score may come from them.
 */
export interface Profile {
  id: string;
  name: string;
  languages: { code: string; level: LanguageLevel | null }[];
  slots: string[];
  /** Needs (mentees) or help offered (mentors), as canonical keys; a mentee's first need first. */
  topics: string[];
  interests: string[];
  municipality: string;
  postcode: string;
  birthYear: number | null;
  gender: string;
  genderPreference: string;
  family: string;
  temperament: string;
  /** Mentors: skills and professional field; mentees: what they want to achieve. */
  aims: string;
  consent: boolean;
  decision: string;
  /** Derived once, read for every pair: cohorts evaluate millions of pairs. */
  traits: { children: boolean; quiet: boolean; outgoing: boolean; aimWords: string[] };
}

export interface MentorProfile extends Profile {
  capacity: number;
  trainingModules: number | null;
  mentorType: 'Peer' | 'Local' | '';
}

export interface MenteeProfile extends Profile {
  /** On the day the profile was read: safeguarding asks "could they be under 18?", not "are they?". */
  minor: MinorStatus;
  agePreference: string;
  /** The mentee asked for a mentor who also came to the country: a peer mentor (never their origin). */
  wantsSimilarBackground: boolean;
}

/** Needs and offers in any supported language, and common synonyms, to one key each. */
const TOPIC_WORDS: Record<string, string[]> = {};
for (const need of NEEDS)
  TOPIC_WORDS[fold(need.value)] = [...new Set([fold(need.value), ...SUPPORTED_LANGUAGES.map((language) => fold(formTexts(language)[need.label]))])];
Object.assign(TOPIC_WORDS, {
  employment: [...(TOPIC_WORDS.employment ?? []), 'job', 'work', 'cv', 'trabajo', 'emploi', 'arbeit', 'werk'],
  housing: [...(TOPIC_WORDS.housing ?? []), 'house', 'home', 'room', 'flat', 'apartment', 'alloggio', 'vivienda', 'logement', 'wohnung', 'huisvesting'],
  language: [...(TOPIC_WORDS.language ?? []), 'italian', 'italiano', 'idioma', 'langue', 'sprache', 'taal'],
  administration: [...(TOPIC_WORDS.administration ?? []), 'paperwork', 'documents', 'documenti', 'burocrazia', 'tramites', 'demarches', 'behorden'],
});

/** A need or offer's key: an exact name first, then a whole word or phrase ("social network" is not "work"). */
export function topicKey(text: string): string {
  const folded = fold(text);
  for (const [key, words] of Object.entries(TOPIC_WORDS)) if (words.includes(folded)) return key;
  const padded = ` ${folded} `;
  for (const [key, words] of Object.entries(TOPIC_WORDS)) if (words.some((w) => padded.includes(` ${w} `))) return key;
  return folded;
}

const QUIET = /\b(quiet|shy|calm|reserved|introvert\w*|riservat\w|timid\w|tranquill\w|calm\w|callad\w|discret\w|ruhig|schuchtern|rustig|verlegen)\b/;
const OUTGOING =
  /\b(outgoing|energetic|extrovert\w*|sociable|talkative|estrovers\w|socievol\w|energic\w|extrovertid\w|gesellig|extravertiert|extravert|spontaan)\b/;
const CHILDREN =
  /\b(child|children|kids?|son|daughter|baby|figli\w?|figlio|figlia|bambin\w|hijos?|hija|enfants?|fils|fille|kinder|kind|sohn|tochter|kinderen|zoon|dochter)\b/;
const STOP = new Set([
  'and',
  'the',
  'for',
  'with',
  'una',
  'uno',
  'per',
  'con',
  'del',
  'della',
  'los',
  'las',
  'des',
  'une',
  'und',
  'een',
  'het',
  'van',
  'work',
  'again',
  'find',
  'start',
]);

function traitsOf(family: string, temperament: string, aims: string): Profile['traits'] {
  return {
    children: CHILDREN.test(family),
    quiet: QUIET.test(temperament),
    outgoing: OUTGOING.test(temperament),
    aimWords: [...new Set(aims.split(' ').filter((w) => w.length > 3 && !STOP.has(w)))],
  };
}

const text = cellText;
const list = (value: CellInput | undefined) => splitAnswer(text(value));
const numberOr = (value: CellInput | undefined, fallback: number | null) => (typeof value === 'number' && Number.isFinite(value) ? value : fallback);

function baseProfile(values: RecordValues): Profile {
  return {
    id: text(values.id),
    name: text(values.name),
    languages: parseSkillList(values.languages ?? ''),
    slots: list(values.availability).map((s) => s.toLowerCase()),
    topics: [],
    interests: list(values.interests).map(fold),
    municipality: fold(values.municipality),
    postcode: text(values.postcode).replace(/\s/g, ''),
    birthYear: numberOr(values.birthYear, null),
    gender: text(values.gender),
    genderPreference: text(values.genderPreference),
    family: fold(values.family),
    temperament: fold(values.temperament),
    aims: '',
    consent: hasConsented(values),
    decision: text(values.screeningDecision),
    traits: traitsOf('', '', ''),
  };
}

function withTraits<P extends Profile>(profile: P): P {
  return { ...profile, traits: traitsOf(profile.family, profile.temperament, profile.aims) };
}

export function mentorProfile(values: RecordValues): MentorProfile {
  const type = text(values.mentorType);
  return withTraits({
    ...baseProfile(values),
    topics: list(values.offers).map(topicKey),
    aims: fold(`${text(values.skills)} ${text(values.professionalField)}`),
    capacity: Math.max(0, numberOr(values.capacity, 1) ?? 1),
    trainingModules: numberOr(values.trainingModules, null),
    mentorType: type === 'Peer' || type === 'Local' ? type : '',
  });
}

/**
 * `today`: when matching runs, from the caller's clock (the server passes currentTime()); ages
 * are read as of it, in the earliest zone (see referenceYear), so no spreadsheet zone is needed.
 * The default is for tests and the benchmark that do not care about the year's edge.
 */
export function menteeProfile(values: RecordValues, today: Date = new Date()): MenteeProfile {
  const base = baseProfile(values);
  return withTraits({
    ...base,
    topics: list(values.needs).map(topicKey),
    aims: fold(values.goals),
    minor: minorStatus({ birthYear: base.birthYear, ageCheck: text(values.ageCheck), recordedMinor: values.isMinor === true }, referenceYear(today)),
    agePreference: text(values.agePreference),
    wantsSimilarBackground: values.wantsSimilarBackground === true,
  });
}
