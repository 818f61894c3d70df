import { formatId, IdSequence, idNumber } from '../../core/ids';

/**
 * The high-water mark of each kind of id, in the document properties (one small value per
 * prefix): rows can be deleted (erasure, a coordinator tidying up), the mark stays. Callers hold
 * the document lock, as for any write.
 */
const KEY_PREFIX = 'pmd.ids.';

function storedMark(prefix: string): number {
  const stored = Number(PropertiesService.getDocumentProperties().getProperty(`${KEY_PREFIX}${prefix}`));
  return Number.isFinite(stored) && stored > 0 ? stored : 0;
}

function storeMark(prefix: string, mark: number): void {
  PropertiesService.getDocumentProperties().setProperty(`${KEY_PREFIX}${prefix}`, String(mark));
}

export interface IdIssuer {
  next(): string;
  /** Stores the mark past every id issued: call before writing the records that carry them. */
  keep(): void;
}

/** Ids for new records, past the ids the sheet holds and every id ever issued with this prefix. */
export function idIssuer(prefix: string, existing: Iterable<unknown>): IdIssuer {
  const mark = storedMark(prefix);
  const sequence = new IdSequence(prefix, existing, mark);
  let kept = mark;
  return {
    next: () => sequence.next(),
    keep: () => {
      if (sequence.highest <= kept) return;
      storeMark(prefix, sequence.highest);
      kept = sequence.highest;
    },
  };
}

/** Searches of the id column: whether a number is taken (one search), and the highest number there (one read of the column). */
export interface IdColumn {
  taken(n: number): boolean;
  highest(): number;
}

/** Numbers looked up one by one before the id column is read once instead. */
const PROBES = 3;

/**
 * Ids for new records without reading the sheet: the next number past the mark, checked free in
 * the id column (an id a coordinator typed above the mark is skipped, never given again). After
 * PROBES taken numbers in a row (ids typed by hand, or a sheet from before the marks), the
 * column is read once and the ids go past its highest, as `idIssuer` does.
 */
export function findingIdIssuer(prefix: string, column: IdColumn): IdIssuer {
  const mark = storedMark(prefix);
  let last = mark;
  let kept = mark;
  let probes = 0;
  let pastSheet = false;
  return {
    next: () => {
      for (;;) {
        const candidate = last + 1;
        if (pastSheet) break;
        if (probes >= PROBES) {
          last = Math.max(last, column.highest());
          pastSheet = true;
          continue;
        }
        probes++;
        if (!column.taken(candidate)) break;
        last = candidate;
      }
      last += 1;
      probes = 0;
      return formatId(prefix, last);
    },
    keep: () => {
      if (last <= kept) return;
      storeMark(prefix, last);
      kept = last;
    },
  };
}

/** One new id, its mark stored at once. */
export function newId(prefix: string, existing: Iterable<unknown>): string {
  const issuer = idIssuer(prefix, existing);
  const id = issuer.next();
  issuer.keep();
  return id;
}

/** Raises the mark to an id that is about to disappear (erasure), whoever gave it (the add-on or a coordinator). */
export function keepIdIssued(prefix: string, id: string): void {
  const n = idNumber(prefix, id);
  if (n !== null && n > storedMark(prefix)) storeMark(prefix, n);
}
