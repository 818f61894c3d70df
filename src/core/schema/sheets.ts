import { sheets as ENGLISH, type SheetTextKey } from '../i18n/en/sheets';
import { SENSITIVE_KINDS } from '../privacy/sensitive';
import type { ColumnOwner, ColumnSpec, ColumnType, SheetSchema } from './types';

/**
 * A column: its header is `column.<key>` in the catalogue unless `text` names another (two
 * sheets with a column of the same key and different headers). `header` is the English one.
 */
function column(key: string, type: ColumnType, owner: ColumnOwner, extra: Partial<ColumnSpec>): ColumnSpec {
  const text = extra.text ?? (`column.${key}` as SheetTextKey);
  if (!(text in ENGLISH)) throw new Error(`No header for column ${key} in core/i18n/en/sheets.ts`);
  return { key, type, owner, ...extra, text, header: ENGLISH[text] };
}
const addon = (key: string, type: ColumnType, extra: Partial<ColumnSpec> = {}): ColumnSpec => column(key, type, 'addon', extra);
const coordinator = (key: string, type: ColumnType, extra: Partial<ColumnSpec> = {}): ColumnSpec => column(key, type, 'coordinator', extra);

/** A sheet: named `sheet.<key>` in the catalogue. */
function sheet(key: string, columns: ColumnSpec[]): SheetSchema {
  const text = `sheet.${key}` as SheetTextKey;
  return { key, text, name: ENGLISH[text], columns };
}

export const SCREENING_DECISIONS = ['', 'Admit', 'Waiting list', 'Defer', 'Refer elsewhere', 'Not selected'] as const;
export const PAIR_STATUSES = [
  'Proposed',
  'Mentor accepted',
  'Mentor declined',
  'Introductory meeting held',
  'Active',
  'Closed – completed',
  'Closed – ended early',
  'Rematch offered',
] as const;
export const GOAL_STATUSES = ['Not started', 'In progress', 'Achieved', 'Partly achieved', 'Not achieved', 'Dropped'] as const;
export const ISSUE_STATUSES = ['Open', 'Fixed', 'Ignored'] as const;
export const MENTOR_TYPES = ['', 'Peer', 'Local'] as const;
/** The coordinator's check of a mentee's age: a birth year alone cannot say whether someone turning 18 this year is 18 yet. */
export const AGE_CHECKS = ['', '18 or over', 'Under 18'] as const;

/** What intake could not understand, and the answers to questions mapped to no column: nothing is lost. */
const intakeColumns = (): ColumnSpec[] => [addon('intakeProblems', 'longText'), addon('extraAnswers', 'longText')];

/** Columns shared by every record that comes from a form response. */
const responseColumns = (): ColumnSpec[] => [addon('responseKey', 'id'), addon('submittedAt', 'datetime'), addon('updatedAt', 'datetime')];

const personColumns = (): ColumnSpec[] => [
  addon('name', 'text'),
  addon('email', 'email'),
  addon('phone', 'phone'),
  addon('birthYear', 'number'),
  addon('gender', 'text'),
  addon('genderPreference', 'text'),
  addon('languages', 'list'),
  addon('hostLanguageLevel', 'text'),
  addon('municipality', 'text'),
  addon('postcode', 'text'),
  addon('timeInCountry', 'text'),
  addon('interests', 'list'),
  addon('availability', 'list'),
  addon('hoursPerMonth', 'number'),
  addon('periodsAway', 'text'),
  addon('family', 'text'),
  addon('temperament', 'text'),
  addon('motivation', 'longText'),
  addon('consentData', 'boolean'),
  addon('consentContact', 'boolean'),
  addon('consentVersion', 'text'),
  addon('possibleDuplicateOf', 'text'),
  coordinator('screeningDecision', 'choice', { choices: SCREENING_DECISIONS, choiceSet: 'screeningDecision' }),
  coordinator('screeningReason', 'text'),
  coordinator('notes', 'longText'),
];

/**
 * Channels a participant asked not to be reached on (docs/outreach.md): the coordinator ticks
 * them; the add-on then never offers that channel, whatever the consent to be contacted says.
 */
const declinedChannelColumns = (): ColumnSpec[] => [coordinator('noWhatsApp', 'boolean'), coordinator('noEmail', 'boolean')];

export const MENTORS: SheetSchema = sheet('mentors', [
  addon('id', 'id', { text: 'column.mentorId' }),
  ...responseColumns(),
  ...personColumns(),
  addon('offers', 'list'),
  addon('mentorKinds', 'list'),
  addon('skills', 'text'),
  addon('professionalField', 'text'),
  ...intakeColumns(),
  coordinator('mentorType', 'choice', { choices: MENTOR_TYPES, choiceSet: 'mentorType' }),
  coordinator('trainingModules', 'number'),
  // The day each training module was completed (sidebar › Matching › Mentor readiness keeps the count above in step).
  ...[1, 2, 3, 4, 5].map((n) => coordinator(`trainingModule${n}On`, 'date')),
  coordinator('capacity', 'number'),
  ...declinedChannelColumns(),
]);

export const MENTEES: SheetSchema = sheet('mentees', [
  addon('id', 'id', { text: 'column.menteeId' }),
  ...responseColumns(),
  ...personColumns(),
  addon('needs', 'list'),
  addon('goals', 'longText'),
  addon('agePreference', 'text'),
  addon('wantsSimilarBackground', 'boolean'),
  addon('isMinor', 'boolean'),
  ...intakeColumns(),
  coordinator('ageCheck', 'choice', { choices: AGE_CHECKS, choiceSet: 'ageCheck' }),
  ...declinedChannelColumns(),
]);

