import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AssignmentProblem, assign, assignGreedy, FORBIDDEN } from '../../src/core/matching/assignment';
import { evaluate, type MatchContext } from '../../src/core/matching/evaluate';
import { type MenteeProfile, type MentorProfile, menteeProfile, mentorProfile } from '../../src/core/matching/profiles';
import { DEFAULT_MATCHING } from '../../src/core/matching/settings';
import { excludedMentors, proposeCohort, suggestMentors } from '../../src/core/matching/suggest';
import { PERSON } from '../support/matchingPeople';

const NONE: MatchContext = { activePairs: new Map(), exclusions: new Set(), endedBefore: new Set() };

function mentor(id: string, extra: Record<string, unknown> = {}): MentorProfile {
  return mentorProfile({
    id,
    name: `Mentor ${id}`,
    ...PERSON,
    offers: 'Housing, Employment',
    interests: 'Hiking, Cooking',
    birthYear: 1985,
    trainingModules: 5,
    capacity: 1,
    ...extra,
  } as never);
}

function mentee(id: string, extra: Record<string, unknown> = {}): MenteeProfile {
  return menteeProfile({
    id,
    name: `Mentee ${id}`,
    languages: 'ar:native, en:B1',
    availability: 'evenings',
    needs: 'Housing, Language',
    interests: 'Cooking',
    municipality: 'Bologna',
    birthYear: 1995,
    gender: 'Woman',
    genderPreference: 'A woman',
    consentData: true,
    isMinor: false,
    ...extra,
  } as never);
}

describe('hard rules', () => {
  const rulesOf = (m: MentorProfile, e: MenteeProfile, context = NONE) => evaluate(m, e, DEFAULT_MATCHING, context).breaches.map((b) => b.rule);

  it('pass for a good pair and name each broken rule', () => {
    expect(rulesOf(mentor('A'), mentee('1'))).toEqual([]);
    expect(rulesOf(mentor('A', { languages: 'it' }), mentee('1', { languages: 'ar' }))).toEqual(['language']);
    expect(rulesOf(mentor('A', { availability: 'mornings' }), mentee('1'))).toEqual(['availability']);
    expect(rulesOf(mentor('A', { offers: 'Employment' }), mentee('1'))).toEqual(['firstNeed']);
    expect(rulesOf(mentor('A', { gender: 'Man' }), mentee('1'))).toEqual(['genderPreference']);
    expect(rulesOf(mentor('A', { trainingModules: 3 }), mentee('1'))).toEqual(['training']);
    expect(rulesOf(mentor('A', { consentData: false }), mentee('1'))).toEqual(['consent']);
    expect(rulesOf(mentor('A'), mentee('1', { screeningDecision: 'Not selected' }))).toEqual(['screening']);
    expect(rulesOf(mentor('A'), mentee('1', { screeningDecision: 'Waiting list' }))).toEqual([]);
    expect(rulesOf(mentor('A', { gender: 'Man' }), mentee('1', { isMinor: true, gender: 'Woman', genderPreference: '' }))).toEqual(['minors']);
    expect(rulesOf(mentor('A'), mentee('1'), { ...NONE, activePairs: new Map([['A', 1]]) })).toEqual(['capacity']);
    expect(rulesOf(mentor('A'), mentee('1'), { ...NONE, exclusions: new Set(['A|1']) })).toEqual(['exclusion']);
    expect(rulesOf(mentor('A'), mentee('1'), { ...NONE, endedBefore: new Set(['A|1']) })).toEqual(['endedBefore']);
    expect(rulesOf(mentor('A', { birthYear: 1960 }), mentee('1', { agePreference: 'Similar age' }))).toEqual(['agePreference']);
    expect(rulesOf(mentor('A', { birthYear: 1960 }), mentee('1', { agePreference: 'Older' }))).toEqual([]);
  });

  it('let the programme decide which languages count', () => {
    const settings = { ...DEFAULT_MATCHING, languagePolicy: 'host' as const, hostLanguage: 'it' };
    expect(evaluate(mentor('A'), mentee('1'), settings, NONE).breaches.map((b) => b.rule)).toEqual(['language']);
    expect(evaluate(mentor('A'), mentee('1', { languages: 'ar, it:A2' }), settings, NONE).breaches).toEqual([]);
  });
});

