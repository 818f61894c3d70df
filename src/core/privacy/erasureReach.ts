import { ASSESSMENTS, GOALS, INTAKE_ISSUES, MEETINGS, MENTEES, MENTORS, PAIRS, SATISFACTION, SENSITIVE, SUPERVISION } from '../schema/sheets';
import type { CellInput, RecordValues, SheetSchema } from '../schema/types';

/**
 * What erasing (or anonymising) a participant reaches, declared once so that it can be reviewed
 * in one place: erasure walks this table, and its test walks the same table before searching the
 * whole Workspace. Pairs, dates and scores stay under ids so that the programme's figures still
 * add up; what identifies the person, and free text written about them or their pairs, goes.
 */
export type Role = 'mentor' | 'mentee';
export type Mode = 'erase' | 'anonymise';

/** What a cell must hold for its row to be reached: the person's id, one of their pairs' codes, or one of their response keys. */
export type Holds = 'personId' | 'pairCode' | 'responseKey';

export interface RowMatch {
  readonly column: string;
  readonly holds: Holds;
  /** Only when erasing someone in one of these roles (every role when absent). */
  readonly roles?: readonly Role[];
}

export interface SheetReach {
  readonly schema: SheetSchema;
  /** A row is reached when any of these matches. */
  readonly rows: readonly RowMatch[];
  /** Reached rows are deleted in both modes ("always"), on erasure only ("onErase": the person's record), or kept ("never"). */
  readonly rowsGo: 'always' | 'onErase' | 'never';
  /** Columns emptied on erasure and marked on anonymisation, in the rows that stay. */
  readonly text: readonly string[];
  /** On anonymisation this column says whose record it was ("[anonymised] ME-0001"). */
  readonly labelColumn?: string;
  /** Columns linking files: every file generated for the row (earlier versions too) is deleted, and the cell emptied, in both modes. */
  readonly fileColumns?: readonly string[];
  /** The reached rows' codes in this column are the person's pairs, which the entries after it match on. */
  readonly pairCodeColumn?: string;
}

/** Identity fields of a person record: erasure deletes the record, anonymising replaces these and keeps the rest. */
const IDENTITY = [
  'name',
  'email',
  'phone',
  'postcode',
  'motivation',
  'goals',
  'extraAnswers',
  'intakeProblems',
  'family',
  'notes',
  'screeningReason',
  'periodsAway',
  'possibleDuplicateOf',
];

const ofPairs: readonly RowMatch[] = [{ column: 'pairCode', holds: 'pairCode' }];

