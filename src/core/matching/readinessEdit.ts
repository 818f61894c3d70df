import { type CalendarDate, compareDays, parseCalendarDate } from '../calendarDate';
import type { MessageKey } from '../i18n';
import type { CellInput } from '../schema/types';

/**
 * A mentor's readiness as the coordinator records it in the sidebar: the training modules done,
 * each with its day; how many mentees at once; peer or local; and the background check (the
 * country's kind, named freely, with the day done and the first day it no longer counts).
 *
 * Pure: the browser runs the same checks before sending, the server again before writing. Every
 * value travels as text, as a form holds it ('' is blank, and blank clears), so that what was
 * loaded, what the sheet holds now and what was typed compare as they are.
 */

/**
 * The training modules a mentor completes: the five units of the AMIR mentor training (the
 * Mentors sheet's header says "of 5", and the matching settings ask for 0 to 5 of them).
 */
export const TRAINING_MODULES = 5;

/** The Mentors sheet's date column of each module, in order: one typed day per module, so sorting or renaming cannot break them. */
export const MODULE_KEYS = ['trainingModule1On', 'trainingModule2On', 'trainingModule3On', 'trainingModule4On', 'trainingModule5On'] as const;

/** 0 lets a mentor pause without leaving; more than 10 mentees at once is no longer mentoring. */
export const CAPACITY_MIN = 0;
export const CAPACITY_MAX = 10;

/** "Certificato del casellario giudiziale" and its like fit; a paragraph does not belong in a label. */
export const CHECK_LABEL_MAX = 100;

export const MENTOR_TYPE_VALUES = ['', 'Peer', 'Local'] as const;
export type MentorTypeValue = (typeof MENTOR_TYPE_VALUES)[number];

/** The form, as text. `modules[i]` is the day module i + 1 was completed ("2026-03-02"), or ''. */
export interface ReadinessForm {
  modules: string[];
  capacity: string;
  mentorType: string;
  checkLabel: string;
  checkDoneOn: string;
  checkExpiresOn: string;
}

export type ReadinessField = 'modules' | 'capacity' | 'mentorType' | 'checkLabel' | 'checkDoneOn' | 'checkExpiresOn';

/** What is wrong with one field, as a catalogue message: shown beside the field, and sent back by the server. */
export interface ReadinessProblem {
  readonly field: ReadinessField;
  /** For a module date: which module (0-based). */
  readonly index?: number;
  readonly key: MessageKey;
  readonly params: Record<string, string | number>;
}

export const BLANK_FORM: ReadinessForm = {
  modules: Array(TRAINING_MODULES).fill(''),
  capacity: '',
  mentorType: '',
  checkLabel: '',
  checkDoneOn: '',
  checkExpiresOn: '',
};

/** A cell's value as the form shows it: a day as "yyyy-mm-dd", a number as digits, anything else as its text. */
export function formText(value: CellInput | undefined): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return '';
  return String(value).trim();
}

/** The form's values from the browser, checked for shape only: anything not a form is refused. */
export function formFrom(input: unknown): ReadinessForm | null {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return null;
  const raw = input as Record<string, unknown>;
  const text = (value: unknown, max: number) => (typeof value === 'string' && value.length <= max ? value.trim() : null);
  if (!Array.isArray(raw.modules) || raw.modules.length !== TRAINING_MODULES) return null;
  const modules = raw.modules.map((m) => text(m, 20));
  const fields = {
    capacity: text(raw.capacity, 20),
    mentorType: text(raw.mentorType, 20),
    // Longer than any label allows, so that the length is refused in words, not as a bad request.
    checkLabel: text(raw.checkLabel, CHECK_LABEL_MAX * 20),
    checkDoneOn: text(raw.checkDoneOn, 20),
    checkExpiresOn: text(raw.checkExpiresOn, 20),
  };
  if (modules.some((m) => m === null) || Object.values(fields).some((v) => v === null)) return null;
  return { modules: modules as string[], ...(fields as Record<keyof typeof fields, string>) };
}

/** The checked values: days as CalendarDate, the capacity as a whole number, blank as null. */
export interface ReadinessValues {
  modules: (CalendarDate | null)[];
  capacity: number | null;
  mentorType: MentorTypeValue;
  check: { label: string; doneOn: CalendarDate | null; expiresOn: CalendarDate | null };
}

const WHOLE = /^\d+$/;

/**
 * Checks every field against `today` (the spreadsheet's day): real calendar days, none done in the
 * future, an expiry after the day done, a capacity in range, a known kind, a label that fits. A
 * check needs its kind and the day done once anything of it is given; all three blank clear it.
 */