describe('scores and reasons', () => {
  it('score a similar experience only when the mentee asked, and only from being a peer mentor', () => {
    const background = (m: MentorProfile, e: MenteeProfile) => evaluate(m, e, DEFAULT_MATCHING, NONE).criteria.find((c) => c.criterion === 'background')!;
    expect(background(mentor('A', { mentorType: 'Peer' }), mentee('1')).weight).toBe(0);
    expect(background(mentor('A', { mentorType: 'Peer' }), mentee('1', { wantsSimilarBackground: true }))).toMatchObject({
      score: 1,
      weight: 10,
      reason: { key: 'match.why.background' },
    });
    expect(background(mentor('A', { mentorType: 'Local' }), mentee('1', { wantsSimilarBackground: true }))).toMatchObject({ score: 0, weight: 10 });
  });

  it('explain a suggestion in words and list what is missing', () => {
    const mentors = [mentor('A'), mentor('B', { interests: 'Chess', municipality: 'Modena', postcode: '41100' }), mentor('C', { gender: 'Man' })];
    const { suggestions, excluded } = suggestMentors(mentee('1'), mentors, DEFAULT_MATCHING, NONE);
    expect(suggestions.map((s) => s.mentorId)).toEqual(['A', 'B']);
    expect(suggestions[0]!.reasons.map((r) => r.key)).toEqual(
      expect.arrayContaining(['match.why.firstNeed', 'match.why.interests', 'match.why.sameMunicipality', 'match.why.languages']),
    );
    expect(suggestions[1]!.missing.map((r) => r.key)).toContain('match.missing.interests');
    expect(excluded).toEqual({ total: 1, byRule: [{ rule: 'genderPreference', count: 1 }] });
    expect(excludedMentors(mentee('1'), mentors, DEFAULT_MATCHING, NONE, { rule: 'genderPreference' }).exclusions).toMatchObject([
      { mentorId: 'C', breaches: [{ rule: 'genderPreference' }] },
    ]);
    expect(suggestions[0]!.total).toBeGreaterThan(suggestions[1]!.total);
    expect(suggestions[0]!.total).toBeLessThanOrEqual(100);
  });

  it('never scores origin: two mentees differing only in origin get the same scores', () => {
    const a = evaluate(mentor('A'), menteeProfile({ id: '1', origin: 'Syria', consentData: true }), DEFAULT_MATCHING, NONE);
    const b = evaluate(mentor('A'), menteeProfile({ id: '1', origin: 'Ukraine', consentData: true }), DEFAULT_MATCHING, NONE);
    expect(a.total).toBe(b.total);
  });
});

