import { type CalendarDate, calendarDateOf } from './calendarDate';

/**
 * Small value helpers shared across core and server. Dates are tested by their tag, not with
 * instanceof, because a Date made in another V8 context (the bundle loaded by gas-local, the
 * in-memory Workspace) is not an instance of this context's Date.
 */
export function isDate(value: unknown): value is Date {
  // Most cells are text or numbers: answer those before the tag test, which boxes a primitive.
  if (typeof value !== 'object' || value === null) return false;
  return Object.prototype.toString.call(value) === '[object Date]' && !Number.isNaN((value as Date).getTime());
}

/** A cell's value as text: '' for an empty cell, never "null" or "undefined". */
export function cellText(value: unknown): string {
  return value === null || value === undefined ? '' : String(value);
}

export function asDate(value: unknown): Date | null {
  return isDate(value) ? value : null;
}

/**
 * "2026-11-23", or '' for no date. A calendar day (a date column's value) is already that text.
 * An instant has no day until a zone is given: the day it is in `timeZone` then, never its UTC
 * day by accident (toISOString put every date typed in Europe one day early). Without a zone,
 * UTC, as the ISO timestamps in DTOs are.
 */
export function isoDay(value: CalendarDate | Date | null | undefined, timeZone = 'UTC'): string {
  if (typeof value === 'string') return value;
  return isDate(value) ? calendarDateOf(value, timeZone) : '';
}

/** The first word of a name: how messages address people. */
export function firstName(name: unknown): string {
  return (
    String(name ?? '')
      .trim()
      .split(/\s+/)[0] ?? ''
  );
}
