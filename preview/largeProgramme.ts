import type { FakeWorkspace, FormAnswers } from '../fake';
import { MODULE_KEYS } from '../src/core/matching/readinessEdit';
import { DEMO_TODAY, importFrom, MENTEE_SHEET, MENTOR_SHEET, mapAndImport, mentorHeader, withConsent } from './demo';
import { standardFormAnswers } from './demoForms';
import { MENTEE_QUESTIONS, MENTOR_QUESTIONS, type Row } from './demoPeople';
import type { AddonRuntime } from './runtime';

/**
 * The large programme of the preview (scenario "large"): 2,000 participants, 1,300 mentees and
 * 700 mentors of many origins, answering in mixed languages and scripts, with 350 pairs and a
 * year of diaries. It exists to measure the sidebar at a size a big city's programme reaches
 * (`npm run bench`, bench/sidebar.ts).
 *
 * Made through the add-on's own functions where they batch: the applications arrive in the
 * programme's response sheets and are imported with `importResponses` (the set-up path), pairs
 * come from `proposeCohort` and `acceptMatches`, and the diaries arrive through the standard diary
 * form and are imported the same way. Two steps are typed into the sheets directly, because going
 * one call per person would take minutes: the mentors' readiness (coordinator-owned columns, as
 * the demo types them) and the pairs' later steps (status and step dates, which the add-on's
 * `updatePairStatus` writes one pair per call). Deterministic: the same programme every time.
 */
export const LARGE_MENTEES = 1_300;
export const LARGE_MENTORS = 700;
export const LARGE_PAIRS = 350;
export const LARGE_START = '2025-11-24T08:00:00Z';
/** When in the year (a share of it) the matching round took the applications received so far. */
const MATCHING_ROUND = 0.3;

const DAY = 86_400_000;

/** A small deterministic generator (mulberry32), so every build of the scenario is the same. */
function random(seed: number) {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const some = <T>(list: readonly T[], min: number, max: number): T[] => {
    const count = min + Math.floor(next() * (max - min + 1));
    return [...list].sort(() => next() - 0.5).slice(0, count);
  };
  return { next, pick, some };
}

interface Origin {
  country: string;
  /** Languages as people write them in the form: English names, Italian names, their own script. */
  languages: string[][];
  women: string[];
  men: string[];
  surnames: string[];
}

