import type { FakeWorkspace, FormAnswers } from '../fake';
import type { AddonRuntime } from './runtime';

/**
 * The demo programme of the local preview: a fictional mentoring programme in Bologna with
 * synthetic, multilingual mentors and mentees (no real persons), submitted as Google Forms
 * responses into linked response sheets, a few of them messy as real answers are.
 */
export const MENTOR_SHEET = 'Mentor applications';
export const MENTEE_SHEET = 'Mentee intake';

const MENTOR_QUESTIONS = [
  'Full name',
  'Email',
  'Phone',
  'Year of birth',
  'Gender',
  'Preferred gender of your mentee',
  'Languages you speak',
  'Your level of Italian',
  'Country or region of origin (optional)',
  'Municipality',
  'Postcode',
  'How long have you lived in Italy?',
  'What help can you offer?',
  'What kind of mentor would you like to be?',
  'Skills and professional field',
  'Interests and hobbies',
  'When are you available?',
  'Hours a month you can give',
  'Family and children',
  'How would you describe yourself?',
  'Why do you want to be a mentor?',
  'I agree to the processing of my data',
  'You may contact me about the programme',
];

const MENTEE_QUESTIONS = [
  'Full name',
  'Email',
  'Phone',
  'Year of birth',
  'Gender',
  'Would you prefer a mentor who is',
  'Languages you speak',
  'Your level of Italian',
  'Country or region of origin (optional)',
  'Municipality',
  'Postcode',
  'How long have you lived in Italy?',
  'Is your residence permit in order?',
  'What do you need help with most? (first is most important)',
  'What would you like to achieve?',
  'Interests and hobbies',
  'When are you available?',
  'Family and children',
  'How would you describe yourself?',
  'I agree to the processing of my data',
  'You may contact me about the programme',
];

type Row = Record<string, string | string[]>;

const CONSENT = 'Yes, I agree';

