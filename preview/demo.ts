import type { FakeWorkspace, FormAnswers } from '../fake';
import { MODULE_KEYS } from '../src/core/matching/readinessEdit';
import { MENTORS } from '../src/core/schema/sheets';
import { standardFormAnswers } from './demoForms';
import { laterMentees, laterMentors, MENTEE_QUESTIONS, MENTOR_QUESTIONS, type Row, springMentees, springMentors } from './demoPeople';
import type { AddonRuntime } from './runtime';

/**
 * The demo programme of the local preview: a fictional mentoring programme in Bologna, played
 * through the add-on from its spring campaign to "today" (23 November 2026), as its coordinator
 * would have run it: applications through the programme's forms, set-up and import, matching,
 * the pairs' steps, mentors' diaries, supervision, goals, closure with the final assessment and
 * the satisfaction questionnaires, an early ending and a rematch. Every monitoring indicator then
 * has data. Everything goes through the add-on's own server functions and the form-submit
 * trigger; only the coordinator's own columns (training, capacity, a planned end) and a note in
 * Sensitive details are typed by hand, as a coordinator types them.
 */
export const MENTOR_SHEET = 'Mentor applications';
export const MENTEE_SHEET = 'Mentee intake';
/** The spring campaign opens; the workspace of the demo starts here. */
export const DEMO_START = '2026-02-02T08:00:00Z';
/** "Today" in the demo: the date the other tests and the screenshots read. */
export const DEMO_TODAY = '2026-11-23T09:00:00Z';

const CONSENT = 'Yes, I agree';
const DAY = 86_400_000;

/** An application as sent: the answers, and yes to both consent questions. */
export function withConsent(row: Row): FormAnswers {
  return {
    ...row,
    'I agree to the processing of my data': CONSENT,
    'You may contact me about the programme': 'Yes',
  };
}

/** Imports a response sheet from `fromRow` through the add-on, chunk by chunk, as the sidebar's import does; returns the next row. */
export function importFrom(runtime: AddonRuntime, sheetName: string, fromRow: number): number {
  return importById(runtime, runtime.ws.sheet(sheetName).getSheetId(), fromRow);
}

function importById(runtime: AddonRuntime, sheetId: number, fromRow: number): number {
  let progress = { done: false, nextRow: fromRow };
  while (!progress.done) progress = runtime.run('importResponses', [{ sheetId, fromRow: progress.nextRow }]) as { done: boolean; nextRow: number };
  return progress.nextRow;
}

/** Maps a response sheet as the add-on proposes, confirms it and imports every response; returns the next row to import. */
export function mapAndImport(runtime: AddonRuntime, sheetName: string): number {
  const sheetId = runtime.ws.sheet(sheetName).getSheetId();
  const proposal = runtime.run('proposeMapping', [{ sheetId }]) as Proposal;
  runtime.run('confirmMapping', [{ sheetId, kind: proposal.kind, columns: proposal.columns.map((c) => ({ header: c.header, field: c.field })) }]);
  return importById(runtime, sheetId, 2);
}

/** A Mentors column's header, found by its key: the demo's spreadsheet is in English (en_GB). */
export function mentorHeader(key: string): string {
  const column = MENTORS.columns.find((c) => c.key === key);
  if (!column) throw new Error(`Demo: Mentors has no column ${key}`);
  return column.header;
}

/**
 * The days of the programme's training courses (AMIR phase 2: five modules before matching).
 * Spring: the week after the last spring application; Samira Haddad was trained in the 2025
 * edition (her screening says so); the later mentors took the course after they applied.
 */
const SPRING_COURSE = ['2026-02-18', '2026-02-20', '2026-02-23', '2026-02-25', '2026-02-27'];
const COURSE_2025 = ['2025-10-06', '2025-10-13', '2025-10-20', '2025-10-27', '2025-11-03'];
const MAY_COURSE = ['2026-05-11', '2026-05-13', '2026-05-15', '2026-05-18', '2026-05-20'];
/** For Ahmed Mansour, who applied on the last day of the May course: the modules again, one by one. */
const JUNE_CATCH_UP = ['2026-05-25', '2026-05-27', '2026-05-29', '2026-06-01', '2026-06-03'];
const SEPTEMBER_COURSE = ['2026-09-02', '2026-09-03', '2026-09-07', '2026-09-08', '2026-09-09'];