export function validateReadiness(form: ReadinessForm, today: CalendarDate): { values: ReadinessValues; problems: ReadinessProblem[] } {
  const problems: ReadinessProblem[] = [];
  const day = (text: string, field: ReadinessField, future: MessageKey | null, index?: number): CalendarDate | null => {
    if (text === '') return null;
    const parsed = parseCalendarDate(text);
    const at = index === undefined ? {} : { index };
    const params: Record<string, number> = index === undefined ? {} : { module: index + 1 };
    if (!parsed) problems.push({ field, ...at, key: index === undefined ? 'readiness.error.checkDate' : 'readiness.error.moduleDate', params });
    else if (future && compareDays(parsed, today) > 0) problems.push({ field, ...at, key: future, params });
    return parsed;
  };
  const modules = form.modules.map((m, i) => day(m, 'modules', 'readiness.error.moduleFuture', i));

  let capacity: number | null = null;
  if (form.capacity !== '') {
    const n = WHOLE.test(form.capacity) ? Number(form.capacity) : Number.NaN;
    if (!Number.isInteger(n) || n < CAPACITY_MIN || n > CAPACITY_MAX)
      problems.push({ field: 'capacity', key: 'readiness.error.capacity', params: { min: CAPACITY_MIN, max: CAPACITY_MAX } });
    else capacity = n;
  }

  const mentorType = (MENTOR_TYPE_VALUES as readonly string[]).includes(form.mentorType) ? (form.mentorType as MentorTypeValue) : '';
  if (mentorType !== form.mentorType) problems.push({ field: 'mentorType', key: 'readiness.error.mentorType', params: {} });

  const label = form.checkLabel;
  if (label.length > CHECK_LABEL_MAX) problems.push({ field: 'checkLabel', key: 'readiness.error.labelLong', params: { max: CHECK_LABEL_MAX } });
  const doneOn = day(form.checkDoneOn, 'checkDoneOn', 'readiness.error.checkFuture');
  const expiresOn = day(form.checkExpiresOn, 'checkExpiresOn', null);
  const anyOfCheck = label !== '' || form.checkDoneOn !== '' || form.checkExpiresOn !== '';
  if (anyOfCheck && label === '') problems.push({ field: 'checkLabel', key: 'readiness.error.labelMissing', params: {} });
  if (anyOfCheck && form.checkDoneOn === '') problems.push({ field: 'checkDoneOn', key: 'readiness.error.doneMissing', params: {} });
  if (doneOn && expiresOn && compareDays(expiresOn, doneOn) <= 0) problems.push({ field: 'checkExpiresOn', key: 'readiness.error.expiryOrder', params: {} });

  return { values: { modules, capacity, mentorType, check: { label, doneOn, expiresOn } }, problems };
}

/** What a save writes: cells of the mentor's row (by column key), and of the check's row in Sensitive details. */
export interface ReadinessPlan {
  readonly mentor: Record<string, CellInput>;
  /** null: nothing of the check changes. */
  readonly check: { readonly label?: string; readonly doneOn?: CalendarDate | null; readonly expiresOn?: CalendarDate | null } | null;
  /** Fields the form changed while the sheet changed them too, since the form was loaded: nothing is written then. */
  readonly conflicts: readonly ReadinessField[];
  /** Names of what changes (column keys, "backgroundCheck"): ids only, for the audit log. */
  readonly changed: readonly string[];
}

/**
 * Plans a save from three versions of the form: `base` as loaded, `current` as the sheet holds it
 * now, `next` as typed (already validated into `values`). Only what the coordinator changed in the
 * form is written, so a value typed in the sheet meanwhile stays, unless the form changed that
 * same value too: then it is a conflict and nothing is written. The count of modules, which
 * matching reads, is the number of modules with a day, written whenever a module's day changes.
 */
export function planReadinessEdit(base: ReadinessForm, current: ReadinessForm, next: ReadinessForm, values: ReadinessValues): ReadinessPlan {
  const conflicts = new Set<ReadinessField>();
  const mentor: Record<string, CellInput> = {};
  const changed: string[] = [];
  /** Whether to write: the form changed it and the sheet did not (or already holds the same). */
  const take = (field: ReadinessField, was: string, now: string, wanted: string): boolean => {
    if (wanted === was || wanted === now) return false;
    if (now !== was) {
      conflicts.add(field);
      return false;
    }
    return true;
  };

  const finalModules = current.modules.map((now, i) => {
    if (take('modules', base.modules[i] ?? '', now, next.modules[i] ?? '')) {
      mentor[MODULE_KEYS[i]!] = values.modules[i] ?? null;
      changed.push(MODULE_KEYS[i]!);
      return next.modules[i]!;
    }
    return now;
  });
  if (changed.length > 0) mentor.trainingModules = finalModules.filter((m) => m !== '').length;
  if (take('capacity', base.capacity, current.capacity, canonicalNumber(next.capacity))) {
    mentor.capacity = values.capacity;
    changed.push('capacity');
  }
  if (take('mentorType', base.mentorType, current.mentorType, next.mentorType)) {
    mentor.mentorType = values.mentorType;
    changed.push('mentorType');
  }

  const check: { label?: string; doneOn?: CalendarDate | null; expiresOn?: CalendarDate | null } = {};
  if (take('checkLabel', base.checkLabel, current.checkLabel, next.checkLabel)) check.label = values.check.label;
  if (take('checkDoneOn', base.checkDoneOn, current.checkDoneOn, next.checkDoneOn)) check.doneOn = values.check.doneOn;
  if (take('checkExpiresOn', base.checkExpiresOn, current.checkExpiresOn, next.checkExpiresOn)) check.expiresOn = values.check.expiresOn;
  const checkChanges = Object.keys(check).length > 0;
  if (checkChanges) changed.push('backgroundCheck');

  if (conflicts.size > 0) return { mentor: {}, check: null, conflicts: [...conflicts], changed: [] };
  return { mentor, check: checkChanges ? check : null, conflicts: [], changed };
}

/** "03" and "3" are the same capacity: compared as the sheet shows it. */
function canonicalNumber(text: string): string {
  return WHOLE.test(text) ? String(Number(text)) : text;
}