/** In this order: the pairs first (the sheets after them match on their codes), the person's own record last. */
export const ERASURE_REACH: readonly SheetReach[] = [
  {
    schema: PAIRS,
    // Team pairs too: a mentor can be the pair's second mentor.
    rows: [
      { column: 'menteeId', holds: 'personId', roles: ['mentee'] },
      { column: 'mentorId', holds: 'personId', roles: ['mentor'] },
      { column: 'secondMentorId', holds: 'personId', roles: ['mentor'] },
    ],
    rowsGo: 'never',
    text: ['reasons', 'notes', 'endReason'],
    fileColumns: ['iipDoc', 'codeOfConductDoc', 'assessmentDoc', 'proposalDoc'],
    pairCodeColumn: 'code',
  },
  {
    schema: MEETINGS,
    rows: [...ofPairs, { column: 'mentorId', holds: 'personId', roles: ['mentor'] }],
    rowsGo: 'never',
    text: ['activity', 'extraAnswers', 'intakeProblems', 'notes'],
  },
  // Whichever of the pair is erased: steps and evidence name the mentor as often as the mentee.
  { schema: GOALS, rows: ofPairs, rowsGo: 'never', text: ['goal', 'steps', 'evidence'] },
  // The waiting list's message goes to a mentee in no pair: its row names her by id in "with whom"
  // (src/server/outreach/api.ts, logMessageSent) and is cleared as the rows of her pairs are.
  {
    schema: SUPERVISION,
    rows: [...ofPairs, { column: 'withWhom', holds: 'personId', roles: ['mentee'] }],
    rowsGo: 'never',
    text: ['withWhom', 'topics', 'actions'],
  },
  {
    schema: SATISFACTION,
    rows: [...ofPairs, { column: 'personId', holds: 'personId' }],
    rowsGo: 'never',
    text: ['comments', 'extraAnswers', 'intakeProblems'],
  },
  {
    schema: ASSESSMENTS,
    rows: ofPairs,
    rowsGo: 'never',
    text: ['outcomes', 'challenges', 'mentorReflection', 'menteeReflection', 'extraAnswers', 'intakeProblems'],
  },
  // No statistic is computed from sensitive details: they go in both modes.
  {
    schema: SENSITIVE,
    rows: [
      { column: 'personId', holds: 'personId' },
      { column: 'relatedId', holds: 'personId' },
      { column: 'relatedId', holds: 'pairCode' },
    ],
    rowsGo: 'always',
    text: [],
  },
  // An issue about one of their responses quotes what they answered.
  { schema: INTAKE_ISSUES, rows: [{ column: 'responseKey', holds: 'responseKey' }], rowsGo: 'always', text: [] },
  { schema: MENTORS, rows: [{ column: 'id', holds: 'personId', roles: ['mentor'] }], rowsGo: 'onErase', text: IDENTITY, labelColumn: 'name' },
  { schema: MENTEES, rows: [{ column: 'id', holds: 'personId', roles: ['mentee'] }], rowsGo: 'onErase', text: IDENTITY, labelColumn: 'name' },
];

/*
 * Outside the structured sheets, erasure also reaches, in both modes: the rows of every mapped
 * response sheet that name the person (their response key, email, phone or exact name) and the
 * forms' own copies of those responses (whose keys then reach their intake issues above); the
 * files of their pairs (`fileColumns`, with every version recorded when it was generated); and
 * their access-request exports.
 */

export interface Subject {
  readonly role: Role;
  readonly personId: string;
  readonly pairCodes: ReadonlySet<string>;
  readonly responseKeys: ReadonlySet<string>;
}

const text = (value: CellInput | undefined) => (value === null || value === undefined ? '' : String(value));

function holdsFor(subject: Subject, holds: Holds, value: string): boolean {
  if (value === '') return false;
  if (holds === 'personId') return value === subject.personId;
  if (holds === 'pairCode') return subject.pairCodes.has(value);
  return subject.responseKeys.has(value);
}

/** Whether any row of this sheet can be reached when erasing someone in this role. */
export function appliesTo(reach: SheetReach, role: Role): boolean {
  return reach.rows.some((m) => !m.roles || m.roles.includes(role));
}

export function isReached(reach: SheetReach, subject: Subject, values: RecordValues): boolean {
  return reach.rows.some((m) => (!m.roles || m.roles.includes(subject.role)) && holdsFor(subject, m.holds, text(values[m.column])));
}

export const ANONYMISED = '[anonymised]';

/** Whether a reached row goes altogether in this mode. */
export function rowGoes(reach: SheetReach, mode: Mode): boolean {
  return reach.rowsGo === 'always' || (reach.rowsGo === 'onErase' && mode === 'erase');
}

/** The new values of a reached row that stays: free text emptied (erase) or marked (anonymise), file links emptied. */
export function keptRowValues(reach: SheetReach, mode: Mode, values: RecordValues, personId: string): RecordValues {
  const next: RecordValues = {};
  for (const key of reach.text) next[key] = mode === 'erase' || text(values[key]) === '' ? '' : ANONYMISED;
  for (const key of reach.fileColumns ?? []) next[key] = '';
  if (mode === 'anonymise' && reach.labelColumn) next[reach.labelColumn] = `${ANONYMISED} ${personId}`;
  return next;
}
