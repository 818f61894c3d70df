import type { MessageKey, Translate } from '../i18n';
import type { SCREENING_DECISIONS } from '../schema/sheets';

/**
 * Prepared feedback for every applicant, including those not selected (AMIR asks for it), in the
 * coordinator's language (`feedback.*` in the catalogue). Deliberately free of the screening
 * reason and of any sensitive detail: the coordinator adds what they choose to say.
 */
export type Decision = Exclude<(typeof SCREENING_DECISIONS)[number], ''>;

const KEYS: Readonly<Record<Decision, string>> = {
  Admit: 'admit',
  'Waiting list': 'waitingList',
  Defer: 'defer',
  'Refer elsewhere': 'referElsewhere',
  'Not selected': 'notSelected',
};

export function feedbackMessage(t: Translate, decision: Decision, params: { name: string; programme: string; role: 'mentor' | 'mentee' }) {
  const key = KEYS[decision];
  // An admitted mentor starts with the training: their letter says so.
  const body = decision === 'Admit' && params.role === 'mentor' ? 'admitMentor' : key;
  const values = { name: params.name, programme: params.programme };
  return { subject: t(`feedback.${key}.subject` as MessageKey, values), body: t(`feedback.${body}.body` as MessageKey, values) };
}
