import type { TemplateSpec } from '../../documents/defaults';
import type { FormTextKey } from '../en/forms';

/**
 * What a newcomer language translates: the texts of the two forms a mentee fills in (the intake
 * questionnaire and the mentee satisfaction questionnaire), which a bilingual form shows under
 * the programme's language, and the mentee's own copy of their Individual Integration Plan.
 * test/unit/catalogues.test.ts checks this list against the questions those forms really ask.
 */
export const NEWCOMER_FORM_KEYS = [
  'form.mentee.title',
  'form.mentee.description',
  'question.name.title',
  'question.email.title',
  'question.phone.title',
  'question.birthYear.title',
  'question.gender.title',
  'choice.gender.woman',
  'choice.gender.man',
  'choice.gender.nonBinary',
  'choice.gender.preferNotToSay',
  'question.genderPreference.mentee.title',
  'choice.genderPreference.woman',
  'choice.genderPreference.man',
  'choice.genderPreference.noPreference',
  'question.languages.title',
  'question.languages.help',
  'question.hostLanguageLevel.title',
  'choice.level.a1',
  'choice.level.a2',
  'choice.level.b1',
  'choice.level.b2',
  'choice.level.c1',
  'choice.level.c2',
  'choice.level.native',
  'question.origin.title',
  'question.municipality.title',
  'question.postcode.title',
  'question.timeInCountry.title',
  'question.permitInOrder.title',
  'choice.yesNo.yes',
  'choice.yesNo.no',
  'choice.permitInOrder.waiting',
  'question.needs.title',
  'choice.need.employment',
  'choice.need.housing',
  'choice.need.education',
  'choice.need.language',
  'choice.need.health',
  'choice.need.financialLiteracy',
  'choice.need.socialNetwork',
  'choice.need.leisure',
  'choice.need.administration',
  'question.goals.title',
  'question.agePreference.title',
  'choice.agePreference.aroundMyAge',
  'choice.agePreference.older',
  'choice.agePreference.younger',
  'choice.agePreference.noPreference',
  'question.wantsSimilarBackground.title',
  'choice.wantsSimilarBackground.noPreference',
  'question.interests.title',
  'question.availability.title',
  'choice.availability.mornings',
  'choice.availability.afternoons',
  'choice.availability.evenings',
  'choice.availability.weekends',
  'question.family.title',
  'question.temperament.title',
  'question.consentData.title',
  'question.consentData.help',
  'choice.consent.agree',
  'question.consentContact.title',
  'form.menteeSatisfaction.title',
  'form.menteeSatisfaction.description',
  'question.pairCode.title',
  'question.overall.menteeSatisfaction.title',
  'question.goalsReached.title',
  'question.comments.menteeSatisfaction.title',
] as const satisfies readonly FormTextKey[];

export type NewcomerFormKey = (typeof NEWCOMER_FORM_KEYS)[number];

/** One newcomer language: the mentee's forms and the mentee's copy of the IIP. */
export interface NewcomerCatalogue {
  readonly forms: Readonly<Record<NewcomerFormKey, string>>;
  readonly iip: TemplateSpec;
}
