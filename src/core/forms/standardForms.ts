import type { FormTextKey } from '../i18n';
import type { FormKind } from '../intake/fields';

/**
 * The standard forms the add-on can create in one click, after the AMIR manual's attachments
 * (3 Mentor Recruitment, 4 Mentee Intake, 9 Mentor Weekly Diary, 10-11 Satisfaction, 12 Final IIP
 * Assessment) and orient8's intake forms. Mentee-facing wording is plain. Each question names the
 * field it fills, so a standard form needs no mapping. Every text is a key of the forms catalogue
 * part (src/core/i18n/en/forms.ts), put into words in the form's language when it is created.
 */
export type QuestionType = 'text' | 'paragraph' | 'choice' | 'checkbox' | 'scale' | 'date' | 'list';

export interface QuestionSpec {
  field: string | null;
  type: QuestionType;
  title: FormTextKey;
  help?: FormTextKey;
  required?: boolean;
  choices?: FormTextKey[];
  otherOption?: boolean;
}

export interface FormSpec {
  kind: FormKind;
  title: FormTextKey;
  description: FormTextKey;
  collectEmail: boolean;
  questions: QuestionSpec[];
}

const YES_NO: FormTextKey[] = ['choice.yesNo.yes', 'choice.yesNo.no'];
const CONSENT: FormTextKey[] = ['choice.consent.agree'];
const GENDERS: FormTextKey[] = ['choice.gender.woman', 'choice.gender.man', 'choice.gender.nonBinary', 'choice.gender.preferNotToSay'];
const PREFERENCES: FormTextKey[] = ['choice.genderPreference.woman', 'choice.genderPreference.man', 'choice.genderPreference.noPreference'];
const SLOTS: FormTextKey[] = ['choice.availability.mornings', 'choice.availability.afternoons', 'choice.availability.evenings', 'choice.availability.weekends'];
const LEVELS: FormTextKey[] = [
  'choice.level.a1',
  'choice.level.a2',
  'choice.level.b1',
  'choice.level.b2',
  'choice.level.c1',
  'choice.level.c2',
  'choice.level.native',
];
/**
 * The needs a mentee can name and a mentor can offer. `value` is the need's canonical name, the
 * same in every language: matching keys topics by it (folded), so stored data does not depend on
 * the form's language. `label` is its text on the forms and wherever a topic is named.
 */
export const NEEDS = [
  { value: 'Employment', label: 'choice.need.employment' },
  { value: 'Housing', label: 'choice.need.housing' },
  { value: 'Education', label: 'choice.need.education' },
  { value: 'Language', label: 'choice.need.language' },
  { value: 'Health', label: 'choice.need.health' },
  { value: 'Financial literacy', label: 'choice.need.financialLiteracy' },
  { value: 'Social network', label: 'choice.need.socialNetwork' },
  { value: 'Leisure', label: 'choice.need.leisure' },
  { value: 'Administration', label: 'choice.need.administration' },
] as const satisfies readonly { value: string; label: FormTextKey }[];
const NEED_CHOICES: FormTextKey[] = NEEDS.map((n) => n.label);
const MENTOR_KINDS: FormTextKey[] = [
  'choice.mentorKind.welcome',
  'choice.mentorKind.housing',
  'choice.mentorKind.language',
  'choice.mentorKind.leisure',
  'choice.mentorKind.general',
];

const personQuestions = (audience: 'mentor' | 'mentee'): QuestionSpec[] => [
  { field: 'name', type: 'text', title: 'question.name.title', required: true },
  { field: 'email', type: 'text', title: 'question.email.title' },
  { field: 'phone', type: 'text', title: 'question.phone.title' },
  { field: 'birthYear', type: 'text', title: 'question.birthYear.title', required: true },
  { field: 'gender', type: 'choice', title: 'question.gender.title', choices: GENDERS },
  {
    field: 'genderPreference',
    type: 'choice',
    title: audience === 'mentor' ? 'question.genderPreference.mentor.title' : 'question.genderPreference.mentee.title',
    choices: PREFERENCES,
  },
  {
    field: 'languages',
    type: 'paragraph',
    title: 'question.languages.title',
    help: 'question.languages.help',
    required: true,
  },
  { field: 'hostLanguageLevel', type: 'choice', title: 'question.hostLanguageLevel.title', choices: LEVELS },
  { field: 'origin', type: 'text', title: 'question.origin.title' },
  { field: 'municipality', type: 'text', title: 'question.municipality.title', required: true },
  { field: 'postcode', type: 'text', title: 'question.postcode.title' },
  { field: 'timeInCountry', type: 'text', title: 'question.timeInCountry.title' },
];

const tail = (audience: 'mentor' | 'mentee'): QuestionSpec[] => [
  { field: 'interests', type: 'paragraph', title: 'question.interests.title' },
  { field: 'availability', type: 'checkbox', title: 'question.availability.title', choices: SLOTS, required: true },
  ...(audience === 'mentor'
    ? [
        { field: 'hoursPerMonth', type: 'text', title: 'question.hoursPerMonth.title' } as QuestionSpec,
        { field: 'periodsAway', type: 'text', title: 'question.periodsAway.title' } as QuestionSpec,
      ]
    : []),
  { field: 'family', type: 'text', title: 'question.family.title' },
  { field: 'temperament', type: 'text', title: 'question.temperament.title' },
  ...(audience === 'mentor' ? [{ field: 'motivation', type: 'paragraph', title: 'question.motivation.title', required: true } as QuestionSpec] : []),
  {
    field: 'consentData',
    type: 'checkbox',
    title: 'question.consentData.title',
    // A mentor is told what a background check leaves in the programme's records (criminal-record data is special-category).
    help: audience === 'mentor' ? 'question.consentData.mentor.help' : 'question.consentData.help',
    choices: CONSENT,
    required: true,
  },
  { field: 'consentContact', type: 'choice', title: 'question.consentContact.title', choices: YES_NO },
];

