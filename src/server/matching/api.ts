import { asCalendarDate } from '../../core/calendarDate';
import { badArgument, UserError } from '../../core/errors';
import { type MessageKey, translator } from '../../core/i18n';
import { describeReason, languageName, topicLabel } from '../../core/matching/describe';
import { evaluate } from '../../core/matching/evaluate';
import type { MenteeProfile, MentorProfile } from '../../core/matching/profiles';
import {
  CRITERIA,
  checkNameProblem,
  DEFAULT_MATCHING,
  HARD_RULES,
  type HardRule,
  type MatchingSettings,
  normaliseMatchingSettings,
} from '../../core/matching/settings';
import { excludedMentees, excludedMentors, proposeCohort, suggestMentees, suggestMentors } from '../../core/matching/suggest';
import { PAIR_STATUSES, PAIRS } from '../../core/schema/sheets';
import type { RecordValues } from '../../core/schema/types';
import { firstName } from '../../core/values';
import { expectInteger, expectOneOf, expectRecord, expectString, expectText } from '../../core/validate';
import { ID_PREFIX } from '../../core/ids';
import { idIssuer } from '../workspace/idMarks';
import { withDocumentLock } from '../workspace/lock';
import { currentLanguage } from '../workspace/preferences';
import { activeSpreadsheet, currentTime } from '../workspace/services';
import { readSettings } from '../workspace/settingsSheet';
import { appendRecords, readTable, updateRecords } from '../workspace/table';
import { freePlaces, type ListedPerson, loadMatchingData, loadMatchingLists, type MatchingData, matchingSettingsWith, OPEN_STATUSES } from './data';
import {
  type ExcludedMenteesDto,
  type ExcludedMentorsDto,
  excludedCountsDto,
  excludedMenteesDto,
  excludedMentorsDto,
  menteeSummary,
  namesOf,
  type SuggestionsDto,
  suggestionDto,
  type Words,
} from './suggestionsDto';
import { audit } from '../workspace/audit';
import { addSensitive, assertCoordinator } from '../privacy/sensitiveSheet';
import { addExclusion, liftEndedPair, saveMatchingSettings } from './store';
import { checkMatchingSettings } from './settingsLimits';
import { TEXT_LIMITS } from '../../core/inputLimits';

function words(): Words {
  const language = currentLanguage(activeSpreadsheet());
  return { t: translator(language), language };
}

/** A page of excluded mentors (or mentees) at most this long: the coordinator reads them, a group at a time. */
const EXCLUDED_PAGE = 20;

/** The group and the place of a page of excluded people asked for, from either side, checked. */
function excludedPageOf(record: Record<string, unknown>): { rule: HardRule | undefined; offset: number } {
  return {
    rule: record.rule === undefined ? undefined : expectOneOf(record.rule, HARD_RULES, 'rule'),
    offset: record.offset === undefined ? 0 : expectInteger(record.offset, 'offset', 0, 1_000_000),
  };
}

function findMentee(data: MatchingData, id: unknown): MenteeProfile {
  const menteeId = expectString(id, 'menteeId', 40);
  const mentee = data.mentees.find((m) => m.id === menteeId);
  if (!mentee) throw badArgument('no mentee with this id');
  return mentee;
}

function findMentor(data: MatchingData, id: unknown): MentorProfile {
  const mentorId = expectString(id, 'mentorId', 40);
  const mentor = data.mentors.find((m) => m.id === mentorId);
  if (!mentor) throw badArgument('no mentor with this id');
  return mentor;
}

const STEP_DATES: Partial<Record<(typeof PAIR_STATUSES)[number], string>> = {
  'Mentor accepted': 'acceptedOn',
  'Introductory meeting held': 'introMeetingOn',
  Active: 'startedOn',
  'Closed – completed': 'closedOn',
  'Closed – ended early': 'closedOn',
  'Mentor declined': 'closedOn',
};

