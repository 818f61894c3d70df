import type { CalendarDate } from '../../core/calendarDate';
import { badArgument, UserError } from '../../core/errors';
import { backgroundCheckState, expiresWithin } from '../../core/matching/readiness';
import {
  CAPACITY_MAX,
  CAPACITY_MIN,
  CHECK_LABEL_MAX,
  formFrom,
  formText,
  MODULE_KEYS,
  planReadinessEdit,
  type ReadinessForm,
  TRAINING_MODULES,
  validateReadiness,
} from '../../core/matching/readinessEdit';
import { MENTORS } from '../../core/schema/sheets';
import { expectRecord, expectString } from '../../core/validate';
import { type MentorChecks, mentorChecks, writeBackgroundCheck } from '../privacy/backgroundCheckWriter';
import { assertCoordinator } from '../privacy/sensitiveSheet';
import { audit } from '../workspace/audit';
import { withDocumentLock } from '../workspace/lock';
import { activeSpreadsheet, currentTime, today } from '../workspace/services';
import { readTable, type Table, type TableRow, updateRecords } from '../workspace/table';
import { matchingSettings } from './store';

/**
 * Mentor readiness in the sidebar (docs/matching.md, "Mentor readiness"): a coordinator records a
 * mentor's training modules with their days, capacity, peer or local, and background check. Only
 * coordinators may (the check is special-category data, and the same people decide who is matched).
 * The Mentors sheet keeps training, capacity and kind; the check goes to Sensitive details only.
 */

export interface MentorReadinessDto {
  mentorId: string;
  name: string;
  /** The form as the sheets hold it now: sent back as `base` on save, so only what was changed here is written. */
  form: ReadinessForm;
  /** The Mentors sheet's count of modules done (what matching reads), or null when blank. */
  sheetCount: number | null;
  requiredModules: number;
  totalModules: number;
  /** What the mentor asked to be in the application (peer, local), as answered. */
  askedKinds: string;
  check: { state: 'valid' | 'expired' | 'missing'; until: CalendarDate | null; expiresInDays: number | null };
  today: CalendarDate;
  limits: { capacityMin: number; capacityMax: number; labelMax: number };
}

interface Loaded {
  mentors: Table;
  row: TableRow;
  checks: MentorChecks;
  form: ReadinessForm;
}

function load(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, mentorId: string): Loaded {
  const mentors = readTable(spreadsheet, MENTORS);
  const row = mentors.rows.find((r) => formText(r.values.id) === mentorId);
  if (!row) throw new UserError('readiness.error.noMentor');
  const checks = mentorChecks(spreadsheet, mentorId);
  const check = checks.row?.values ?? {};
  const form: ReadinessForm = {
    modules: MODULE_KEYS.map((key) => formText(row.values[key])),
    capacity: formText(row.values.capacity),
    mentorType: formText(row.values.mentorType),
    checkLabel: formText(check.value),
    checkDoneOn: formText(check.checkDoneOn),
    checkExpiresOn: formText(check.checkExpiresOn),
  };
  return { mentors, row, checks, form };
}

function dto(loaded: Loaded, day: CalendarDate): MentorReadinessDto {
  const { values } = loaded.row;
  const state = backgroundCheckState(loaded.checks.checks, day);
  // Only the modules required: the Settings sheet's host language has no part in it, so it is not read.
  const { trainingModulesRequired } = matchingSettings();
  return {
    mentorId: formText(values.id),
    name: formText(values.name),
    form: loaded.form,
    sheetCount: typeof values.trainingModules === 'number' ? values.trainingModules : null,
    requiredModules: trainingModulesRequired,
    totalModules: TRAINING_MODULES,
    askedKinds: formText(values.mentorKinds),
    check: {
      state: state.state,
      until: state.state === 'missing' ? null : state.check.expiresOn,
      expiresInDays: expiresWithin(state, day),
    },
    today: day,
    limits: { capacityMin: CAPACITY_MIN, capacityMax: CAPACITY_MAX, labelMax: CHECK_LABEL_MAX },
  };
}

function mentorIdOf(record: Record<string, unknown>): string {
  const id = expectString(record.mentorId, 'mentorId', 40).trim();
  if (!id) throw badArgument('mentorId is empty');
  return id;
}

export const readinessApi = {
  /** One mentor's readiness, for the form. Coordinators only: it shows the background check. */
  getMentorReadiness: (input: { mentorId: string }): MentorReadinessDto => {
    const mentorId = mentorIdOf(expectRecord(input, 'input'));
    const spreadsheet = activeSpreadsheet();
    assertCoordinator(spreadsheet);
    return dto(load(spreadsheet, mentorId), today(spreadsheet.getSpreadsheetTimeZone()));
  },

  /**
   * Saves what the coordinator changed in the form since it was loaded (`base`): every field
   * checked first, then, under the document lock, only the changed cells written. A value changed
   * in the sheet meanwhile is never overwritten: the save is refused and nothing is written.
   */
  saveMentorReadiness: (input: { mentorId: string; base: ReadinessForm; values: ReadinessForm }): { saved: boolean; readiness: MentorReadinessDto } => {
    const record = expectRecord(input, 'input');
    const mentorId = mentorIdOf(record);
    const base = formFrom(record.base);
    const next = formFrom(record.values);
    if (!base || !next) throw badArgument('base and values must be readiness forms');
    const spreadsheet = activeSpreadsheet();
    assertCoordinator(spreadsheet);
    const day = today(spreadsheet.getSpreadsheetTimeZone());
    const { values, problems } = validateReadiness(next, day);
    const problem = problems[0];
    if (problem) throw new UserError(problem.key, problem.params);
    return withDocumentLock(() => {
      const loaded = load(spreadsheet, mentorId);
      const plan = planReadinessEdit(base, loaded.form, next, values);
      if (plan.conflicts.length > 0) throw new UserError('readiness.error.changedMeanwhile');
      if (Object.keys(plan.mentor).length > 0)
        updateRecords(loaded.mentors, [{ rowNumber: loaded.row.rowNumber, values: plan.mentor }], { byCoordinator: true });
      if (plan.check) writeBackgroundCheck(loaded.checks, mentorId, plan.check, currentTime());
      if (plan.changed.length === 0) return { saved: false, readiness: dto(loaded, day) };
      // Ids and column keys only: no name, no kind of check, no day.
      audit('mentor.readiness', mentorId, plan.changed.join(','));
      return { saved: true, readiness: dto(load(spreadsheet, mentorId), day) };
    });
  },
};
