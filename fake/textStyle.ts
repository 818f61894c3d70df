import { gasError } from './core';

/**
 * Text attributes Docs keeps per character: bold, italic, underline (DocumentApp.Attribute BOLD,
 * ITALIC, UNDERLINE; Text.setBold(startOffset, endOffsetInclusive, bold), Text.isBold(offset),
 * https://developers.google.com/apps-script/reference/document/text). A paragraph's text is
 * stored with `runs`: consecutive lengths with their attributes, summing to the text's length;
 * no runs means plain text. Every edit goes through these functions, so text and runs never part.
 */
export type TextAttribute = 'bold' | 'italic' | 'underline';
export const TEXT_ATTRIBUTES: readonly TextAttribute[] = ['bold', 'italic', 'underline'];

export interface StyleRun {
  length: number;
  bold?: true;
  italic?: true;
  underline?: true;
}

/** One character's attributes. */
type CharStyle = Partial<Record<TextAttribute, true>>;

export interface Styled {
  text: string;
  runs?: StyleRun[];
}

const PLAIN: CharStyle = {};

function sameStyle(a: CharStyle, b: CharStyle): boolean {
  return TEXT_ATTRIBUTES.every((key) => !!a[key] === !!b[key]);
}

/** Each character's style, in UTF-16 code units as Apps Script counts offsets. */
export function charStyles(value: Styled): CharStyle[] {
  const styles: CharStyle[] = [];
  for (const run of value.runs ?? []) {
    const style: CharStyle = {};
    for (const key of TEXT_ATTRIBUTES) if (run[key]) style[key] = true;
    for (let i = 0; i < run.length; i++) styles.push(style);
  }
  // Runs are kept in step with the text; any shortfall reads as plain text.
  while (styles.length < value.text.length) styles.push(PLAIN);
  return styles.slice(0, value.text.length);
}

/** Runs from per-character styles; none when the whole text is plain. */
export function runsOf(styles: readonly CharStyle[]): StyleRun[] | undefined {
  const runs: StyleRun[] = [];
  for (const style of styles) {
    const last = runs.at(-1);
    if (last && sameStyle(last, style)) last.length++;
    else runs.push({ length: 1, ...style });
  }
  return runs.some((run) => TEXT_ATTRIBUTES.some((key) => run[key])) ? runs : undefined;
}

function styled(text: string, styles: readonly CharStyle[]): Styled {
  const runs = runsOf(styles);
  return runs ? { text, runs } : { text };
}

/**
 * Google documents no rule for the attributes of text that replaces a match (Body.replaceText,
 * the Docs API's replaceAllText). Assumed, as a coordinator sees it when typing over a selection
 * in Docs: the new text takes the attributes of the first character it replaces, so a bold
 * {{placeholder}} gives a bold value. An empty match takes those of the character before it
 * (InsertTextRequest: "the text style for the inserted text will match the text immediately before
 * the insertion index", https://developers.google.com/docs/api/reference/rest/v1/documents/request#inserttextrequest).
 */
export function replaceMatches(value: Styled, matches: readonly { index: number; length: number; replacement: string }[]): Styled {
  const styles = charStyles(value);
  let text = '';
  const out: CharStyle[] = [];
  let last = 0;
  for (const m of matches) {
    text += value.text.slice(last, m.index);
    out.push(...styles.slice(last, m.index));
    const style = m.length > 0 ? (styles[m.index] ?? PLAIN) : (styles[m.index - 1] ?? styles[m.index] ?? PLAIN);
    text += m.replacement;
    for (let i = 0; i < m.replacement.length; i++) out.push(style);
    last = m.index + m.length;
  }
  text += value.text.slice(last);
  out.push(...styles.slice(last));
  return styled(text, out);
}

/** The whole text replaced (setText): it takes the attributes of the text's first character, as any replacement. */
export function setStyledText(value: Styled, text: string): Styled {
  return replaceMatches(value, [{ index: 0, length: value.text.length, replacement: text }]);
}

/** Text inserted at an offset takes the style of the character before it (InsertTextRequest, cited above). */
export function insertStyled(value: Styled, offset: number, inserted: string): Styled {
  checkOffset(value, offset, value.text.length);
  return replaceMatches(value, [{ index: offset, length: 0, replacement: inserted }]);
}

export function deleteStyled(value: Styled, start: number, endInclusive: number): Styled {
  checkRange(value, start, endInclusive);
  return replaceMatches(value, [{ index: start, length: endInclusive - start + 1, replacement: '' }]);
}

/**
 * An offset outside the text is refused. Google documents no message for this; the text below is
 * what Apps Script users report for Text methods given an offset past the end (assumed).
 */
function checkOffset(value: Styled, offset: number, max: number): void {
  if (!Number.isInteger(offset) || offset < 0 || offset > max) {
    throw gasError(`Index (${offset}) must be less than the content length (${value.text.length}).`);
  }
}

function checkRange(value: Styled, start: number, endInclusive: number): void {
  checkOffset(value, start, Math.max(0, value.text.length - 1));
  checkOffset(value, endInclusive, Math.max(0, value.text.length - 1));
  if (endInclusive < start) throw gasError(`Index (${endInclusive}) must be greater than or equal to the start offset (${start}).`);
}

/** Sets or clears an attribute over [start, endInclusive], or over the whole text when no range is given. */
export function setAttribute(value: Styled, key: TextAttribute, on: boolean, range?: { start: number; endInclusive: number }): Styled {
  if (range) checkRange(value, range.start, range.endInclusive);
  const styles = charStyles(value).map((style, i) => {
    if (range && (i < range.start || i > range.endInclusive)) return style;
    const next = { ...style };
    if (on) next[key] = true;
    else delete next[key];
    return next;
  });
  return styled(value.text, styles);
}

/**
 * Text.isBold() "returns null if the element contains multiple values for this attribute"
 * (Text class reference, cited above); with an offset, the attribute of that character.
 */
export function attributeOf(value: Styled, key: TextAttribute, offset?: number): boolean | null {
  const styles = charStyles(value);
  if (offset !== undefined) {
    checkOffset(value, offset, Math.max(0, value.text.length - 1));
    return !!styles[offset]?.[key];
  }
  if (!styles.length) return false;
  const first = !!styles[0]![key];
  return styles.every((style) => !!style[key] === first) ? first : null;
}

/** Text.getTextAttributeIndices(): the offsets where a run of attributes starts. */
export function attributeIndices(value: Styled): number[] {
  const indices = [0];
  let at = 0;
  for (const run of value.runs ?? []) {
    if (at > 0) indices.push(at);
    at += run.length;
  }
  return indices;
}

/** Paragraphs joined by newlines (a cell's or a section's text), each newline plain. */
export function joinStyled(parts: readonly Styled[]): Styled {
  const styles: CharStyle[] = [];
  parts.forEach((part, i) => {
    if (i > 0) styles.push(PLAIN);
    styles.push(...charStyles(part));
  });
  return styled(parts.map((p) => p.text).join('\n'), styles);
}

/** The inverse of joinStyled: one styled text per line. */
export function splitStyled(value: Styled): Styled[] {
  const styles = charStyles(value);
  const parts: Styled[] = [];
  let start = 0;
  for (const line of value.text.split('\n')) {
    parts.push(styled(line, styles.slice(start, start + line.length)));
    start += line.length + 1;
  }
  return parts;
}
