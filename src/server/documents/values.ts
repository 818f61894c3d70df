import { asCalendarDate, calendarDateOf, formatCalendarDate } from '../../core/calendarDate';
import type { Lists, Values } from '../../core/documents/templateEngine';
import { intlLocale, type Language, type SupportedLanguage } from '../../core/i18n';
import { languageName, needLabelKey, topicLabel } from '../../core/matching/describe';
import { choiceLabel } from '../../core/schema/labels';
import type { NewcomerLanguage } from '../../core/i18n/languages';
import { newcomerCatalogue } from '../../core/i18n/newcomer';
import { parseSkillList } from '../../core/intake/languages';
import { splitAnswer } from '../../core/intake/text';
import { ASSESSMENTS, GOALS, MEETINGS, MENTEES, MENTORS, PAIRS } from '../../core/schema/sheets';
import type { CellInput, RecordValues } from '../../core/schema/types';
import { topicKey } from '../../core/matching/profiles';
import { plannedEnd } from '../../core/supervision/checklist';
import { pairFacts } from '../../core/supervision/model';
import type { Rhythm } from '../../core/supervision/rhythm';
import { firstName, isDate } from '../../core/values';
import type { SensitiveEntry } from '../../core/privacy/sensitive';
import { latestDetail, readSensitive, sensitiveEntries } from '../privacy/sensitiveSheet';
import { readTable } from '../workspace/table';

/** Everything a batch of documents needs, read once: one batched read per sheet. */
export interface DocumentSources {
  pairs: Map<string, RecordValues>;
  mentors: Map<string, RecordValues>;
  mentees: Map<string, RecordValues>;
  goals: Map<string, RecordValues[]>;
  meetings: Map<string, RecordValues[]>;
  assessments: Map<string, RecordValues>;
  pairRows: Map<string, number>;
  /** Read only when the coordinator allowed sensitive fields in documents. */
  sensitive: SensitiveEntry[];
}

function byKey(rows: RecordValues[], key: string): Map<string, RecordValues> {
  return new Map(rows.map((r) => [String(r[key] ?? ''), r]));
}

function grouped(rows: RecordValues[], key: string): Map<string, RecordValues[]> {
  const map = new Map<string, RecordValues[]>();
  for (const r of rows) {
    const k = String(r[key] ?? '');
    const list = map.get(k);
    if (list) list.push(r);
    else map.set(k, [r]);
  }
  return map;
}

export function loadSources(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, withSensitive: boolean): DocumentSources {
  const pairs = readTable(spreadsheet, PAIRS);
  return {
    pairs: byKey(
      pairs.rows.map((r) => r.values),
      'code',
    ),
    pairRows: new Map(pairs.rows.map((r) => [String(r.values.code ?? ''), r.rowNumber])),
    mentors: byKey(
      readTable(spreadsheet, MENTORS).rows.map((r) => r.values),
      'id',
    ),
    mentees: byKey(
      readTable(spreadsheet, MENTEES).rows.map((r) => r.values),
      'id',
    ),
    goals: grouped(
      readTable(spreadsheet, GOALS).rows.map((r) => r.values),
      'pairCode',
    ),
    meetings: grouped(
      readTable(spreadsheet, MEETINGS).rows.map((r) => r.values),
      'pairCode',
    ),
    assessments: byKey(
      readTable(spreadsheet, ASSESSMENTS).rows.map((r) => r.values),
      'pairCode',
    ),
    sensitive: withSensitive ? sensitiveEntries(readSensitive(spreadsheet)) : [],
  };
}

const GOAL_STATUS = GOALS.columns.find((c) => c.key === 'status')!;

const text = (v: CellInput | undefined) => (v === null || v === undefined ? '' : String(v));

/**
 * Dates as people read them in the programme's language ("23 November 2026", "23 novembre 2026").
 * A date column's value is already a calendar day; an instant ("today") is the day it is in the
 * spreadsheet's zone. Text that is no date is shown as written.
 */
function formatDay(value: CellInput | undefined, locale: string, timeZone: string): string {
  const day = isDate(value) ? calendarDateOf(value, timeZone) : asCalendarDate(value);
  if (!day) return text(value);
  try {
    return formatCalendarDate(day, locale);
  } catch {
    return day;
  }
}

