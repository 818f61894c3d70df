import { gasError, isDate } from './core';
import type { CellState, CellValue } from './state';

/**
 * How Sheets turns what a script writes into a cell (setValues behaves like typing):
 * a leading apostrophe forces text and is hidden; `=` starts a formula; `+ - @` start a
 * formula unless a number follows; numbers, TRUE/FALSE and ISO dates are converted unless
 * the cell is formatted as plain text ("@"). Leading zeros are lost on conversion, as in Sheets.
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

/** The instant at which the wall clock in `timeZone` shows the given time; null if impossible. */
export function zonedDate(y: number, m: number, d: number, hh: number, mi: number, ss: number, timeZone: string): Date | null {
  if (m < 1 || m > 12 || d < 1 || d > 31 || hh > 23 || mi > 59 || ss > 59) return null;
  const guess = Date.UTC(y, m - 1, d, hh, mi, ss);
  let instant = guess;
  for (let i = 0; i < 3; i++) {
    const p = zonedParts(new Date(instant), timeZone);
    const shown = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
    instant += guess - shown;
  }
  const check = zonedParts(new Date(instant), timeZone);
  if (check.day !== d || check.month !== m) return null;
  return new Date(instant);
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
    const hasTime = v.getTime() % 86_400_000 !== 0 || zonedParts(v, timeZone).hour !== 0;
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