describe('excluded mentors: counts per rule, reasons when opened', () => {
  const mentors = [
    mentor('A'),
    mentor('B', { languages: 'de' }),
    // No common language and untrained: counted once, under the language rule, which comes first.
    mentor('C', { languages: 'de', trainingModules: 2 }),
    mentor('D', { trainingModules: 2 }),
    mentor('E', { gender: 'Man' }),
    mentor('F', { consentData: false, languages: 'de' }),
    mentor('G', { languages: 'ti' }),
  ];

  it('counts each excluded mentor once, under its first rule, the largest group first', () => {
    const { suggestions, excluded } = suggestMentors(mentee('1'), mentors, DEFAULT_MATCHING, NONE);
    expect(suggestions.map((s) => s.mentorId)).toEqual(['A']);
    expect(excluded).toEqual({
      total: 6,
      byRule: [
        { rule: 'language', count: 3 },
        { rule: 'consent', count: 1 },
        { rule: 'genderPreference', count: 1 },
        { rule: 'training', count: 1 },
      ],
    });
    expect(suggestMentors(mentee('1'), [mentor('A')], DEFAULT_MATCHING, NONE).excluded).toEqual({ total: 0, byRule: [] });
  });

  it('opens one rule’s group, in the order of the mentors, with every rule each breaks', () => {
    const page = excludedMentors(mentee('1'), mentors, DEFAULT_MATCHING, NONE, { rule: 'language' });
    expect(page.total).toBe(3);
    expect(page.offset).toBe(0);
    expect(page.exclusions.map((e) => [e.mentorId, e.breaches.map((b) => b.rule)])).toEqual([
      ['B', ['language']],
      ['C', ['language', 'training']],
      ['G', ['language']],
    ]);
    expect(page.exclusions[0]).toMatchObject({ menteeId: '1', breaches: [{ reason: { key: 'match.rule.language' } }] });
  });

  it('pages, finds one mentor, and lists every excluded mentor without a rule', () => {
    const all = excludedMentors(mentee('1'), mentors, DEFAULT_MATCHING, NONE);
    expect(all.total).toBe(6);
    expect(all.exclusions.map((e) => e.mentorId)).toEqual(['B', 'C', 'D', 'E', 'F', 'G']);
    const page = (offset: number, limit: number) => excludedMentors(mentee('1'), mentors, DEFAULT_MATCHING, NONE, { rule: 'language', offset, limit });
    expect(page(1, 1)).toMatchObject({ total: 3, offset: 1, exclusions: [{ mentorId: 'C' }] });
    expect(page(2, 5).exclusions.map((e) => e.mentorId)).toEqual(['G']);
    expect(page(3, 5)).toMatchObject({ total: 3, exclusions: [] });
    expect(page(-4, 1)).toMatchObject({ offset: 0, exclusions: [{ mentorId: 'B' }] });
    expect(page(0, 0)).toMatchObject({ total: 3, exclusions: [] });
    expect(page(0, -1)).toMatchObject({ total: 3, exclusions: [] });
    expect(excludedMentors(mentee('1'), mentors, DEFAULT_MATCHING, NONE, { limit: 10 }).exclusions).toHaveLength(6);
    expect(excludedMentors(mentee('1'), mentors, DEFAULT_MATCHING, NONE, {}).exclusions).toHaveLength(6);
    expect(excludedMentors(mentee('1'), mentors, DEFAULT_MATCHING, NONE, { mentorId: 'D' }).exclusions).toMatchObject([
      { mentorId: 'D', breaches: [{ rule: 'training', reason: { key: 'match.rule.training', params: { done: 2, required: 5 } } }] },
    ]);
    expect(excludedMentors(mentee('1'), mentors, DEFAULT_MATCHING, NONE, { mentorId: 'A' })).toMatchObject({ total: 0, exclusions: [] });
    expect(excludedMentors(mentee('1'), mentors, DEFAULT_MATCHING, NONE, { mentorId: 'D', rule: 'language' }).total).toBe(0);
  });

  it('ranks a popular mentor lower when other waiting mentees want them as much', () => {
    const popular = mentor('P', { capacity: 1 });
    // Two years' difference in age apart, but with three free places.
    const other = mentor('Q', { birthYear: 1980, capacity: 3 });
    const alone = suggestMentors(mentee('1'), [popular, other], DEFAULT_MATCHING, NONE);
    expect(alone.suggestions.map((s) => [s.mentorId, s.demand])).toEqual([
      ['P', 0],
      ['Q', 0],
    ]);
    const waiting = [mentee('1'), mentee('2'), mentee('3'), mentee('4', { languages: 'ti' })];
    const crowded = suggestMentors(mentee('1'), [popular, other], DEFAULT_MATCHING, NONE, waiting);
    expect(crowded.suggestions.map((s) => [s.mentorId, s.demand])).toEqual([
      ['Q', 2],
      ['P', 2],
    ]);
    expect(alone.suggestions[0]!.total - alone.suggestions[1]!.total).toBeLessThan(5);
    expect(crowded.suggestions[1]!.total).toBe(alone.suggestions[0]!.total);
  });
});

