import { EMAIL_HEADERS, FIELDS, FORM_KINDS, type FieldSpec, type FormKind, KIND_CUES, NAME_PARTS, TIMESTAMP_HEADERS } from './fields';
import { fold } from './text';

/**
 * Which canonical field each column of a Google Forms response sheet answers. The add-on
 * proposes, the coordinator confirms or corrects. Columns mapped to nothing are kept as
 * "Other answers", never discarded.
 */
export const KEY_COLUMN_HEADER = 'Peer Mentoring Desk key';

export type ColumnRole = 'timestamp' | 'field' | 'extra' | 'key';

export interface ColumnMapping {
  header: string;
  role: ColumnRole;
  field: string | null;
  /** 0 to 1: how sure the proposal is (1 for a confirmed mapping). */
  confidence: number;
  /** For grid questions, "Question [Row]": the row label, prefixed to the answer. */
  gridRow?: string;
}

export interface FormMapping {
  kind: FormKind;
  columns: ColumnMapping[];
}

export const MIN_CONFIDENCE = 0.45;

/** "Availability [Monday]" → base "Availability", row "Monday" (Google's grid columns). */
export function splitGridHeader(header: string): { base: string; row?: string } {
  const match = /^(.*\S)\s*\[([^\]]+)\]\s*$/.exec(header);
  return match ? { base: match[1]!, row: match[2]! } : { base: header };
}

/** A word of a phrase: one of its spellings, each the whole word or (`prefix`) the start of one. */
type PhraseWord = { word: string; prefix: boolean }[];

/** A phrase as runs of words that follow one another in the question, in order, anything between runs. */
interface Phrase {
  runs: PhraseWord[][];
  /** `=`: the whole question, nothing more ("Vous êtes :" is the gender; "Si vous êtes mineur" is not). */
  whole: boolean;
  /** Words the question must have one of, each, for the phrase to be in it: a quick way to rule most phrases out. */
  needs: string[][];
}

function spelling(raw: string): { word: string; prefix: boolean } {
  const prefix = raw.endsWith('*');
  return { word: fold(prefix ? raw.slice(0, -1) : raw).replace(/ /g, ''), prefix };
}

function compilePhrase(phrase: string): Phrase {
  const whole = phrase.startsWith('=');
  const runs: PhraseWord[][] = [[]];
  for (const raw of phrase.replace(/^=/, '').trim().split(/\s+/)) {
    if (raw === '~') runs.push([]);
    else if (raw.includes('|') || raw.endsWith('*')) runs[runs.length - 1]!.push(raw.split('|').filter(Boolean).map(spelling));
    // A plain word may fold into several ("l'italiano" → "l italiano").
    else for (const word of fold(raw).split(' ').filter(Boolean)) runs[runs.length - 1]!.push([{ word, prefix: false }]);
  }
  const kept = runs.filter((run) => run.length > 0);
  const needs = kept.flatMap((run) => run.filter((w) => w.every((s) => !s.prefix)).map((w) => w.map((s) => s.word)));
  return { runs: kept, whole, needs };
}

const compiledFields = new WeakMap<FieldSpec, { phrases: Phrase[]; unless: Phrase[] }>();

function compiled(field: FieldSpec): { phrases: Phrase[]; unless: Phrase[] } {
  let known = compiledFields.get(field);
  if (!known) {
    known = { phrases: field.phrases.map(compilePhrase), unless: (field.unless ?? []).map(compilePhrase) };
    compiledFields.set(field, known);
  }
  return known;
}

/** A question (or a part of it) folded, and its words. */
interface Text {
  text: string;
  words: string[];
  set: ReadonlySet<string>;
}

function textOf(text: string): Text {
  const words = text.split(' ');
  return { text, words, set: new Set(words) };
}

const wordMatches = (w: PhraseWord, word: string) => w.some((s) => (s.prefix ? word.startsWith(s.word) : word === s.word));

/** Where a run of words first appears in the question from word `from` on, or -1. */
function runAt(words: readonly string[], run: readonly PhraseWord[], from: number): number {
  for (let at = from; at + run.length <= words.length; at++) {
    if (run.every((w, i) => wordMatches(w, words[at + i]!))) return at;
  }
  return -1;
}

