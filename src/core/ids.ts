/**
 * Record ids such as "ME-0013": a prefix and a number. An id is never given twice: other rows
 * (pairs, supervision entries, exports, the audit log) keep referring to an id after its record
 * is gone, so a new record that took it over would inherit them. The next number is therefore
 * past the highest one ever issued (a high-water mark kept apart from the sheets, which erasing
 * a record cannot lower) and past the highest one the sheet holds (so that an id a coordinator
 * typed is not given again either).
 */
export const ID_PREFIX = {
  mentor: 'MT-',
  mentee: 'ME-',
  pair: 'P-',
  goal: 'G-',
  supervision: 'S-',
  issue: 'I-',
} as const;

const DIGITS = 4;

/** The number of an id with this prefix ("ME-0013" → 13), or null for anything else. */
export function idNumber(prefix: string, id: unknown): number | null {
  if (typeof id !== 'string' || !id.startsWith(prefix)) return null;
  const match = /(\d+)$/.exec(id);
  return match ? Number(match[1]) : null;
}

export function highestIdNumber(prefix: string, ids: Iterable<unknown>): number {
  let highest = 0;
  for (const id of ids) highest = Math.max(highest, idNumber(prefix, id) ?? 0);
  return highest;
}

export function formatId(prefix: string, n: number): string {
  return `${prefix}${String(n).padStart(DIGITS, '0')}`;
}

/** Issues ids one after the other, past both the sheet's ids and the mark. */
export class IdSequence {
  private last: number;

  constructor(
    readonly prefix: string,
    existing: Iterable<unknown>,
    readonly mark = 0,
  ) {
    this.last = Math.max(highestIdNumber(prefix, existing), Number.isFinite(mark) ? mark : 0);
  }

  next(): string {
    this.last += 1;
    return formatId(this.prefix, this.last);
  }

  /** The high-water mark once these ids are issued. */
  get highest(): number {
    return this.last;
  }
}

/** The next id after the highest in use and the mark, e.g. "ME-0013". */
export function nextId(prefix: string, existing: Iterable<unknown>, mark = 0): string {
  return new IdSequence(prefix, existing, mark).next();
}