describe('mentees nobody may take', () => {
  it('offer the mentors who bend the fewest rules that may be bent, best score first', () => {
    const mentors = [
      mentor('A', { languages: 'de', availability: 'mornings' }),
      mentor('B', { languages: 'de', interests: 'Chess' }),
      mentor('C', { languages: 'de' }),
      mentor('D', { consentData: false }),
      mentor('E', { availability: 'mornings', offers: 'Employment', languages: 'de' }),
    ];
    const proposal = proposeCohort([mentee('1')], mentors, DEFAULT_MATCHING, NONE, { maximiseMatched: true, teamMode: false, pinned: [] });
    const [unmatched] = proposal.unmatched;
    expect(unmatched!.why).toEqual({ key: 'match.unmatched.rule', params: { rule: 'language' } });
    expect(unmatched!.alternatives.map((a) => [a.mentorId, a.breaches.map((b) => b.rule)])).toEqual([
      ['C', ['language']],
      ['B', ['language']],
      ['A', ['language', 'availability']],
    ]);
    expect(unmatched!.alternatives[0]!.total).toBe(evaluate(mentors[2]!, mentee('1'), DEFAULT_MATCHING, NONE).total);
    expect(unmatched!.alternatives[0]!.total).toBeGreaterThan(unmatched!.alternatives[1]!.total);
  });

  it('are told how many mentors could take them when all of them went to others', () => {
    const proposal = proposeCohort([mentee('1'), mentee('2')], [mentor('A'), mentor('B', { capacity: 0 })], DEFAULT_MATCHING, NONE, {
      maximiseMatched: true,
      teamMode: false,
      pinned: [],
    });
    expect(proposal.pairs).toHaveLength(1);
    // Mentor B has no free place: capacity does not make them ineligible, the others' claim does.
    expect(proposal.unmatched[0]!.why).toEqual({ key: 'match.unmatched.scarcity', params: { count: 2 } });
    expect(proposal.unmatched[0]!.alternatives.map((a) => a.mentorId)).toEqual(['B']);
  });
});

/** All assignments of mentees to mentors within capacities, by brute force. */
function bruteForce(problem: AssignmentProblem, maximiseMatched: boolean): { total: number; matched: number } {
  let best = { total: -1, matched: -1 };
  const left = [...problem.capacities];
  const walk = (i: number, total: number, matched: number) => {
    if (i === problem.menteeIds.length) {
      const better = maximiseMatched ? matched > best.matched || (matched === best.matched && total > best.total) : total > best.total;
      if (better) best = { total, matched };
      return;
    }
    walk(i + 1, total, matched);
    for (let k = 0; k < left.length; k++) {
      const s = problem.score(i, k);
      if (s === null || left[k]! === 0) continue;
      left[k]!--;
      walk(i + 1, total + s, matched + 1);
      left[k]!++;
    }
  };
  walk(0, 0, 0);
  return best;
}

/**
 * Small instances for the brute force: up to `maxMentees` mentees and 4 mentors, whole-number
 * scores from 0 to `maxScore`, capacities from 0 to `maxCapacity`, and a forbidden pair (null)
 * once in `forbiddenFreq` (fast-check's default, 6, when not given).
 */
function cohortProblems(maxMentees: number, maxScore: number, maxCapacity: number, forbiddenFreq?: number): fc.Arbitrary<AssignmentProblem> {
  return fc
    .record({ mentees: fc.integer({ min: 1, max: maxMentees }), mentors: fc.integer({ min: 1, max: 4 }) })
    .chain(({ mentees, mentors }) =>
      fc.record({
        scores: fc.array(
          fc.array(fc.option(fc.integer({ min: 0, max: maxScore }), { nil: null, freq: forbiddenFreq }), { minLength: mentors, maxLength: mentors }),
          { minLength: mentees, maxLength: mentees },
        ),
        capacities: fc.array(fc.integer({ min: 0, max: maxCapacity }), { minLength: mentors, maxLength: mentors }),
      }),
    )
    .map(
      ({ scores, capacities }): AssignmentProblem => ({
        menteeIds: scores.map((_, i) => `E${i}`),
        mentorIds: capacities.map((_, k) => `M${k}`),
        capacities,
        score: (i, k) => scores[i]![k]!,
      }),
    );
}

const smallProblem = cohortProblems(5, 100, 2);
/** Small instances whose whole-number scores tie almost everywhere (0 to 2): the warm start's ties and the search's early exit. */
const tiedProblem = cohortProblems(6, 2, 3, 4);

