import { addMonths, type CalendarDate, calendarDateOf, parseCalendarDate } from '../../core/calendarDate';
import { badArgument, UserError } from '../../core/errors';
import { type MessageKey, type SupportedLanguage, sheetTexts, translator } from '../../core/i18n';
import { GOAL_STATUSES, GOALS, MENTEES, MENTORS } from '../../core/schema/sheets';
import type { RecordValues } from '../../core/schema/types';
import {
  buildChecklist,
  type ChecklistItem,
  type ChecklistTemplate,
  isDueSoon,
  isOverdue,
  normaliseTemplate,
  TEMPLATE_KEYS,
} from '../../core/supervision/checklist';
import { computeIndicators, DEFAULT_TARGETS, type Indicator, type IndicatorId, type IndicatorInput } from '../../core/supervision/indicators';
import { indicatorTrends } from '../../core/supervision/indicatorTrend';
import { ACK_KIND, isoDay, SUPERVISED, TICK_KIND, UNTICK_KIND } from '../../core/supervision/model';
import { normaliseRhythm, type Rhythm } from '../../core/supervision/rhythm';
import { pairWarnings, type Warning } from '../../core/supervision/warnings';
import { expectOneOf, expectRecord, expectString, expectText } from '../../core/validate';
import { inRange, NUMBER_LIMITS, TEXT_LIMITS, type TextLimit } from '../../core/inputLimits';
import { compareWeekItems } from '../../core/supervision/grouping';
import { checkSupervisionSettings } from './settingsLimits';
import { asDate } from '../../core/values';
import { ID_PREFIX } from '../../core/ids';
import { newId } from '../workspace/idMarks';
import { appendSupervisionEntry } from './log';
import { readJson, writeJson } from '../workspace/jsonProperties';
import { audit } from '../workspace/audit';
import { withDocumentLock } from '../workspace/lock';
import { currentLanguage } from '../workspace/preferences';
import { activeSpreadsheet, currentTime, today as todayIn } from '../workspace/services';
import { appendRecords, readTable, updateRecords } from '../workspace/table';
import { loadSupervisionData, type SupervisionData } from './data';
import { writeIndicatorsSheet } from './indicatorsSheet';

const RHYTHM_KEY = 'pmd.supervision.rhythm';
const TARGETS_KEY = 'pmd.indicators.targets';
const TEMPLATE_KEY = 'pmd.checklist.template';
const template = (): ChecklistTemplate => normaliseTemplate(readJson(TEMPLATE_KEY));

function words() {
  const language: SupportedLanguage = currentLanguage(activeSpreadsheet());
  return { t: translator(language), language };
}

const rhythm = (): Rhythm => normaliseRhythm(readJson(RHYTHM_KEY));

/**
 * The rhythm as saved: its follow-up months once each, earliest first. The sidebar lets them be
 * typed in any order, and the checklist counts "every N months" on from the last of them, so
 * [3, 1] would date month 3 twice (core/supervision/checklist.ts). Same months, same meaning.
 */
function rhythmToSave(input: unknown): Rhythm {
  const normalised = normaliseRhythm(input);
  return { ...normalised, followUpMonths: [...new Set(normalised.followUpMonths)].sort((a, b) => a - b) };
}
export const currentRhythm = rhythm;
export const currentTemplate = template;
export const indicatorTargets = () => ({ ...DEFAULT_TARGETS, ...(readJson<Partial<Record<IndicatorId, number>>>(TARGETS_KEY) ?? {}) });

/** Typed text held to its limit, refused with the field's name in the coordinator's language. */
const limitedText = (value: unknown, limit: TextLimit, t: ReturnType<typeof translator>) => expectText(value, limit, t(limit.label));

function itemText(item: ChecklistItem, t: ReturnType<typeof translator>): string {
  return t(item.key as MessageKey, item.params);
}

function warningText(w: Warning, t: ReturnType<typeof translator>) {
  const params = { ...w.params };
  if (typeof params.detail === 'string') params.detail = t(`warn.concern.${params.detail}` as MessageKey);
  if (typeof params.item === 'string') params.item = t(params.item as MessageKey, params);
  return { text: t(`warn.${w.kind}` as MessageKey, params), action: t(`warn.${w.kind}.do` as MessageKey) };
}

