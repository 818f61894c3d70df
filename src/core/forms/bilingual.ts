import type { FormTexts } from '../i18n';
import { NEWCOMER_FORM_KEYS, type NewcomerFormKey } from '../i18n/newcomer/keys';
import type { FormKind } from '../intake/fields';
import type { FormSpec, QuestionSpec } from './standardForms';

/** The forms a mentee fills in: only these can have a second language. */
export const BILINGUAL_KINDS: readonly FormKind[] = ['mentee', 'menteeSatisfaction'];

/** The mentee's language for a bilingual form: its texts and which way it is written. */
export interface SecondLanguage {
  readonly texts: Readonly<Record<NewcomerFormKey, string>>;
  readonly direction: 'rtl' | 'ltr';
}

export interface QuestionWords {
  readonly title: string;
  readonly help: string;
  readonly choices: string[];
}

const RIGHT_TO_LEFT_MARK = '\u200F';
const isNewcomerKey = (key: string): key is NewcomerFormKey => (NEWCOMER_FORM_KEYS as readonly string[]).includes(key);

/**
 * A text in the mentee's language, marked to start right to left when it is written so: the
 * mark keeps "؟" and numbers at the right end when it follows text in a left-to-right language.
 */
function secondText(second: SecondLanguage, key: string): string {
  if (!isNewcomerKey(key)) throw new Error(`No text in the mentee's language for ${key}`);
  const text = second.texts[key];
  return second.direction === 'rtl' ? `${RIGHT_TO_LEFT_MARK}${text}` : text;
}

/**
 * A question's words. With a second language, the title stays in the programme's language (it
 * becomes the response sheet's header, which the coordinator reads and the mapping matches); the
 * mentee's language is the help text under it, on its own line; and each choice reads
 * "programme / mentee", one answer that the intake recognises from either side.
 */
export function questionWords(question: QuestionSpec, texts: FormTexts, second: SecondLanguage | null): QuestionWords {
  const help = question.help ? texts[question.help] : '';
  const choices = (question.choices ?? []).map((c) => (second ? `${texts[c]} / ${secondText(second, c)}` : texts[c]));
  if (!second) return { title: texts[question.title], help, choices };
  const inSecond = [secondText(second, question.title), question.help ? secondText(second, question.help) : ''].filter(Boolean).join('\n');
  return { title: texts[question.title], help: [help, inSecond].filter(Boolean).join('\n\n'), choices };
}

/** The form's title and description, the mentee's language after the programme's. */
export function formWords(spec: FormSpec, texts: FormTexts, second: SecondLanguage | null, programme: string): { title: string; description: string } {
  if (!second) return { title: `${texts[spec.title]} – ${programme}`, description: texts[spec.description] };
  return {
    title: `${texts[spec.title]} / ${secondText(second, spec.title)} – ${programme}`,
    description: `${texts[spec.description]}\n\n${secondText(second, spec.description)}`,
  };
}