const ORIGINS: Origin[] = [
  {
    country: 'Syria',
    languages: [['Arabic', 'English'], ['Arabic'], ['عربي', 'inglese'], ['Arabic', 'Kurdish']],
    women: ['Rania', 'Layla', 'Nour', 'Huda', 'Samar'],
    men: ['Omar', 'Khaled', 'Ahmad', 'Yusuf', 'Bashar'],
    surnames: ['Haddad', 'Khalil', 'Nasser', 'Al-Masri', 'Darwish'],
  },
  {
    country: 'Ukraine',
    languages: [
      ['Ukrainian', 'Russian'],
      ['Українська', 'English'],
      ['Ukrainian', 'English', 'Polish'],
    ],
    women: ['Olena', 'Iryna', 'Oksana', 'Natalia', 'Yulia'],
    men: ['Andriy', 'Dmytro', 'Serhiy', 'Taras', 'Mykola'],
    surnames: ['Kovalenko', 'Bondarenko', 'Melnyk', 'Shevchenko', 'Tkachenko'],
  },
  {
    country: 'Eritrea',
    languages: [
      ['Tigrinya', 'English'],
      ['Tigrinya', 'Amharic'],
      ['ትግርኛ', 'Arabic'],
    ],
    women: ['Selam', 'Helen', 'Senait', 'Mebrat'],
    men: ['Yonas', 'Dawit', 'Tesfaye', 'Filmon'],
    surnames: ['Tesfay', 'Gebre', 'Haile', 'Kidane', 'Berhane'],
  },
  {
    country: 'Afghanistan',
    languages: [
      ['Dari', 'Persian'],
      ['Pashto', 'Dari'],
      ['دری', 'English'],
      ['Persian', 'English'],
    ],
    women: ['Zahra', 'Mariam', 'Fatima', 'Parwana', 'Shabnam'],
    men: ['Farid', 'Ahmad', 'Hamid', 'Javad', 'Nasir'],
    surnames: ['Karimi', 'Ahmadi', 'Noori', 'Rahimi', 'Sultani'],
  },
  {
    country: 'Venezuela',
    languages: [['Spanish', 'English'], ['Spanish'], ['spagnolo', 'inglese']],
    women: ['María', 'Daniela', 'Valentina', 'Carolina'],
    men: ['Carlos', 'José', 'Luis', 'Andrés'],
    surnames: ['Mendoza', 'González', 'Rodríguez', 'Pérez', 'Hernández'],
  },
  {
    country: 'Nigeria',
    languages: [
      ['English', 'Yoruba'],
      ['English', 'Igbo'],
      ['English', 'Hausa'],
    ],
    women: ['Blessing', 'Chioma', 'Funmilayo', 'Amaka'],
    men: ['Emeka', 'Tunde', 'Chinedu', 'Ibrahim'],
    surnames: ['Okafor', 'Adeyemi', 'Eze', 'Bello', 'Okonkwo'],
  },
  {
    country: 'Pakistan',
    languages: [
      ['Urdu', 'Panjabi', 'English'],
      ['Urdu', 'English'],
      ['اردو', 'inglese'],
    ],
    women: ['Ayesha', 'Sana', 'Hina'],
    men: ['Bilal', 'Imran', 'Usman', 'Faisal'],
    surnames: ['Khan', 'Hussain', 'Malik', 'Qureshi'],
  },
  {
    country: 'Senegal',
    languages: [
      ['Wolof', 'French'],
      ['French', 'English'],
      ['francese', 'Wolof'],
    ],
    women: ['Awa', 'Fatou', 'Aminata'],
    men: ['Moussa', 'Cheikh', 'Mamadou', 'Ousmane'],
    surnames: ['Diop', 'Ndiaye', 'Fall', 'Sow', 'Ba'],
  },
  {
    country: 'Morocco',
    languages: [
      ['Arabic', 'French'],
      ['Arabic', 'Berber', 'French'],
      ['arabo', 'francese', 'italiano'],
    ],
    women: ['Khadija', 'Salma', 'Imane'],
    men: ['Youssef', 'Hamza', 'Mehdi'],
    surnames: ['El Amrani', 'Benali', 'Bouazza', 'Tazi'],
  },
  {
    country: 'DR Congo',
    languages: [
      ['French', 'Lingala'],
      ['French', 'Swahili', 'English'],
    ],
    women: ['Grâce', 'Esther', 'Divine'],
    men: ['Jean-Paul', 'Patrick', 'Christian'],
    surnames: ['Mbeki', 'Kabila', 'Mukendi', 'Ilunga'],
  },
];

/** Local mentors: born here, Italian first. */
const LOCAL = {
  languages: [['Italian', 'English'], ['Italian', 'French'], ['Italiano', 'Spanish'], ['Italian', 'English', 'Arabic'], ['Italian']],
  women: ['Giulia', 'Chiara', 'Francesca', 'Elena', 'Sara', 'Martina'],
  men: ['Marco', 'Luca', 'Andrea', 'Giovanni', 'Matteo', 'Paolo'],
  surnames: ['Bianchi', 'Romano', 'Conti', 'Ricci', 'Ferrari', 'Esposito', 'Marino', 'Greco'],
};