export interface PairDto {
  code: string;
  mentorId: string;
  mentorName: string;
  secondMentorId: string | null;
  menteeId: string;
  menteeName: string;
  status: string;
  proposedOn: string | null;
  score: number | null;
}

function pairsDto(data: { mentors: readonly ListedPerson[]; mentees: readonly ListedPerson[]; pairs: MatchingData['pairs'] }): PairDto[] {
  const mentorName = namesOf(data.mentors);
  const menteeName = namesOf(data.mentees);
  return data.pairs.rows.map(({ values }) => ({
    code: String(values.code ?? ''),
    mentorId: String(values.mentorId ?? ''),
    mentorName: mentorName(String(values.mentorId ?? '')),
    secondMentorId: values.secondMentorId ? String(values.secondMentorId) : null,
    menteeId: String(values.menteeId ?? ''),
    menteeName: menteeName(String(values.menteeId ?? '')),
    status: String(values.status ?? ''),
    proposedOn: asCalendarDate(values.proposedOn),
    score: typeof values.score === 'number' ? values.score : null,
  }));
}

/** Creates pairs in status "Proposed", refusing any that a hard rule forbids now. */
function createPairs(data: MatchingData, picks: readonly { menteeId: string; mentorId: string; secondMentorId?: string | null }[]): string[] {
  const w = words();
  const codes: string[] = [];
  const ids = idIssuer(
    ID_PREFIX.pair,
    data.pairs.rows.map((r) => r.values.code),
  );
  const active = new Map(data.context.activePairs);
  const records: RecordValues[] = picks.map((pick) => {
    const mentee = findMentee(data, pick.menteeId);
    if (!data.waiting.some((m) => m.id === mentee.id) || codes.some((_, i) => picks[i]!.menteeId === mentee.id))
      throw badArgument(`${mentee.id} already has an open pair`);
    const mentorIds = [pick.mentorId, pick.secondMentorId].filter((id): id is string => !!id);
    const evaluations = mentorIds.map((id) => evaluate(findMentor(data, id), mentee, data.settings, { ...data.context, activePairs: active }));
    const broken = evaluations.flatMap((e) => e.breaches);
    // A hard rule broken since the suggestion (a check expired, a mentor now full): said in the rules' own words.
    if (broken.length) throw new UserError('match.error.hardRules', { reasons: broken.map((b) => describeReason(b.reason, w.t, w.language)).join(' ') });
    for (const id of mentorIds) active.set(id, (active.get(id) ?? 0) + 1);
    const code = ids.next();
    codes.push(code);
    const first = evaluations[0]!;
    return {
      code,
      mentorId: mentorIds[0]!,
      secondMentorId: mentorIds[1] ?? null,
      menteeId: mentee.id,
      score: Math.round(evaluations.reduce((s, e) => s + e.total, 0) / evaluations.length),
      reasons: first.criteria
        .filter((c) => c.reason)
        .map((c) => describeReason(c.reason!, w.t, w.language))
        .join('; '),
      status: 'Proposed',
      proposedOn: currentTime(),
    };
  });
  ids.keep();
  appendRecords(data.pairs, records, { byCoordinator: true });
  return codes;
}