/** Moves the clock to 10:00 (UTC) on `day`, never back: the demo is played in the order things happened. */
function at(ws: FakeWorkspace, day: string): void {
  const time = Date.parse(`${day}T10:00:00Z`);
  if (Number.isNaN(time)) throw new Error(`Demo: ${day} is not a day`);
  ws.clock.set(Math.max(ws.clock.now(), time));
}

/** A response through the form-submit trigger; a trigger that fails stops the demo rather than leaving a hole in it. */
function submit(ws: FakeWorkspace, sheet: string, answers: FormAnswers): void {
  const { runs } = ws.submitFormResponse(sheet, answers);
  const failed = runs.find((run) => !run.ok);
  if (failed) throw new Error(`Demo: the form-submit trigger failed on ${sheet}: ${failed.error}`);
}

/** Seeds the spring campaign's applications (the add-on is installed by the caller, not yet set up). */
export function seedDemo(ws: FakeWorkspace): void {
  const start = Date.parse(DEMO_START);
  ws.addResponseSheet(MENTOR_SHEET, MENTOR_QUESTIONS);
  ws.addResponseSheet(MENTEE_SHEET, MENTEE_QUESTIONS);
  springMentors.forEach((row, i) => {
    ws.clock.set(start + i * 3 * DAY);
    ws.submitFormResponse(MENTOR_SHEET, withConsent(row));
  });
  springMentees.forEach((row, i) => {
    ws.clock.set(start + (i * 4 + 1) * DAY);
    ws.submitFormResponse(MENTEE_SHEET, withConsent(row));
  });
}

interface Proposal {
  sheetId: number;
  kind: string;
  columns: { header: string; field: string | null }[];
}

type FormName = 'diary' | 'mentorSatisfaction' | 'menteeSatisfaction' | 'assessment';
type Answers = Record<string, string | number | string[]>;

/** A value known once the step that makes it has run (a pair's code, a goal's id). */
class Later<T> {
  private known: T | undefined;
  set(value: T): void {
    this.known = value;
  }
  get value(): T {
    if (this.known === undefined) throw new Error('Demo: a step uses a value before the step that makes it');
    return this.known;
  }
}
type Code = string | Later<string>;
const codeOf = (code: Code) => (typeof code === 'string' ? code : code.value);

/**
 * The coordinator's year, written pair by pair and played day by day: each step is scheduled on
 * its day and `play` runs them in the order of the days (steps of one day in the order written),
 * so the sheets, the audit log and the form timestamps read as a real year would.
 */
class Story {
  private readonly steps: { day: string; order: number; act: () => void }[] = [];
  private readonly forms = {} as Record<FormName, string>;
  private readonly people = new Map<string, { id: string; email: string }>();
  constructor(readonly runtime: AddonRuntime) {}

  get ws() {
    return this.runtime.ws;
  }

  on(day: string, act: () => void): void {
    this.steps.push({ day, order: this.steps.length, act });
  }

  play(): void {
    const steps = [...this.steps].sort((a, b) => a.day.localeCompare(b.day) || a.order - b.order);
    for (const step of steps) {
      at(this.ws, step.day);
      step.act();
    }
  }

  call<T>(fn: string, ...args: unknown[]): T {
    return this.runtime.run(fn, args) as T;
  }

  /** A server function on a day. */
  run(day: string, fn: string, ...args: unknown[]): void {
    this.on(day, () => this.call(fn, ...args));
  }

  /** A person's row by name (ids and emails never change, so each is read once). */
  private person(sheetName: 'Mentors' | 'Mentees', name: string): { id: string; email: string } {
    const key = `${sheetName}:${name}`;
    let found = this.people.get(key);
    if (!found) {
      const rows = this.ws.sheet(sheetName).getDataRange().getDisplayValues();
      const header = rows[0]!;
      const row = rows.find((r) => r[header.indexOf('Name')] === name);
      if (!row) throw new Error(`Demo: ${name} is not in ${sheetName}`);
      found = { id: row[0]!, email: row[header.indexOf('Email')] ?? '' };
      this.people.set(key, found);
    }
    return found;
  }