const MUNICIPALITIES: [string, string][] = [
  ['Bologna', '40127'],
  ['Bologna', '40133'],
  ['Bologna', '40139'],
  ['bologna', '40121'],
  ['Casalecchio di Reno', '40033'],
  ['San Lazzaro di Savena', '40068'],
  ['Imola', '40026'],
];
const HELP = ['Housing', 'Employment', 'Administration', 'Education', 'Language', 'Health', 'Social network', 'Leisure', 'Financial literacy'];
const KINDS = ['General mentor', 'Housing mentor', 'Language mentor', 'Welcome mentor', 'Leisure mentor'];
const INTERESTS = ['Cooking', 'Hiking', 'Reading', 'Football', 'Cycling', 'Music', 'Yoga', 'Photography', 'Chess', 'Theatre', 'Cricket'];
const AVAILABILITY = ['Mornings', 'Afternoons', 'Evenings', 'Weekends'];
const LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1'];
const GOALS = [
  'Find a room I can afford.',
  'Work again in my profession.',
  'Have my diploma recognised.',
  'Speak Italian at work.',
  'Trovare un lavoro e fare amicizia.',
  'Enrol my children in school.',
  'Trouver un logement et apprendre l’italien.',
  'أريد أن أجد عملاً وأتعلم الإيطالية.',
  'Знайти роботу і вивчити італійську.',
];

/** "+39 3xx xxx xxxx", unique per person. */
const phone = (n: number) => `+39 3${String(30 + (n % 60)).padStart(2, '0')} ${String(100 + (n % 900))} ${String(1000 + n).slice(-4)}`;
const email = (first: string, last: string, n: number) =>
  `${first}.${last}.${n}`
    .normalize('NFKD')
    .replace(/[^\w.]/g, '')
    .toLowerCase()
    .concat('@example.org');

function person(r: ReturnType<typeof random>, n: number, local: boolean) {
  const origin = local ? null : r.pick(ORIGINS);
  const pool = origin ?? LOCAL;
  const woman = r.next() < 0.55;
  const first = r.pick(woman ? pool.women : pool.men);
  const last = r.pick(pool.surnames);
  const [municipality, postcode] = r.pick(MUNICIPALITIES);
  const languages = [...r.pick(pool.languages)];
  return { origin, woman, first, last, name: `${first} ${last}`, email: email(first, last, n), municipality, postcode, languages };
}

function mentorRow(r: ReturnType<typeof random>, n: number): Row {
  // About a third of mentors are locals; the others are peers who came earlier and speak Italian now.
  const local = r.next() < 0.35;
  const p = person(r, n, local);
  if (!local && !p.languages.some((l) => /ital/i.test(l))) p.languages.push('Italian');
  return {
    'Full name': p.name,
    Email: p.email,
    Phone: phone(n),
    'Year of birth': String(1955 + Math.floor(r.next() * 45)),
    Gender: p.woman ? 'Woman' : 'Man',
    'Preferred gender of your mentee': r.next() < 0.6 ? 'No preference' : p.woman ? 'Woman' : 'Man',
    'Languages you speak': p.languages,
    'Your level of Italian': local ? 'Native' : r.pick(['B2', 'C1', 'C2']),
    'Country or region of origin (optional)': p.origin?.country ?? '',
    Municipality: p.municipality,
    Postcode: p.postcode,
    'How long have you lived in Italy?': local ? 'All my life' : `${3 + Math.floor(r.next() * 15)} years`,
    'What help can you offer?': r.some(HELP, 2, 4),
    'What kind of mentor would you like to be?': r.some(KINDS, 1, 2),
    'Skills and professional field': r.pick(['Teacher', 'Nurse', 'Accountant', 'Electrician', 'Social worker', 'Software engineer', 'Retired']),
    'Interests and hobbies': r.some(INTERESTS, 1, 3),
    'When are you available?': r.some(AVAILABILITY, 1, 3),
    'Hours a month you can give': String(4 + Math.floor(r.next() * 8)),
    'Family and children': r.pick(['No children', 'Two children', 'Married, one baby', 'One daughter (14)', '']),
    'How would you describe yourself?': r.pick(['Calm and patient', 'Outgoing', 'A good listener', 'Energetic', '']),
    'Why do you want to be a mentor?': r.pick(['To give back.', 'Someone helped me when I arrived.', 'Per aiutare chi arriva adesso.', '']),
  };
}

