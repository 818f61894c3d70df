import type { MessageKey, SupportedLanguage, Translate } from '../../core/i18n';
import { describeReason, languageName, topicLabel } from '../../core/matching/describe';
import type { MenteeProfile } from '../../core/matching/profiles';
import type { ExcludedPage, ExclusionCounts, Suggestion } from '../../core/matching/suggest';

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

/** The excluded mentors as counts per rule, in words: their reasons come from getExcludedMentors, one group at a time. */
export interface ExcludedCountsDto {
  count: number;
  /** "12 mentors excluded: 7 with no common language, 5 …" */
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

export type NameOf = (id: string) => string;

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

export function excludedCountsDto(counts: ExclusionCounts, w: Words): ExcludedCountsDto {
  const byRule = counts.byRule.map(({ rule, count }) => ({ rule, count, label: w.t(`matching.excludedBy.${rule}` as MessageKey, { count }) }));
  return {
    count: counts.total,
    summary: w.t('matching.excludedSummary', { count: counts.total, reasons: byRule.map((r) => r.label).join(', ') }),
    byRule,
  };
}

export function excludedMentorsDto(page: ExcludedPage, rule: string | null, mentorName: NameOf, w: Words): ExcludedMentorsDto {
  const end = page.offset + page.exclusions.length;
  return {
    rule,
    total: page.total,
    offset: page.offset,
    mentors: page.exclusions.map((e) => ({
      mentorId: e.mentorId,
      mentorName: mentorName(e.mentorId),
      rules: e.breaches.map((b) => describeReason(b.reason, w.t, w.language)),
      endedBefore: e.breaches.some((b) => b.rule === 'endedBefore'),
    })),
    next: end < page.total ? end : null,
  };
}