/** A day from the sidebar (an `<input type="date">` value): a calendar day, no zone involved. */
function parseDay(value: unknown, what: string): CalendarDate | null {
  if (value === undefined || value === null || value === '') return null;
  const day = parseCalendarDate(expectString(value, what, 10));
  if (!day) throw badArgument(`${what} must be a date (yyyy-mm-dd)`);
  return day;
}

function findPair(data: SupervisionData, code: unknown) {
  const pairCode = expectString(code, 'code', 20);
  const pair = data.pairs.find((p) => p.code === pairCode);
  if (!pair) throw badArgument('no pair with this code');
  return pair;
}

function appendSupervisionRow(data: SupervisionData, values: RecordValues) {
  return appendSupervisionEntry(data.supervision, values);
}

export interface WeekItem {
  pairCode: string;
  kind: 'late' | 'due' | 'warning';
  urgency: number;
  date: string;
  text: string;
  action: string;
}

export const supervisionApi = {
  /** "This week": what is late, what is due in the next 7 days, and every warning, across all pairs, most urgent first. */
  getWeekView: () => {
    const { t } = words();
    const data = loadSupervisionData(activeSpreadsheet());
    const today = todayIn(data.timeZone);
    const r = rhythm();
    const tpl = template();
    const items: WeekItem[] = [];
    for (const pair of data.pairs.filter((p) => SUPERVISED.includes(p.status))) {
      const records = data.recordsOf(pair.code);
      for (const item of buildChecklist(pair, records, r, tpl)) {
        if (isOverdue(item, today) && item.phase !== 'followUp' && item.phase !== 'supervision')
          items.push({ pairCode: pair.code, kind: 'late', urgency: 2, date: isoDay(item.due), text: itemText(item, t), action: '' });
        else if (isDueSoon(item, today))
          items.push({ pairCode: pair.code, kind: 'due', urgency: 1, date: isoDay(item.due), text: itemText(item, t), action: '' });
      }
      for (const w of pairWarnings(pair, records, r, today, data.acknowledged, tpl))
        items.push({ pairCode: pair.code, kind: 'warning', urgency: w.urgency, date: isoDay(w.date), ...warningText(w, t) });
    }
    items.sort(compareWeekItems);
    return { today: isoDay(today), items, pairs: data.pairs.filter((p) => SUPERVISED.includes(p.status)).map((p) => p.code) };
  },

  /** One pair: its checklist, warnings and IIP goals. */
  getPairSupervision: (input: { code: string }) => {
    const record = expectRecord(input, 'input');
    const { t } = words();
    const data = loadSupervisionData(activeSpreadsheet());
    const today = todayIn(data.timeZone);
    const pair = findPair(data, record.code);
    const records = data.recordsOf(pair.code);
    const r = rhythm();
    const tpl = template();
    return {
      code: pair.code,
      status: pair.status,
      checklist: buildChecklist(pair, records, r, tpl).map((item) => ({
        id: item.id,
        phase: item.phase,
        text: itemText(item, t),
        due: isoDay(item.due),
        done: item.done,
        doneBy: item.doneBy,
        late: isOverdue(item, today),
      })),
      warnings: pairWarnings(pair, records, r, today, data.acknowledged, tpl).map((w) => ({ id: w.id, urgency: w.urgency, ...warningText(w, t) })),
      goals: records.goals.map((g) => ({
        goalId: g.goalId,
        area: g.area,
        goal: g.goal,
        steps: g.steps,
        targetDate: isoDay(g.targetDate),
        status: g.status,
        evidence: g.evidence,
        // AMIR: goals must be realistic and measurable within the programme's time.
        hints: [!g.targetDate ? t('supervision.goalNoDate') : '', !g.evidence.trim() && !g.steps.trim() ? t('supervision.goalNoMeasure') : ''].filter(Boolean),
      })),
      goalStatuses: [...GOAL_STATUSES],
      meetings: records.meetings.length,
    };
  },

  setChecklistItem: (input: { code: string; itemId: string; done: boolean }) => {
    const record = expectRecord(input, 'input');
    const itemId = expectString(record.itemId, 'itemId', 100);
    return withDocumentLock(() => {
      const data = loadSupervisionData(activeSpreadsheet());
      const pair = findPair(data, record.code);
      appendSupervisionRow(data, { pairCode: pair.code, date: todayIn(data.timeZone), kind: record.done === true ? TICK_KIND : UNTICK_KIND, topics: itemId });
      return { ok: true };
    });
  },

  acknowledgeWarning: (input: { code: string; warningId: string; note: string }) => {
    const record = expectRecord(input, 'input');
    const warningId = expectString(record.warningId, 'warningId', 200);
    const { t } = words();
    const note = limitedText(record.note ?? '', TEXT_LIMITS.ackNote, t);
    return withDocumentLock(() => {
      const data = loadSupervisionData(activeSpreadsheet());
      const pair = findPair(data, record.code);
      if (!warningId.startsWith(`${pair.code}:`)) throw badArgument('the warning is not this pair’s');
      appendSupervisionRow(data, { pairCode: pair.code, date: todayIn(data.timeZone), kind: ACK_KIND, topics: warningId, actions: note });
      return { ok: true };
    });
  },

  /** A supervision meeting or contact; its actions (one a line) become checklist items. */
  logSupervision: (input: { code: string; date: string; withWhom: string; kind: string; topics: string; actions: string; nextDate?: string }) => {
    const record = expectRecord(input, 'input');
    const date = parseDay(record.date, 'date');
    const nextDate = parseDay(record.nextDate, 'nextDate');
    const { t } = words();
    const values = {
      withWhom: limitedText(record.withWhom ?? '', TEXT_LIMITS.contactWith, t),
      kind: expectOneOf(record.kind, ['Call', 'Meeting', 'Supervision', 'Group supervision'] as const, 'kind'),
      topics: limitedText(record.topics ?? '', TEXT_LIMITS.contactTopics, t),
      actions: limitedText(record.actions ?? '', TEXT_LIMITS.contactActions, t),
    };
    return withDocumentLock(() => {
      const data = loadSupervisionData(activeSpreadsheet());
      const pair = findPair(data, record.code);
      return { entryId: appendSupervisionRow(data, { pairCode: pair.code, date: date ?? todayIn(data.timeZone), nextDate, ...values }) };
    });
  },

  /** Adds or updates an IIP goal of a pair. */
  saveGoal: (input: { code: string; goalId?: string; area: string; goal: string; steps: string; targetDate?: string; status: string; evidence: string }) => {
    const record = expectRecord(input, 'input');
    const { t } = words();
    const values: RecordValues = {
      area: limitedText(record.area ?? '', TEXT_LIMITS.goalArea, t),
      goal: limitedText(record.goal, TEXT_LIMITS.goalText, t),
      steps: limitedText(record.steps ?? '', TEXT_LIMITS.goalSteps, t),
      targetDate: parseDay(record.targetDate, 'targetDate'),
      status: expectOneOf(record.status, GOAL_STATUSES, 'status'),
      evidence: limitedText(record.evidence ?? '', TEXT_LIMITS.goalEvidence, t),
      updatedAt: currentTime(),
    };
    if (!String(values.goal).trim()) throw badArgument('a goal needs a description');
    return withDocumentLock(() => {
      const spreadsheet = activeSpreadsheet();
      const data = loadSupervisionData(spreadsheet);
      const pair = findPair(data, record.code);
      const table = readTable(spreadsheet, GOALS);
      if (record.goalId) {
        const goalId = expectString(record.goalId, 'goalId', 20);
        const row = table.rows.find((r) => r.values.goalId === goalId && r.values.pairCode === pair.code);
        if (!row) throw badArgument('no such goal for this pair');
        updateRecords(table, [{ rowNumber: row.rowNumber, values }], { byCoordinator: true });
        return { goalId };
      }
      const goalId = newId(
        ID_PREFIX.goal,
        table.rows.map((r) => r.values.goalId),
      );
      appendRecords(table, [{ goalId, pairCode: pair.code, ...values }], { byCoordinator: true });
      return { goalId };
    });
  },

  /** The indicators for a period, with their target, value, numerator, denominator and what is behind them. */
  getIndicators: (input: { from?: string; to?: string }) => {
    const record = expectRecord(input ?? {}, 'input');
    const { t } = words();
    const spreadsheet = activeSpreadsheet();
    const to = parseDay(record.to, 'to') ?? todayIn(spreadsheet.getSpreadsheetTimeZone());
    const from = parseDay(record.from, 'from') ?? addMonths(to, -12);
    if (from > to) throw new UserError('indicators.periodBackwards', { from, to });
    const facts = programmeIndicatorInput(spreadsheet, from, to);
    const targets = indicatorTargets();
    const trends = indicatorTrends(facts, targets);
    return {
      from: isoDay(from),
      to: isoDay(to),
      // Each indicator with its month-by-month points, for the sidebar's chart and the sheet's trend table.
      indicators: computeIndicators(facts, targets).map((i) => ({ ...i, label: t(`indicator.${i.id}` as MessageKey), trend: trends[i.id] ?? [] })),
    };
  },

  writeIndicators: (input: { from?: string; to?: string }) => {
    const result = supervisionApi.getIndicators(input);
    const { t, language } = words();
    return withDocumentLock(() => ({ sheet: writeIndicatorsSheet(activeSpreadsheet(), result.indicators, result.from, result.to, t, sheetTexts(language)) }));
  },
};