function menteeRow(r: ReturnType<typeof random>, n: number): Row {
  const p = person(r, n, false);
  return {
    'Full name': p.name,
    // A few hurried answers on a phone: no email, a year with a letter O.
    Email: n % 53 === 0 ? '' : p.email,
    Phone: phone(10_000 + n),
    'Year of birth': n % 97 === 0 ? '19O5' : String(1965 + Math.floor(r.next() * 40)),
    Gender: p.woman ? 'Woman' : 'Man',
    'Would you prefer a mentor who is': r.next() < 0.65 ? 'No preference' : p.woman ? 'A woman' : 'A man',
    'Languages you speak': p.languages,
    'Your level of Italian': r.pick(LEVELS),
    'Country or region of origin (optional)': p.origin!.country,
    Municipality: p.municipality,
    Postcode: p.postcode,
    'How long have you lived in Italy?': r.pick(['3 months', '8 months', '1 year', '2 years', '6 mesi']),
    'Is your residence permit in order?': r.pick(['Yes', 'Yes', 'Yes (temporary protection)', 'Waiting for the appointment']),
    'What do you need help with most? (first is most important)': r.some(HELP, 1, 3),
    'What would you like to achieve?': r.pick(GOALS),
    'Interests and hobbies': r.some(INTERESTS, 1, 3),
    'When are you available?': r.some(AVAILABILITY, 1, 3),
    'Family and children': r.pick(['Single', 'Married', 'One son (4)', 'Two children', '']),
    'How would you describe yourself?': r.pick(['Quiet', 'Outgoing', 'Shy at first', 'Determined', '']),
  };
}

const isoDay = (time: number) => new Date(time).toISOString().slice(0, 10);

/**
 * Training, peer or local, capacity, as the coordinator records them: most mentors trained, one to
 * three mentees each. The training is the days each module was done (a course of five sessions
 * over the fortnight before `typedAt`), and the count beside it is the number of those days, as
 * Mentor readiness keeps it. Mentors typed before keep what they had; the others are returned.
 */
function typeReadiness(ws: FakeWorkspace, typedAt: number, typedBefore: ReadonlySet<string> = new Set()): Set<string> {
  const ids = ws
    .sheet('Mentors')
    .getDataRange()
    .getValues()
    .slice(1)
    .map((row) => String(row[0]))
    .filter((id) => !typedBefore.has(id));
  const course = MODULE_KEYS.map((_, i) => isoDay(typedAt - (14 - 3 * i) * DAY));
  const readiness = new Map<string, Record<string, unknown>>();
  for (const id of ids) {
    // Seeded by the id, so a mentor's readiness is the same whenever it is typed.
    const r = random(Number(id.replace(/\D/g, '')) * 7919);
    const modules = r.next() < 0.85 ? 5 : Math.floor(r.next() * 5);
    readiness.set(id, {
      [mentorHeader('trainingModules')]: modules,
      ...Object.fromEntries(MODULE_KEYS.map((key, i) => [mentorHeader(key), i < modules ? course[i] : ''])),
      [mentorHeader('mentorType')]: r.next() < 0.6 ? 'Peer' : 'Local',
      [mentorHeader('capacity')]: 1 + Math.floor(r.next() * 3),
    });
  }
  typeColumns(ws, 'Mentors', 'Mentor ID', readiness);
  return new Set([...typedBefore, ...ids]);
}

