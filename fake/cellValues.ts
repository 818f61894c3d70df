import { gasError, isDate } from './core';
import type { CellState, CellValue } from './state';

/**
 * How Sheets turns what a script writes into a cell (setValues behaves like typing):
 * a leading apostrophe forces text and is hidden; `=` starts a formula; `+ - @` start a
 * formula unless a number follows; numbers, TRUE/FALSE and ISO dates are converted unless
 * the cell is formatted as plain text ("@"). Leading zeros are lost on conversion, as in Sheets.
 *
 * Dates. Google's reference does not say what instant a date cell holds. Community sources agree
 * that "spreadsheet date/times refer to exact moments in time" and that a typed date is midnight
 * in the spreadsheet's time zone (https://gist.github.com/erickoledadevrel/6cf5d1e764839cba8701;
 * "Google Sheets stores time internally relative to an epoch of 30 Dec 1899 00:00:00 using the
 * time zone set in the spreadsheet", http://tmdean.blogspot.com/2015/06/), so getValues returns that instant:
 * "2026-09-08" typed in Europe/Rome reads as 2026-09-07T22:00:00Z. The fake takes that reading
 * rather than UTC midnight: it is the stricter choice, the one under which code that reads a day
 * through UTC (toISOString, getUTCDate) shows the day before, as it does in Google. A date-only string
 * becomes midnight in the spreadsheet's zone, a Date written by a script is kept as the instant
 * it is (it has no zone to reinterpret), and display values show both in the spreadsheet's zone.
 */
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const PERCENT = /^[+-]?(\d+(\.\d*)?|\.\d+)%$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

/**
 * At most 50,000 characters in one cell (Google's Sheets limits, "Files you can store in Google
 * Drive": https://support.google.com/drive/answer/37603). The text below is what users report
 * Apps Script and the Sheets API answer (user-reported, not in Google's reference), e.g.
 * https://github.com/freelabz/secator/issues/96 and
 * https://github.com/moevm/github_repo_commitment_calc/issues/67.
 * Google does not say how it counts: we count UTF-16 code units of the string as written, a
 * leading apostrophe included (the stricter reading: both can only make a text longer).
 */
export const CELL_CHARACTER_LIMIT = 50_000;
export const CELL_TOO_LONG_MESSAGE = `Your input contains more than the maximum of ${CELL_CHARACTER_LIMIT} characters in a single cell.`;

/** Throws Google's message for a string input longer than a cell holds (formulas count as typed). */
export function assertFitsInCell(input: unknown): void {
  if (typeof input === 'string' && input.length > CELL_CHARACTER_LIMIT) throw gasError(CELL_TOO_LONG_MESSAGE);
}

/** A formula's value: the fake evaluates nothing, so it shows what Sheets shows for an unknown name. */
export const FORMULA_VALUE = '#NAME?';

export function parseInput(input: unknown, format: string | undefined, timeZone: string): Omit<CellState, 'fmt' | 'dv'> {
  if (input === null || input === undefined) return { v: '' };
  if (typeof input === 'number' || typeof input === 'boolean') return { v: input };
  if (isDate(input)) return { v: new Date(input.getTime()) };
  const text = String(input);
  if (text.startsWith("'")) return { v: text.slice(1) };
  if (text.startsWith('=') && text.length > 1) return { v: FORMULA_VALUE, f: text };
  if (/^[+\-@]/.test(text) && text.length > 1 && !NUMBER.test(text.replace(/\s/g, ''))) {
    return { v: FORMULA_VALUE, f: `=${text}` };
  }
  if (format === '@') return { v: text };
  const compact = text.trim();
  if (NUMBER.test(compact)) return { v: Number(compact) };
  if (PERCENT.test(compact)) return { v: Number(compact.slice(0, -1)) / 100 };
  if (/^(true|false)$/i.test(compact)) return { v: compact.toLowerCase() === 'true' };
  const iso = ISO_DATE.exec(compact);
  if (iso) {
    const [, y, m, d, hh, mm, ss] = iso;
    const date = zonedDate(Number(y), Number(m), Number(d), Number(hh ?? 0), Number(mm ?? 0), Number(ss ?? 0), timeZone);
    if (date) return { v: date };
  }
  return { v: text };
}

interface ZonedParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  weekday: number;
}

const partFormatters = new Map<string, Intl.DateTimeFormat>();