const mentors: Row[] = [
  {
    'Full name': 'Samira Haddad',
    Email: 'samira.haddad@example.org',
    Phone: '+39 333 100 2001',
    'Year of birth': '1986',
    Gender: 'Woman',
    'Preferred gender of your mentee': 'Woman',
    'Languages you speak': ['Arabic', 'Italian', 'French'],
    'Your level of Italian': 'C1',
    'Country or region of origin (optional)': 'Syria',
    Municipality: 'Bologna',
    Postcode: '40127',
    'How long have you lived in Italy?': '9 years',
    'What help can you offer?': ['Housing', 'Employment', 'Administration'],
    'What kind of mentor would you like to be?': ['Housing mentor', 'General mentor'],
    'Skills and professional field': 'Pharmacist; healthcare',
    'Interests and hobbies': ['Cooking', 'Hiking', 'Reading'],
    'When are you available?': ['Evenings', 'Weekends'],
    'Hours a month you can give': '8',
    'Family and children': 'Two children (8 and 11)',
    'How would you describe yourself?': 'Calm and patient',
    'Why do you want to be a mentor?': 'I remember how lonely the first year was. I want to make it shorter for someone else.',
  },
  {
    'Full name': 'Marco Bianchi',
    Email: 'marco.bianchi@example.org',
    Phone: '+39 347 555 0192',
    'Year of birth': '1979',
    Gender: 'Man',
    'Preferred gender of your mentee': 'No preference',
    'Languages you speak': ['Italian', 'English', 'Spanish'],
    'Your level of Italian': 'Native',
    Municipality: 'Bologna',
    Postcode: '40133',
    'How long have you lived in Italy?': 'All my life',
    'What help can you offer?': ['Employment', 'Education', 'Language'],
    'What kind of mentor would you like to be?': ['Language mentor', 'General mentor'],
    'Skills and professional field': 'Software engineer; CV and interview practice',
    'Interests and hobbies': ['Football', 'Cycling', 'Music'],
    'When are you available?': ['Evenings', 'Weekends'],
    'Hours a month you can give': '6',
    'Family and children': 'No children',
    'How would you describe yourself?': 'Outgoing',
    'Why do you want to be a mentor?': 'My grandparents emigrated to Belgium; I know what a helping hand means.',
  },
  {
    'Full name': 'Tesfaye Gebremedhin',
    Email: 'tesfaye.g@example.org',
    Phone: '+39 320 441 7788',
    'Year of birth': '1990',
    Gender: 'Man',
    'Preferred gender of your mentee': 'Man',
    'Languages you speak': ['Tigrinya', 'Amharic', 'Italian', 'English'],
    'Your level of Italian': 'B2',
    'Country or region of origin (optional)': 'Eritrea',
    Municipality: 'Casalecchio di Reno',
    Postcode: '40033',
    'How long have you lived in Italy?': '6 years',
    'What help can you offer?': ['Employment', 'Social network', 'Leisure'],
    'What kind of mentor would you like to be?': ['Welcome mentor', 'Leisure mentor'],
    'Skills and professional field': 'Logistics, forklift licence',
    'Interests and hobbies': ['Football', 'Hiking', 'Cooking'],
    'When are you available?': ['Afternoons', 'Weekends'],
    'Hours a month you can give': '10',
    'Family and children': 'Married, one baby',
    'How would you describe yourself?': 'Quiet but friendly',
    'Why do you want to be a mentor?': 'Someone helped me find my first job here.',
  },
  {
    'Full name': 'Olena Kovalenko',
    Email: 'olena.kovalenko@example.org',
    Phone: '+39 351 220 3344',
    'Year of birth': '1983',
    Gender: 'Woman',
    'Preferred gender of your mentee': 'Woman',
    'Languages you speak': ['Ukrainian', 'Russian', 'Italian', 'English'],
    'Your level of Italian': 'B2',
    'Country or region of origin (optional)': 'Ukraine',
    Municipality: 'Bologna',
    Postcode: '40139',
    'How long have you lived in Italy?': '3 years',
    'What help can you offer?': ['Education', 'Language', 'Health'],
    'What kind of mentor would you like to be?': ['Language mentor'],
    'Skills and professional field': 'Teacher of mathematics',
    'Interests and hobbies': ['Reading', 'Yoga', 'Music'],
    'When are you available?': ['Mornings', 'Afternoons'],
    'Hours a month you can give': '8',
    'Family and children': 'One daughter (14)',
    'How would you describe yourself?': 'Organised, a good listener',
    'Why do you want to be a mentor?': 'To give back to the city that welcomed us.',
  },
  {
    'Full name': 'Giulia Romano',
    Email: 'giulia.romano@example.org',
    Phone: '051 0000 4455',
    'Year of birth': '1995',
    Gender: 'Woman',
    'Preferred gender of your mentee': 'No preference',
    'Languages you speak': ['Italian', 'English', 'French'],
    'Your level of Italian': 'Native',
    Municipality: 'Bologna',
    Postcode: '40126',
    'How long have you lived in Italy?': 'All my life',
    'What help can you offer?': ['Administration', 'Housing', 'Financial literacy'],
    'What kind of mentor would you like to be?': ['Housing mentor', 'General mentor'],
    'Skills and professional field': 'Social worker; tenancy law basics',
    'Interests and hobbies': ['Theatre', 'Cycling', 'Cooking'],
    'When are you available?': ['Evenings'],
    'Hours a month you can give': '5',
    'Family and children': 'No children',
    'How would you describe yourself?': 'Energetic',
    'Why do you want to be a mentor?': 'I see the paperwork maze every day at work.',
  },
  {
    'Full name': 'Reza Ahmadi',
    Email: 'reza.ahmadi@example.org',
    Phone: '+39 389 900 1212',
    'Year of birth': '1988',
    Gender: 'Man',
    'Preferred gender of your mentee': 'No preference',
    'Languages you speak': ['Persian', 'Dari', 'Italian', 'English'],
    'Your level of Italian': 'C1',
    'Country or region of origin (optional)': 'Afghanistan',
    Municipality: 'San Lazzaro di Savena',
    Postcode: '40068',
    'How long have you lived in Italy?': '11 years',
    'What help can you offer?': ['Employment', 'Education', 'Social network'],
    'What kind of mentor would you like to be?': ['General mentor'],
    'Skills and professional field': 'Cultural mediator; electrician',
    'Interests and hobbies': ['Photography', 'Football', 'Chess'],
    'When are you available?': ['Weekends'],
    'Hours a month you can give': '6',
    'Family and children': 'Married, two children',
    'How would you describe yourself?': 'Patient, a bit shy',
    'Why do you want to be a mentor?': 'Mentoring helped my brother; I would like to do the same.',
  },
];