/** Writes whole columns of a sheet by header in one call each (the coordinator's typing, at scale). */
function typeColumns(ws: FakeWorkspace, sheetName: string, keyHeader: string, values: Map<string, Record<string, unknown>>): void {
  const sheet = ws.sheet(sheetName);
  const last = sheet.getLastRow();
  const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0]!.map(String);
  const keys = sheet
    .getRange(2, header.indexOf(keyHeader) + 1, last - 1, 1)
    .getValues()
    .map((r) => String(r[0]));
  const names = [...new Set([...values.values()].flatMap((v) => Object.keys(v)))];
  for (const name of names) {
    const column = header.indexOf(name) + 1;
    if (column < 1) throw new Error(`Large programme: ${sheetName} has no column ${name}`);
    const range = sheet.getRange(2, column, last - 1, 1);
    const current = range.getValues();
    range.setValues(keys.map((key, i) => [values.get(key)?.[name] ?? current[i]![0]]));
  }
}

interface PairLife {
  code: string;
  mentorId: string;
  startedAt: number;
  endAt: number;
}

/** The pairs' year typed in one batch: started across the year, a tenth closed, a few still proposed. */
function typePairSteps(ws: FakeWorkspace, codes: string[], picks: { mentorId: string }[], round: number, today: number): PairLife[] {
  const steps = new Map<string, Record<string, unknown>>();
  const day = (time: number) => new Date(`${isoDay(time)}T10:00:00Z`);
  const lives = codes.map((code, i) => {
    const startedAt = round + 10 * DAY + Math.floor((i / codes.length) * (today - round - 60 * DAY));
    const proposed = i % 17 === 0;
    const closed = !proposed && i % 10 === 3;
    const early = i % 20 === 3;
    const closedAt = Math.min(startedAt + 180 * DAY, today - DAY);
    const started = {
      Status: closed ? (early ? 'Closed – ended early' : 'Closed – completed') : 'Active',
      'Proposed on': day(startedAt - 9 * DAY),
      'Mentor accepted on': day(startedAt - 7 * DAY),
      'Introductory meeting on': day(startedAt),
      'Started on': day(startedAt),
    };
    const ended = closed ? { 'Closed on': day(closedAt), 'End reason': early ? 'The mentee moved away' : '' } : {};
    steps.set(code, proposed ? { 'Proposed on': day(today - 3 * DAY) } : { ...started, ...ended });
    return { code, mentorId: picks[i]!.mentorId, startedAt, endAt: proposed ? startedAt : closed ? closedAt : today - DAY };
  });
  typeColumns(ws, 'Pairs', 'Pair code', steps);
  return lives;
}

/** A diary every two to three weeks of each pair's life, as its mentor answers the standard diary form. */
function diaryAnswers(ws: FakeWorkspace, r: ReturnType<typeof random>, diarySheet: string, lives: PairLife[]): { at: number; answers: FormAnswers }[] {
  const mentorSheet = ws.sheet('Mentors').getDataRange().getDisplayValues();
  const emailColumn = mentorSheet[0]!.indexOf('Email');
  const emails = new Map(mentorSheet.slice(1).map((row) => [row[0]!, row[emailColumn]!]));
  const diaries: { at: number; answers: FormAnswers }[] = [];
  for (const life of lives) {
    for (let t = life.startedAt + 3 * DAY; t < life.endAt; t += (14 + Math.floor(r.next() * 8)) * DAY) {
      const concern = r.next() < 0.02;
      const answers = standardFormAnswers(
        ws,
        diarySheet,
        'diary',
        {
          pairCode: life.code,
          date: isoDay(t),
          durationMinutes: String(30 + 15 * Math.floor(r.next() * 7)),
          mode: r.pick(['In person', 'In person', 'Phone', 'Video call']),
          activity: r.pick(['Met for coffee and went through the week', 'Visited the job centre', 'Practised Italian', 'Walk in the park']),
          themes: r.some(HELP, 1, 2),
          communityActivity: r.next() < 0.15 ? 'Yes' : 'No',
          needsSupport: concern ? 'Yes' : 'No',
          ...(concern ? { concerns: 'The mentee has not answered for two weeks' } : {}),
        },
        { email: emails.get(life.mentorId) ?? '' },
      );
      diaries.push({ at: t + 2 * 3_600_000, answers });
    }
  }
  return diaries;
}