export const PAIRS: SheetSchema = sheet('pairs', [
  addon('code', 'id'),
  addon('mentorId', 'id'),
  addon('secondMentorId', 'id'),
  addon('menteeId', 'id'),
  addon('score', 'number'),
  addon('reasons', 'longText'),
  coordinator('status', 'choice', { choices: PAIR_STATUSES, choiceSet: 'pairStatus' }),
  addon('proposedOn', 'date'),
  coordinator('acceptedOn', 'date'),
  coordinator('introMeetingOn', 'date'),
  coordinator('startedOn', 'date'),
  coordinator('plannedEndOn', 'date'),
  coordinator('closedOn', 'date'),
  coordinator('endReason', 'text'),
  coordinator('notes', 'longText'),
  addon('iipDoc', 'text'),
  addon('codeOfConductDoc', 'text'),
  addon('assessmentDoc', 'text'),
  addon('proposalDoc', 'text'),
]);

export const MEETINGS: SheetSchema = sheet('meetings', [
  ...responseColumns(),
  addon('mentorId', 'id'),
  addon('pairCode', 'id'),
  addon('date', 'date', { text: 'column.meetingDate' }),
  addon('durationMinutes', 'number'),
  addon('mode', 'text'),
  addon('activity', 'longText'),
  addon('themes', 'list'),
  addon('communityActivity', 'boolean'),
  addon('needsSupport', 'boolean'),
  // The mentor's words about a concern are in Sensitive details; here only that one was reported, and its kind.
  addon('concernReported', 'boolean'),
  addon('concernKind', 'text'),
  ...intakeColumns(),
  coordinator('reviewed', 'boolean'),
  coordinator('notes', 'longText'),
]);

export const GOALS: SheetSchema = sheet('goals', [
  addon('goalId', 'id'),
  addon('pairCode', 'id'),
  coordinator('area', 'text'),
  coordinator('goal', 'longText'),
  coordinator('steps', 'longText'),
  coordinator('targetDate', 'date'),
  coordinator('status', 'choice', { choices: GOAL_STATUSES, choiceSet: 'goalStatus' }),
  coordinator('evidence', 'longText'),
  addon('updatedAt', 'datetime', { text: 'column.goalUpdatedAt' }),
]);

export const SUPERVISION: SheetSchema = sheet('supervision', [
  addon('entryId', 'id'),
  addon('pairCode', 'id'),
  coordinator('date', 'date'),
  coordinator('withWhom', 'text'),
  coordinator('kind', 'text'),
  coordinator('topics', 'longText'),
  coordinator('actions', 'longText'),
  coordinator('nextDate', 'date'),
]);

export const SATISFACTION: SheetSchema = sheet('satisfaction', [
  ...responseColumns(),
  addon('role', 'text'),
  addon('personId', 'id'),
  addon('pairCode', 'id'),
  addon('overall', 'number'),
  addon('comments', 'longText'),
  ...intakeColumns(),
]);

export const ASSESSMENTS: SheetSchema = sheet('assessments', [
  ...responseColumns(),
  addon('pairCode', 'id'),
  addon('outcomes', 'longText'),
  addon('challenges', 'longText'),
  addon('mentorReflection', 'longText'),
  addon('menteeReflection', 'longText'),
  ...intakeColumns(),
]);

export const INTAKE_ISSUES: SheetSchema = sheet('intakeIssues', [
  addon('issueId', 'id'),
  addon('raisedAt', 'datetime'),
  addon('sourceSheet', 'text'),
  addon('responseKey', 'id'),
  addon('field', 'text'),
  addon('problem', 'longText'),
  addon('fix', 'longText'),
  coordinator('status', 'choice', { choices: ISSUE_STATUSES, choiceSet: 'issueStatus' }),
]);

export const SETTINGS: SheetSchema = sheet('settings', [addon('key', 'id'), coordinator('value', 'text'), addon('description', 'longText')]);

export const AUDIT_LOG: SheetSchema = sheet('auditLog', [
  addon('at', 'datetime'),
  addon('who', 'id'),
  addon('action', 'text'),
  addon('subject', 'text'),
  addon('detail', 'text'),
]);

/**
 * Special-category and safeguarding details, one row per detail: apart from the records, in a
 * sheet protected so that only coordinators can edit it. Coordinators may add rows by hand
 * (a safeguarding note, say); the add-on adds intake answers and private reasons.
 */
export const SENSITIVE: SheetSchema = sheet('sensitive', [
  coordinator('personId', 'id'),
  coordinator('relatedId', 'id'),
  coordinator('detail', 'choice', { text: 'column.sensitiveDetail', choices: ['', ...SENSITIVE_KINDS.map((k) => k.detail)], choiceSet: 'sensitiveKind' }),
  coordinator('value', 'longText', { sensitive: true }),
  addon('recordedAt', 'datetime'),
  addon('source', 'id'),
  // When a dated detail (a background check) was done and the first day it no longer counts.
  coordinator('checkDoneOn', 'date', { text: 'column.checkDoneOn' }),
  coordinator('checkExpiresOn', 'date', { text: 'column.checkExpiresOn' }),
]);

/** Every structured sheet, in the order setup creates them. */
export const PROGRAMME_SHEETS: readonly SheetSchema[] = [
  MENTORS,
  MENTEES,
  PAIRS,
  MEETINGS,
  GOALS,
  SUPERVISION,
  SATISFACTION,
  ASSESSMENTS,
  INTAKE_ISSUES,
  SETTINGS,
  AUDIT_LOG,
  SENSITIVE,
];