export function zonedParts(date: Date, timeZone: string): ZonedParts {
  let formatter = partFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      weekday: 'short',
    });
    partFormatters.set(timeZone, formatter);
  }
  const parts: Record<string, string> = {};
  for (const part of formatter.formatToParts(date)) parts[part.type] = part.value;
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour) % 24,
    minute: Number(parts.minute),
    second: Number(parts.second),
    weekday: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(parts.weekday ?? 'Sun'),
  };
}

/** How far the wall clock in `timeZone` is ahead of UTC at an instant. */
function offsetAt(instant: number, timeZone: string): number {
  const p = zonedParts(new Date(instant), timeZone);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant at which the wall clock in `timeZone` shows the given time; null if there is no
 * such day. A time the clock skips (midnight in America/Santiago on a September Sunday) moves
 * forward by the gap, and a time shown twice is the earlier one, as java.time resolves local
 * times (Google does not document it; either way the day stays the day typed).
 */
export function zonedDate(y: number, m: number, d: number, hh: number, mi: number, ss: number, timeZone: string): Date | null {
  if (m < 1 || m > 12 || d < 1 || d > 31 || hh > 23 || mi > 59 || ss > 59) return null;
  const wall = Date.UTC(y, m - 1, d, hh, mi, ss);
  if (new Date(wall).getUTCDate() !== d) return null;
  // The offsets a day either side: a zone changes its offset at most once in between.
  const before = offsetAt(wall - 86_400_000, timeZone);
  const after = offsetAt(wall + 86_400_000, timeZone);
  const exact = [wall - before, wall - after].filter((t) => t + offsetAt(t, timeZone) === wall).sort((a, b) => a - b);
  return new Date(exact[0] ?? wall - before);
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Formats a date with a Sheets number-format pattern (yyyy, mm, dd, hh, ss; mm after hh is minutes). */
export function formatDatePattern(date: Date, pattern: string, timeZone: string): string {
  const p = zonedParts(date, timeZone);
  return pattern.replace(/yyyy|yy|hh|h|ss|mm|m|dd|d/gi, (token, offset: number, whole: string) => {
    const lower = token.toLowerCase();
    const before = whole.slice(0, offset).toLowerCase();
    const isMinute = lower.startsWith('m') && /h[^a-z]*$/.test(before);
    switch (lower) {
      case 'yyyy':
        return String(p.year);
      case 'yy':
        return pad(p.year % 100);
      case 'mm':
        return isMinute ? pad(p.minute) : pad(p.month);
      case 'm':
        return isMinute ? String(p.minute) : String(p.month);
      case 'dd':
        return pad(p.day);
      case 'd':
        return String(p.day);
      case 'hh':
        return pad(p.hour);
      case 'h':
        return String(p.hour);
      case 'ss':
        return pad(p.second);
      default:
        return token;
    }
  });
}

function defaultDatePattern(locale: string, hasTime: boolean): string {
  const date = locale.startsWith('en_US') ? 'm/d/yyyy' : 'dd/mm/yyyy';
  return hasTime ? `${date} h:mm:ss` : date;
}

function formatNumber(n: number, format: string | undefined): string {
  if (!format || format === 'General' || format === '@') {
    return Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(10)));
  }
  const percent = format.endsWith('%');
  const value = percent ? n * 100 : n;
  const decimals = (/\.(0+)/.exec(format)?.[1] ?? '').length;
  const fixed = value.toFixed(decimals);
  const grouped = format.includes(',') ? fixed.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : fixed;
  return percent ? `${grouped}%` : grouped;
}

const looksLikeDateFormat = (format: string | undefined) => !!format && /[yd]/i.test(format) && format !== '@';

export function displayValue(cell: CellState | undefined, locale: string, timeZone: string): string {
  if (!cell) return '';
  const { v, fmt } = cell;
  if (isDate(v)) {
    // A date is a day when it is midnight in the spreadsheet's zone (not in UTC: in Rome a typed
    // date is 22:00 or 23:00 UTC).
    const p = zonedParts(v, timeZone);
    const hasTime = p.hour !== 0 || p.minute !== 0 || p.second !== 0;
    const pattern = looksLikeDateFormat(fmt) ? (fmt as string) : defaultDatePattern(locale, hasTime);
    return formatDatePattern(v, pattern, timeZone);
  }
  if (typeof v === 'number') return formatNumber(v, fmt);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return v;
}

export function copyValue(v: CellValue): CellValue {
  return isDate(v) ? new Date(v.getTime()) : v;
}