  idOf(sheetName: 'Mentors' | 'Mentees', name: string): string {
    return this.person(sheetName, name).id;
  }

  emailOf(sheetName: 'Mentors' | 'Mentees', name: string): string {
    return this.person(sheetName, name).email;
  }

  /** Writes coordinator-owned cells of one row by hand (columns by header), as the coordinator types them in the sheet. */
  typeInto(day: string, sheetName: string, key: () => string, values: Record<string, string | number>): void {
    this.on(day, () => {
      const sheet = this.ws.sheet(sheetName);
      const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0]!.map(String);
      const keys = sheet
        .getRange(1, 1, sheet.getLastRow(), 1)
        .getValues()
        .map((r) => String(r[0]));
      const row = keys.indexOf(key()) + 1;
      if (row < 2) throw new Error(`Demo: ${key()} is not in ${sheetName}`);
      for (const [name, value] of Object.entries(values)) {
        const column = header.indexOf(name) + 1;
        if (column < 1) throw new Error(`Demo: ${sheetName} has no column ${name}`);
        sheet.getRange(row, column).setValue(value);
      }
    });
  }

  /**
   * Training, peer or local, capacity: what the coordinator records once a mentor is trained. The
   * training is the day each module was done, in order; the count beside it is the number of those
   * days, as Mentor readiness keeps it, so a day saved there later does not change the count.
   */
  readiness(day: string, mentor: string, modulesDoneOn: readonly string[], type: 'Peer' | 'Local', capacity: number): void {
    if (modulesDoneOn.length > MODULE_KEYS.length) throw new Error(`Demo: ${mentor} has more modules than the training has`);
    if (modulesDoneOn.some((done) => done > day)) throw new Error(`Demo: ${mentor} has a module done after ${day}`);
    const moduleDays = Object.fromEntries(MODULE_KEYS.map((key, i) => [mentorHeader(key), modulesDoneOn[i] ?? '']));
    this.typeInto(day, 'Mentors', () => this.idOf('Mentors', mentor), {
      [mentorHeader('trainingModules')]: modulesDoneOn.length,
      ...moduleDays,
      [mentorHeader('mentorType')]: type,
      [mentorHeader('capacity')]: capacity,
    });
  }

  apply(day: string, sheet: string, row: Row): void {
    this.on(day, () => submit(this.ws, sheet, withConsent(row)));
  }

  status(code: Code, day: string, status: string, reason = ''): void {
    this.on(day, () => this.call('updatePairStatus', { code: codeOf(code), status, reason }));
  }

  /** The pair's steps from the mentor's yes to the introductory meeting, where mentoring starts. */
  start(code: Code, accepted: string, started: string): void {
    this.status(code, accepted, 'Mentor accepted');
    this.status(code, started, 'Introductory meeting held');
    this.status(code, started, 'Active');
  }

  /** Matches a waiting mentee with the mentor the coordinator chose among the add-on's suggestions. */
  match(day: string, mentee: string, mentor: string): Later<string> {
    const code = new Later<string>();
    this.on(day, () => {
      const menteeId = this.idOf('Mentees', mentee);
      const mentorId = this.idOf('Mentors', mentor);
      const { suggestions } = this.call<{ suggestions: { mentorId: string }[] }>('getSuggestions', { menteeId });
      if (!suggestions.some((s) => s.mentorId === mentorId)) throw new Error(`Demo: ${mentor} is not suggested for ${mentee}`);
      code.set(this.call<{ codes: string[] }>('acceptMatches', { pairs: [{ menteeId, mentorId }] }).codes[0]!);
    });
    return code;
  }

  goal(day: string, code: Code, goal: Answers, id?: Later<string>): Later<string> {
    const made = id ?? new Later<string>();
    this.on(day, () => {
      const reply = this.call<{ goalId: string }>('saveGoal', { code: codeOf(code), ...(id ? { goalId: id.value } : {}), ...goal });
      made.set(reply.goalId);
    });
    return made;
  }

  supervision(day: string, code: Code, entry: Answers): void {
    this.on(day, () => this.call('logSupervision', { code: codeOf(code), date: day, ...entry }));
  }

  createForms(day: string): void {
    this.on(day, () => {
      const created = this.call<{ kind: FormName; sheetName: string | null }[]>('createStandardForms', {
        kinds: ['diary', 'mentorSatisfaction', 'menteeSatisfaction', 'assessment'],
      });
      for (const form of created) {
        if (!form.sheetName) throw new Error(`Demo: the ${form.kind} form has no response sheet yet`);
        this.forms[form.kind] = form.sheetName;
      }
    });
  }

  /** An answer to one of the programme's forms; `answers` by field (see standardFormAnswers), `code` fills the pair code. */
  answer(kind: FormName, day: string, code: Code, answers: Answers, email?: () => string): void {
    this.on(day, () => {
      const sheet = this.forms[kind];
      submit(this.ws, sheet, standardFormAnswers(this.ws, sheet, kind, { pairCode: codeOf(code), ...answers }, { email: email?.() }));
    });
  }

  /** A mentor's diary entry (AMIR attachment 9), sent through the diary form. */
  diary(code: Code, mentor: string, day: string, extra: Answers = {}): void {
    const entry = {
      date: day,
      durationMinutes: '90',
      mode: 'In person',
      activity: 'Met for coffee and went through the week',
      communityActivity: 'No',
      needsSupport: 'No',
    };
    this.answer('diary', day, code, { ...entry, ...extra }, () => this.emailOf('Mentors', mentor));
  }

  /** Diaries on the days given, with the themes taken in turn. */
  diaries(code: Code, mentor: string, days: string[], themes: string[]): void {
    days.forEach((day, i) => {
      this.diary(code, mentor, day, { themes: [themes[i % themes.length]!] });
    });
  }
}

