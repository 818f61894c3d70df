import type { Translate } from '../../core/i18n';
import { NUMBER_LIMITS } from '../../core/inputLimits';
import { CRITERIA } from '../../core/matching/settings';
import { expectNumberIn } from '../../core/validate';

/**
 * Refuses matching settings out of the limits in core/inputLimits.ts, naming the field and its
 * range: a weight of −50 or 9,999 suggestions used to be replaced by the default under a "saved".
 * What is absent keeps its stored value or default (normaliseMatchingSettings fills it).
 */
export function checkMatchingSettings(record: Record<string, unknown>, t: Translate): void {
  const weights = typeof record.weights === 'object' && record.weights !== null ? (record.weights as Record<string, unknown>) : {};
  for (const c of CRITERIA) if (weights[c] !== undefined) expectNumberIn(weights[c], NUMBER_LIMITS.weight, t(`criterion.${c}`));
  for (const field of ['suggestions', 'trainingModulesRequired'] as const)
    if (record[field] !== undefined) expectNumberIn(record[field], NUMBER_LIMITS[field], t(NUMBER_LIMITS[field].label));
}
