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

/** What a document says, element by element, as the template engine reads it. */
export function readSection(section: SectionView['section'], container: Container | null): SectionView {
  const elements: ElementView[] = [];
  if (container) {
    const count = container.getNumChildren();
    for (let index = 0; index < count; index++) {
      const element = elementView(container.getChild(index), index);
      if (element) elements.push(element);
    }
  }
  return { section, elements };
}

export function readDocument(doc: GoogleAppsScript.Document.Document): SectionView[] {
  return [readSection('header', doc.getHeader()), readSection('body', doc.getBody()), readSection('footer', doc.getFooter())];
}

export function containerOf(doc: GoogleAppsScript.Document.Document, section: SectionView['section']): Container | null {
  if (section === 'header') return doc.getHeader();
  if (section === 'footer') return doc.getFooter();
  return doc.getBody();
}