/**
 * Runs the demo programme through the add-on as its coordinator did, from the spring set-up to
 * today. The first pairs keep the codes and stories the other tests read: P-0001 active and well
 * supported (its mentor just asked for help), P-0002 rarely meeting, P-0003 declined by the mentor.
 */
export function prepareDemoProgramme(runtime: AddonRuntime): void {
  const story = new Story(runtime);
  setUp(story);
  springCohort(story);
  closedEarly(story);
  completed(story);
  rematch(story);
  inClosure(story);
  autumn(story);
  groupSupervision(story);
  story.on('2026-11-20', () => recordSafeguarding(runtime.ws));
  story.play();
  runtime.ws.clock.set(Math.max(runtime.ws.clock.now(), Date.parse(DEMO_TODAY)));
}

/** 2 March: set-up, both response sheets mapped and imported, automatic import on, the programme's forms, training and screening. */
function setUp(story: Story): void {
  const day = '2026-03-02';
  story.on(day, () => {
    story.call('setUpProgramme');
    for (const name of [MENTOR_SHEET, MENTEE_SHEET]) mapAndImport(story.runtime, name);
    story.call('installIngestion');
  });
  story.createForms(day);
  const readiness: [string, readonly string[], 'Peer' | 'Local', number][] = [
    ['Samira Haddad', COURSE_2025, 'Peer', 2],
    ['Marco Bianchi', SPRING_COURSE, 'Local', 1],
    ['Tesfaye Gebremedhin', SPRING_COURSE, 'Peer', 1],
    ['Olena Kovalenko', SPRING_COURSE, 'Peer', 1],
    // Missed the last two sessions: 3 of 5, so matching leaves her out until she has done all five.
    ['Giulia Romano', SPRING_COURSE.slice(0, 3), 'Local', 1],
    ['Reza Ahmadi', SPRING_COURSE, 'Peer', 1],
  ];
  for (const [mentor, training, type, capacity] of readiness) story.readiness(day, mentor, training, type, capacity);
  story.run(day, 'setScreeningDecision', { role: 'mentor', id: 'MT-0001', decision: 'Admit', reason: 'Experienced, trained in 2025' });
  story.run(day, 'setScreeningDecision', { role: 'mentee', id: 'ME-0001', decision: 'Admit', reason: 'Housing need is urgent' });
  story.run(day, 'setScreeningDecision', { role: 'mentee', id: 'ME-0006', decision: 'Waiting list', reason: 'Permit appointment pending' });
}

