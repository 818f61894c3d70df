import { normaliseSpans, type Span } from '../../core/documents/styledText';
import type { ElementView, SectionView } from '../../core/documents/templateEngine';

type Container = GoogleAppsScript.Document.Body | GoogleAppsScript.Document.HeaderSection | GoogleAppsScript.Document.FooterSection;

/** A table as the rows of its cells' text. */
function tableRows(table: GoogleAppsScript.Document.Table): string[][] {
  const rows: string[][] = [];
  for (let r = 0; r < table.getNumRows(); r++) {
    const row = table.getRow(r);
    const cells: string[] = [];
    for (let c = 0; c < row.getNumCells(); c++) cells.push(row.getCell(c).getText());
    rows.push(cells);
  }
  return rows;
}

/** Tables, paragraphs and list items are what the template engine reads; any other element is left out. */
function elementView(child: GoogleAppsScript.Document.Element, index: number): ElementView | null {
  const type = String(child.getType());
  if (type === 'TABLE') return { kind: 'table', index, rows: tableRows(child.asTable()) };
  if (type === 'PARAGRAPH') return { kind: 'paragraph', index, text: child.asParagraph().getText() };
  if (type === 'LIST_ITEM') return { kind: 'paragraph', index, text: child.asListItem().getText() };
  return null;
}

type ElementReader = (child: GoogleAppsScript.Document.Element, index: number) => ElementView | null;

/** What a section says, element by element, each read by `view`. */
function readSection(section: SectionView['section'], container: Container | null, view: ElementReader): SectionView {
  const elements: ElementView[] = [];
  if (container) {
    const count = container.getNumChildren();
    for (let index = 0; index < count; index++) {
      const element = view(container.getChild(index), index);
      if (element) elements.push(element);
    }
  }
  return { section, elements };
}

function readSections(doc: GoogleAppsScript.Document.Document, view: ElementReader): SectionView[] {
  return [readSection('header', doc.getHeader(), view), readSection('body', doc.getBody(), view), readSection('footer', doc.getFooter(), view)];
}

/** What a document says, element by element, as the template engine reads it. */
export function readDocument(doc: GoogleAppsScript.Document.Document): SectionView[] {
  return readSections(doc, elementView);
}

export function containerOf(doc: GoogleAppsScript.Document.Document, section: SectionView['section']): Container | null {
  if (section === 'header') return doc.getHeader();
  if (section === 'footer') return doc.getFooter();
  return doc.getBody();
}

/**
 * A text's emphasis as spans: one read of where its attributes change (getTextAttributeIndices),
 * then bold, italic and underline at each of those offsets. For a preview only: the calls grow with
 * the number of runs, so generation reads the plain text.
 */
function spansOf(text: GoogleAppsScript.Document.Text): Span[] {
  const value = text.getText();
  if (!value) return [];
  const starts = text.getTextAttributeIndices().filter((i) => i < value.length);
  if (starts[0] !== 0) starts.unshift(0);
  return normaliseSpans(
    starts.map((start, i) => {
      const span: Span = { text: value.slice(start, starts[i + 1] ?? value.length) };
      if (text.isBold(start) === true) span.bold = true;
      if (text.isItalic(start) === true) span.italic = true;
      if (text.isUnderline(start) === true) span.underline = true;
      return span;
    }),
  );
}

function styledElement(child: GoogleAppsScript.Document.Element, index: number): ElementView | null {
  const type = String(child.getType());
  if (type === 'PARAGRAPH' || type === 'LIST_ITEM') {
    const paragraph = type === 'PARAGRAPH' ? child.asParagraph() : child.asListItem();
    const text = paragraph.editAsText();
    return { kind: 'paragraph', index, text: text.getText(), heading: String(paragraph.getHeading()), spans: spansOf(text) };
  }
  if (type !== 'TABLE') return null;
  const table = child.asTable();
  const rows: string[][] = [];
  const spans: Span[][][] = [];
  for (let r = 0; r < table.getNumRows(); r++) {
    const row = table.getRow(r);
    const texts: string[] = [];
    const cells: Span[][] = [];
    for (let c = 0; c < row.getNumCells(); c++) {
      const text = row.getCell(c).editAsText();
      texts.push(text.getText());
      cells.push(spansOf(text));
    }
    rows.push(texts);
    spans.push(cells);
  }
  return { kind: 'table', index, rows, spans };
}

/** What a document says and how it looks (paragraph styles, emphasis), for the preview of a filled copy. */
export function readDocumentWithStyles(doc: GoogleAppsScript.Document.Document): SectionView[] {
  return readSections(doc, styledElement);
}