export const matchingApi = {
  getMatchingOverview: () => {
    // No rule is checked here: only names, places and statuses are read, and no background check.
    const lists = loadMatchingLists(activeSpreadsheet());
    return {
      // Names and ids only: the tab lists them to choose from; a mentee's needs come with her suggestions.
      waiting: lists.waiting,
      pairs: pairsDto(lists),
      statuses: [...PAIR_STATUSES],
      mentors: lists.mentors.map((m) => ({ id: m.id, name: m.name, free: freePlaces(m, lists.activePairs) })),
    };
  },

  /** The best mentors for one mentee, with reasons in words, and how many mentors each rule excluded. */
  getSuggestions: (input: { menteeId: string }): SuggestionsDto => {
    const record = expectRecord(input, 'input');
    const w = words();
    const data = loadMatchingData(activeSpreadsheet());
    const mentee = findMentee(data, record.menteeId);
    const result = suggestMentors(mentee, data.mentors, data.settings, data.context, data.waiting);
    const mentorName = namesOf(
      data.mentors,
      result.suggestions.map((s) => s.mentorId),
    );
    return {
      mentee: menteeSummary(mentee, w),
      suggestions: result.suggestions.map((s) => suggestionDto(s, mentorName, w)),
      excluded: excludedCountsDto(result.excluded, w),
    };
  },

  /**
   * The excluded mentors the coordinator opens, with every rule each breaks, in words: a page of
   * those counted under one rule, or one mentor.
   */
  getExcludedMentors: (input: { menteeId: string; rule?: string; mentorId?: string; offset?: number }): ExcludedMentorsDto => {
    const record = expectRecord(input, 'input');
    const { rule, offset } = excludedPageOf(record);
    const w = words();
    const data = loadMatchingData(activeSpreadsheet());
    const mentee = findMentee(data, record.menteeId);
    const mentorId = record.mentorId === undefined ? undefined : findMentor(data, record.mentorId).id;
    const page = excludedMentors(mentee, data.mentors, data.settings, data.context, { rule, mentorId, offset, limit: EXCLUDED_PAGE });
    return excludedMentorsDto(page, rule ?? null, data.mentors, w);
  },

  /**
   * The same from a mentor's side: the waiting mentees this mentor suits best, with reasons in
   * words, and how many mentees each rule excluded (their reasons from getExcludedMentees).
   */
  getMentorSuggestions: (input: { mentorId: string }) => {
    const record = expectRecord(input, 'input');
    const w = words();
    const data = loadMatchingData(activeSpreadsheet());
    const mentor = findMentor(data, record.mentorId);
    const result = suggestMentees(mentor, data.waiting, data.settings, data.context);
    const menteeName = namesOf(
      data.mentees,
      result.suggestions.map((s) => s.menteeId),
    );
    return {
      mentor: { id: mentor.id, name: mentor.name, free: freePlaces(mentor, data.context.activePairs) },
      suggestions: result.suggestions.map((s) => ({
        menteeId: s.menteeId,
        menteeName: menteeName(s.menteeId),
        total: s.total,
        reasons: s.reasons.map((r) => describeReason(r, w.t, w.language)),
        missing: s.missing.map((r) => w.t(r.key as MessageKey)),
      })),
      excluded: excludedCountsDto(result.excluded, w, 'mentees'),
    };
  },

  /**
   * The excluded waiting mentees of a mentor the coordinator opens, with every rule each breaks,
   * in words: a page of those counted under one rule, or one mentee (none if that mentee is not waiting).
   */
  getExcludedMentees: (input: { mentorId: string; rule?: string; menteeId?: string; offset?: number }): ExcludedMenteesDto => {
    const record = expectRecord(input, 'input');
    const { rule, offset } = excludedPageOf(record);
    const w = words();
    const data = loadMatchingData(activeSpreadsheet());
    const mentor = findMentor(data, record.mentorId);
    const menteeId = record.menteeId === undefined ? undefined : findMentee(data, record.menteeId).id;
    const page = excludedMentees(mentor, data.waiting, data.settings, data.context, { rule, menteeId, offset, limit: EXCLUDED_PAGE });
    return excludedMenteesDto(page, rule ?? null, data.mentees, w);
  },

  /** Lets a pair that was declined or ended early be suggested again (the coordinator lifts the rule). */
  allowPairAgain: (input: { mentorId: string; menteeId: string }) => {
    const record = expectRecord(input, 'input');
    const mentorId = expectString(record.mentorId, 'mentorId', 40);
    const menteeId = expectString(record.menteeId, 'menteeId', 40);
    withDocumentLock(() => {
      liftEndedPair(`${mentorId}|${menteeId}`);
      audit('match.allowedAgain', `${mentorId}+${menteeId}`);
    });
    return { ok: true };
  },

  /** A proposal for the whole waiting cohort; nothing is written. */
  proposeCohort: (input: { maximiseMatched: boolean; teamMode: boolean; pinned?: { menteeId: string; mentorId: string }[] }) => {
    const record = expectRecord(input, 'input');
    const w = words();
    const data = loadMatchingData(activeSpreadsheet());
    const pinned = Array.isArray(record.pinned)
      ? record.pinned.slice(0, 5000).map((p) => ({
          menteeId: expectString(expectRecord(p, 'pin').menteeId, 'menteeId', 40),
          mentorId: expectString((p as { mentorId: unknown }).mentorId, 'mentorId', 40),
        }))
      : [];
    const proposal = proposeCohort(data.waiting, data.mentors, data.settings, data.context, {
      maximiseMatched: record.maximiseMatched === true,
      teamMode: record.teamMode === true,
      pinned,
    });
    const menteeName = namesOf(data.mentees);
    const mentorName = namesOf(data.mentors);
    return {
      total: proposal.total,
      pairs: proposal.pairs.map((p) => ({
        ...p,
        menteeName: menteeName(p.menteeId),
        mentorName: mentorName(p.mentorId),
        secondMentorName: p.secondMentorId ? mentorName(p.secondMentorId) : null,
        reasons: p.reasons.map((r) => describeReason(r, w.t, w.language)),
      })),
      unmatched: proposal.unmatched.map((u) => ({
        menteeId: u.menteeId,
        menteeName: menteeName(u.menteeId),
        why: describeReason(u.why, w.t, w.language),
        alternatives: u.alternatives.map(
          (a) => `${mentorName(a.mentorId)} (${a.breaches.map((b) => w.t(`match.ruleName.${b.rule}` as MessageKey)).join(', ')})`,
        ),
      })),
    };
  },

  /** The coordinator accepts one or more matches: each becomes a Pair in status "Proposed". */
  acceptMatches: (input: { pairs: { menteeId: string; mentorId: string; secondMentorId?: string | null }[] }) => {
    const record = expectRecord(input, 'input');
    if (!Array.isArray(record.pairs) || record.pairs.length === 0 || record.pairs.length > 5000) throw badArgument('pairs must be a non-empty list');
    const picks = record.pairs.map((p) => {
      const pick = expectRecord(p, 'pair');
      return {
        menteeId: expectString(pick.menteeId, 'menteeId', 40),
        mentorId: expectString(pick.mentorId, 'mentorId', 40),
        secondMentorId: pick.secondMentorId ? expectString(pick.secondMentorId, 'secondMentorId', 40) : null,
      };
    });
    return withDocumentLock(() => {
      const codes = createPairs(loadMatchingData(activeSpreadsheet()), picks);
      audit('match.accepted', codes.map((code, i) => `${code}: ${picks[i]!.mentorId}+${picks[i]!.menteeId}`).join('; '));
      return { codes };
    });
  },

  /** A step in the pair's life: the date of the step is kept; a decline or early end needs a reason. */
  updatePairStatus: (input: { code: string; status: string; reason?: string }) => {
    const record = expectRecord(input, 'input');
    const code = expectString(record.code, 'code', 20);
    const status = expectOneOf(record.status, PAIR_STATUSES, 'status');
    const reason = record.reason === undefined ? '' : expectText(record.reason, TEXT_LIMITS.statusReason, words().t(TEXT_LIMITS.statusReason.label));
    if ((status === 'Mentor declined' || status === 'Closed – ended early') && !reason.trim())
      throw new UserError('error.badArgument', { detail: 'a reason is needed' });
    return withDocumentLock(() => {
      // Only Pairs: a change of status evaluates no rule and names no one.
      const pairs = readTable(activeSpreadsheet(), PAIRS);
      const row = pairs.rows.find((r) => r.values.code === code);
      if (!row) throw badArgument('no pair with this code');
      const values: RecordValues = { status };
      const step = STEP_DATES[status];
      if (step) values[step] = currentTime();
      if (reason) values.endReason = reason;
      updateRecords(pairs, [{ rowNumber: row.rowNumber, values }], { byCoordinator: true });
      audit('pair.status', code, status);
      return { code, status, open: OPEN_STATUSES.includes(status) };
    });
  },

  /** "Never pair these two", with a private reason kept in the protected Sensitive details sheet and out of every message. */
  excludePair: (input: { mentorId: string; menteeId: string; reason: string }) => {
    const record = expectRecord(input, 'input');
    const mentorId = expectString(record.mentorId, 'mentorId', 40);
    const menteeId = expectString(record.menteeId, 'menteeId', 40);
    const reason = expectText(record.reason ?? '', TEXT_LIMITS.excludeReason, words().t(TEXT_LIMITS.excludeReason.label));
    const spreadsheet = activeSpreadsheet();
    assertCoordinator(spreadsheet);
    withDocumentLock(() => {
      if (reason.trim())
        addSensitive(spreadsheet, [{ personId: menteeId, relatedId: mentorId, kind: 'exclusionReason', value: reason, source: 'sidebar' }], currentTime());
      addExclusion({ mentorId, menteeId, at: currentTime().toISOString() });
      // The reason stays private: only the ids are logged.
      audit('match.excluded', `${mentorId}+${menteeId}`);
    });
    return { ok: true };
  },

  /** The proposal to the mentor (orient8): what they need to know about the mentee, and nothing sensitive. */
  getProposalMessage: (input: { code: string }) => {
    const record = expectRecord(input, 'input');
    const code = expectString(record.code, 'code', 20);
    const w = words();
    const data = loadMatchingData(activeSpreadsheet(), { backgroundChecks: false });
    const pair = data.pairs.rows.find((r) => r.values.code === code);
    if (!pair) throw badArgument('no pair with this code');
    const mentee = findMentee(data, pair.values.menteeId);
    const mentor = findMentor(data, pair.values.mentorId);
    const languages = mentee.languages.map((l) => languageName(l.code, w.language)).join(', ');
    const needs = mentee.topics.map((k) => topicLabel(k, w.language)).join(', ');
    const reasons = String(pair.values.reasons ?? '');
    const params = {
      mentor: firstName(mentor.name),
      mentee: firstName(mentee.name),
      code,
      languages,
      needs,
      slots: mentee.slots.join(', '),
      reasons,
    };
    return { subject: w.t('proposal.subject', params), body: w.t('proposal.body', params) };
  },

  getMatchingSettings: (): MatchingSettings & { criteria: string[]; rules: string[]; defaults: MatchingSettings } => {
    // The Settings sheet alone: it holds the host language; the rest is in the properties.
    const settings = matchingSettingsWith(readSettings(activeSpreadsheet()));
    return { ...settings, criteria: [...CRITERIA], rules: [...HARD_RULES], defaults: DEFAULT_MATCHING };
  },

  saveMatchingSettings: (input: Partial<MatchingSettings> | null) => {
    const record = input === null ? null : expectRecord(input, 'settings');
    if (record !== null) {
      // A name too long is said, not silently dropped: the coordinator keeps what they typed.
      const label = record.backgroundCheckLabel;
      if (label !== undefined && typeof label !== 'string') throw badArgument('backgroundCheckLabel must be text');
      const problem = label === undefined ? null : checkNameProblem(label);
      if (problem) throw new UserError(problem.key, problem.params);
      checkMatchingSettings(record, words().t);
    }
    withDocumentLock(() => {
      saveMatchingSettings(record === null ? null : normaliseMatchingSettings(record));
      audit('settings.matching', input === null ? 'reset' : 'saved');
    });
    return matchingApi.getMatchingSettings();
  },
};
