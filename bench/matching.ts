import { spawnSync } from 'node:child_process';
import { writeSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { translator } from '../src/core/i18n';
import { assign } from '../src/core/matching/assignment';
import { compileMatching } from '../src/core/matching/compiled';
import { describeReason } from '../src/core/matching/describe';
import { type Evaluation, evaluate, type MatchContext } from '../src/core/matching/evaluate';
import { type MenteeProfile, type MentorProfile, menteeProfile, mentorProfile } from '../src/core/matching/profiles';
import type { RecordValues } from '../src/core/schema/types';
import { DEFAULT_MATCHING, type MatchingSettings } from '../src/core/matching/settings';
import { type CohortPhase, excludedMentors, groupScores, proposeCohort, suggestMentors } from '../src/core/matching/suggest';
import { excludedCountsDto, excludedMentorsDto, menteeSummary, namesOf, suggestionDto, type Words } from '../src/server/matching/suggestionsDto';
import { printTable, timeIt } from './table';

/**
 * Matching at growing sizes: one mentee's suggestions among thousands of mentors, and whole
 * cohorts (scoring, assignment and explanations timed apart), each against the previous scoring
 * (evaluate() for every pair, as before the compiled path) in the same run. Each cohort runs in
 * its own Node process (this bundle, started again with PMD_MATCHING_CHILD set), so that its peak
 * RSS is its own. BENCH_QUICK=1 stops the cohorts at 2,000 per side.
 */

/** A deterministic pseudo-random generator, so every run measures the same people. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const LANGUAGES = ['it:native', 'en:B2', 'ar:native', 'fr:B1', 'ti', 'uk', 'ru', 'es', 'fa', 'prs', 'so', 'ur', 'en:A2'];
const SLOTS = ['mornings', 'afternoons', 'evenings', 'weekends'];
const TOPICS = ['Housing', 'Employment', 'Education', 'Language', 'Health', 'Social network', 'Administration', 'Leisure'];
const INTERESTS = ['Football', 'Cooking', 'Hiking', 'Reading', 'Music', 'Chess', 'Yoga', 'Theatre', 'Cycling', 'Photography'];
const PLACES = ['Bologna', 'Casalecchio di Reno', 'San Lazzaro di Savena', 'Imola', 'Modena'];

function some<T>(random: () => number, pool: readonly T[], min: number, max: number): T[] {
  const n = Math.min(pool.length, min + Math.floor(random() * (max - min + 1)));
  const out: T[] = [];
  while (out.length < n) {
    const item = pool[Math.floor(random() * pool.length)]!;
    if (!out.includes(item)) out.push(item);
  }
  return out;
}

/**
 * Uniform: every mentor drawn alike. Correlated: mentors have a popularity (most low, a few high)
 * that gives them more languages, times, offers and interests, so every mentee ranks the same
 * mentors high: the hard case for an assignment.
 */
export type Family = 'uniform' | 'correlated';

/** How many languages, times and interests: the demo's 1 to 3 (reach null), or up to 1 + 2 × a correlated mentor's popularity. */
const upTo = (reach: number | null) => (reach === null ? 3 : 1 + Math.round(2 * reach));
const popular = (reach: number | null, above: number) => reach !== null && reach > above;

function personRecord(random: () => number, id: string, reach: number | null) {
  return {
    id,
    name: id,
    languages: some(random, LANGUAGES, 1, upTo(reach)).join(', '),
    availability: popular(reach, 0.8) ? 'any time' : some(random, SLOTS, 1, upTo(reach)).join(', '),
    interests: some(random, INTERESTS, 1, upTo(reach)).join(', '),
    municipality: popular(reach, 0.6) ? 'Bologna' : PLACES[Math.floor(random() * PLACES.length)]!,
    birthYear: 1960 + Math.floor(random() * 45),
    gender: random() < 0.5 ? 'Woman' : 'Man',
    genderPreference: random() < 0.25 ? (random() < 0.5 ? 'Woman' : 'Man') : 'No preference',
    family: random() < 0.4 ? 'two children' : 'single',
    temperament: random() < 0.3 ? 'quiet' : random() < 0.5 ? 'outgoing' : 'organised',
    consentData: true,
  };
}

/** Synthetic people's records, as their rows of Mentors and Mentees hold them: shaped like the demo, needs and offers overlap, languages cluster, some prefer a gender. */
export function syntheticRecords(
  mentors: number,
  mentees: number,
  seed: number,
  family: Family = 'uniform',
): { mentors: RecordValues[]; mentees: RecordValues[] } {
  const random = seeded(seed);
  const person = (id: string, reach: number | null) => personRecord(random, id, reach);
  // Most correlated mentors reach little, a few very far.
  const reach = () => (family === 'uniform' ? null : random() ** 3 * 2.5);
  return {
    mentors: Array.from({ length: mentors }, (_, i) => {
      const r = reach();
      return {
        ...person(`MT-${i}`, r),
        offers: some(random, TOPICS, 2, r === null ? 4 : 2 + Math.round(3 * r)).join(', '),
        trainingModules: random() < 0.9 ? 5 : 3,
        capacity: random() < 0.3 ? 2 : 1,
        skills: 'logistics teacher',
      };
    }),
    mentees: Array.from({ length: mentees }, (_, i) => ({
      ...person(`ME-${i}`, null),
      needs: some(random, TOPICS, 1, 3).join(', '),
      goals: 'find work in logistics',
    })),
  };
}

/** The same people as profiles, as matching sees them. */
export function syntheticPeople(
  mentors: number,
  mentees: number,
  seed: number,
  family: Family = 'uniform',
): { mentors: MentorProfile[]; mentees: MenteeProfile[] } {
  const records = syntheticRecords(mentors, mentees, seed, family);
  return { mentors: records.mentors.map((r) => mentorProfile(r)), mentees: records.mentees.map((r) => menteeProfile(r)) };
}

const NONE: MatchContext = { activePairs: new Map(), exclusions: new Set(), endedBefore: new Set() };
const WORDS: Words = { t: translator('en'), language: 'en' };
const LIGHT = { scoreExcluded: false };
const bytes = (value: unknown) => Buffer.byteLength(JSON.stringify(value), 'utf8');
const names = (mentors: readonly MentorProfile[]) => {
  const byId = new Map(mentors.map((m) => [m.id, m.name]));
  return (id: string) => byId.get(id) ?? id;
};

/**
 * The previous suggestions, as they were before the compiled path: evaluate() for every mentor,
 * the demand on the leading candidates through evaluate() again, and every excluded mentor with
 * every reason in words in the answer.
 */
function previousSuggestions(mentee: MenteeProfile, mentors: readonly MentorProfile[], settings: MatchingSettings, waiting: readonly MenteeProfile[]) {
  const evaluations = mentors.map((mentor) => evaluate(mentor, mentee, settings, NONE, LIGHT));
  const byScore = (a: Evaluation, b: Evaluation) => b.total - a.total || a.mentorId.localeCompare(b.mentorId);
  const candidates = evaluations
    .filter((e) => e.breaches.length === 0)
    .sort(byScore)
    .slice(0, settings.suggestions * 3);
  const byId = new Map(mentors.map((m) => [m.id, m]));
  const others = waiting.filter((m) => m.id !== mentee.id);
  const demand = new Map<string, number>();
  for (const e of candidates) {
    const mentor = byId.get(e.mentorId)!;
    demand.set(
      e.mentorId,
      others.filter((o) => {
        const theirs = evaluate(mentor, o, settings, NONE, LIGHT);
        return theirs.breaches.length === 0 && theirs.total >= e.total;
      }).length,
    );
  }
  const free = (e: Evaluation) => Math.max(1, byId.get(e.mentorId)!.capacity);
  const rankScore = (e: Evaluation) => e.total - Math.min(15, 5 * Math.max(0, demand.get(e.mentorId)! / free(e) - 1));
  candidates.sort((a, b) => rankScore(b) - rankScore(a) || byScore(a, b));
  const name = names(mentors);
  return {
    suggestions: candidates
      .slice(0, settings.suggestions)
      .map((e) => ({ mentorId: e.mentorId, mentorName: name(e.mentorId), total: e.total, demand: demand.get(e.mentorId) })),
    excluded: evaluations
      .filter((e) => e.breaches.length > 0)
      .map((e) => ({
        mentorId: e.mentorId,
        mentorName: name(e.mentorId),
        rules: e.breaches.map((b) => describeReason(b.reason, WORDS.t, WORDS.language)),
        endedBefore: e.breaches.some((b) => b.rule === 'endedBefore'),
      })),
  };
}

/** The answer getSuggestions sends, built from the core's result as the server builds it. */
function suggestionsAnswer(mentee: MenteeProfile, mentors: readonly MentorProfile[], waiting: readonly MenteeProfile[]) {
  const result = suggestMentors(mentee, mentors, DEFAULT_MATCHING, NONE, waiting);
  const name = namesOf(
    mentors,
    result.suggestions.map((s) => s.mentorId),
  );
  return {
    mentee: menteeSummary(mentee, WORDS),
    suggestions: result.suggestions.map((s) => suggestionDto(s, name, WORDS)),
    excluded: excludedCountsDto(result.excluded, WORDS),
  };
}

export function suggestionsBench(): void {
  const rows: (string | number)[][] = [];
  for (const size of [100, 1_000, 5_000, 20_000]) {
    const { mentors, mentees } = syntheticPeople(size, 200, size);
    const mentee = mentees[0]!;
    const coreMs = timeIt(7, () => suggestMentors(mentee, mentors, DEFAULT_MATCHING, NONE, mentees));
    let answer = suggestionsAnswer(mentee, mentors, mentees);
    const oursMs = timeIt(7, () => {
      answer = suggestionsAnswer(mentee, mentors, mentees);
    });
    let previous = previousSuggestions(mentee, mentors, DEFAULT_MATCHING, mentees);
    const previousMs = timeIt(3, () => {
      previous = previousSuggestions(mentee, mentors, DEFAULT_MATCHING, mentees);
    });
    const same =
      JSON.stringify(answer.suggestions.map((s) => [s.mentorId, s.total, s.demand])) ===
      JSON.stringify(previous.suggestions.map((s) => [s.mentorId, s.total, s.demand]));
    // The coordinator opens the largest group: its first page, with every reason in words.
    const largest = answer.excluded.byRule[0]?.rule;
    const openPage = () => {
      const found = excludedMentors(mentee, mentors, DEFAULT_MATCHING, NONE, { rule: largest as never, limit: 20 });
      return excludedMentorsDto(found, largest ?? null, mentors, WORDS);
    };
    let page = openPage();
    const openMs = timeIt(5, () => {
      page = openPage();
    });
    rows.push([
      size.toLocaleString('en-GB'),
      coreMs,
      oursMs,
      previousMs,
      previousMs / oursMs,
      same ? 'yes' : 'NO',
      answer.excluded.count,
      bytes(answer),
      bytes(previous),
      openMs,
      bytes(page),
      size === 20_000 ? 20 : '',
    ]);
  }
  printTable(
    'One mentee’s suggestions: the core, and the answer as getSuggestions sends it (200 waiting mentees weigh on popular mentors; median of 7 runs, previous of 3)',
    [
      'mentors',
      'core ms',
      'answer ms',
      'previous answer ms (evaluate every pair)',
      'previous ÷ ours',
      'same suggestions',
      'excluded',
      'answer bytes',
      'previous answer bytes',
      'open a rule: ms',
      'page bytes',
      'target ms',
    ],
    rows,
  );
}

interface CohortJob {
  size: number;
  family: Family;
}

interface CohortFigures {
  pairs: number;
  unmatched: number;
  total: number;
  eligibleShare: number;
  phases: Record<CohortPhase, number>;
  endToEndMs: number;
  peakRssMb: number;
  previousScoringMs: number;
  sameScores: boolean;
  sameAssignmentTotal: boolean;
}

/** The previous scoring: evaluate() for every pair into a matrix of doubles, as proposeCohort did. */
function previousScores(mentees: readonly MenteeProfile[], mentors: readonly MentorProfile[]): Float64Array {
  const m = mentors.length;
  const scores = new Float64Array(mentees.length * m);
  mentees.forEach((mentee, i) => {
    mentors.forEach((mentor, k) => {
      const e = evaluate(mentor, mentee, DEFAULT_MATCHING, NONE, LIGHT);
      scores[i * m + k] = e.breaches.some((b) => b.rule !== 'capacity') ? -1 : e.total;
    });
  });
  return scores;
}

/** Runs of each cohort in its process, after the warm-up; the median is reported. */
const COHORT_RUNS = 3;

function cohortJob({ size, family }: CohortJob): CohortFigures {
  const seed = size + 7 + (family === 'uniform' ? 0 : 1_000_003);
  const options = { maximiseMatched: false, teamMode: false, pinned: [] };
  // Warm the JIT on a small cohort first, as a long-lived server would be.
  const warm = syntheticPeople(60, 60, 1, family);
  proposeCohort(warm.mentees, warm.mentors, DEFAULT_MATCHING, NONE, options);
  const { mentors, mentees } = syntheticPeople(size, size, seed, family);
  // Three runs on the same people, the median kept (a single run on this shared machine varied by a
  // fifth from one bench to the next); the peak memory is the process's during the first, as one
  // execution would have it (later runs add the garbage of the earlier ones).
  let peakRssMb = 0;
  const runs = Array.from({ length: COHORT_RUNS }, (_, run) => {
    const phases: Record<CohortPhase, number> = { scoring: 0, assignment: 0, explanations: 0 };
    const start = performance.now();
    const proposal = proposeCohort(mentees, mentors, DEFAULT_MATCHING, NONE, options, (phase, work) => {
      const t = performance.now();
      const result = work();
      phases[phase] += performance.now() - t;
      return result;
    });
    const endToEndMs = performance.now() - start;
    if (run === 0) peakRssMb = process.resourceUsage().maxRSS / 1024;
    return { proposal, phases, endToEndMs };
  }).sort((a, b) => a.endToEndMs - b.endToEndMs);
  const { proposal, phases, endToEndMs } = runs[COHORT_RUNS >> 1]!;
  // Then the previous scoring, on the same people: its time, and that it gives the same matrix.
  const ours = groupScores(
    compileMatching(mentees, mentors, DEFAULT_MATCHING, NONE),
    mentors.map((_, k) => k),
  );
  const t = performance.now();
  const previous = previousScores(mentees, mentors);
  const previousScoringMs = performance.now() - t;
  // The previous scoring wrote a forbidden pair -1 and every pair; ours lists the allowed pairs alone: the same scores, the same pairs.
  const m = mentors.length;
  const dense = new Float64Array(previous.length).fill(-1);
  for (let i = 0; i < mentees.length; i++) for (let p = ours.start[i]!; p < ours.start[i + 1]!; p++) dense[i * m + ours.mentor[p]!] = ours.score[p]!;
  const sameScores = dense.every((s, e) => s === previous[e]);
  const eligible = ours.start[mentees.length]!;
  const previousAssignment = assign({
    menteeIds: mentees.map((x) => x.id),
    mentorIds: mentors.map((x) => x.id),
    capacities: mentors.map((x) => x.capacity),
    score: (i, k) => (previous[i * m + k]! < 0 ? null : previous[i * m + k]!),
  });
  return {
    pairs: proposal.pairs.length,
    unmatched: proposal.unmatched.length,
    total: proposal.total,
    eligibleShare: eligible / previous.length,
    phases,
    endToEndMs,
    peakRssMb,
    previousScoringMs,
    sameScores,
    sameAssignmentTotal: previousAssignment.total === proposal.total,
  };
}

const CHILD = 'PMD_MATCHING_CHILD';

// A child started by cohortBench: one measurement, its figures on stdout, and nothing else.
if (process.env[CHILD]) {
  writeSync(1, `${JSON.stringify(cohortJob(JSON.parse(process.env[CHILD]) as CohortJob))}\n`);
  process.exit(0);
}

function inChild(job: CohortJob): CohortFigures {
  const child = spawnSync(process.execPath, ['--max-old-space-size=4096', fileURLToPath(import.meta.url)], {
    env: { ...process.env, [CHILD]: JSON.stringify(job) },
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  if (child.status !== 0) throw new Error(`cohort benchmark ${job.size} ${job.family} failed: ${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').at(-1)!) as CohortFigures;
}

export function cohortBench(): void {
  // BENCH_COHORT_SIZES=100,500 runs only those sizes (one corner without the whole table).
  const only = process.env.BENCH_COHORT_SIZES?.split(',').map(Number);
  const sizes = (process.env.BENCH_QUICK === '1' ? [100, 500, 2_000] : [100, 500, 2_000, 4_000]).filter((n) => !only || only.includes(n));
  const rows: (string | number)[][] = [];
  for (const family of ['uniform', 'correlated'] as const) {
    for (const size of sizes) {
      const f = inChild({ size, family });
      const target = size === 2_000 ? '800' : size === 4_000 ? '4,000 / 300 MB' : '';
      rows.push([
        `${size.toLocaleString('en-GB')}×${size.toLocaleString('en-GB')}`,
        family,
        f.eligibleShare * 100,
        f.phases.scoring,
        f.phases.assignment,
        f.phases.explanations,
        f.endToEndMs,
        f.peakRssMb,
        f.previousScoringMs,
        f.previousScoringMs / f.phases.scoring,
        f.sameScores && f.sameAssignmentTotal ? 'yes' : 'NO',
        f.pairs,
        f.total,
        target,
      ]);
    }
  }
  printTable(
    'Whole cohort (capacities 1 or 2), each size in its own process, median of 3 runs: compiled scoring, assignment and explanations, against the previous scoring (evaluate() per pair, once)',
    [
      'mentees×mentors',
      'family',
      '% pairs eligible',
      'scoring ms',
      'assignment ms',
      'explanations ms',
      'end to end ms',
      'peak RSS MB',
      'previous scoring ms',
      'previous ÷ ours (scoring)',
      'same scores and total',
      'pairs',
      'total score',
      'target ms',
    ],
    rows,
  );
}
