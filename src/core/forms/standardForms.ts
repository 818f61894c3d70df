import type { FormKind } from '../intake/fields';

/**
 * The standard forms the add-on can create in one click, after the AMIR manual's attachments
 * (3 Mentor Recruitment, 4 Mentee Intake, 9 Mentor Weekly Diary, 10-11 Satisfaction, 12 Final IIP
 * Assessment) and orient8's intake forms. Mentee-facing wording is plain. Each question names the
 * field it fills, so a standard form needs no mapping.
 */
export type QuestionType = 'text' | 'paragraph' | 'choice' | 'checkbox' | 'scale' | 'date' | 'list';

export interface Localised {
  en: string;
  it: string;
}

export interface QuestionSpec {
  field: string | null;
  type: QuestionType;
  title: Localised;
  help?: Localised;
  required?: boolean;
  choices?: Localised[];
  otherOption?: boolean;
}

export interface FormSpec {
  kind: FormKind;
  title: Localised;
  description: Localised;
  collectEmail: boolean;
  questions: QuestionSpec[];
}

const L = (en: string, it: string): Localised => ({ en, it });

const YES_NO = [L('Yes', 'Sì'), L('No', 'No')];
const CONSENT = [L('Yes, I agree', 'Sì, acconsento')];
const GENDERS = [L('Woman', 'Donna'), L('Man', 'Uomo'), L('Non-binary or other', 'Non binario o altro'), L('Prefer not to say', 'Preferisco non dirlo')];
const PREFERENCES = [L('A woman', 'Una donna'), L('A man', 'Un uomo'), L('No preference', 'Nessuna preferenza')];
const SLOTS = [L('Mornings', 'Mattine'), L('Afternoons', 'Pomeriggi'), L('Evenings', 'Sere'), L('Weekends', 'Fine settimana')];
const LEVELS = [L('A1', 'A1'), L('A2', 'A2'), L('B1', 'B1'), L('B2', 'B2'), L('C1', 'C1'), L('C2', 'C2'), L('Native', 'Madrelingua')];
export const NEEDS = [
  L('Employment', 'Lavoro'),
  L('Housing', 'Casa'),
  L('Education', 'Istruzione'),
  L('Language', 'Lingua'),
  L('Health', 'Salute'),
  L('Financial literacy', 'Educazione finanziaria'),
  L('Social network', 'Rete sociale'),
  L('Leisure', 'Tempo libero'),
  L('Administration', 'Pratiche amministrative'),
];
const MENTOR_KINDS = [
  L('Welcome mentor', 'Mentore di accoglienza'),
  L('Housing mentor', 'Mentore per la casa'),
  L('Language mentor', 'Mentore linguistico'),
  L('Leisure mentor', 'Mentore per il tempo libero'),
  L('General mentor', 'Mentore generale'),
];
const CONSENT_HELP = L(
  'Your answers are kept by the programme only to run the mentoring programme. You can ask to see them or have them erased at any time.',
  'Le tue risposte sono conservate dal programma solo per gestire il mentoring. Puoi chiedere di vederle o di cancellarle in qualsiasi momento.',
);

const personQuestions = (audience: 'mentor' | 'mentee'): QuestionSpec[] => [
  { field: 'name', type: 'text', title: L('Full name', 'Nome e cognome'), required: true },
  { field: 'email', type: 'text', title: L('Email', 'Email') },
  { field: 'phone', type: 'text', title: L('Phone', 'Telefono') },
  { field: 'birthYear', type: 'text', title: L('Year of birth', 'Anno di nascita'), required: true },
  { field: 'gender', type: 'choice', title: L('Gender', 'Genere'), choices: GENDERS },
  {
    field: 'genderPreference',
    type: 'choice',
    title:
      audience === 'mentor'
        ? L('Preferred gender of your mentee', 'Genere preferito del mentee')
        : L('Would you prefer a mentor who is', 'Preferisci un mentore che sia'),
    choices: PREFERENCES,
  },
  {
    field: 'languages',
    type: 'paragraph',
    title: L('Languages you speak', 'Lingue che parli'),
    help: L('For example: Arabic (native), English B1', 'Per esempio: arabo (madrelingua), inglese B1'),
    required: true,
  },
  { field: 'hostLanguageLevel', type: 'choice', title: L('Your level of the local language', 'Il tuo livello di italiano'), choices: LEVELS },
  { field: 'origin', type: 'text', title: L('Country or region of origin (optional)', 'Paese o regione di origine (facoltativo)') },
  { field: 'municipality', type: 'text', title: L('Municipality', 'Comune'), required: true },
  { field: 'postcode', type: 'text', title: L('Postcode', 'CAP') },
  { field: 'timeInCountry', type: 'text', title: L('How long have you lived in this country?', 'Da quanto tempo vivi in Italia?') },
];

