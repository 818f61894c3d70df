/**
 * The one way the sidebar's type-to-filter boxes match (the mentor picker, the Documents pair list,
 * "This week"): a coordinator who learnt one box knows them all. Case, accents and spacing aside,
 * every word typed must appear somewhere in the entry's text, in any order: "amina p-0003" finds
 * the pair whatever the order its text puts them in.
 *
 * Pure and free of the DOM, so it is unit-tested on its own (test/unit/filterMatch.test.ts).
 */

/** Combining marks: Latin accents, Greek tonos and dialytika, Arabic harakat and hamza above or below. */
const MARKS = /\p{M}/gu;
/** The Arabic tatweel only stretches a word on the page; "كـتاب" is "كتاب". */
const TATWEEL = /\u0640/g;

/**
 * Text as the filters compare it. Lower-cased first ("İ" becomes "i" and a dot, then the dot goes);
 * decomposed with NFKD, which does what NFD does for accents and also unfolds compatibility forms
 * (a full-width "Ａ", the ligature "ﬁ") that a name pasted from a PDF may carry. The Greek final
 * sigma is the same letter as σ: "ΟΔΟΣ" lower-cases to "οδος", and someone typing "οδοσ" means it.
 */
export function foldForFilter(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(MARKS, '').replace(TATWEEL, '').replace(/ς/g, 'σ');
}

export interface TextFilter {
  /** The words typed, folded; none when the box is empty or holds only spaces. */
  readonly words: readonly string[];
  /** Whether `text` holds every word. With no words, every text matches. */
  matches(text: string): boolean;
}

/** A filter for what was typed in a box, folded once and used on every entry. */
export function textFilter(query: string): TextFilter {
  const folded = foldForFilter(query).trim();
  const words = folded ? folded.split(/\s+/) : [];
  return {
    words,
    matches: (text) => {
      if (words.length === 0) return true;
      const haystack = foldForFilter(text);
      return words.every((word) => haystack.includes(word));
    },
  };
}
