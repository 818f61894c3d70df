import type { DocElementState, DocSectionState, DocumentState } from '../fake/state';
import { charStyles } from '../fake/textStyle';
import type { StyleRun } from '../fake/textStyle';

/**
 * A document's structure as the preview page draws it: what Google Docs shows of the fake's
 * document state (headings, paragraph direction, list items, tables, rules, header and footer),
 * as plain JSON. People's text stays text here; the page puts it into the DOM as text only.
 */
export type TextDirection = 'ltr' | 'rtl';

/** The paragraph styles Docs names (DocumentApp.ParagraphHeading); anything else reads as normal text. */
export const HEADINGS = ['NORMAL', 'TITLE', 'SUBTITLE', 'HEADING1', 'HEADING2', 'HEADING3', 'HEADING4', 'HEADING5', 'HEADING6'] as const;
export type Heading = (typeof HEADINGS)[number];

export interface TextStyle {
  bold: boolean;
  italic: boolean;
  underline: boolean;
}

/** A run of text with one style, as Docs keeps it per character (fake/textStyle.ts). */
export interface TextSpan extends TextStyle {
  text: string;
}

export type DocBlock =
  | { kind: 'paragraph'; heading: Heading; text: string; dir: TextDirection; spans: TextSpan[] }
  | { kind: 'list'; items: { text: string; dir: TextDirection; spans: TextSpan[] }[] }
  /** Row, cell, the cell's paragraphs, each paragraph's spans. */
  | { kind: 'table'; rows: TextSpan[][][][] }
  | { kind: 'rule' }
  | { kind: 'pageBreak' };

export interface DocView {
  id: string;
  name: string;
  header: DocBlock[] | null;
  body: DocBlock[];
  footer: DocBlock[] | null;
}

const asHeading = (value: string): Heading => ((HEADINGS as readonly string[]).includes(value) ? (value as Heading) : 'NORMAL');

/**
 * A text's spans: its runs of bold, italic and underline as the fake keeps them per character. A
 * paragraph's own `attrs` (a whole-paragraph style written straight into the state) apply on top.
 */
function spansOf(text: string, runs: StyleRun[] | null | undefined, attrs?: Record<string, unknown>): TextSpan[] {
  const whole = { bold: attrs?.BOLD === true, italic: attrs?.ITALIC === true, underline: attrs?.UNDERLINE === true };
  const spans: TextSpan[] = [];
  charStyles(runs ? { text, runs } : { text }).forEach((style, i) => {
    const next = { bold: whole.bold || !!style.bold, italic: whole.italic || !!style.italic, underline: whole.underline || !!style.underline };
    const last = spans.at(-1);
    if (last && last.bold === next.bold && last.italic === next.italic && last.underline === next.underline) last.text += text[i];
    else spans.push({ ...next, text: text[i]! });
  });
  return spans;
}

const directionOf = (element: { rightToLeft?: boolean }): TextDirection => (element.rightToLeft ? 'rtl' : 'ltr');

function blockOf(element: DocElementState): DocBlock | null {
  switch (element.type) {
    case 'PARAGRAPH':
      return {
        kind: 'paragraph',
        heading: asHeading(element.heading),
        text: element.text,
        dir: directionOf(element),
        spans: spansOf(element.text, element.runs, element.attrs),
      };
    case 'TABLE':
      return { kind: 'table', rows: element.rows.map((row) => row.cells.map((cell) => cell.paragraphs.map((text, i) => spansOf(text, cell.runs?.[i])))) };
    case 'HORIZONTAL_RULE':
      return { kind: 'rule' };
    case 'PAGE_BREAK':
      return { kind: 'pageBreak' };
    default:
      return null;
  }
}

/** Consecutive list items make one list, as Docs draws them. */
export function sectionBlocks(section: DocSectionState): DocBlock[] {
  const blocks: DocBlock[] = [];
  for (const element of section.elements) {
    if (element.type === 'LIST_ITEM') {
      const last = blocks.at(-1);
      const item = { text: element.text, dir: directionOf(element), spans: spansOf(element.text, element.runs) };
      if (last?.kind === 'list') last.items.push(item);
      else blocks.push({ kind: 'list', items: [item] });
      continue;
    }
    const block = blockOf(element);
    if (block) blocks.push(block);
  }
  return blocks;
}

export function documentView(doc: DocumentState, name: string): DocView {
  return {
    id: doc.id,
    name,
    header: doc.header ? sectionBlocks(doc.header) : null,
    body: sectionBlocks(doc.body),
    footer: doc.footer ? sectionBlocks(doc.footer) : null,
  };
}
