import { describe, expect, it } from 'vitest';
import { evaluate, type MatchContext } from '../../src/core/matching/evaluate';
import { type MenteeProfile, type MentorProfile, menteeProfile, mentorProfile } from '../../src/core/matching/profiles';
import { DEFAULT_MATCHING } from '../../src/core/matching/settings';
import { excludedMentees, suggestMentees } from '../../src/core/matching/suggest';
import { PERSON } from '../support/matchingPeople';

/** Issue 16, item 3, from a mentor's side: the excluded mentees as counts per rule, and a page of one group's reasons when opened. */
const NONE: MatchContext = { activePairs: new Map(), exclusions: new Set(), endedBefore: new Set() };

function mentor(extra: Record<string, unknown> = {}): MentorProfile {
  return mentorProfile({ id: 'MT-1', name: 'Mentor', ...PERSON, offers: 'Housing, Employment', trainingModules: 5, capacity: 1, ...extra } as never);
}

function mentee(id: string, extra: Record<string, unknown> = {}): MenteeProfile {
  return menteeProfile({ id, name: `Mentee ${id}`, ...PERSON, needs: 'Housing', ...extra } as never);
}

/** `count` mentees with no common language with the mentor, ids ME-000 onwards. */
const strangers = (count: number) => Array.from({ length: count }, (_, i) => mentee(`ME-${String(i).padStart(3, '0')}`, { languages: 'ti' }));

describe('a mentor’s excluded mentees, counted per rule', () => {
  const mentees = [
    mentee('A'),
    mentee('B', { languages: 'de' }),
    // No common language and no common time: counted once, under the language rule, which comes first.
    mentee('C', { languages: 'de', availability: 'mornings' }),
    mentee('D', { availability: 'mornings' }),
    mentee('E', { needs: 'Health' }),
    mentee('F', { languages: 'ti' }),
  ];

  it('counts each excluded mentee once, under its first rule, the largest group first, and suggests the rest', () => {
    const { suggestions, excluded } = suggestMentees(mentor(), mentees, DEFAULT_MATCHING, NONE);
    expect(suggestions.map((s) => s.menteeId)).toEqual(['A']);
    expect(excluded).toEqual({
      total: 5,
      byRule: [
        { rule: 'language', count: 3 },
        { rule: 'availability', count: 1 },
        { rule: 'firstNeed', count: 1 },
      ],
    });
  });

  it('says zero for none, and one for one', () => {
    expect(suggestMentees(mentor(), [], DEFAULT_MATCHING, NONE)).toEqual({ suggestions: [], excluded: { total: 0, byRule: [] } });
    expect(suggestMentees(mentor(), [mentee('A')], DEFAULT_MATCHING, NONE).excluded).toEqual({ total: 0, byRule: [] });
    expect(suggestMentees(mentor(), [mentee('A'), mentee('B', { languages: 'de' })], DEFAULT_MATCHING, NONE).excluded).toEqual({
      total: 1,
      byRule: [{ rule: 'language', count: 1 }],
    });
  });

  it('counts every mentee under a rule that reads the mentor alone', () => {
    const full = { ...NONE, activePairs: new Map([['MT-1', 1]]) };
    expect(suggestMentees(mentor(), mentees, DEFAULT_MATCHING, full).excluded).toEqual({
      total: 6,
      byRule: [
        { rule: 'language', count: 3 },
        // Ties in the order of the rules: the pair's own rules come before capacity.
        { rule: 'availability', count: 1 },
        { rule: 'firstNeed', count: 1 },
        { rule: 'capacity', count: 1 },
      ],
    });
  });

  it('suggests the same mentees, in the same order and with the same scores, as evaluating every pair', () => {
    const many = [
      mentee('Z'),
      mentee('Y', { interests: 'Cooking' }),
      mentee('X', { municipality: 'Modena' }),
      mentee('W', { needs: 'Housing, Employment' }),
      mentee('V', { languages: 'de' }),
      mentee('U', { birthYear: 1950 }),
      mentee('T'),
    ];
    const settings = { ...DEFAULT_MATCHING, suggestions: 4 };
    const slow = many
      .map((m) => evaluate(mentor({ interests: 'Cooking', birthYear: 1990 }), m, settings, NONE))
      .filter((e) => e.breaches.length === 0)
      .sort((a, b) => b.total - a.total || a.menteeId.localeCompare(b.menteeId))
      .slice(0, 4);
    const fast = suggestMentees(mentor({ interests: 'Cooking', birthYear: 1990 }), many, settings, NONE).suggestions;
    expect(fast.map((s) => [s.menteeId, s.total])).toEqual(slow.map((e) => [e.menteeId, e.total]));
    expect(fast[0]!.reasons.length).toBeGreaterThan(0);
    expect(fast.every((s) => s.mentorId === 'MT-1' && s.demand === 0)).toBe(true);
  });
});

describe('a page of a mentor’s excluded mentees, with every rule each breaks', () => {
  const page = (mentees: readonly MenteeProfile[], offset = 0) =>
    excludedMentees(mentor(), mentees, DEFAULT_MATCHING, NONE, { rule: 'language', offset, limit: 20 });

  it('is empty at 0, holds 1, a whole page, and a page with one left for the next', () => {
    expect(page([])).toEqual({ total: 0, offset: 0, exclusions: [] });
    expect(page(strangers(1))).toMatchObject({ total: 1, exclusions: [{ mentorId: 'MT-1', menteeId: 'ME-000', breaches: [{ rule: 'language' }] }] });
    const exactly = page(strangers(20));
    expect(exactly.total).toBe(20);
    expect(exactly.exclusions.map((e) => e.menteeId)).toEqual(strangers(20).map((m) => m.id));
    expect(page(strangers(20), 20)).toEqual({ total: 20, offset: 20, exclusions: [] });
    const more = page(strangers(21));
    expect(more.total).toBe(21);
    expect(more.exclusions).toHaveLength(20);
    expect(page(strangers(21), 20)).toMatchObject({ total: 21, offset: 20, exclusions: [{ menteeId: 'ME-020' }] });
  });

  it('opens one mentee with every rule, finds nobody for one who passes, and keeps to the rule asked for', () => {
    const mentees = [mentee('A'), mentee('C', { languages: 'de', availability: 'mornings' }), mentee('D', { availability: 'mornings' })];
    const one = excludedMentees(mentor(), mentees, DEFAULT_MATCHING, NONE, { menteeId: 'C' });
    expect(one.exclusions.map((e) => [e.menteeId, e.breaches.map((b) => b.rule)])).toEqual([['C', ['language', 'availability']]]);
    expect(one.exclusions[0]!.breaches[0]).toMatchObject({ reason: { key: 'match.rule.language' } });
    expect(excludedMentees(mentor(), mentees, DEFAULT_MATCHING, NONE, { menteeId: 'A' })).toEqual({ total: 0, offset: 0, exclusions: [] });
    expect(excludedMentees(mentor(), mentees, DEFAULT_MATCHING, NONE, { menteeId: 'C', rule: 'availability' }).total).toBe(0);
    expect(excludedMentees(mentor(), mentees, DEFAULT_MATCHING, NONE, { rule: 'availability' }).exclusions.map((e) => e.menteeId)).toEqual(['D']);
    expect(excludedMentees(mentor(), mentees, DEFAULT_MATCHING, NONE).exclusions.map((e) => e.menteeId)).toEqual(['C', 'D']);
    expect(excludedMentees(mentor(), mentees, DEFAULT_MATCHING, NONE, { offset: -3, limit: 1 })).toMatchObject({ offset: 0, exclusions: [{ menteeId: 'C' }] });
  });
});
