/**
 * A calendar day ("2026-09-08"), as a coordinator types it in a date column: a day, not a moment.
 *
 * Sheets stores a typed date at midnight in the spreadsheet's time zone, and Apps Script hands it
 * to the script as the Date of that instant: in Europe/Rome, 8 September is 2026-09-07T22:00:00Z.
 * Read as an instant (toISOString, UTC arithmetic) it is the 7th. So a day is its own type at the
 * table boundary: converted from the cell's Date in the spreadsheet's zone on read, back to
 * midnight in that zone on write, and compared and counted here as days, with no zone at all.
 *
 * The brand makes it a string (JSON, properties, DTOs and `<` work as they are) that plain text
 * cannot pass for without `parseCalendarDate`. Pure: Intl only, no Apps Script.
 */
declare const calendarDateBrand: unique symbol;
export type CalendarDate = string & { readonly [calendarDateBrand]: true };

const DAY_MS = 86_400_000;
const PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * Days since 1970-01-01 of a proleptic Gregorian day, and back: integer arithmetic (H. Hinnant's
 * days_from_civil and civil_from_days, http://howardhinnant.github.io/date_algorithms.html),
 * exact for any year, with no Date made. The checklist and warnings do day arithmetic thousands of
 * times per read; a Date per step was most of its cost. A month or day past its end runs over, as
 * Date.UTC does (month 13 is January of the next year), which addMonths relies on.
 */
function daysFromCivil(year: number, month: number, day: number): number {
  const carry = Math.floor((month - 1) / 12);
  const m = month - carry * 12;
  // The year counted from March, so that February's leap day is the year's last.
  const y = year + carry - (m <= 2 ? 1 : 0);
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

function civilFromDays(days: number): [number, number, number] {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (month <= 2 ? 1 : 0), month, doy - Math.floor((153 * mp + 2) / 5) + 1];
}

const format = (year: number, month: number, day: number) => `${pad(year, 4)}-${pad(month)}-${pad(day)}` as CalendarDate;

/** The day of a year, month (1-12) and day, or null if there is no such day (31 April). Years 1 to 9999. */
export function calendarDate(year: number, month: number, day: number): CalendarDate | null {
  if (![year, month, day].every(Number.isInteger) || year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  const [y, m, d] = civilFromDays(daysFromCivil(year, month, day));
  return y === year && m === month && d === day ? format(year, month, day) : null;
}

/** "2026-09-08" (exactly that shape, and a real day) as a CalendarDate; anything else is null. */
export function parseCalendarDate(text: string): CalendarDate | null {
  // Only text of the pattern's length can be a day; such text is checked once (a sheet's dates repeat).
  if (text.length !== 10) return null;
  return remembered(parsedDays, NO_ZONE, text, () => {
    const match = PATTERN.exec(text);
    return match ? calendarDate(Number(match[1]), Number(match[2]), Number(match[3])) : null;
  });
}

/** A value that already is a calendar day (what the table module puts in a date column), else null. */
export function asCalendarDate(value: unknown): CalendarDate | null {
  return typeof value === 'string' ? parseCalendarDate(value) : null;
}

export function isCalendarDate(value: unknown): value is CalendarDate {
  return asCalendarDate(value) !== null;
}

function partsOf(day: CalendarDate): [number, number, number] {
  return [Number(day.slice(0, 4)), Number(day.slice(5, 7)), Number(day.slice(8, 10))];
}

/** Days since 1970-01-01: calendar arithmetic only, never an instant shown to anyone. */
function dayNumber(day: CalendarDate): number {
  const [y, m, d] = partsOf(day);
  return daysFromCivil(y, m, d);
}

function fromDayNumber(days: number): CalendarDate {
  return remembered(dayTexts, NO_ZONE, days, () => {
    const [year, month, day] = civilFromDays(days);
    if (!(year >= 1 && year <= 9999)) throw new RangeError('calendar date out of range (years 1 to 9999)');
    return format(year, month, day);
  });
}

/** The day's midnight as if the zone were UTC. */
function utcMidnight(day: CalendarDate): number {
  return dayNumber(day) * DAY_MS;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Numeric parts of the wall clock in a zone; en-CA with h23 keeps them plain digits. */
function wallFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

function wallParts(instant: number, timeZone: string): Record<string, number> {
  const parts: Record<string, number> = {};
  for (const part of wallFormatter(timeZone).formatToParts(new Date(instant))) parts[part.type] = Number(part.value);
  return parts;
}

/** The wall clock in `timeZone` at `instant`, as milliseconds of the same reading in UTC. */
function wallClock(instant: number, timeZone: string): number {
  const p = wallParts(instant, timeZone);
  return daysFromCivil(p.year!, p.month!, p.day!) * DAY_MS + ((p.hour! % 24) * 3600 + p.minute! * 60 + p.second!) * 1000;
}

/** How far the zone's clock is ahead of UTC at an instant (whole seconds: Intl shows no milliseconds). */
function offsetAt(instant: number, timeZone: string): number {
  const second = Math.floor(instant / 1000) * 1000;
  return wallClock(second, timeZone) - second;
}

/**
 * Answers by zone, then by instant or day. A sheet repeats the same few hundred days in thousands
 * of cells, and Intl is the slow part of a read (in Apps Script as here); dropped when large.
 */
type Memo<K, V> = Map<string, Map<K, V>>;
const MEMO_LIMIT = 20_000;
const exactDays: Memo<number, CalendarDate> = new Map();
const steadyOffsets: Memo<number, number | null> = new Map();
const midnightOffsets: Memo<number, number> = new Map();
const midnights: Memo<string, number> = new Map();
/** A day's text by its number, and text checked as a day: the same in every zone, so under one key. */
const NO_ZONE = '';
const dayTexts: Memo<number, CalendarDate> = new Map();
const parsedDays: Memo<string, CalendarDate | null> = new Map();

function remembered<K, V>(memo: Memo<K, V>, timeZone: string, key: K, compute: () => V): V {
  let entries = memo.get(timeZone);
  if (!entries) {
    entries = new Map();
    memo.set(timeZone, entries);
  }
  const known = entries.get(key);
  if (known !== undefined || entries.has(key)) return known as V;
  const value = compute();
  if (entries.size >= MEMO_LIMIT) entries.clear();
  entries.set(key, value);
  return value;
}

/**
 * The day it is in `timeZone` at `instant`: how a cell's Date is read, and what "today" is. On a
 * day the offset holds all through (nearly all), the day is counted from the offset; only an
 * instant on a day with a clock change asks Intl, once.
 */
export function calendarDateOf(instant: Date, timeZone: string): CalendarDate {
  const t = instant.getTime();
  const offset = steadyOffset(t, timeZone);
  if (offset !== null) return fromDayNumber(Math.floor((t + offset) / DAY_MS));
  return remembered(exactDays, timeZone, t, () => {
    const p = wallParts(t, timeZone);
    const day = calendarDate(p.year!, p.month!, p.day!);
    if (!day) throw new RangeError('calendar date out of range (years 1 to 9999)');
    return day;
  });
}

/**
 * The zone's offset at `instant` when it is the same all through that UTC day, else null. It is
 * asked of Intl at the day's first instant and the next day's, each once (`midnightOffsets`), so
 * that days next to each other share one question: a sheet's dates fill whole stretches of days,
 * and each question to Intl costs tens of microseconds in the fresh context every execution runs
 * in. Timestamps (a diary sent at 21:14) are nearly all distinct instants but fall on a few
 * hundred days. A change of offset inside the day, or at the next day's first instant, answers
 * null and is read exactly; as before, two changes that cancel out within one UTC day would not
 * be seen (no zone has such a day).
 */
function steadyOffset(instant: number, timeZone: string): number | null {
  const day = Math.floor(instant / DAY_MS);
  return remembered(steadyOffsets, timeZone, day, () => {
    const first = midnightOffset(day, timeZone);
    return midnightOffset(day + 1, timeZone) === first ? first : null;
  });
}

/** The zone's offset at 00:00 UTC of a day (days since 1970-01-01), asked once. */
function midnightOffset(day: number, timeZone: string): number {
  return remembered(midnightOffsets, timeZone, day, () => offsetAt(day * DAY_MS, timeZone));
}

/**
 * The instant the day begins in `timeZone`: what a date cell holds, so what the add-on writes.
 * Where the clock skips midnight (America/Santiago in September), the wall time moves forward by
 * the gap, as java.time resolves a local time that does not exist; where midnight happens twice,
 * the earlier one. Either way the instant is on this day in this zone.
 */
export function midnightIn(day: CalendarDate, timeZone: string): Date {
  const instant = remembered(midnights, timeZone, day, () => {
    const wall = utcMidnight(day);
    // Offsets a day either side: at most one change of offset between them in any real zone.
    const before = offsetAt(wall - DAY_MS, timeZone);
    const after = offsetAt(wall + DAY_MS, timeZone);
    const exact = [wall - before, wall - after].filter((t) => wallClock(t, timeZone) === wall).sort((a, b) => a - b);
    return exact[0] ?? wall - before;
  });
  return new Date(instant);
}

export function addDays(day: CalendarDate, days: number): CalendarDate {
  // A fraction of a day stays within the day it falls in, as a Date's fields would.
  return fromDayNumber(Math.floor(dayNumber(day) + days));
}

/**
 * The same day of the month `months` later. As Date's setUTCMonth does (and the checklist always
 * did), a day the month lacks runs over into the next: 31 January + 1 month is 3 March (2 in a leap year).
 */
export function addMonths(day: CalendarDate, months: number): CalendarDate {
  const [y, m, d] = partsOf(day);
  // A fraction of a month is dropped from the month reached, as Date's setUTCMonth drops it.
  return fromDayNumber(daysFromCivil(y, Math.trunc(m - 1 + months) + 1, d));
}

/** Whole days from `from` to `to` (negative if `to` is earlier). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return dayNumber(to) - dayNumber(from);
}

/** -1, 0 or 1, for sorting; `<` and `>` on two CalendarDates agree with it (same width, most significant first). */
export function compareDays(a: CalendarDate, b: CalendarDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function monthStart(day: CalendarDate): CalendarDate {
  return `${day.slice(0, 7)}-01` as CalendarDate;
}

/** "2026-09", the month a day is in. */
export function monthOf(day: CalendarDate): string {
  return day.slice(0, 7);
}

/**
 * The day as people read it in a locale ("8 September 2026", "8 settembre 2026"). Formatted in UTC
 * from the day's UTC midnight, so no zone can move it to a neighbouring day.
 */
export function formatCalendarDate(
  day: CalendarDate,
  locale: string,
  options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' },
): string {
  return new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(new Date(utcMidnight(day)));
}
