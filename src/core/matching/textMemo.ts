/**
 * A cell's parsed value, remembered by the cell's text. A programme repeats the same few hundred
 * language, availability, offer and interest texts across thousands of rows: each distinct text is
 * parsed once, and every profile read from it shares the one result. Sharing is what lets a run of
 * matching (compiled.ts) work out a list's bits once per distinct list rather than once per person.
 *
 * Pure and keyed by the whole text, so the answer is the parser's own. What it shares is read-only
 * by type (profiles.ts), so that no profile can change what another one reads; not frozen, as V8
 * reads a frozen array on slower paths (a loop over one took three to four times as long here, and
 * every pair of a run loops over them). Bounded in entries and in text length, so that memory cannot
 * grow without limit however many distinct or long texts a sheet holds: a text beyond the length
 * is parsed each time and not shared, and when the memo is full the oldest text is forgotten.
 */
export class TextMemo<T> {
  private readonly known = new Map<string, T>();

  constructor(
    private readonly parse: (text: string) => T,
    readonly maxEntries: number,
    readonly maxTextLength: number,
  ) {}

  get(text: string): T {
    if (text.length > this.maxTextLength) return this.parse(text);
    const known = this.known.get(text);
    if (known !== undefined) return known;
    const value = this.parse(text);
    // Forget the oldest first: a new programme's texts replace an earlier one's (Map keeps insertion order).
    if (this.known.size >= this.maxEntries) this.known.delete(this.known.keys().next().value!);
    this.known.set(text, value);
    return value;
  }

  /** How many texts are remembered: for the tests of the bound. */
  get size(): number {
    return this.known.size;
  }
}