/** The spring cohort: three pairs proposed together; one mentor declines and the mentee is offered a rematch. */
function springCohort(story: Story): void {
  story.on('2026-03-16', () => {
    const proposal = story.call<{ pairs: { menteeId: string; mentorId: string }[] }>('proposeCohort', { maximiseMatched: true, teamMode: false });
    // Three of the proposed pairs are taken up; the rest of the cohort is left for the coordinator to match one by one.
    const picks = [proposal.pairs[0], proposal.pairs[1], proposal.pairs[3]];
    if (picks.some((p) => !p)) throw new Error('Demo: the spring cohort proposal is too small');
    story.call('acceptMatches', { pairs: picks });
  });

  // P-0001: active since March, well supported; its mentor asked for help three days ago.
  const samira = 'Samira Haddad';
  story.start('P-0001', '2026-03-18', '2026-03-25');
  story.diaries(
    'P-0001',
    samira,
    ['2026-03-28', '2026-04-08', '2026-04-18', '2026-04-29', '2026-05-09', '2026-05-20', '2026-06-03', '2026-06-17'],
    ['Housing', 'Language', 'Administration'],
  );
  story.supervision('2026-04-08', 'P-0001', {
    withWhom: 'Mentor',
    kind: 'Call',
    topics: 'First weeks, housing search',
    actions: 'Share the list of tenants’ unions\nCheck the rental contract together',
    nextDate: '2026-06-10',
  });
  story.goal('2026-04-08', 'P-0001', {
    area: 'Housing',
    goal: 'Rent a room within the budget',
    steps: 'Visit two agencies; prepare documents',
    targetDate: '2027-01-31',
    status: 'In progress',
    evidence: 'Two visits done',
  });
  const course = story.goal('2026-04-08', 'P-0001', { area: 'Language', goal: 'Start an Italian course', steps: '', status: 'Not started', evidence: '' });
  for (const itemId of ['intro.reasons', 'intro.roles', 'intro.contact', 'intro.codeOfConduct'])
    story.run('2026-04-08', 'setChecklistItem', { code: 'P-0001', itemId, done: true });
  story.goal(
    '2026-06-10',
    'P-0001',
    {
      area: 'Language',
      goal: 'Start an Italian course',
      steps: 'Enrol at the adult school (CPIA)',
      status: 'Achieved',
      evidence: 'Enrolled in June, A2 course',
    },
    course,
  );
  story.diaries(
    'P-0001',
    samira,
    ['2026-07-08', '2026-07-29', '2026-08-26', '2026-09-16', '2026-10-03', '2026-10-17', '2026-11-07', '2026-11-14'],
    ['Housing', 'Employment'],
  );
  story.diary('P-0001', samira, '2026-10-31', {
    communityActivity: 'Yes',
    activity: 'Neighbourhood dinner at the community centre',
    themes: ['Social network'],
  });
  story.supervision('2026-10-08', 'P-0001', {
    withWhom: 'Mentor',
    kind: 'Call',
    topics: 'Housing search after the summer',
    actions: 'Ask the municipality about the rent support scheme',
    nextDate: '2026-11-30',
  });
  story.diary('P-0001', samira, '2026-11-20', {
    needsSupport: 'Yes',
    concerns: 'The landlord asked for money in cash; not sure how to advise',
    themes: ['Housing'],
  });

  // P-0002 rarely meets: three diaries in its first quarter, then long gaps.
  story.start('P-0002', '2026-03-20', '2026-04-01');
  story.diaries('P-0002', 'Tesfaye Gebremedhin', ['2026-04-05', '2026-04-20', '2026-06-10', '2026-08-30', '2026-10-20'], ['Employment', 'Leisure']);

  // P-0003: the mentor declines; the mentee is offered another mentor (see rematch).
  story.status('P-0003', '2026-03-19', 'Mentor declined', 'New work shifts until the summer');
  story.status('P-0003', '2026-03-23', 'Rematch offered', 'The mentee would like another mentor');
}