/** The characters of words[at, at + count) with the spaces between them. */
function span(words: readonly string[], at: number, count: number): number {
  let chars = count - 1;
  for (let i = at; i < at + count; i++) chars += words[i]!.length;
  return chars;
}

/** How many characters of the question the phrase covers: 0 when it is not in the question. */
function covered({ text, words, set }: Text, phrase: Phrase): number {
  if (phrase.runs.length === 0 || !phrase.needs.every((any) => any.some((w) => set.has(w)))) return 0;
  if (phrase.whole) {
    const [run] = phrase.runs;
    return phrase.runs.length === 1 && run!.length === words.length && runAt(words, run!, 0) === 0 ? text.length : 0;
  }
  let from = 0;
  let chars = 0;
  for (const run of phrase.runs) {
    const at = runAt(words, run, from);
    if (at < 0) return 0;
    chars += span(words, at, run.length);
    from = at + run.length;
  }
  return chars;
}

/** 1 for the whole question; otherwise from 0.55 up, the more of the question the phrase covers. */
function phraseScore(header: Text, phrase: Phrase): number {
  if (!header.text) return 0;
  const chars = covered(header, phrase);
  if (chars >= header.text.length) return 1;
  return chars > 0 ? 0.55 + 0.4 * (chars / header.text.length) : 0;
}

function bestScore(header: Text, phrases: readonly Phrase[]): number {
  let best = 0;
  for (const phrase of phrases) best = Math.max(best, phraseScore(header, phrase));
  return best;
}

/** The question without its asides: "(optional)", "(e.g. housing, work)". */
function withoutAsides(text: string): string {
  return text.replace(/\([^)]*\)?/g, ' ');
}

/** Asides that list examples ("e.g.", "es.", "p. ej.", "z. B.", "bijv.", "π.χ."): they say what an answer may be, not what is asked. */
const EXAMPLES = /\(\s*(?:e\.\s?g|i\.\s?e|es|ad es|per es|p\.\s?ej|por ej|ej|ex|par ex|z\.\s?b|bspw|bijv|bv|b\.\s?v|π\.\s?χ|por ex)\b[^)]*\)?/giu;

function withoutExamples(text: string): string {
  return text.replace(EXAMPLES, ' ');
}

/** A question read three ways: without its asides, whole but for its lists of examples, and all of it. */
interface Reading {
  main: Text;
  whole: Text;
  all: Text;
  /** Its score for each field, once worked out (guessing the kind maps the same questions six times). */
  scores: Map<FieldSpec, number>;
}

const readings = new Map<string, Reading>();

function readingOf(header: string): Reading {
  let reading = readings.get(header);
  if (!reading) {
    const base = splitGridHeader(header).base;
    const all = fold(base);
    const whole = fold(withoutExamples(base)) || all;
    reading = { main: textOf(fold(withoutAsides(base)) || whole), whole: textOf(whole), all: textOf(all), scores: new Map() };
    // The questions of the sheets at hand: a few hundred in one run.
    if (readings.size > 2000) readings.clear();
    readings.set(header, reading);
  }
  return reading;
}

/**
 * How well a question names a field, 0 to 1. The question is read without its asides in brackets
 * first (examples there must not decide, nor an "(you must be over 18)" rule exclude it), then
 * whole, for a little less.
 */
export function fieldScore(header: string, field: FieldSpec): number {
  const reading = readingOf(header);
  let score = reading.scores.get(field);
  if (score === undefined) {
    score = scoreOf(reading, field);
    reading.scores.set(field, score);
  }
  return score;
}

function scoreOf({ main, whole }: Reading, field: FieldSpec): number {
  const { phrases, unless } = compiled(field);
  const excluded = (text: Text) => unless.some((p) => covered(text, p) > 0);
  if (excluded(main)) return 0;
  const mainScore = bestScore(main, phrases);
  // Read whole, the question is excluded by its asides too ("key worker (name and organisation)").
  return main.text === whole.text || excluded(whole) ? mainScore : Math.max(mainScore, 0.9 * bestScore(whole, phrases));
}