const tail = (audience: 'mentor' | 'mentee'): QuestionSpec[] => [
  { field: 'interests', type: 'paragraph', title: L('Interests and hobbies', 'Interessi e hobby') },
  { field: 'availability', type: 'checkbox', title: L('When are you available?', 'Quando sei disponibile?'), choices: SLOTS, required: true },
  ...(audience === 'mentor'
    ? [
        { field: 'hoursPerMonth', type: 'text', title: L('Hours a month you can give', 'Ore al mese che puoi dedicare') } as QuestionSpec,
        { field: 'periodsAway', type: 'text', title: L('Periods you will be away', 'Periodi di assenza') } as QuestionSpec,
      ]
    : []),
  { field: 'family', type: 'text', title: L('Family and children', 'Famiglia e figli') },
  { field: 'temperament', type: 'text', title: L('How would you describe yourself?', 'Come ti descriveresti?') },
  ...(audience === 'mentor'
    ? [{ field: 'motivation', type: 'paragraph', title: L('Why do you want to be a mentor?', 'Perché vuoi fare il mentore?'), required: true } as QuestionSpec]
    : []),
  {
    field: 'consentData',
    type: 'checkbox',
    title: L('I agree to the processing of my data', 'Acconsento al trattamento dei miei dati'),
    help: CONSENT_HELP,
    choices: CONSENT,
    required: true,
  },
  { field: 'consentContact', type: 'choice', title: L('You may contact me about the programme', 'Potete contattarmi per il programma'), choices: YES_NO },
];