/** Closed and completed with its final assessment and both satisfaction questionnaires (AMIR phase 5). */
function completed(story: Story): void {
  const [mentee, mentor] = ['Iryna Shevchenko', 'Olena Kovalenko'];
  const code = story.match('2026-04-13', mentee, mentor);
  story.start(code, '2026-04-15', '2026-04-22');
  // A six-month plan agreed at the introductory meeting: the coordinator types the planned end.
  story.typeInto('2026-04-22', 'Pairs', () => code.value, { 'Planned end': '2026-10-31' });
  story.diaries(code, mentor, ['2026-04-25', '2026-05-06', '2026-05-16', '2026-05-27', '2026-06-06', '2026-06-20', '2026-07-04'], ['Education', 'Health']);
  story.diary(code, mentor, '2026-06-27', { communityActivity: 'Yes', activity: 'Library open day with the daughter', themes: ['Education'] });
  story.diaries(code, mentor, ['2026-07-25', '2026-08-29', '2026-09-19', '2026-10-10'], ['Education']);
  const diploma = {
    area: 'Education',
    goal: 'Have the teaching diploma recognised',
    steps: 'Translation, then the application to the regional school office',
    targetDate: '2026-10-15',
  };
  const school = { area: 'Education', goal: 'Enrol the daughter in school', steps: 'Visit the school; bring the vaccination record', targetDate: '2026-09-15' };
  const diplomaId = story.goal('2026-04-29', code, { ...diploma, status: 'In progress', evidence: 'Translation done' });
  const schoolId = story.goal('2026-04-29', code, { ...school, status: 'In progress', evidence: '' });
  story.goal('2026-09-19', code, { ...school, status: 'Achieved', evidence: 'Started school in September' }, schoolId);
  story.goal('2026-10-10', code, { ...diploma, status: 'Achieved', evidence: 'Recognised on 2 October' }, diplomaId);
  story.answer('assessment', '2026-10-21', code, {
    outcomes: 'Teaching diploma recognised; daughter enrolled in school',
    challenges: 'Long waits at the regional school office',
    mentorReflection: 'Regular meetings kept the paperwork moving',
    menteeReflection: 'I know where to go for help now',
  });
  story.answer(
    'mentorSatisfaction',
    '2026-10-23',
    code,
    { overall: 5, 'question.training.title': 4, 'question.coordinatorSupport.title': 5, comments: 'A good experience.' },
    () => story.emailOf('Mentors', mentor),
  );
  story.answer('menteeSatisfaction', '2026-10-24', code, { overall: 4, 'question.goalsReached.title': 5, comments: 'Thank you, Olena.' }, () =>
    story.emailOf('Mentees', mentee),
  );
  story.status(code, '2026-10-28', 'Closed – completed');
}

/** A mentor who applied in May; her mentee reached her goal early and moved away: an early ending. */
function closedEarly(story: Story): void {
  const [leila, ahmed] = laterMentors;
  story.apply(leila!.day, MENTOR_SHEET, leila!.row);
  story.apply(ahmed!.day, MENTOR_SHEET, ahmed!.row);
  story.readiness('2026-05-22', 'Leila Rahimi', MAY_COURSE, 'Peer', 1);
  story.readiness('2026-06-04', 'Ahmed Mansour', JUNE_CATCH_UP, 'Peer', 2);
  const mentor = 'Leila Rahimi';
  const code = story.match('2026-05-25', 'Fatima Noori', mentor);
  story.start(code, '2026-05-27', '2026-06-03');
  story.diaries(code, mentor, ['2026-06-06', '2026-06-20', '2026-07-04', '2026-07-18', '2026-08-01', '2026-08-22'], ['Education', 'Financial literacy']);
  story.goal('2026-06-20', code, {
    area: 'Education',
    goal: 'Pass the university entrance test (nursing)',
    steps: 'Prepare with the mentor twice a month',
    targetDate: '2026-09-05',
    status: 'Achieved',
    evidence: 'Admitted to nursing in Padua',
  });
  story.answer(
    'mentorSatisfaction',
    '2026-09-10',
    code,
    { overall: 4, 'question.training.title': 5, 'question.coordinatorSupport.title': 4, comments: 'Short, but she reached her goal.' },
    () => story.emailOf('Mentors', mentor),
  );
  story.status(code, '2026-09-15', 'Closed – ended early', 'The mentee moved to Padua for university');
}

