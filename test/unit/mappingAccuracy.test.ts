import { describe, expect, it } from 'vitest';
import { FORM_KINDS, type FormKind } from '../../src/core/intake/fields';
import { guessKind, missingRequired, proposeMapping } from '../../src/core/intake/mapping';
import { buildRecord } from '../../src/core/intake/records';
import { HEADER_CASES, type HeaderCase, TIMESTAMP_TITLES, UNMAPPED } from '../fixtures/headers';

/**
 * How well the proposed mapping understands coordinators' own forms (test/fixtures/headers), in
 * every coordinator language: each form is mapped whole (a field is used once, so its questions
 * compete), and a header counts as right when it gets its expected field, or nothing when none is
 * expected.
 */
interface Miss {
  header: string;
  kind: FormKind;
  expected: string | null;
  got: string | null;
}

interface Score {
  language: string;
  headers: number;
  correct: number;
  accuracy: number;
  misses: Miss[];
  /** Forms whose kind guessKind got wrong: "expected→guessed". */
  wrongKinds: string[];
  /** Whether the localised timestamp column was recognised in every form. */
  timestamps: boolean;
}

interface Form {
  language: string;
  kind: FormKind;
  name: string;
  cases: HeaderCase[];
  headers: string[];
}

/** Each form's questions, in order, after the timestamp column Google puts first. */
function formsOf(language: string): Form[] {
  const forms = new Map<string, Form>();
  for (const c of HEADER_CASES[language]!) {
    const key = `${c.kind}/${c.form ?? ''}`;
    const form = forms.get(key) ?? { language, kind: c.kind, name: c.form ?? '', cases: [], headers: [TIMESTAMP_TITLES[language]!] };
    form.cases.push(c);
    form.headers.push(c.header);
    forms.set(key, form);
  }
  return [...forms.values()];
}

const LANGUAGES = Object.keys(HEADER_CASES);
const FORMS = LANGUAGES.flatMap(formsOf);

function score(language: string): Score {
  const result: Score = { language, headers: 0, correct: 0, accuracy: 0, misses: [], wrongKinds: [], timestamps: true };
  for (const form of FORMS.filter((f) => f.language === language)) {
    const mapping = proposeMapping(form.headers, form.kind);
    if (mapping.columns[0]!.role !== 'timestamp') result.timestamps = false;
    form.cases.forEach((c, i) => {
      const got = mapping.columns[i + 1]!.field;
      result.headers++;
      if (got === c.field) result.correct++;
      else result.misses.push({ header: c.header, kind: form.kind, expected: c.field, got });
    });
    const guessed = guessKind(form.headers).kind;
    if (guessed !== form.kind) result.wrongKinds.push(`${form.kind}${form.name}→${guessed}`);
  }
  result.accuracy = result.correct / result.headers;
  return result;
}

const SCORES = LANGUAGES.map(score);

function table(): string {
  const pad = (text: string | number, width: number) => String(text).padEnd(width);
  const lines = [
    `${pad('language', 10)}${pad('headers', 9)}${pad('correct', 9)}${pad('accuracy', 10)}wrong kind`,
    ...SCORES.map((s) => `${pad(s.language, 10)}${pad(s.headers, 9)}${pad(s.correct, 9)}${pad(s.accuracy.toFixed(3), 10)}${s.wrongKinds.join(', ')}`),
  ];
  const total = SCORES.reduce((sum, s) => sum + s.headers, 0);
  const correct = SCORES.reduce((sum, s) => sum + s.correct, 0);
  lines.push(`${pad('all', 10)}${pad(total, 9)}${pad(correct, 9)}${pad((correct / total).toFixed(3), 10)}`);
  const misses = SCORES.flatMap((s) => s.misses.map((m) => `  ${s.language} ${m.kind}: "${m.header}" expected ${m.expected}, got ${m.got}`));
  return `${lines.join('\n')}\n${misses.length ? `Misses:\n${misses.join('\n')}` : 'No misses.'}`;
}

