import { describe, expect, it } from 'vitest';
import { formatId } from '../../src/core/ids';
import { findingIdIssuer, type IdColumn, idIssuer } from '../../src/server/workspace/idMarks';
import { useWorkspace } from '../support/workspace';

/**
 * Ids for new records found without reading the sheet (src/server/workspace/idMarks.ts): an id
 * given twice would merge two people's records, so each edge is checked, and the id column's
 * searches are counted. The column is the `IdColumn` the issuer is given (ingestion passes one
 * searching the sheet, held by test/unit/lookup.test.ts); here it is a set of taken numbers.
 */

const PREFIX = 'ME-';
const MARK_KEY = `pmd.ids.${PREFIX}`;

/** An id column holding these numbers, counting its searches and reads. */
function column(taken: Iterable<number>): IdColumn & { searches: number[]; reads: number } {
  const numbers = new Set(taken);
  const c = {
    searches: [] as number[],
    reads: 0,
    taken(n: number) {
      c.searches.push(n);
      return numbers.has(n);
    },
    highest() {
      c.reads++;
      return Math.max(0, ...numbers);
    },
  };
  return c;
}

function mark(): string | null {
  return PropertiesService.getDocumentProperties().getProperty(MARK_KEY);
}

describe('findingIdIssuer', () => {
  it('gives the next number past the stored mark, checking it free with one search', () => {
    useWorkspace();
    PropertiesService.getDocumentProperties().setProperty(MARK_KEY, '41');
    const col = column([]);
    const issuer = findingIdIssuer(PREFIX, col);
    expect(issuer.next()).toBe(formatId(PREFIX, 42));
    expect(issuer.next()).toBe(formatId(PREFIX, 43));
    expect(col.searches).toEqual([42, 43]);
    expect(col.reads).toBe(0);
  });

  it('starts from 1 with no mark, or with a mark that is not a positive number', () => {
    for (const stored of [null, 'garbage', '-5', '0']) {
      useWorkspace();
      if (stored !== null) PropertiesService.getDocumentProperties().setProperty(MARK_KEY, stored);
      expect(findingIdIssuer(PREFIX, column([])).next()).toBe(formatId(PREFIX, 1));
    }
  });

  it('skips numbers typed by hand above the mark, never giving one again', () => {
    useWorkspace();
    PropertiesService.getDocumentProperties().setProperty(MARK_KEY, '10');
    const col = column([11, 12, 14]);
    const issuer = findingIdIssuer(PREFIX, col);
    expect(issuer.next()).toBe(formatId(PREFIX, 13));
    expect(issuer.next()).toBe(formatId(PREFIX, 15));
    expect(col.searches).toEqual([11, 12, 13, 14, 15]);
    expect(col.reads).toBe(0);
  });

  it('searches at most three numbers for one id (at the limit), then reads the column once and goes past its highest', () => {
    useWorkspace();
    // Two taken: the third search finds a free number, no read.
    const two = column([1, 2]);
    expect(findingIdIssuer(PREFIX, two).next()).toBe(formatId(PREFIX, 3));
    expect(two.searches).toEqual([1, 2, 3]);
    expect(two.reads).toBe(0);
    // Three taken: after three searches the column is read, and the id goes past its highest.
    const three = column([1, 2, 3, 9]);
    const issuer = findingIdIssuer(PREFIX, three);
    expect(issuer.next()).toBe(formatId(PREFIX, 10));
    expect(three.searches).toEqual([1, 2, 3]);
    expect(three.reads).toBe(1);
    // Past the sheet: no more searches or reads.
    expect(issuer.next()).toBe(formatId(PREFIX, 11));
    expect(three.searches).toEqual([1, 2, 3]);
    expect(three.reads).toBe(1);
  });

  it('counts the searches afresh for each id: two taken before each of two ids read nothing', () => {
    useWorkspace();
    const col = column([1, 2, 4, 5]);
    const issuer = findingIdIssuer(PREFIX, col);
    expect(issuer.next()).toBe(formatId(PREFIX, 3));
    expect(issuer.next()).toBe(formatId(PREFIX, 6));
    expect(col.reads).toBe(0);
  });

  it('never goes below the mark when the column read holds less than it', () => {
    useWorkspace();
    PropertiesService.getDocumentProperties().setProperty(MARK_KEY, '20');
    const col = column([21, 22, 23]);
    col.highest = () => {
      col.reads++;
      return 5;
    };
    expect(findingIdIssuer(PREFIX, col).next()).toBe(formatId(PREFIX, 24));
    expect(col.reads).toBe(1);
  });

  it('stores the mark only on keep, only when it grew, and past every id issued', () => {
    useWorkspace();
    const issuer = findingIdIssuer(PREFIX, column([]));
    issuer.keep();
    expect(mark()).toBeNull();
    issuer.next();
    issuer.next();
    expect(mark()).toBeNull();
    issuer.keep();
    expect(mark()).toBe('2');
    // A keep with nothing new since writes nothing (the mark it would write is the one kept).
    PropertiesService.getDocumentProperties().setProperty(MARK_KEY, '50');
    issuer.keep();
    expect(mark()).toBe('50');
  });

  it('agrees with the issuer that reads the whole column, on the same sheet and mark', () => {
    useWorkspace();
    PropertiesService.getDocumentProperties().setProperty(MARK_KEY, '3');
    const taken = [1, 2, 4, 5, 6, 7, 12];
    const finding = findingIdIssuer(PREFIX, column(taken));
    const reading = idIssuer(
      PREFIX,
      taken.map((n) => formatId(PREFIX, n)),
    );
    expect([finding.next(), finding.next()]).toEqual([reading.next(), reading.next()]);
  });
});
