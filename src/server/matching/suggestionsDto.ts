import type { MessageKey, SupportedLanguage, Translate } from '../../core/i18n';
import { describeReason, languageName, topicLabel } from '../../core/matching/describe';
import type { MenteeProfile } from '../../core/matching/profiles';
import type { HardRule } from '../../core/matching/settings';
import type { ExcludedPage, Exclusion, ExclusionCounts, Suggestion } from '../../core/matching/suggest';

/**
 * What the sidebar receives for one mentee's suggestions, put into words. Plain functions of the
 * core's results, with no service: the benchmark measures the size of the same answer.
 */
export interface Words {
  t: Translate;
  language: SupportedLanguage;
}

export interface PersonSummary {
  id: string;
  name: string;
  detail: string;
}

export interface SuggestionDto {
  mentorId: string;
  mentorName: string;
  total: number;
  reasons: string[];
  missing: string[];
  demand: number;
  breakdown: { criterion: string; label: string; score: number; weight: number; points: number }[];
}

/**
 * The excluded mentors of a mentee (or mentees of a mentor) as counts per rule, in words: their
 * reasons come from getExcludedMentors (getExcludedMentees), one group at a time.
 */
export interface ExcludedCountsDto {
  count: number;
  /** "12 mentors excluded: 7 with no common language, 5 …"; from a mentor's side, "12 mentees excluded: …" */
  summary: string;
  byRule: { rule: string; count: number; label: string }[];
}

export interface SuggestionsDto {
  mentee: PersonSummary;
  suggestions: SuggestionDto[];
  excluded: ExcludedCountsDto;
}

export interface ExcludedMentorDto {
  mentorId: string;
  mentorName: string;
  rules: string[];
  endedBefore: boolean;
}

export interface ExcludedMentorsDto {
  rule: string | null;
  total: number;
  offset: number;
  mentors: ExcludedMentorDto[];
  /** The offset of the next page, or null on the last. */
  next: number | null;
}

export interface ExcludedMenteeDto {
  menteeId: string;
  menteeName: string;
  rules: string[];
  endedBefore: boolean;
}

export interface ExcludedMenteesDto {
  rule: string | null;
  total: number;
  offset: number;
  mentees: ExcludedMenteeDto[];
  /** The offset of the next page, or null on the last. */
  next: number | null;
}

export type NameOf = (id: string) => string;
type People = readonly { id: string; name: string }[];

/**
 * Names by id, the first person with an id giving its name. Given the ids an answer names (a few
 * suggestions, a page), only those are kept, in one pass: a map of all 20,000 mentors took a third
 * as long as working out the suggestions it named. An id not found is its own name.
 */
export function namesOf(people: People, only?: readonly string[]): NameOf {
  const wanted = only ? new Set(only) : null;
  const names = new Map<string, string>();
  for (const p of people) if ((!wanted || wanted.has(p.id)) && !names.has(p.id)) names.set(p.id, p.name);
  return (id) => names.get(id) ?? id;
}

export function menteeSummary(mentee: MenteeProfile, w: Words): PersonSummary {
  const needs = mentee.topics.slice(0, 2).map((k) => topicLabel(k, w.language));
  const languages = mentee.languages.map((l) => languageName(l.code, w.language)).join(', ');
  return { id: mentee.id, name: mentee.name, detail: [needs.join(', '), languages].filter(Boolean).join(' · ') };
}

export function suggestionDto(s: Suggestion, mentorName: NameOf, w: Words): SuggestionDto {
  const weightSum = s.criteria.reduce((sum, c) => sum + c.weight, 0) || 1;
  return {
    mentorId: s.mentorId,
    mentorName: mentorName(s.mentorId),
    total: s.total,
    reasons: s.reasons.map((r) => describeReason(r, w.t, w.language)),
    missing: s.missing.map((r) => w.t(r.key as MessageKey)),
    demand: s.demand,
    breakdown: s.criteria.map((c) => ({
      criterion: c.criterion,
      label: w.t(`criterion.${c.criterion}` as MessageKey),
      score: Math.round(c.score * 100) / 100,
      weight: c.weight,
      points: Math.round((c.weight * c.score * 1000) / weightSum) / 10,
    })),
  };
}

/** Whose counts: a mentee's excluded mentors, or a mentor's excluded mentees. */
export type ExcludedSide = 'mentors' | 'mentees';

/**
 * The rules that read the mentor alone. From a mentor's side they exclude mentees for the mentor's
 * sake, and the words say so ("because this mentor has no free place"), not as if the mentees had
 * no free place; the other rules read both people and keep the mentee side's words.
 */
const MENTOR_ALONE: readonly HardRule[] = ['capacity', 'training', 'backgroundCheck'];

const SUMMARY_KEY: Record<ExcludedSide, MessageKey> = { mentors: 'matching.excludedSummary', mentees: 'matching.excludedMenteesSummary' };

function countLabelKey(rule: HardRule, side: ExcludedSide): MessageKey {
  return (side === 'mentees' && MENTOR_ALONE.includes(rule) ? `matching.excludedMenteesBy.${rule}` : `matching.excludedBy.${rule}`) as MessageKey;
}

export function excludedCountsDto(counts: ExclusionCounts, w: Words, side: ExcludedSide = 'mentors'): ExcludedCountsDto {
  const byRule = counts.byRule.map(({ rule, count }) => ({ rule, count, label: w.t(countLabelKey(rule, side), { count }) }));
  return {
    count: counts.total,
    summary: w.t(SUMMARY_KEY[side], { count: counts.total, reasons: byRule.map((r) => r.label).join(', ') }),
    byRule,
  };
}

/** Where a page stands in its group: the same for both sides. */
function pagePlace(page: ExcludedPage, rule: string | null): { rule: string | null; total: number; offset: number; next: number | null } {
  const end = page.offset + page.exclusions.length;
  return { rule, total: page.total, offset: page.offset, next: end < page.total ? end : null };
}

/** An opened exclusion: every rule the pair breaks, in words, and whether "Allow this pair again" applies. */
function reasonsOf(e: Exclusion, w: Words): { rules: string[]; endedBefore: boolean } {
  return {
    rules: e.breaches.map((b) => describeReason(b.reason, w.t, w.language)),
    endedBefore: e.breaches.some((b) => b.rule === 'endedBefore'),
  };
}

/** A page of excluded mentors, named from `mentors` (only the page's are looked up). */
export function excludedMentorsDto(page: ExcludedPage, rule: string | null, mentors: People, w: Words): ExcludedMentorsDto {
  const mentorName = namesOf(
    mentors,
    page.exclusions.map((e) => e.mentorId),
  );
  return {
    ...pagePlace(page, rule),
    mentors: page.exclusions.map((e) => ({ mentorId: e.mentorId, mentorName: mentorName(e.mentorId), ...reasonsOf(e, w) })),
  };
}

/** A page of excluded mentees, named from `mentees` (only the page's are looked up). */
export function excludedMenteesDto(page: ExcludedPage, rule: string | null, mentees: People, w: Words): ExcludedMenteesDto {
  const menteeName = namesOf(
    mentees,
    page.exclusions.map((e) => e.menteeId),
  );
  return {
    ...pagePlace(page, rule),
    mentees: page.exclusions.map((e) => ({ menteeId: e.menteeId, menteeName: menteeName(e.menteeId), ...reasonsOf(e, w) })),
  };
}
