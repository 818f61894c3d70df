import { IdSequence, idNumber } from '../../core/ids';

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