describe('cohort assignment (properties)', () => {
  it('equals the brute-force optimum on small random instances, and on ones where whole-number scores tie', () => {
    fc.assert(
      fc.property(fc.oneof(smallProblem, tiedProblem), fc.boolean(), (problem, maximiseMatched) => {
        const result = assign({ ...problem, maximiseMatched });
        const best = bruteForce(problem, maximiseMatched);
        if (maximiseMatched) expect(result.matched).toBe(best.matched);
        expect(result.total).toBe(best.total);
      }),
      { numRuns: 400 },
    );
  });

  it('equals the brute-force optimum when the scores come as a matrix, forbidden written FORBIDDEN or -Infinity (read in place) or -1 (copied), 64- or 32-bit', () => {
    const forbiddenAs = fc.constantFrom(FORBIDDEN, Number.NEGATIVE_INFINITY, -1);
    fc.assert(
      fc.property(fc.oneof(smallProblem, tiedProblem), fc.boolean(), forbiddenAs, fc.boolean(), (problem, maximiseMatched, forbidden, narrow) => {
        const m = problem.mentorIds.length;
        const entries = Array.from({ length: problem.menteeIds.length * m }, (_, e) => problem.score(Math.floor(e / m), e % m) ?? forbidden);
        const scoreMatrix = narrow ? Float32Array.from(entries) : Float64Array.from(entries);
        const result = assign({ ...problem, maximiseMatched, scoreMatrix });
        const best = bruteForce(problem, maximiseMatched);
        if (maximiseMatched) expect(result.matched).toBe(best.matched);
        expect(result.total).toBe(best.total);
      }),
      { numRuns: 400 },
    );
  });

  it('never uses a forbidden pair and never exceeds a capacity; greedy is never better', () => {
    fc.assert(
      fc.property(smallProblem, (problem) => {
        const result = assign(problem);
        const used = problem.capacities.map(() => 0);
        result.mentorOf.forEach((k, i) => {
          if (k < 0) return;
          expect(problem.score(i, k)).not.toBeNull();
          used[k]!++;
        });
        for (const [k, n] of used.entries()) expect(n).toBeLessThanOrEqual(problem.capacities[k]!);
        expect(assignGreedy(problem).total).toBeLessThanOrEqual(result.total);
      }),
      { numRuns: 400 },
    );
  });

  it('gives the same proposal for the same input, and respects hard rules and pins', () => {
    const mentors = [mentor('A'), mentor('B', { capacity: 2, interests: 'Chess' }), mentor('C', { gender: 'Man', genderPreference: '' })];
    const mentees = [mentee('1'), mentee('2'), mentee('3', { genderPreference: '' }), mentee('4', { languages: 'ti' })];
    const options = { maximiseMatched: true, teamMode: false, pinned: [{ menteeId: '2', mentorId: 'A' }] };
    const first = proposeCohort(mentees, mentors, DEFAULT_MATCHING, NONE, options);
    expect(proposeCohort(mentees, mentors, DEFAULT_MATCHING, NONE, options)).toEqual(first);
    expect(first.pairs.find((p) => p.menteeId === '2')).toMatchObject({ mentorId: 'A', pinned: true });
    for (const pair of first.pairs.filter((p) => !p.pinned)) {
      const e = evaluate(mentors.find((m) => m.id === pair.mentorId)!, mentees.find((m) => m.id === pair.menteeId)!, DEFAULT_MATCHING, NONE);
      expect(e.breaches).toEqual([]);
    }
    expect(first.unmatched).toMatchObject([{ menteeId: '4', why: { key: 'match.unmatched.rule', params: { rule: 'language' } } }]);
  });

  it('gives each mentee one peer and one local mentor in team mode', () => {
    const mentors = [mentor('P1', { mentorType: 'Peer' }), mentor('L1', { mentorType: 'Local' }), mentor('P2', { mentorType: 'Peer' })];
    const proposal = proposeCohort([mentee('1'), mentee('2')], mentors, DEFAULT_MATCHING, NONE, { maximiseMatched: true, teamMode: true, pinned: [] });
    expect(proposal.pairs).toHaveLength(1);
    expect([proposal.pairs[0]!.mentorId, proposal.pairs[0]!.secondMentorId]).toEqual(['P1', 'L1']);
    expect(proposal.unmatched).toMatchObject([{ menteeId: '2', why: { key: 'match.unmatched.team' } }]);
  });
});

describe('needs and offers', () => {
  it('are recognised by whole names in both languages, never by a fragment', async () => {
    const { topicKey } = await import('../../src/core/matching/profiles');
    expect(['Social network', 'Rete sociale', 'Lavoro', 'Employment', 'find a job', 'Casa', 'a room'].map(topicKey)).toEqual([
      'social network',
      'social network',
      'employment',
      'employment',
      'employment',
      'housing',
      'housing',
    ]);
  });
});
