/**
 * Small value helpers shared across core and server. Dates are tested by their tag, not with
 * instanceof, because a Date made in another V8 context (the bundle loaded by gas-local, the
 * in-memory Workspace) is not an instance of this context's Date.
 */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]' && !Number.isNaN((value as Date).getTime());
}

export function asDate(value: unknown): Date | null {
  return isDate(value) ? value : null;
}

/** "2026-11-23", or '' for no date. */
export function isoDay(date: Date | null | undefined): string {
  return date ? date.toISOString().slice(0, 10) : '';
}

/** The first word of a name: how messages address people. */
export function firstName(name: unknown): string {
  return String(name ?? '').trim().split(/\s+/)[0] ?? '';
}