const mentees: Row[] = [
  {
    'Full name': 'Amina Yusuf',
    Email: 'amina.yusuf@example.org',
    Phone: '+39 366 120 4545',
    'Year of birth': '1997',
    Gender: 'Woman',
    'Would you prefer a mentor who is': 'A woman',
    'Languages you speak': ['Somali', 'Arabic', 'English'],
    'Your level of Italian': 'A2',
    'Country or region of origin (optional)': 'Somalia',
    Municipality: 'Bologna',
    Postcode: '40127',
    'How long have you lived in Italy?': '1 year',
    'Is your residence permit in order?': 'Yes',
    'What do you need help with most? (first is most important)': ['Housing', 'Language', 'Employment'],
    'What would you like to achieve?': 'Find a room I can afford and start a course for care workers.',
    'Interests and hobbies': ['Cooking', 'Reading'],
    'When are you available?': ['Evenings', 'Weekends'],
    'Family and children': 'One son (4)',
    'How would you describe yourself?': 'Quiet',
  },
  {
    'Full name': 'Yonas Tesfamariam',
    Email: 'yonas.t@example.org',
    Phone: '+39 327 771 0023',
    'Year of birth': '2001',
    Gender: 'Man',
    'Would you prefer a mentor who is': 'No preference',
    'Languages you speak': ['Tigrinya', 'English'],
    'Your level of Italian': 'A1',
    'Country or region of origin (optional)': 'Eritrea',
    Municipality: 'Casalecchio di Reno',
    Postcode: '40033',
    'How long have you lived in Italy?': '8 months',
    'Is your residence permit in order?': 'Yes',
    'What do you need help with most? (first is most important)': ['Employment', 'Language', 'Social network'],
    'What would you like to achieve?': 'A job in a warehouse and friends to play football with.',
    'Interests and hobbies': ['Football', 'Music'],
    'When are you available?': ['Afternoons', 'Weekends'],
    'Family and children': 'Single',
    'How would you describe yourself?': 'Shy at first',
  },
  {
    'Full name': 'Iryna Shevchenko',
    Email: 'iryna.shev@example.org',
    Phone: '+39 345 009 8877',
    'Year of birth': '1979',
    Gender: 'Woman',
    'Would you prefer a mentor who is': 'A woman',
    'Languages you speak': ['Ukrainian', 'Russian'],
    'Your level of Italian': 'A1',
    'Country or region of origin (optional)': 'Ukraine',
    Municipality: 'Bologna',
    Postcode: '40139',
    'How long have you lived in Italy?': '5 months',
    'Is your residence permit in order?': 'Yes (temporary protection)',
    'What do you need help with most? (first is most important)': ['Education', 'Language', 'Health'],
    'What would you like to achieve?': 'Get my teaching diploma recognised; enrol my daughter in school.',
    'Interests and hobbies': ['Reading', 'Yoga'],
    'When are you available?': ['Mornings'],
    'Family and children': 'One daughter (12)',
    'How would you describe yourself?': 'Organised',
  },
  {
    'Full name': 'Carlos Mendoza',
    Email: 'carlos.mendoza@example.org',
    Phone: '+39 392 456 1000',
    'Year of birth': '1992',
    Gender: 'Man',
    'Would you prefer a mentor who is': 'No preference',
    'Languages you speak': ['Spanish', 'English'],
    'Your level of Italian': 'A2',
    'Country or region of origin (optional)': 'Venezuela',
    Municipality: 'Bologna',
    Postcode: '40133',
    'How long have you lived in Italy?': '1 year',
    'Is your residence permit in order?': 'Yes',
    'What do you need help with most? (first is most important)': ['Employment', 'Administration'],
    'What would you like to achieve?': 'Work again as a software tester.',
    'Interests and hobbies': ['Cycling', 'Music', 'Football'],
    'When are you available?': ['Evenings'],
    'Family and children': 'Married',
    'How would you describe yourself?': 'Outgoing',
  },
  {
    'Full name': 'Fatima Noori',
    Email: 'fatima.noori@example.org',
    Phone: '+39 371 333 6060',
    'Year of birth': '1999',
    Gender: 'Woman',
    'Would you prefer a mentor who is': 'A woman',
    'Languages you speak': ['Dari', 'Persian', 'English'],
    'Your level of Italian': 'A2',
    'Country or region of origin (optional)': 'Afghanistan',
    Municipality: 'San Lazzaro di Savena',
    Postcode: '40068',
    'How long have you lived in Italy?': '2 years',
    'Is your residence permit in order?': 'Yes',
    'What do you need help with most? (first is most important)': ['Education', 'Financial literacy', 'Social network'],
    'What would you like to achieve?': 'Enrol at university (nursing).',
    'Interests and hobbies': ['Photography', 'Reading'],
    'When are you available?': ['Afternoons', 'Weekends'],
    'Family and children': 'Lives with her sister',
    'How would you describe yourself?': 'Determined',
  },
  {
    // A hurried answer on a phone: blanks, a language nobody mapped yet, and a formula-like text.
    'Full name': 'Bilal',
    Email: '',
    Phone: '3331234567',
    'Year of birth': '20O4',
    Gender: 'Man',
    'Would you prefer a mentor who is': 'No preference',
    'Languages you speak': ['Urdu', 'Panjabi', 'inglese'],
    'Your level of Italian': 'A1',
    Municipality: 'bologna',
    Postcode: '40121',
    'How long have you lived in Italy?': '3 mesi',
    'Is your residence permit in order?': 'Waiting for the appointment',
    'What do you need help with most? (first is most important)': ['Administration', 'Housing'],
    'What would you like to achieve?': '=HYPERLINK("http://example.invalid","permit")',
    'Interests and hobbies': ['Cricket'],
    'When are you available?': ['Mornings', 'Afternoons'],
    'Family and children': '',
    'How would you describe yourself?': '',
  },
];

