/**
 * Folding for comparisons: lower case, no accents, no punctuation, single spaces. The German ß is
 * "ss" (as Swiss German writes it) and the Greek final sigma is σ, so a word folds the same
 * wherever it stands.
 */
export function fold(text: unknown): string {
  return String(text ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/ς/g, 'σ')
    .replace(/[’'`´]/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Splits a multi-choice answer ("a, b; c" or one per line) into trimmed parts. */
export function splitAnswer(text: unknown): string[] {
  return String(text ?? '')
    .split(/\s*(?:[,;\n/]|\s\+\s|\s&\s)\s*/)
    .map((part) => part.trim())
    .filter(Boolean);
}

/** Collapses runs of white space and removes control characters that people paste from phones. */
export function tidy(text: unknown): string {
  return [...String(text ?? '')]
    .filter((ch) => {
      const code = ch.charCodeAt(0);
      return !(code < 32 && ch !== '\t' && ch !== '\n' && ch !== '\r') && code !== 127;
    })
    .join('')
    .replace(/[ \t]+/g, ' ')
    .trim();
}
