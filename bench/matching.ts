import { type AssignmentProblem, assign, assignGreedy } from '../src/core/matching/assignment';
import { evaluate, type MatchContext } from '../src/core/matching/evaluate';
import { type MenteeProfile, type MentorProfile, menteeProfile, mentorProfile } from '../src/core/matching/profiles';
import { DEFAULT_MATCHING } from '../src/core/matching/settings';
import { proposeCohort, suggestMentors } from '../src/core/matching/suggest';
import { printTable, timeIt } from './table';

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
  const n = min + Math.floor(random() * (max - min + 1));
  const out: T[] = [];
  while (out.length < n) {
    const item = pool[Math.floor(random() * pool.length)]!;
    if (!out.includes(item)) out.push(item);
  }
  return out;
}

/** Synthetic people shaped like the demo: needs and offers overlap, languages cluster, some prefer a gender. */
export function syntheticPeople(mentors: number, mentees: number, seed: number): { mentors: MentorProfile[]; mentees: MenteeProfile[] } {
  const random = seeded(seed);
  const person = (id: string) => ({
    id,
    name: id,
    languages: some(random, LANGUAGES, 1, 3).join(', '),
    availability: some(random, SLOTS, 1, 3).join(', '),
    interests: some(random, INTERESTS, 1, 3).join(', '),
    municipality: PLACES[Math.floor(random() * PLACES.length)]!,
    birthYear: 1960 + Math.floor(random() * 45),
    gender: random() < 0.5 ? 'Woman' : 'Man',
    genderPreference: random() < 0.25 ? (random() < 0.5 ? 'Woman' : 'Man') : 'No preference',
    family: random() < 0.4 ? 'two children' : 'single',
    temperament: random() < 0.3 ? 'quiet' : random() < 0.5 ? 'outgoing' : 'organised',
    consentData: true,
  });
  return {
    mentors: Array.from({ length: mentors }, (_, i) =>
      mentorProfile({
        ...person(`MT-${i}`),
        offers: some(random, TOPICS, 2, 4).join(', '),
        trainingModules: random() < 0.9 ? 5 : 3,
        capacity: random() < 0.3 ? 2 : 1,
        skills: 'logistics teacher',
      } as never),
    ),
    mentees: Array.from({ length: mentees }, (_, i) =>
      menteeProfile({ ...person(`ME-${i}`), needs: some(random, TOPICS, 1, 3).join(', '), goals: 'find work in logistics' } as never),
    ),
  };
}

const NONE: MatchContext = { activePairs: new Map(), exclusions: new Set(), endedBefore: new Set() };

export function suggestionsBench(): void {
  const rows: (string | number)[][] = [];
  for (const size of [100, 1_000, 5_000]) {
    const { mentors, mentees } = syntheticPeople(size, 200, size);
    const mentee = mentees[0]!;
    const oursMs = timeIt(5, () => suggestMentors(mentee, mentors, DEFAULT_MATCHING, NONE, mentees));
    // Baseline: score every mentor and sort, with no capacity awareness and no explanations kept.
    const baselineMs = timeIt(5, () => {
      mentors
        .map((m) => evaluate(m, mentee, DEFAULT_MATCHING, NONE))
        .filter((e) => e.breaches.length === 0)
        .sort((a, b) => b.total - a.total)
        .slice(0, 5);
    });
    const result = suggestMentors(mentee, mentors, DEFAULT_MATCHING, NONE, mentees);
    rows.push([size.toLocaleString('en-GB'), oursMs, baselineMs, oursMs / baselineMs, result.suggestions.length, result.excluded.length, 50]);
  }
  printTable(
    'One mentee’s suggestions (200 waiting mentees weigh on popular mentors; median of 5 runs)',
    ['mentors', 'ms', 'baseline ms (score and sort)', 'ratio', 'suggested', 'excluded', 'target ms'],
    rows,
  );
}

export function cohortBench(): void {
  const rows: (string | number)[][] = [];
  for (const size of [100, 500, 2_000]) {
    const { mentors, mentees } = syntheticPeople(size, size, size + 7);
    let proposal = proposeCohort(mentees, mentors, DEFAULT_MATCHING, NONE, { maximiseMatched: false, teamMode: false, pinned: [] });
    const ms = timeIt(1, () => {
      proposal = proposeCohort(mentees, mentors, DEFAULT_MATCHING, NONE, { maximiseMatched: false, teamMode: false, pinned: [] });
    });
    // Greedy on the same scores: best remaining pair first.
    const scores = new Float64Array(mentees.length * mentors.length);
    mentees.forEach((e, i) => {
      mentors.forEach((m, k) => {
        const ev = evaluate(m, e, DEFAULT_MATCHING, NONE);
        scores[i * mentors.length + k] = ev.breaches.length ? -1 : ev.total;
      });
    });
    const problem: AssignmentProblem = {
      menteeIds: mentees.map((m) => m.id),
      mentorIds: mentors.map((m) => m.id),
      capacities: mentors.map((m) => m.capacity),
      score: (i, k) => (scores[i * mentors.length + k]! < 0 ? null : scores[i * mentors.length + k]!),
    };
    let greedy = assignGreedy(problem);
    const greedyMs = timeIt(1, () => {
      greedy = assignGreedy(problem);
    });
    const optimal = assign(problem);
    rows.push([
      `${size.toLocaleString('en-GB')}×${size.toLocaleString('en-GB')}`,
      ms,
      greedyMs,
      proposal.pairs.length,
      greedy.matched,
      optimal.total,
      greedy.total,
      optimal.total / greedy.total,
      size === 2_000 ? 10_000 : '',
    ]);
  }
  printTable(
    'Cohort matching with capacities 1 or 2: optimal (scoring included) against greedy on the same scores',
    [
      'mentees×mentors',
      'optimal ms',
      'greedy ms (assignment only)',
      'pairs (optimal)',
      'pairs (greedy)',
      'total score (optimal)',
      'total score (greedy)',
      'optimal ÷ greedy',
      'target ms',
    ],
    rows,
  );
}