export interface SupervisionSettings {
  rhythm: Rhythm;
  targets: Partial<Record<IndicatorId, number>>;
  template: ChecklistTemplate;
}

function normaliseTargets(input: unknown): Partial<Record<IndicatorId, number>> {
  const raw = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  const targets: Partial<Record<IndicatorId, number>> = {};
  for (const id of Object.keys(DEFAULT_TARGETS) as IndicatorId[]) {
    const value = raw[id];
    if (inRange(value, NUMBER_LIMITS.target)) targets[id] = value;
  }
  return targets;
}

export const supervisionSettingsApi = {
  getSupervisionSettings: (): SupervisionSettings & { defaults: SupervisionSettings; templateItems: { key: string; text: string }[] } => {
    const { t } = words();
    return {
      rhythm: rhythm(),
      targets: indicatorTargets(),
      template: template(),
      defaults: { rhythm: normaliseRhythm({}), targets: { ...DEFAULT_TARGETS }, template: normaliseTemplate({}) },
      templateItems: TEMPLATE_KEYS.map((key) => ({ key, text: t(`template.${key}` as MessageKey) })),
    };
  },

  /** Saves the follow-up rhythm and the indicator targets (shares from 0 to 1); null resets both. */
  saveSupervisionSettings: (input: Partial<SupervisionSettings> | null) => {
    const record = input === null ? null : expectRecord(input, 'settings');
    // Out of range is refused with the limit, not replaced by a default behind a "saved".
    if (record) checkSupervisionSettings(record, words().t);
    withDocumentLock(() => {
      writeJson(RHYTHM_KEY, record ? rhythmToSave(record.rhythm) : {});
      writeJson(TARGETS_KEY, record ? normaliseTargets(record.targets) : {});
      writeJson(TEMPLATE_KEY, record ? normaliseTemplate(record.template) : {});
      audit('settings.supervision', record ? 'saved' : 'reset');
    });
    return supervisionSettingsApi.getSupervisionSettings();
  },
};

