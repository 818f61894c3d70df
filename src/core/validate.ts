import { badArgument, UserError } from './errors';
import { type NumberLimit, numberProblem, type TextLimit, textProblem } from './inputLimits';

/**
 * Checks for RPC arguments: the browser is not trusted (an XSS or a crafted call could send
 * anything), so every public function checks the shape of what it receives.
 */
export function expectRecord(value: unknown, what: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw badArgument(`${what} must be an object`);
  return value as Record<string, unknown>;
}

export function expectOneOf<T extends string>(value: unknown, allowed: readonly T[], what: string): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw badArgument(`${what} must be one of ${allowed.join(', ')}`);
  }
  return value as T;
}

export function expectString(value: unknown, what: string, maxLength = 5000): string {
  if (typeof value !== 'string') throw badArgument(`${what} must be text`);
  if (value.length > maxLength) throw badArgument(`${what} is longer than ${maxLength} characters`);
  return value;
}

export function expectInteger(value: unknown, what: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw badArgument(`${what} must be a whole number from ${min} to ${max}`);
  }
  return value;
}

/**
 * Text a coordinator typed, held to its limit in the shared table (inputLimits.ts): too long is
 * refused with the field's name and both lengths, never cut. `field` is the name as the
 * coordinator reads it (core does not know the language).
 */
export function expectText(value: unknown, limit: TextLimit, field: string): string {
  if (typeof value !== 'string') throw badArgument(`${field} must be text`);
  const problem = textProblem(value, limit);
  if (problem) throw new UserError(problem.key, { field, ...problem.params });
  return value;
}

/** A number a coordinator typed, held to its range in the shared table; out of range is refused, not replaced. */
export function expectNumberIn(value: unknown, limit: NumberLimit, field: string): number {
  const problem = numberProblem(value, limit);
  if (problem) throw new UserError(problem.key, { field, ...problem.params });
  return value as number;
}

/**
 * The numbers of a settings record held to their limits, key by key: a key that is absent is not
 * checked (the stored value or the default stays); `field` names a key as the coordinator reads it.
 */
export function expectNumbersIn<K extends string>(
  record: Record<string, unknown>,
  limits: Readonly<Record<K, NumberLimit>>,
  field: (key: K, limit: NumberLimit) => string,
): void {
  for (const [key, limit] of Object.entries(limits) as [K, NumberLimit][]) if (record[key] !== undefined) expectNumberIn(record[key], limit, field(key, limit));
}

/** The same limit for each of `keys` (every weight, every target). */
export const sameLimit = <K extends string>(keys: readonly K[], limit: NumberLimit): Record<K, NumberLimit> =>
  Object.fromEntries(keys.map((key) => [key, limit])) as Record<K, NumberLimit>;