/**
 * Plays the large programme into a freshly installed add-on: a year of applications, set-up and
 * import, readiness, pairs started across the year (some closed), and their diaries.
 */
export function prepareLargeProgramme(runtime: AddonRuntime): void {
  const { ws } = runtime;
  const r = random(20261123);
  const start = Date.parse(LARGE_START);
  const today = Date.parse(DEMO_TODAY);
  const span = today - start - 30 * DAY;

  ws.addResponseSheet(MENTOR_SHEET, MENTOR_QUESTIONS);
  ws.addResponseSheet(MENTEE_SHEET, MENTEE_QUESTIONS);
  // Applications through the year, in the order they came.
  const applications = [
    ...Array.from({ length: LARGE_MENTORS }, (_, i) => ({ sheet: MENTOR_SHEET, row: mentorRow(r, i), at: start + Math.floor(r.next() * span * 0.6) })),
    ...Array.from({ length: LARGE_MENTEES }, (_, i) => ({ sheet: MENTEE_SHEET, row: menteeRow(r, i), at: start + Math.floor(r.next() * span) })),
  ].sort((a, b) => a.at - b.at);
  // The spring matching round takes those who applied by then; the others are imported later and wait.
  const round = start + Math.floor(span * MATCHING_ROUND);
  const submitUntil = (until: number) => {
    while (applications.length && applications[0]!.at <= until) {
      const a = applications.shift()!;
      ws.clock.set(a.at);
      ws.submitFormResponse(a.sheet, withConsent(a.row));
    }
  };

  submitUntil(round);
  ws.clock.set(round);
  runtime.run('setUpProgramme');
  const imported = new Map<string, number>();
  for (const name of [MENTOR_SHEET, MENTEE_SHEET]) imported.set(name, mapAndImport(runtime, name));
  const trained = typeReadiness(ws, round);

  // Pairs: the add-on's cohort proposal for the spring round, accepted for the first LARGE_PAIRS it pairs.
  const proposal = runtime.run('proposeCohort', [{ maximiseMatched: true, teamMode: false }]) as { pairs: { menteeId: string; mentorId: string }[] };
  const picks = proposal.pairs.slice(0, LARGE_PAIRS).map((p) => ({ menteeId: p.menteeId, mentorId: p.mentorId }));
  const { codes } = runtime.run('acceptMatches', [{ pairs: picks }]) as { codes: string[] };

  // The rest of the year's applications, imported in the autumn.
  submitUntil(today);
  ws.clock.set(today - 20 * DAY);
  for (const name of [MENTOR_SHEET, MENTEE_SHEET]) importFrom(runtime, name, imported.get(name)!);
  typeReadiness(ws, today - 20 * DAY, trained);

  const lives = typePairSteps(ws, codes, picks, round, today);

  // The diary form, and a diary every two to three weeks of each pair's life, imported in chunks.
  const forms = runtime.run('createStandardForms', [{ kinds: ['diary'] }]) as { kind: string; sheetName: string | null }[];
  const diarySheet = forms.find((f) => f.kind === 'diary')?.sheetName;
  if (!diarySheet) throw new Error('Large programme: the diary form has no response sheet');
  const diaries = diaryAnswers(ws, r, diarySheet, lives);
  diaries.sort((a, b) => a.at - b.at);
  // Each diary keeps the time its mentor sent it (the clock is set back for the form only); they are imported today.
  for (const d of diaries) {
    ws.clock.set(d.at);
    ws.submitFormResponse(diarySheet, d.answers);
  }
  ws.clock.set(today - DAY);
  importFrom(runtime, diarySheet, 2);
  // From here on, new answers come in by themselves, as in a programme that runs.
  runtime.run('installIngestion');
  ws.clock.set(Math.max(ws.clock.now(), today));
}