export function computeProgrammeIndicators(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, from: CalendarDate, to: CalendarDate): Indicator[] {
  return computeIndicators(programmeIndicatorInput(spreadsheet, from, to), indicatorTargets());
}

/** What the indicators are computed from: the sheets, read once, as plain facts. */
function programmeIndicatorInput(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, from: CalendarDate, to: CalendarDate): IndicatorInput {
  const data = loadSupervisionData(spreadsheet);
  const mentors = readTable(spreadsheet, MENTORS).rows.map((r) => r.values);
  const mentees = readTable(spreadsheet, MENTEES).rows.map((r) => r.values);
  const inPairs = new Set(data.pairs.flatMap((p) => [p.mentorId, p.secondMentorId]));
  // Time to match counts days: an application's timestamp is the day it was in the spreadsheet's zone.
  const applied = new Map<string, CalendarDate>();
  for (const m of mentees) {
    const applied_ = asDate(m.submittedAt);
    if (applied_) applied.set(String(m.id), calendarDateOf(applied_, data.timeZone));
  }
  return {
    pairs: data.pairs,
    meetings: data.meetings,
    groupSessions: data.groupSessions,
    goals: data.goals.rows.map((r) => ({
      goalId: String(r.values.goalId ?? ''),
      pairCode: String(r.values.pairCode ?? ''),
      area: '',
      goal: '',
      steps: '',
      targetDate: null,
      status: String(r.values.status ?? ''),
      evidence: String(r.values.evidence ?? ''),
    })),
    mentors: mentors.map((m) => ({
      id: String(m.id ?? ''),
      trainingModules: typeof m.trainingModules === 'number' ? m.trainingModules : null,
      // "Selected": admitted at screening, or already mentoring.
      selected: m.screeningDecision === 'Admit' || inPairs.has(String(m.id ?? '')),
    })),
    satisfaction: data.satisfaction,
    appliedOn: applied,
    from,
    to,
    rhythm: rhythm(),
  };
}
