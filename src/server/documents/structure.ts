import type { ElementView, SectionView } from '../../core/documents/templateEngine';

type Container = GoogleAppsScript.Document.Body | GoogleAppsScript.Document.HeaderSection | GoogleAppsScript.Document.FooterSection;

/** What a document says, element by element, as the template engine reads it. */
export function readSection(section: SectionView['section'], container: Container | null): SectionView {
  const elements: ElementView[] = [];
  if (container) {
    const count = container.getNumChildren();
    for (let index = 0; index < count; index++) {
      const child = container.getChild(index);
      const type = String(child.getType());
      if (type === 'TABLE') {
        const table = child.asTable();
        const rows: string[][] = [];
        for (let r = 0; r < table.getNumRows(); r++) {
          const row = table.getRow(r);
          const cells: string[] = [];
          for (let c = 0; c < row.getNumCells(); c++) cells.push(row.getCell(c).getText());
          rows.push(cells);
        }
        elements.push({ kind: 'table', index, rows });
      } else if (type === 'PARAGRAPH') {
        elements.push({ kind: 'paragraph', index, text: child.asParagraph().getText() });
      } else if (type === 'LIST_ITEM') {
        elements.push({ kind: 'paragraph', index, text: child.asListItem().getText() });
      }
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