export const STANDARD_FORMS: readonly FormSpec[] = [
  {
    kind: 'mentor',
    title: L('Mentor Recruitment Questionnaire', 'Questionario di reclutamento mentori'),
    description: L('Thank you for wanting to become a mentor. This takes about 10 minutes.', 'Grazie per voler diventare mentore. Servono circa 10 minuti.'),
    collectEmail: false,
    questions: [
      ...personQuestions('mentor'),
      { field: 'offers', type: 'checkbox', title: L('What help can you offer?', 'In cosa puoi aiutare?'), choices: NEEDS, otherOption: true, required: true },
      {
        field: 'mentorKinds',
        type: 'checkbox',
        title: L('What kind of mentor would you like to be?', 'Che tipo di mentore vorresti essere?'),
        choices: MENTOR_KINDS,
      },
      { field: 'skills', type: 'paragraph', title: L('Skills', 'Competenze') },
      { field: 'professionalField', type: 'text', title: L('Professional field', 'Settore professionale') },
      ...tail('mentor'),
    ],
  },
  {
    kind: 'mentee',
    title: L('Mentee Intake Questionnaire', 'Questionario di iscrizione mentee'),
    description: L(
      'A mentor can help you settle in. Answer what you can. Short answers are fine.',
      'Un mentore può aiutarti a sistemarti. Rispondi come puoi. Vanno bene risposte brevi.',
    ),
    collectEmail: false,
    questions: [
      ...personQuestions('mentee'),
      {
        field: 'permitInOrder',
        type: 'choice',
        title: L('Is your residence permit in order?', 'Il tuo permesso di soggiorno è in regola?'),
        choices: [...YES_NO, L('Waiting for it', 'In attesa')],
        required: true,
      },
      {
        field: 'needs',
        type: 'checkbox',
        title: L('What do you need help with? (choose up to 3)', 'Per cosa ti serve aiuto? (scegli fino a 3)'),
        choices: NEEDS,
        otherOption: true,
        required: true,
      },
      { field: 'goals', type: 'paragraph', title: L('What would you like to achieve?', 'Cosa vorresti raggiungere?') },
      {
        field: 'agePreference',
        type: 'choice',
        title: L('Preferred age of your mentor', 'Età preferita del mentore'),
        choices: [
          L('Around my age', 'Più o meno la mia età'),
          L('Older than me', 'Più grande di me'),
          L('Younger than me', 'Più giovane di me'),
          L('No preference', 'Nessuna preferenza'),
        ],
      },
      {
        field: 'wantsSimilarBackground',
        type: 'choice',
        title: L('Would you like a mentor who also came to this country from abroad?', 'Vorresti un mentore anche lui arrivato in Italia dall’estero?'),
        choices: [...YES_NO, L('No preference', 'Nessuna preferenza')],
      },
      ...tail('mentee'),
    ],
  },
  {
    kind: 'diary',
    title: L('Mentor Weekly Diary', 'Diario settimanale del mentore'),
    description: L('One entry for each meeting with your mentee.', 'Una voce per ogni incontro con il tuo mentee.'),
    collectEmail: true,
    questions: [
      {
        field: 'pairCode',
        type: 'text',
        title: L('Pair code', 'Codice coppia'),
        help: L('As in your welcome email, e.g. P-0007', 'Come nella email di benvenuto, es. P-0007'),
      },
      { field: 'date', type: 'date', title: L('Date of the meeting', 'Data dell’incontro'), required: true },
      { field: 'durationMinutes', type: 'text', title: L('Duration (minutes)', 'Durata (minuti)') },
      {
        field: 'mode',
        type: 'choice',
        title: L('Mode', 'Modalità'),
        choices: [L('In person', 'Di persona'), L('Phone or video', 'Telefono o video'), L('Messages', 'Messaggi')],
      },
      { field: 'activity', type: 'paragraph', title: L('Activity', 'Attività') },
      { field: 'themes', type: 'checkbox', title: L('Themes', 'Temi'), choices: NEEDS, otherOption: true },
      { field: 'communityActivity', type: 'choice', title: L('Was it a community activity?', 'È stata un’attività nella comunità?'), choices: YES_NO },
      {
        field: 'needsSupport',
        type: 'choice',
        title: L('Do you need support from the coordinator now?', 'Ti serve ora il supporto del coordinatore?'),
        choices: YES_NO,
        required: true,
      },
      {
        field: 'concerns',
        type: 'paragraph',
        title: L('Concerns (conflict, boundaries, the mentee cannot be reached…)', 'Preoccupazioni (conflitti, confini, il mentee non risponde…)'),
      },
    ],
  },
  {
    kind: 'mentorSatisfaction',
    title: L('Mentor Satisfaction Questionnaire', 'Questionario di soddisfazione del mentore'),
    description: L('Tell us how the programme went for you.', 'Raccontaci com’è andato il programma per te.'),
    collectEmail: true,
    questions: [
      { field: 'pairCode', type: 'text', title: L('Pair code', 'Codice coppia') },
      {
        field: 'overall',
        type: 'scale',
        title: L('Overall, how satisfied are you? (1 to 5)', 'Nel complesso, quanto sei soddisfatto? (da 1 a 5)'),
        required: true,
      },
      { field: null, type: 'scale', title: L('The training prepared me well (1 to 5)', 'La formazione mi ha preparato bene (da 1 a 5)') },
      { field: null, type: 'scale', title: L('I felt supported by the coordinator (1 to 5)', 'Mi sono sentito supportato dal coordinatore (da 1 a 5)') },
      { field: 'comments', type: 'paragraph', title: L('Comments and suggestions', 'Commenti e suggerimenti') },
    ],
  },
  {
    kind: 'menteeSatisfaction',
    title: L('Mentee Satisfaction Questionnaire', 'Questionario di soddisfazione del mentee'),
    description: L('Your opinion helps us. There are no wrong answers.', 'La tua opinione ci aiuta. Non ci sono risposte sbagliate.'),
    collectEmail: true,
    questions: [
      { field: 'pairCode', type: 'text', title: L('Pair code', 'Codice coppia') },
      {
        field: 'overall',
        type: 'scale',
        title: L('How happy are you with your mentor? (1 to 5)', 'Quanto sei contento del tuo mentore? (da 1 a 5)'),
        required: true,
      },
      {
        field: null,
        type: 'scale',
        title: L('My mentor helped me reach my goals (1 to 5)', 'Il mio mentore mi ha aiutato a raggiungere i miei obiettivi (da 1 a 5)'),
      },
      { field: 'comments', type: 'paragraph', title: L('Anything else you want to tell us?', 'Vuoi dirci altro?') },
    ],
  },
  {
    kind: 'assessment',
    title: L('Final IIP Assessment', 'Valutazione finale del PII'),
    description: L('Filled in together at the closing meeting.', 'Da compilare insieme all’incontro di chiusura.'),
    collectEmail: false,
    questions: [
      { field: 'pairCode', type: 'text', title: L('Pair code', 'Codice coppia'), required: true },
      { field: 'outcomes', type: 'paragraph', title: L('Key outcomes', 'Risultati principali') },
      { field: 'challenges', type: 'paragraph', title: L('Challenges', 'Difficoltà') },
      { field: 'mentorReflection', type: 'paragraph', title: L('Mentor reflection', 'Riflessione del mentore') },
      { field: 'menteeReflection', type: 'paragraph', title: L('Mentee reflection', 'Riflessione del mentee') },
    ],
  },
];

export function standardForm(kind: FormKind): FormSpec {
  return STANDARD_FORMS.find((f) => f.kind === kind)!;
}