/** Whether a question says something only one kind of form asks (see KIND_CUES). */
function hasCue(header: string, cues: readonly Phrase[]): boolean {
  const { all } = readingOf(header);
  return cues.some((p) => covered(all, p) > 0);
}

const CUES: Partial<Record<FormKind, Phrase[]>> = Object.fromEntries(Object.entries(KIND_CUES).map(([kind, phrases]) => [kind, phrases.map(compilePhrase)]));

const FULL_NAME_WORDS = ['full', 'complete', 'completo', 'completa', 'complet', 'volledige', 'vollstandiger', 'ονοματεπωνυμο'];

/** A bare "Name" ("Nome", "Nom", "Όνομα"), which a form that also asks a surname means as the first name. */
function isBareName(header: string): boolean {
  const { words } = readingOf(header).main;
  return words.length <= 2 && !words.some((w) => FULL_NAME_WORDS.includes(w));
}

/**
 * A form that asks the name in two questions: when one half is recognised ("Cognome", "Prénom")
 * and the other question is a bare "Nome" or "Nom", that question is the other half.
 */
function completeNameParts(columns: ColumnMapping[]): void {
  const missing = NAME_PARTS.filter((part) => !columns.some((c) => c.field === part));
  if (missing.length !== 1) return;
  const column = columns.find((c) => c.field === 'name' && !c.gridRow && isBareName(c.header));
  if (column) column.field = missing[0]!;
}

/** Proposes a mapping: the strongest header-field pairs first, each field used once (grid rows excepted). */
export function proposeMapping(headers: readonly string[], kind: FormKind): FormMapping {
  const columns: ColumnMapping[] = headers.map((header) => ({ header, role: 'extra', field: null, confidence: 0 }));
  const fields = FIELDS[kind];
  const candidates: { column: number; field: FieldSpec; score: number }[] = [];
  headers.forEach((header, column) => {
    const folded = fold(header);
    if (column === 0 && (TIMESTAMP_HEADERS.includes(folded) || folded === '')) {
      columns[column] = { header, role: 'timestamp', field: null, confidence: 1 };
      return;
    }
    if (TIMESTAMP_HEADERS.includes(folded)) {
      columns[column] = { header, role: 'timestamp', field: null, confidence: 1 };
      return;
    }
    if (header === KEY_COLUMN_HEADER) {
      columns[column] = { header, role: 'key', field: null, confidence: 1 };
      return;
    }
    for (const field of fields) {
      // Google's collected "Email address" column is the respondent's email, whatever else the form asks.
      const score = EMAIL_HEADERS.includes(folded) && /email/i.test(field.key) ? 1 : fieldScore(header, field);
      if (score >= MIN_CONFIDENCE) candidates.push({ column, field, score });
    }
  });
  candidates.sort((a, b) => b.score - a.score || a.column - b.column);
  const usedBy = new Map<string, string>();
  for (const { column, field, score } of candidates) {
    if (columns[column]!.role !== 'extra') continue;
    const { base, row } = splitGridHeader(headers[column]!);
    const owner = usedBy.get(field.key);
    if (owner !== undefined && !(row && owner === base)) continue;
    usedBy.set(field.key, base);
    columns[column] = {
      header: headers[column]!,
      role: 'field',
      field: field.key,
      confidence: Math.round(score * 100) / 100,
      ...(row ? { gridRow: row } : {}),
    };
  }
  completeNameParts(columns);
  return { kind, columns };
}

/** Fields that say nothing of the kind of form: who answered, and for which pair. */
const IDENTITY_FIELDS = new Set(['name', ...NAME_PARTS, 'email', 'phone', 'pairCode', 'personEmail', 'mentorEmail']);