export const STANDARD_FORMS: readonly FormSpec[] = [
  {
    kind: 'mentor',
    title: 'form.mentor.title',
    description: 'form.mentor.description',
    collectEmail: false,
    questions: [
      ...personQuestions('mentor'),
      { field: 'offers', type: 'checkbox', title: 'question.offers.title', choices: NEED_CHOICES, otherOption: true, required: true },
      {
        field: 'mentorKinds',
        type: 'checkbox',
        title: 'question.mentorKinds.title',
        choices: MENTOR_KINDS,
      },
      { field: 'skills', type: 'paragraph', title: 'question.skills.title' },
      { field: 'professionalField', type: 'text', title: 'question.professionalField.title' },
      ...tail('mentor'),
    ],
  },
  {
    kind: 'mentee',
    title: 'form.mentee.title',
    description: 'form.mentee.description',
    collectEmail: false,
    questions: [
      ...personQuestions('mentee'),
      {
        field: 'permitInOrder',
        type: 'choice',
        title: 'question.permitInOrder.title',
        choices: [...YES_NO, 'choice.permitInOrder.waiting'],
        required: true,
      },
      {
        field: 'needs',
        type: 'checkbox',
        title: 'question.needs.title',
        choices: NEED_CHOICES,
        otherOption: true,
        required: true,
      },
      { field: 'goals', type: 'paragraph', title: 'question.goals.title' },
      {
        field: 'agePreference',
        type: 'choice',
        title: 'question.agePreference.title',
        choices: ['choice.agePreference.aroundMyAge', 'choice.agePreference.older', 'choice.agePreference.younger', 'choice.agePreference.noPreference'],
      },
      {
        field: 'wantsSimilarBackground',
        type: 'choice',
        title: 'question.wantsSimilarBackground.title',
        choices: [...YES_NO, 'choice.wantsSimilarBackground.noPreference'],
      },
      ...tail('mentee'),
    ],
  },
  {
    kind: 'diary',
    title: 'form.diary.title',
    description: 'form.diary.description',
    collectEmail: true,
    questions: [
      {
        field: 'pairCode',
        type: 'text',
        title: 'question.pairCode.title',
        help: 'question.pairCode.help',
      },
      { field: 'date', type: 'date', title: 'question.date.title', required: true },
      { field: 'durationMinutes', type: 'text', title: 'question.durationMinutes.title' },
      {
        field: 'mode',
        type: 'choice',
        title: 'question.mode.title',
        choices: ['choice.mode.inPerson', 'choice.mode.phoneOrVideo', 'choice.mode.messages'],
      },
      { field: 'activity', type: 'paragraph', title: 'question.activity.title' },
      { field: 'themes', type: 'checkbox', title: 'question.themes.title', choices: NEED_CHOICES, otherOption: true },
      { field: 'communityActivity', type: 'choice', title: 'question.communityActivity.title', choices: YES_NO },
      {
        field: 'needsSupport',
        type: 'choice',
        title: 'question.needsSupport.title',
        choices: YES_NO,
        required: true,
      },
      {
        field: 'concerns',
        type: 'paragraph',
        title: 'question.concerns.title',
      },
    ],
  },
  {
    kind: 'mentorSatisfaction',
    title: 'form.mentorSatisfaction.title',
    description: 'form.mentorSatisfaction.description',
    collectEmail: true,
    questions: [
      { field: 'pairCode', type: 'text', title: 'question.pairCode.title' },
      {
        field: 'overall',
        type: 'scale',
        title: 'question.overall.mentorSatisfaction.title',
        required: true,
      },
      { field: null, type: 'scale', title: 'question.training.title' },
      { field: null, type: 'scale', title: 'question.coordinatorSupport.title' },
      { field: 'comments', type: 'paragraph', title: 'question.comments.mentorSatisfaction.title' },
    ],
  },
  {
    kind: 'menteeSatisfaction',
    title: 'form.menteeSatisfaction.title',
    description: 'form.menteeSatisfaction.description',
    collectEmail: true,
    questions: [
      { field: 'pairCode', type: 'text', title: 'question.pairCode.title' },
      {
        field: 'overall',
        type: 'scale',
        title: 'question.overall.menteeSatisfaction.title',
        required: true,
      },
      {
        field: null,
        type: 'scale',
        title: 'question.goalsReached.title',
      },
      { field: 'comments', type: 'paragraph', title: 'question.comments.menteeSatisfaction.title' },
    ],
  },
  {
    kind: 'assessment',
    title: 'form.assessment.title',
    description: 'form.assessment.description',
    collectEmail: false,
    questions: [
      { field: 'pairCode', type: 'text', title: 'question.pairCode.title', required: true },
      { field: 'outcomes', type: 'paragraph', title: 'question.outcomes.title' },
      { field: 'challenges', type: 'paragraph', title: 'question.challenges.title' },
      { field: 'mentorReflection', type: 'paragraph', title: 'question.mentorReflection.title' },
      { field: 'menteeReflection', type: 'paragraph', title: 'question.menteeReflection.title' },
    ],
  },
];

export function standardForm(kind: FormKind): FormSpec {
  return STANDARD_FORMS.find((f) => f.kind === kind)!;
}
