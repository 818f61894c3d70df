import type { Translate } from '../../core/i18n';
import { NUMBER_LIMITS } from '../../core/inputLimits';
import { CRITERIA } from '../../core/matching/settings';
import { expectNumberIn, expectNumbersIn, sameLimit } from '../../core/validate';

/**
 * Refuses matching settings out of the limits in core/inputLimits.ts, naming the field and its
 * range: a weight of −50 or 9,999 suggestions used to be replaced by the default under a "saved".
 * What is absent keeps its stored value or default (normaliseMatchingSettings fills it).
 */
export function checkMatchingSettings(record: Record<string, unknown>, t: Translate): void {
  const weights = typeof record.weights === 'object' && record.weights !== null ? (record.weights as Record<string, unknown>) : {};
  expectNumbersIn(weights, sameLimit(CRITERIA, NUMBER_LIMITS.weight), (c) => t(`criterion.${c}`));
  const { suggestions, trainingModulesRequired } = NUMBER_LIMITS;
  expectNumbersIn(record, { suggestions, trainingModulesRequired }, (_, limit) => t(limit.label));
}

/**
 * The waiting limit as the sidebar sends it, held to NUMBER_LIMITS.waitingDays and refused in the
 * words of every other number setting. A number only: "30" typed in the sheet is read there, but
 * the sidebar sends numbers, so a string, or no value at all, is refused here like 0 or 366.
 */
export function checkWaitingDays(record: Record<string, unknown>, t: Translate): number {
  const limit = NUMBER_LIMITS.waitingDays;
  return expectNumberIn(record.days, limit, t(limit.label));
}
