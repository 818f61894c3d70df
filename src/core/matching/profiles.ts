import { NEEDS } from '../forms/standardForms';
import { SUPPORTED_LANGUAGES } from '../i18n';
import { formTexts } from '../i18n';
import { type LanguageLevel, parseSkillList } from '../intake/languages';
import { fold, splitAnswer } from '../intake/text';
import { hasConsented } from '../privacy/consent';
import type { CellInput, RecordValues } from '../schema/types';
import { cellText } from '../values';
import { type MinorStatus, minorStatus, referenceYear } from './minors';
import { TextMemo } from './textMemo';

/**
 * What matching knows about a person, read from a Mentors or Mentees record. Origin and
 * religion are deliberately absent: no score may come from them.
 */
export interface Profile {
  id: string;
  name: string;
  /** The lists are shared by everyone whose cell has the same text (textMemo.ts): read-only. */
  languages: readonly { readonly code: string; readonly level: LanguageLevel | null }[];
  slots: readonly string[];
  /** Needs (mentees) or help offered (mentors), as canonical keys; a mentee's first need first. */
  topics: readonly string[];
  interests: readonly string[];
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
  traits: { children: boolean; quiet: boolean; outgoing: boolean; aimWords: readonly string[] };
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
    aimWords: LIST_MEMOS.aimWords.get(aims),
  };
}

const text = cellText;

/**
 * The list cells every profile parses, each distinct text once (textMemo.ts): 4,096 texts per
 * column is several programmes' worth, and a cell longer than 256 characters is free text, rarely
 * repeated, parsed each time.
 */
const MEMO_ENTRIES = 4_096;
const MEMO_TEXT_LENGTH = 256;
/** Shared lists, so read-only to everyone who gets one. */
const memo = <T>(parse: (text: string) => T[]) => new TextMemo<readonly Readonly<T>[]>(parse, MEMO_ENTRIES, MEMO_TEXT_LENGTH);
/** Exported for the tests of their bound. */
export const LIST_MEMOS = {
  languages: memo(parseSkillList),
  slots: memo((cell) => splitAnswer(cell).map((s) => s.toLowerCase())),
  interests: memo((cell) => splitAnswer(cell).map(fold)),
  topics: memo((cell) => splitAnswer(cell).map(topicKey)),
  /** From the folded aims (skills and field, or goals): words long enough to say something. */
  aimWords: memo((aims) => [...new Set(aims.split(' ').filter((w) => w.length > 3 && !STOP.has(w)))]),
};
/** Short answers folded for comparison (a place, a family or temperament line): many people type the same ones. */
const FOLDED = new TextMemo(fold, MEMO_ENTRIES, MEMO_TEXT_LENGTH);
const folded = (value: CellInput | undefined) => FOLDED.get(text(value));
const numberOr = (value: CellInput | undefined, fallback: number | null) => (typeof value === 'number' && Number.isFinite(value) ? value : fallback);

/** What both sides share, with the side's own topics and aims (the traits are read from them). */
function baseProfile(values: RecordValues, topics: string, aims: string): Profile {
  const family = folded(values.family);
  const temperament = folded(values.temperament);
  return {
    id: text(values.id),
    name: text(values.name),
    languages: LIST_MEMOS.languages.get(text(values.languages)),
    slots: LIST_MEMOS.slots.get(text(values.availability)),
    topics: LIST_MEMOS.topics.get(topics),
    interests: LIST_MEMOS.interests.get(text(values.interests)),
    municipality: folded(values.municipality),
    postcode: text(values.postcode).replace(/\s/g, ''),
    birthYear: numberOr(values.birthYear, null),
    gender: text(values.gender),
    genderPreference: text(values.genderPreference),
    family,
    temperament,
    aims,
    consent: hasConsented(values),
    decision: text(values.screeningDecision),
    traits: traitsOf(family, temperament, aims),
  };
}

/**
 * The record values each profile reads, and no others: a reader converts only these cells of a
 * wide sheet (readTable's `keys`), and the profile is the same as from the whole record. A test
 * watches every read of both functions, so a field read here and not listed fails it.
 */
const BASE_KEYS = [
  'id',
  'name',
  'languages',
  'availability',
  'interests',
  'municipality',
  'postcode',
  'birthYear',
  'gender',
  'genderPreference',
  'family',
  'temperament',
  'consentData',
  'screeningDecision',
] as const;
export const MENTOR_PROFILE_KEYS: readonly string[] = [...BASE_KEYS, 'offers', 'skills', 'professionalField', 'capacity', 'trainingModules', 'mentorType'];
export const MENTEE_PROFILE_KEYS: readonly string[] = [...BASE_KEYS, 'needs', 'goals', 'ageCheck', 'isMinor', 'agePreference', 'wantsSimilarBackground'];

/**
 * The shared facts with one side's own added in place. Not `{ ...base, ... }`: V8 copies an
 * object of this many fields through its slow path, which gives every copy a shape of its own,
 * and reading a field of 20,000 mentors with 20,000 shapes took ~30× longer (measured on the
 * suggestions bench's mentors: 7–9 ms against 0.2–0.3 ms only to read each mentor's consent).
 * Adding to the one object gives every profile of a side the same shape.
 */
const withFields = <T extends Profile>(base: Profile, own: Omit<T, keyof Profile>): T => Object.assign(base, own) as T;

export function mentorProfile(values: RecordValues): MentorProfile {
  const type = text(values.mentorType);
  return withFields<MentorProfile>(baseProfile(values, text(values.offers), fold(`${text(values.skills)} ${text(values.professionalField)}`)), {
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
  const base = baseProfile(values, text(values.needs), fold(values.goals));
  return withFields<MenteeProfile>(base, {
    minor: minorStatus({ birthYear: base.birthYear, ageCheck: text(values.ageCheck), recordedMinor: values.isMinor === true }, referenceYear(today)),
    agePreference: text(values.agePreference),
    wantsSimilarBackground: values.wantsSimilarBackground === true,
  });
}