/** The fields each kind of form alone asks (a mentee's needs, a mentor's offer). */
const OWN_FIELDS: Record<FormKind, ReadonlySet<string>> = Object.fromEntries(
  FORM_KINDS.map((kind) => {
    const elsewhere = new Set(FORM_KINDS.filter((other) => other !== kind).flatMap((other) => FIELDS[other].map((f) => f.key)));
    return [kind, new Set(FIELDS[kind].map((f) => f.key).filter((key) => !elsewhere.has(key)))];
  }),
) as unknown as Record<FormKind, ReadonlySet<string>>;

/**
 * What the matched confidences are shared out over: a kind's number of fields, but the same for
 * the mentor and the mentee forms, so that the shorter list does not win a form that only asks
 * who someone is.
 */
function shareOf(kind: FormKind): number {
  return kind === 'mentor' || kind === 'mentee' ? Math.max(FIELDS.mentor.length, FIELDS.mentee.length) : FIELDS[kind].length;
}

/** On a tie, the mentee side: a form that says nothing either way is more often an intake form. */
const GUESS_ORDER: readonly FormKind[] = ['mentee', 'mentor', 'diary', 'menteeSatisfaction', 'mentorSatisfaction', 'assessment'];

function kindScore(headers: readonly string[], kind: FormKind): number {
  const matched = proposeMapping(headers, kind).columns.filter((c) => c.role === 'field');
  const sum = (columns: ColumnMapping[]) => columns.reduce((total, c) => total + c.confidence, 0);
  const distinctive = matched.filter((c) => !IDENTITY_FIELDS.has(c.field!)).length;
  const own = sum(matched.filter((c) => OWN_FIELDS[kind].has(c.field!)));
  const cues = CUES[kind] ?? [];
  const cued = headers.filter((h) => hasCue(h, cues)).length;
  // Share of the kind's fields that are present, a bonus for each question that says something,
  // more for the fields only that kind has, and for questions that speak as only that kind does.
  return sum(matched) / shareOf(kind) + distinctive * 0.05 + own * 0.05 + cued * 0.05;
}

/** The kind of form a response sheet most likely holds, from how well its questions match. */
export function guessKind(headers: readonly string[]): { kind: FormKind; score: number } {
  let best: { kind: FormKind; score: number } = { kind: 'mentee', score: -1 };
  for (const kind of GUESS_ORDER) {
    const score = kindScore(headers, kind);
    if (score > best.score) best = { kind, score };
  }
  return { kind: best.kind, score: Math.round(best.score * 100) / 100 };
}

export function missingRequired(mapping: FormMapping): string[] {
  const mapped = new Set(mapping.columns.map((c) => c.field).filter(Boolean));
  // A name asked in two halves is asked.
  if (NAME_PARTS.some((part) => mapped.has(part))) mapped.add('name');
  return FIELDS[mapping.kind].filter((f) => f.required && !mapped.has(f.key)).map((f) => f.key);
}

export interface HeaderChanges {
  /** Questions whose title changed: same position, old title gone. Their mapping is kept. */
  renamed: { from: string; to: string }[];
  /** Questions the mapping does not know: kept as "Other answers" until the coordinator maps them. */
  added: string[];
}

/**
 * Brings a confirmed mapping up to date with the sheet's current header: a renamed question keeps
 * its field, a new question is listed for the coordinator, nothing is dropped.
 */
export function reconcileMapping(mapping: FormMapping, headers: readonly string[]): { mapping: FormMapping; changes: HeaderChanges } {
  const known = new Map(mapping.columns.map((c) => [c.header, c]));
  const current = new Set(headers);
  const changes: HeaderChanges = { renamed: [], added: [] };
  const columns = headers.map((header, index): ColumnMapping => {
    const existing = known.get(header);
    if (existing) return existing;
    if (header === KEY_COLUMN_HEADER) return { header, role: 'key', field: null, confidence: 1 };
    const previous = mapping.columns[index];
    if (previous && !current.has(previous.header) && previous.role === 'field') {
      changes.renamed.push({ from: previous.header, to: header });
      return { ...previous, header };
    }
    if (header.trim() !== '') changes.added.push(header);
    return { header, role: 'extra', field: null, confidence: 0 };
  });
  return { mapping: { kind: mapping.kind, columns }, changes };
}