const BASE = Date.parse('2026-09-01T09:00:00Z');
const DAY = 86_400_000;

function withConsent(row: Row, consent = true): FormAnswers {
  return {
    ...row,
    'I agree to the processing of my data': consent ? CONSENT : '',
    'You may contact me about the programme': consent ? 'Yes' : 'No',
  };
}

/** Seeds the demo programme into a fresh workspace (the add-on is installed by the caller). */
export function seedDemo(ws: FakeWorkspace): void {
  const now = ws.clock.now();
  ws.addResponseSheet(MENTOR_SHEET, MENTOR_QUESTIONS);
  ws.addResponseSheet(MENTEE_SHEET, MENTEE_QUESTIONS);
  // Spread the responses over the autumn, as a recruitment campaign would.
  mentors.forEach((row, i) => {
    ws.clock.set(BASE + i * 3 * DAY);
    ws.submitFormResponse(MENTOR_SHEET, withConsent(row));
  });
  mentees.forEach((row, i) => {
    ws.clock.set(BASE + (i * 4 + 1) * DAY);
    ws.submitFormResponse(MENTEE_SHEET, withConsent(row));
  });
  ws.clock.set(Math.max(now, BASE + 60 * DAY));
}

interface Proposal {
  sheetId: number;
  kind: string;
  columns: { header: string; field: string | null }[];
}