/**
 * A pair's values for a template. Data minimisation: the mentee's permit status and origin are
 * not among the fields unless the coordinator allowed sensitive fields; contact details never are.
 */
/**
 * The words a document's values are put in: the programme's language, or for a mentee's own copy
 * of the IIP the mentee's (dates in its locale, needs in its words, languages named in it).
 */
export interface ValueWords {
  readonly locale: string;
  need(topicKey: string): string;
  languageName(code: string): string;
}

export function programmeWords(language: SupportedLanguage): ValueWords {
  return { locale: intlLocale(language), need: (key) => topicLabel(key, language), languageName: (code) => languageName(code, language) };
}

export function menteeWords(language: NewcomerLanguage): ValueWords {
  const forms = newcomerCatalogue(language).forms;
  return {
    locale: language,
    need: (key) => {
      const label = needLabelKey(key);
      return label ? forms[label] : key;
    },
    languageName: (code) => languageName(code, language as Language),
  };
}

export function pairValues(
  code: string,
  sources: DocumentSources,
  context: {
    language: SupportedLanguage;
    timeZone: string;
    today: Date;
    programme: string;
    coordinatorEmail: string;
    allowSensitive: boolean;
    rhythm: Rhythm;
    /** Another language's words for the values (a mentee's copy); the programme's by default. */
    words?: ValueWords;
    /** The pair's prefilled diary link (src/server/outreach/diaryLink.ts), when there is a diary form to link. */
    diaryLink?: (code: string, mentorEmail: string) => string;
  },
): { values: Values; lists: Lists } {
  const { language, timeZone } = context;
  const words = context.words ?? programmeWords(language);
  const pair = sources.pairs.get(code) ?? {};
  const mentor = sources.mentors.get(text(pair.mentorId)) ?? {};
  const mentee = sources.mentees.get(text(pair.menteeId)) ?? {};
  const assessment = sources.assessments.get(code) ?? {};
  const day = (v: CellInput | undefined) => formatDay(v, words.locale, timeZone);
  const values: Values = {
    'programme.name': context.programme,
    'pair.code': code,
    'pair.startedOn': day(pair.startedOn ?? pair.introMeetingOn ?? pair.acceptedOn),
    'pair.plannedEndOn': day(plannedEnd(pairFacts(pair), context.rhythm)),
    // Only the pair code and the mentor's own email: fine in a document shared with the mentor.
    'pair.diaryLink': context.diaryLink ? context.diaryLink(code, text(mentor.email)) : '',
    today: day(context.today),
    'mentor.name': text(mentor.name),
    'mentor.firstName': firstName(text(mentor.name)),
    'mentee.name': text(mentee.name),
    'mentee.firstName': firstName(text(mentee.name)),
    'mentee.languages': parseSkillList(mentee.languages ?? '')
      .map((l) => words.languageName(l.code))
      .join(', '),
    'mentee.needs': splitAnswer(text(mentee.needs))
      .map((n) => words.need(topicKey(n)))
      .join(', '),
    'mentee.availability': text(mentee.availability),
    'mentee.goals': text(mentee.goals),
    'match.reasons': text(pair.reasons),
    'coordinator.email': context.coordinatorEmail,
    'assessment.outcomes': text(assessment.outcomes),
    'assessment.challenges': text(assessment.challenges),
    'assessment.mentorReflection': text(assessment.mentorReflection),
    'assessment.menteeReflection': text(assessment.menteeReflection),
  };
  if (context.allowSensitive) {
    const menteeId = text(pair.menteeId);
    values['mentee.permit'] = latestDetail(sources.sensitive, menteeId, 'permitInOrder');
    values['mentee.origin'] = latestDetail(sources.sensitive, menteeId, 'origin');
  }
  const lists: Lists = {
    goals: (sources.goals.get(code) ?? []).map((g) => ({
      area: text(g.area),
      goal: text(g.goal),
      steps: text(g.steps),
      targetDate: day(g.targetDate),
      // The status as the programme's dropdown words it, not the value the code works with.
      status: choiceLabel(GOAL_STATUS, text(g.status), language),
      evidence: text(g.evidence),
    })),
    meetings: (sources.meetings.get(code) ?? []).map((m) => ({ date: day(m.date), activity: text(m.activity), themes: text(m.themes) })),
  };
  return { values, lists };
}
