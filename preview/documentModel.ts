import type { DocElementState, DocSectionState, DocumentState } from '../fake/state';

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

export type DocBlock =
  | { kind: 'paragraph'; heading: Heading; text: string; dir: TextDirection; style: TextStyle }
  | { kind: 'list'; items: { text: string; dir: TextDirection }[] }
  | { kind: 'table'; rows: string[][][] }
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
 * A paragraph's own attributes (Paragraph.setAttributes with DocumentApp.Attribute.BOLD and so on)
 * apply to its whole text. The fake keeps no runs within a paragraph, so a whole paragraph is the
 * finest unit a style can have here.
 */
function styleOf(attrs: Record<string, unknown> | undefined): TextStyle {
  return { bold: attrs?.BOLD === true, italic: attrs?.ITALIC === true, underline: attrs?.UNDERLINE === true };
}

const directionOf = (element: { rightToLeft?: boolean }): TextDirection => (element.rightToLeft ? 'rtl' : 'ltr');

function blockOf(element: DocElementState): DocBlock | null {
  switch (element.type) {
    case 'PARAGRAPH':
      return { kind: 'paragraph', heading: asHeading(element.heading), text: element.text, dir: directionOf(element), style: styleOf(element.attrs) };
    case 'TABLE':
      return { kind: 'table', rows: element.rows.map((row) => row.cells.map((cell) => [...cell.paragraphs])) };
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
      const item = { text: element.text, dir: directionOf(element) };
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