describe('mapping accuracy on coordinators’ own forms', () => {
  it('has a realistic test set in every coordinator language', () => {
    expect([...LANGUAGES].sort()).toEqual(['de', 'el', 'en', 'es', 'fr', 'it', 'nl', 'pt']);
    for (const language of LANGUAGES) {
      // Counted in the language's first form of each kind; its further forms come on top.
      const count = (kind: FormKind) => HEADER_CASES[language]!.filter((c) => c.kind === kind && !c.form).length;
      expect(count('mentee')).toBeGreaterThanOrEqual(25);
      expect(count('mentor')).toBeGreaterThanOrEqual(15);
      expect(HEADER_CASES[language]!.every((c) => FORM_KINDS.includes(c.kind))).toBe(true);
    }
  });

  it('prints the accuracy table', () => {
    console.log(table());
    expect(SCORES.every((s) => s.headers > 0)).toBe(true);
  });

  for (const s of SCORES) {
    it(`maps at least 90% of the ${s.language} headers right`, () => {
      expect(s.accuracy).toBeGreaterThanOrEqual(0.9);
    });
    it(`guesses the kind of each ${s.language} form`, () => {
      expect(s.wrongKinds).toEqual([]);
    });
    it(`recognises the ${s.language} timestamp column`, () => {
      expect(s.timestamps).toBe(true);
    });
  }

  it('never maps a consent, a birth year or a gender preference it should not (a wrong one is worse than none)', () => {
    const strict = new Set(['consentData', 'consentContact', 'birthYear', 'genderPreference', 'agePreference']);
    const wrong = SCORES.flatMap((s) => s.misses).filter((m) => m.got !== null && strict.has(m.got));
    expect(wrong).toEqual([]);
  });

  it('leaves a question it has no field for as an other answer', () => {
    const mapped = UNMAPPED.map(([kind, header]) => [header, proposeMapping(['Timestamp', header], kind).columns[1]!.field]).filter(([, field]) => field);
    expect(mapped).toEqual([]);
  });

  it('still guesses the kind of a mentor or mentee form when any one question is left out', () => {
    const wrong: string[] = [];
    for (const form of FORMS.filter((f) => f.kind === 'mentor' || f.kind === 'mentee')) {
      form.headers.slice(1).forEach((left, i) => {
        const guessed = guessKind(form.headers.filter((_, j) => j !== i + 1)).kind;
        if (guessed !== form.kind) wrong.push(`${form.language} ${form.kind}${form.name} without "${left}" → ${guessed}`);
      });
    }
    expect(wrong).toEqual([]);
  });
});

describe('a name asked in two questions', () => {
  const clock = { now: new Date('2026-03-01T10:00:00Z'), timeZone: 'Europe/Rome' };
  const required = ['name', 'birthYear', 'languages', 'needs', 'consentData'];

  it('maps both halves in every language and composes "First Last" into the record’s name', () => {
    const pairs: [string, string][] = [
      ['First name', 'Last name'],
      ['Nome', 'Cognome'],
      ['Nombre', 'Apellidos'],
      ['Prénom', 'Nom'],
      ['Vorname', 'Nachname'],
      ['Voornaam', 'Achternaam'],
      ['Όνομα', 'Επώνυμο'],
      ['Nome próprio', 'Apelido'],
    ];
    for (const [first, last] of pairs) {
      const mapping = proposeMapping(['Timestamp', first, last, 'Email'], 'mentee');
      expect(mapping.columns.map((c) => c.field)).toEqual([null, 'firstName', 'lastName', 'email']);
      expect(missingRequired(mapping)).not.toContain('name');
      const record = buildRecord(mapping, [new Date(), ' Amina ', 'Yusuf', 'a@example.org'], clock, required);
      expect(record.values.name).toBe('Amina Yusuf');
      expect(Object.keys(record.values)).not.toContain('firstName');
      expect(Object.keys(record.values)).not.toContain('lastName');
      expect(record.problems.filter((p) => p.field === 'name')).toEqual([]);
    }
  });

  it('keeps the one half answered, and flags a name left blank in both', () => {
    const mapping = proposeMapping(['Timestamp', 'First name', 'Surname'], 'mentee');
    expect(buildRecord(mapping, [new Date(), 'Amina', ''], clock, required).values.name).toBe('Amina');
    const blank = buildRecord(mapping, [new Date(), '', ''], clock, required);
    expect(blank.problems).toContainEqual({ field: 'name', code: 'blankRequired', answer: '' });
  });

  it('lets a whole name asked as well win, the halves kept as other answers', () => {
    const mapping = proposeMapping(['Timestamp', 'Full name', 'First name', 'Last name'], 'mentee');
    const record = buildRecord(mapping, [new Date(), 'Amina Y. Yusuf', 'Amina', 'Yusuf'], clock, required);
    expect(record.values.name).toBe('Amina Y. Yusuf');
    expect(record.extras).toMatchObject({ 'First name': 'Amina', 'Last name': 'Yusuf' });
  });

  it('reads a bare "Name" as the whole name when no half is asked', () => {
    expect(proposeMapping(['Timestamp', 'Nome', 'Email'], 'mentee').columns[1]!.field).toBe('name');
    expect(proposeMapping(['Timestamp', 'Naam en voornaam'], 'mentee').columns[1]!.field).toBe('name');
  });
});
