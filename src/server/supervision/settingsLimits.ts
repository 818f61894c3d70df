import { badArgument, UserError } from '../../core/errors';
import type { MessageKey, Translate } from '../../core/i18n';
import { COUNT_LIMITS, countProblem, NUMBER_LIMITS, RHYTHM_LIMITS, TEXT_LIMITS } from '../../core/inputLimits';
import { DEFAULT_TARGETS } from '../../core/supervision/indicators';
import { expectNumberIn, expectNumbersIn, expectText, sameLimit } from '../../core/validate';

const asRecord = (value: unknown): Record<string, unknown> | null =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;

function checkCount(list: readonly unknown[], limit: { max: number; label: MessageKey }, t: Translate): void {
  const problem = countProblem(list.length, limit);
  if (problem) throw new UserError(problem.key, { field: t(limit.label), ...problem.params });
}

function checkRhythm(rhythm: Record<string, unknown>, t: Translate): void {
  expectNumbersIn(rhythm, RHYTHM_LIMITS, (_, limit) => t(limit.label));
  if (rhythm.followUpMonths === undefined) return;
  if (!Array.isArray(rhythm.followUpMonths)) throw badArgument('followUpMonths must be a list');
  checkCount(rhythm.followUpMonths, COUNT_LIMITS.followUpMonths, t);
  const month = NUMBER_LIMITS['rhythm.followUpMonth'];
  for (const m of rhythm.followUpMonths) expectNumberIn(m, month, t(month.label));
}

function checkTemplate(template: Record<string, unknown>, t: Translate): void {
  if (template.custom === undefined) return;
  if (!Array.isArray(template.custom)) throw badArgument('custom must be a list');
  checkCount(template.custom, COUNT_LIMITS.customItems, t);
  for (const item of template.custom) {
    const c = asRecord(item);
    if (!c) throw badArgument('a custom item must be an object');
    // Measured as kept: the text is saved trimmed.
    expectText(typeof c.text === 'string' ? c.text.trim() : c.text, TEXT_LIMITS.customItem, t(TEXT_LIMITS.customItem.label));
    expectNumberIn(c.daysAfterStart, NUMBER_LIMITS.customItemDays, t(NUMBER_LIMITS.customItemDays.label));
  }
}

/**
 * Refuses supervision settings that are out of the limits in core/inputLimits.ts, naming the
 * field and its range: replacing them quietly by a default would say "saved" for what was not.
 * What is absent keeps its default (normaliseRhythm fills it).
 */
export function checkSupervisionSettings(record: Record<string, unknown>, t: Translate): void {
  const rhythm = asRecord(record.rhythm);
  if (rhythm) checkRhythm(rhythm, t);
  const targets = asRecord(record.targets);
  if (targets) expectNumbersIn(targets, sameLimit(Object.keys(DEFAULT_TARGETS), NUMBER_LIMITS.target), (id) => t(`indicator.${id}` as MessageKey));
  const template = asRecord(record.template);
  if (template) checkTemplate(template, t);
}