/**
 * Runs the demo programme through the add-on as a coordinator would: set up, confirm the proposed
 * mapping of both response sheets, import, turn on automatic import, and screen some applicants.
 */
export function prepareDemoProgramme(runtime: AddonRuntime): void {
  runtime.run('setUpProgramme');
  for (const name of [MENTOR_SHEET, MENTEE_SHEET]) {
    const sheetId = runtime.ws.sheet(name).getSheetId();
    const proposal = runtime.run('proposeMapping', [{ sheetId }]) as Proposal;
    runtime.run('confirmMapping', [{ sheetId, kind: proposal.kind, columns: proposal.columns.map((c) => ({ header: c.header, field: c.field })) }]);
    let progress = runtime.run('importResponses', [{ sheetId }]) as { done: boolean; nextRow: number };
    while (!progress.done) progress = runtime.run('importResponses', [{ sheetId, fromRow: progress.nextRow }]) as { done: boolean; nextRow: number };
  }
  runtime.run('installIngestion');
  recordTraining(runtime.ws);
  runtime.run('setScreeningDecision', [{ role: 'mentor', id: 'MT-0001', decision: 'Admit', reason: 'Experienced, trained in 2025' }]);
  runtime.run('setScreeningDecision', [{ role: 'mentee', id: 'ME-0001', decision: 'Admit', reason: 'Housing need is urgent' }]);
  runtime.run('setScreeningDecision', [{ role: 'mentee', id: 'ME-0006', decision: 'Waiting list', reason: 'Permit appointment pending' }]);
  supervisePairs(runtime);
  recordSafeguarding(runtime.ws);
}

/** A safeguarding note the coordinator typed in the protected Sensitive details sheet (a row of their own). */
function recordSafeguarding(ws: FakeWorkspace): void {
  const sheet = ws.sheet('Sensitive details');
  sheet
    .getRange(sheet.getLastRow() + 1, 1, 1, 4)
    .setValues([['ME-0001', '', 'Safeguarding note', 'Shares a flat with relatives: talk about housing with her alone.']]);
}

const at = (ws: FakeWorkspace, iso: string) => ws.clock.set(`${iso}T10:00:00Z`);

/**
 * Pairs at several phases, with the diaries, contacts and goals a real autumn would leave: one pair
 * active and well supported (but its mentor just asked for help), one that rarely meets, one the
 * mentor declined; some mentees are still waiting for a match.
 */
