import { badArgument } from './errors';

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
