import type { CellInput } from '../schema/types';
import { calendarDateOf } from '../calendarDate';
import { isDate as isDateValue } from '../values';
import { type FormKind, NAME_PARTS } from './fields';
import type { FormMapping } from './mapping';
import {
  type Normalised,
  normaliseAgePreference,
  normaliseAvailability,
  normaliseBirthYear,
  normaliseConsent,
  normaliseDate,
  normaliseDuration,
  normaliseEmail,
  normaliseGender,
  normaliseLanguages,
  normaliseLevel,
  normaliseList,
  normaliseName,
  normaliseNumber,
  normalisePermit,
  normalisePhone,
  normalisePlace,
  normalisePostcode,
  normaliseText,
  normaliseYesNo,
  type Problem,
} from './normalise';

/** `timeZone` is the spreadsheet's: a date answer is the day it falls on there. */
type Normaliser = (answer: unknown, today: Date, timeZone: string) => Normalised<CellInput>;

const NORMALISERS: Record<string, Normaliser> = {
  name: normaliseName,
  email: normaliseEmail,
  mentorEmail: normaliseEmail,
  personEmail: normaliseEmail,
  phone: normalisePhone,
  birthYear: normaliseBirthYear,
  gender: normaliseGender,
  genderPreference: normaliseGender,
  languages: (a) => normaliseLanguages(a, true),
  hostLanguageLevel: normaliseLevel,
  municipality: normalisePlace,
  postcode: normalisePostcode,
  interests: (a) => normaliseList(a),
  availability: normaliseAvailability,
  hoursPerMonth: (a) => normaliseNumber(a, 0, 200),
  consentData: normaliseConsent,
  consentContact: (a) => normaliseYesNo(a),
  offers: (a) => normaliseList(a),
  mentorKinds: (a) => normaliseList(a),
  needs: (a) => normaliseList(a, true),
  permitInOrder: normalisePermit,
  agePreference: normaliseAgePreference,
  wantsSimilarBackground: (a) => normaliseYesNo(a),
  date: normaliseDate,
  durationMinutes: normaliseDuration,
  themes: (a) => normaliseList(a),
  communityActivity: (a) => normaliseYesNo(a),
  needsSupport: (a) => normaliseYesNo(a),
  overall: (a) => normaliseNumber(a, 1, 5),
};

/** Fields that a response uses to find its person or pair, not columns of the record itself. */
export const LINK_FIELDS = new Set(['mentorEmail', 'personEmail']);

export interface BuiltRecord {
  kind: FormKind;
  values: Record<string, CellInput>;
  links: Record<string, string | null>;
  problems: Problem[];
  /** Answers to questions mapped to no field: header → answer, kept in "Other answers". */
  extras: Record<string, string>;
  timestamp: Date | null;
}

/** An answer as text; a date as its day in the spreadsheet's zone (Sheets stores it at midnight there). */
function answerText(value: unknown, timeZone: string): string {
  if (value === null || value === undefined) return '';
  return isDateValue(value) ? calendarDateOf(value, timeZone) : String(value);
}

/**
 * A grid row adds "Row: answer" to its field's one list. A row answered "No" (or left empty)
 * says nothing for that row, so it adds nothing.
 */
function addGridAnswer(answers: Map<string, unknown>, field: string, gridRow: string, text: string): void {
  if (text.trim() === '' || normaliseYesNo(text).value === false) return;
  const previous = answers.get(field);
  const part = `${gridRow}: ${text}`;
  // Earlier grid rows of this field are already text.
  answers.set(field, previous ? `${String(previous)}, ${part}` : part);
}

/** Several questions can map to one field: the first that was answered wins. */
function keepFirstAnswer(answers: Map<string, unknown>, field: string, value: unknown): void {
  const kept = answers.get(field);
  if (kept === undefined || kept === null || (typeof kept === 'string' && kept.trim() === '')) answers.set(field, value);
}

const isBlank = (value: unknown) => value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

/**
 * A name asked in two questions ("First name", "Last name") becomes the record's one `name`:
 * "First Last". The sheets have no column for the halves, so they are not kept apart; when the
 * form also asked the whole name, that answer wins and the halves stay as other answers (the
 * response row keeps every answer as given in any case).
 */
function composeName(answers: Map<string, unknown>, extras: Record<string, string>, mapping: FormMapping, timeZone: string): void {
  const parts = NAME_PARTS.filter((part) => answers.has(part));
  if (parts.length === 0) return;
  const texts = parts.map((part) => answerText(answers.get(part), timeZone).trim());
  if (isBlank(answers.get('name'))) answers.set('name', texts.filter(Boolean).join(' '));
  else {
    parts.forEach((part, i) => {
      const header = mapping.columns.find((c) => c.field === part)?.header ?? part;
      if (texts[i]) extras[header] = texts[i]!;
    });
  }
  for (const part of parts) answers.delete(part);
}

/** Collects the answers of each field; grid rows become "Row: answer" parts of one list. */
function answersByField(mapping: FormMapping, row: readonly unknown[], timeZone: string) {
  const answers = new Map<string, unknown>();
  const extras: Record<string, string> = {};
  let timestamp: Date | null = null;
  mapping.columns.forEach((column, index) => {
    const value = row[index];
    if (column.role === 'timestamp') {
      if (isDateValue(value)) timestamp = value;
      return;
    }
    if (column.role === 'key') return;
    const text = answerText(value, timeZone);
    if (column.role !== 'field' || !column.field) {
      if (text.trim() !== '') extras[column.header] = text;
      return;
    }
    if (column.gridRow) addGridAnswer(answers, column.field, column.gridRow, text);
    else keepFirstAnswer(answers, column.field, value);
  });
  composeName(answers, extras, mapping, timeZone);
  return { answers, extras, timestamp: timestamp as Date | null };
}

/**
 * Turns one response row into the values of a record, with every problem found. Never throws:
 * unexpected input becomes a problem, and the response sheet keeps the original answer.
 */
export function buildRecord(
  mapping: FormMapping,
  row: readonly unknown[],
  clock: { now: Date; timeZone: string },
  requiredFields: readonly string[],
): BuiltRecord {
  const { answers, extras, timestamp } = answersByField(mapping, row, clock.timeZone);
  const values: Record<string, CellInput> = {};
  const links: Record<string, string | null> = {};
  const problems: Problem[] = [];
  const fields = new Set([...answers.keys(), ...requiredFields]);
  for (const field of fields) {
    const answer = answers.get(field);
    const normaliser = NORMALISERS[field] ?? normaliseText;
    let result: Normalised<CellInput>;
    try {
      result = normaliser(answer, clock.now, clock.timeZone);
    } catch {
      const text = answerText(answer, clock.timeZone);
      result = { value: text || null, problem: { code: 'badNumber', answer: text.slice(0, 80) } };
    }
    if (result.problem) problems.push({ field, ...result.problem });
    else if ((result.value === null || result.value === '') && requiredFields.includes(field)) problems.push({ field, code: 'blankRequired', answer: '' });
    if (LINK_FIELDS.has(field)) links[field] = result.value === null ? null : String(result.value);
    else values[field] = result.value;
  }
  return { kind: mapping.kind, values, links, problems, extras, timestamp };
}