function supervisePairs(runtime: AddonRuntime): void {
  const { ws } = runtime;
  const today = ws.clock.now();
  at(ws, '2026-09-20');
  const proposal = runtime.run('proposeCohort', [{ maximiseMatched: true, teamMode: false }]) as { pairs: { menteeId: string; mentorId: string }[] };
  // Three of the proposed pairs are taken up; the rest of the cohort is left for the coordinator to match.
  const picks = [proposal.pairs[0], proposal.pairs[1], proposal.pairs[3]].filter((p): p is { menteeId: string; mentorId: string } => !!p);
  runtime.run('acceptMatches', [{ pairs: picks }]);
  const created = runtime.run('createStandardForms', [{ kinds: ['diary'] }]) as { sheetName: string }[];
  const diarySheet = created[0]!.sheetName;
  const mentorEmail = (id: string) => {
    const rows = ws.workbook().find((sheet) => sheet.name === 'Mentors')!.values;
    const header = rows[0]!;
    return rows.find((r) => r[0] === id)?.[header.indexOf('Email')] ?? '';
  };
  const diary = (code: string, mentorId: string, day: string, extra: FormAnswers = {}) => {
    at(ws, day);
    ws.submitFormResponse(diarySheet, {
      'Email address': mentorEmail(mentorId),
      'Pair code': code,
      'Date of the meeting': day,
      'Duration (minutes)': '90',
      Mode: 'In person',
      Activity: 'Met for coffee and went through the week',
      'Was it a community activity?': 'No',
      'Do you need support from the coordinator now?': 'No',
      ...extra,
    });
  };
  const status = (code: string, day: string, value: string, reason = '') => {
    at(ws, day);
    runtime.run('updatePairStatus', [{ code, status: value, reason }]);
  };
  const [first, second, third] = picks;
  if (first) {
    status('P-0001', '2026-09-22', 'Mentor accepted');
    status('P-0001', '2026-09-29', 'Introductory meeting held');
    status('P-0001', '2026-09-29', 'Active');
    for (const day of ['2026-10-03', '2026-10-10', '2026-10-17', '2026-10-24', '2026-11-07', '2026-11-14']) diary('P-0001', first.mentorId, day);
    diary('P-0001', first.mentorId, '2026-10-31', { 'Was it a community activity?': 'Yes', Activity: 'Neighbourhood dinner at the community centre' });
    diary('P-0001', first.mentorId, '2026-11-20', {
      'Do you need support from the coordinator now?': 'Yes',
      'Concerns (conflict, boundaries, the mentee cannot be reached…)': 'The landlord asked for money in cash; not sure how to advise',
    });
    at(ws, '2026-10-08');
    runtime.run('logSupervision', [
      {
        code: 'P-0001',
        date: '2026-10-08',
        withWhom: 'Mentor',
        kind: 'Call',
        topics: 'First weeks, housing search',
        actions: 'Share the list of tenants’ unions\nCheck the rental contract together',
        nextDate: '2026-11-30',
      },
    ]);
    runtime.run('saveGoal', [
      {
        code: 'P-0001',
        area: 'Housing',
        goal: 'Rent a room within the budget',
        steps: 'Visit two agencies; prepare documents',
        targetDate: '2027-01-31',
        status: 'In progress',
        evidence: 'Two visits done',
      },
    ]);
    runtime.run('saveGoal', [{ code: 'P-0001', area: 'Language', goal: 'Start an Italian course', steps: '', status: 'Not started', evidence: '' }]);
    for (const itemId of ['intro.reasons', 'intro.roles', 'intro.contact', 'intro.codeOfConduct'])
      runtime.run('setChecklistItem', [{ code: 'P-0001', itemId, done: true }]);
  }
  if (second) {
    status('P-0002', '2026-09-24', 'Mentor accepted');
    status('P-0002', '2026-10-01', 'Introductory meeting held');
    status('P-0002', '2026-10-01', 'Active');
    diary('P-0002', second.mentorId, '2026-10-05');
    diary('P-0002', second.mentorId, '2026-10-20');
  }
  if (third) status('P-0003', '2026-09-25', 'Mentor declined', 'Moving to another city in November');
  ws.clock.set(today);
}

/** The coordinator records training and capacity by hand in the Mentors sheet (coordinator columns). */
function recordTraining(ws: FakeWorkspace): void {
  const sheet = ws.sheet('Mentors');
  const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0]!.map(String);
  const column = (name: string) => header.indexOf(name) + 1;
  const rows = sheet.getLastRow() - 1;
  const training = [5, 5, 5, 5, 3, 5];
  const types = ['Peer', 'Local', 'Peer', 'Peer', 'Local', 'Peer'];
  const capacity = [2, 1, 1, 1, 1, 1];
  sheet.getRange(2, column('Training modules completed (of 5)'), rows, 1).setValues(training.slice(0, rows).map((v) => [v]));
  sheet.getRange(2, column('Peer or local mentor'), rows, 1).setValues(types.slice(0, rows).map((v) => [v]));
  sheet.getRange(2, column('Capacity (mentees at once)'), rows, 1).setValues(capacity.slice(0, rows).map((v) => [v]));
}
