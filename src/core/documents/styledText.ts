/**
 * Text with the attributes Docs keeps per character that a coordinator reads as emphasis: bold,
 * italic, underline. A paragraph is a list of spans; the preview fills a template's spans the way
 * Docs fills the copy, so what the sidebar shows is what the document will say, and how.
 */
export interface Span {
  text: string;
  bold?: true;
  italic?: true;
  underline?: true;
}

type Style = Omit<Span, 'text'>;
const KEYS = ['bold', 'italic', 'underline'] as const;

function styleOf(span: Span): Style {
  const style: Style = {};
  for (const key of KEYS) if (span[key]) style[key] = true;
  return style;
}

const same = (a: Style, b: Style) => KEYS.every((key) => !!a[key] === !!b[key]);

/** Adjacent spans of the same style merged, empty ones dropped: one form for each styled text. */
export function normaliseSpans(spans: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const span of spans) {
    if (!span.text) continue;
    const last = out.at(-1);
    if (last && same(styleOf(last), styleOf(span))) last.text += span.text;
    else out.push({ ...styleOf(span), text: span.text });
  }
  return out;
}

export const plainSpans = (text: string): Span[] => (text ? [{ text }] : []);
export const spansText = (spans: readonly Span[]) => spans.map((s) => s.text).join('');

/**
 * Every literal occurrence of `find` replaced by `replace`, as Docs replaces text: the new text
 * takes the attributes of the first character it replaces (a bold {{placeholder}} gives a bold
 * value), the text around it keeps its own. Matches do not overlap and are found left to right.
 */
export function replaceInSpans(spans: readonly Span[], find: string, replace: string): Span[] {
  const text = spansText(spans);
  if (!find || !text.includes(find)) return normaliseSpans(spans);
  const styles: Style[] = spans.flatMap((span) => Array.from({ length: span.text.length }, () => styleOf(span)));
  const out: Span[] = [];
  let last = 0;
  const keep = (from: number, to: number) => {
    for (let i = from; i < to; i++) out.push({ ...styles[i], text: text[i]! });
  };
  for (let at = text.indexOf(find); at >= 0; at = text.indexOf(find, at + find.length)) {
    keep(last, at);
    out.push({ ...styles[at], text: replace });
    last = at + find.length;
  }
  keep(last, text.length);
  return normaliseSpans(out);
}
