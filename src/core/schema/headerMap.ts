import { headerNames } from './labels';
import { normaliseHeader, type SheetSchema } from './types';

export interface HeaderMap {
  /** Column key → zero-based index in the sheet. */
  readonly indexOf: ReadonlyMap<string, number>;
  /** Schema columns the sheet lacks (renamed or deleted by someone). */
  readonly missing: readonly string[];
  /** Headers in the sheet that no schema column claims (the coordinator's own columns). */
  readonly extra: readonly string[];
  readonly width: number;
}

/**
 * Finds each schema column by its header, never by position, so a coordinator may reorder
 * columns or add their own. A header matches its name in any supported language, or an alias.
 * A column no header names is then looked up in `tagged` (schema key → index, from the column
 * keys Sheets keeps on each column: server/workspace/columnKeys.ts), so a renamed header is
 * still the add-on's column.
 */
export function mapHeaders(schema: SheetSchema, headerRow: readonly unknown[], tagged: ReadonlyMap<string, number> = new Map()): HeaderMap {
  const positions = new Map<string, number>();
  headerRow.forEach((header, index) => {
    const name = normaliseHeader(header);
    if (name && !positions.has(name)) positions.set(name, index);
  });
  const indexOf = new Map<string, number>();
  const claimed = new Set<number>();
  const missing: string[] = [];
  for (const column of schema.columns) {
    const names = headerNames(column).map(normaliseHeader).filter(Boolean);
    const index = names.map((n) => positions.get(n)).find((i) => i !== undefined && !claimed.has(i));
    if (index !== undefined) {
      indexOf.set(column.key, index);
      claimed.add(index);
    }
  }
  for (const column of schema.columns) {
    if (indexOf.has(column.key)) continue;
    const index = tagged.get(column.key);
    // A tag on a column past the header row's end or already claimed by a header is stale.
    if (index === undefined || index >= headerRow.length || claimed.has(index)) missing.push(column.key);
    else {
      indexOf.set(column.key, index);
      claimed.add(index);
    }
  }
  const extra = headerRow.map((h, i) => (claimed.has(i) || !normaliseHeader(h) ? '' : String(h))).filter(Boolean);
  return { indexOf, missing, extra, width: headerRow.length };
}