/** The rematch: the mentee whose first mentor declined gets another mentor in June. */
function rematch(story: Story): void {
  const mentor = 'Ahmed Mansour';
  const code = story.match('2026-06-08', 'Carlos Mendoza', mentor);
  story.start(code, '2026-06-10', '2026-06-15');
  story.diaries(
    code,
    mentor,
    ['2026-06-18', '2026-06-30', '2026-07-11', '2026-07-25', '2026-08-08', '2026-08-22', '2026-09-05', '2026-09-12', '2026-10-03', '2026-10-24', '2026-11-14'],
    ['Employment', 'Administration'],
  );
  story.goal('2026-07-11', code, {
    area: 'Employment',
    goal: 'Work again as a software tester',
    steps: 'CV in Italian; two applications a week',
    targetDate: '2027-02-28',
    status: 'In progress',
    evidence: 'Three interviews',
  });
}

/** In closure: a six-month plan that ends on 30 November; the mentor has answered, the final assessment is to come. */
function inClosure(story: Story): void {
  const [nour] = laterMentees;
  story.apply(nour!.day, MENTEE_SHEET, nour!.row);
  const mentor = 'Samira Haddad';
  const code = story.match('2026-06-15', 'Nour Al-Hassan', mentor);
  story.start(code, '2026-06-17', '2026-06-24');
  story.typeInto('2026-06-24', 'Pairs', () => code.value, { 'Planned end': '2026-11-30' });
  story.diaries(
    code,
    mentor,
    ['2026-06-27', '2026-07-08', '2026-07-22', '2026-08-05', '2026-08-19', '2026-09-02', '2026-09-16', '2026-10-07', '2026-10-28', '2026-11-11'],
    ['Employment', 'Administration', 'Housing'],
  );
  story.goal('2026-07-08', code, {
    area: 'Administration',
    goal: 'Have the accounting diploma recognised',
    steps: 'Apostille; application to the ministry',
    targetDate: '2026-11-30',
    status: 'Partly achieved',
    evidence: 'Application sent in October',
  });
  story.answer(
    'mentorSatisfaction',
    '2026-11-16',
    code,
    { overall: 3, 'question.training.title': 4, 'question.coordinatorSupport.title': 3, comments: 'More evening supervision slots, please.' },
    () => story.emailOf('Mentors', mentor),
  );
}

/** The autumn: a new local mentor and pair, a proposal waiting for the mentor's answer, and a mentee still waiting. */
function autumn(story: Story): void {
  const [, , chiara] = laterMentors;
  const [, daniel, mariam, jeanPaul] = laterMentees;
  story.apply(chiara!.day, MENTOR_SHEET, chiara!.row);
  story.readiness('2026-09-10', 'Chiara Conti', SEPTEMBER_COURSE, 'Local', 1);
  story.apply(daniel!.day, MENTEE_SHEET, daniel!.row);
  const code = story.match('2026-09-28', 'Daniel Tesfay', 'Chiara Conti');
  story.start(code, '2026-09-30', '2026-10-05');
  story.diaries(code, 'Chiara Conti', ['2026-10-08', '2026-10-15', '2026-10-29', '2026-11-05', '2026-11-19'], ['Language', 'Leisure']);
  story.diary(code, 'Chiara Conti', '2026-10-22', { communityActivity: 'Yes', activity: 'Choir rehearsal at the parish hall', themes: ['Leisure'] });
  story.apply(mariam!.day, MENTEE_SHEET, mariam!.row);
  // Proposed to a mentor who is free again since September, waiting for her answer.
  story.match('2026-11-18', 'Mariam Karimi', 'Leila Rahimi');
  story.apply(jeanPaul!.day, MENTEE_SHEET, jeanPaul!.row);
}

/** Monthly group supervision of the mentors (AMIR), from the first month of mentoring; none in August. */
function groupSupervision(story: Story): void {
  for (const day of ['2026-04-07', '2026-05-05', '2026-06-09', '2026-07-07', '2026-09-08', '2026-10-06', '2026-11-03']) {
    story.supervision(day, 'P-0001', { withWhom: 'Mentors’ group', kind: 'Group supervision', topics: 'Boundaries; the month’s diaries', actions: '' });
  }
}

/** A safeguarding note the coordinator typed in the protected Sensitive details sheet (a row of their own). */
function recordSafeguarding(ws: FakeWorkspace): void {
  const sheet = ws.sheet('Sensitive details');
  sheet
    .getRange(sheet.getLastRow() + 1, 1, 1, 4)
    .setValues([['ME-0001', '', 'Safeguarding note', 'Shares a flat with relatives: talk about housing with her alone.']]);
}
