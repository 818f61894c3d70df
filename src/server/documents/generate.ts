import { DOCUMENT_FIELDS, SENSITIVE_FIELDS } from '../../core/documents/defaults';
import {
  type FillPlan,
  type Lists,
  listPlaceholdersIn,
  numberedPlaceholder,
  planFill,
  type SectionView,
  type Values,
} from '../../core/documents/templateEngine';
import { docsDocuments, driveFiles } from '../workspace/advancedServices';
import { containerOf } from './structure';

export const KNOWN_FIELDS: ReadonlySet<string> = new Set<string>([...DOCUMENT_FIELDS, ...SENSITIVE_FIELDS]);

const escapeRe = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function uniqueByText<T extends { written: string }>(items: readonly T[]): T[] {
  return [...new Map(items.map((item) => [item.written, item])).values()];
}

/** Repeats the template rows (bottom-up, so indexes stay valid) and numbers their placeholders. */
function repeatRows(doc: GoogleAppsScript.Document.Document, plan: FillPlan, sections: readonly SectionView[]): void {
  const repeats = [...plan.repeatRows].sort((a, b) => b.tableIndex - a.tableIndex || b.rowIndex - a.rowIndex);
  for (const repeat of repeats) {
    const container = containerOf(doc, repeat.section);
    if (!container) continue;
    const table = container.getChild(repeat.tableIndex).asTable();
    const template = table.getRow(repeat.rowIndex);
    const view = sections.find((s) => s.section === repeat.section)?.elements.find((e) => e.index === repeat.tableIndex);
    const cells = view && view.kind === 'table' ? (view.rows[repeat.rowIndex] ?? []) : [];
    // As written in the template ("{{ goals.area }}" too): RE2's \s is not the template engine's.
    const placeholders = uniqueByText(cells.flatMap((cell) => listPlaceholdersIn(cell, repeat.list)));
    for (let n = repeat.count; n >= 1; n--) {
      const row = table.insertTableRow(repeat.rowIndex + 1, template.copy());
      // Our own text only: the pattern is escaped, and the replacement holds no $ or \.
      for (const { written, field } of placeholders) row.replaceText(escapeRe(written), numberedPlaceholder(repeat.list, n, field));
    }
    table.removeRow(repeat.rowIndex);
  }
}

function removeParagraphs(doc: GoogleAppsScript.Document.Document, plan: FillPlan): void {
  for (const section of ['header', 'body', 'footer'] as const) {
    const container = containerOf(doc, section);
    if (!container) continue;
    const indexes = plan.removeParagraphs
      .filter((r) => r.section === section)
      .map((r) => r.index)
      .sort((a, b) => b - a);
    for (const index of indexes) {
      // Docs refuses to remove a section's last paragraph: an empty one takes its place first.
      if (index === container.getNumChildren() - 1) container.appendParagraph('');
      container.removeChild(container.getChild(index));
    }
  }
}

export interface Generated {
  id: string;
  unknown: string[];
  missing: string[];
}

/**
 * One document from a template: copy into the pair's folder, repeat rows and drop unused sections
 * in the copy, then every value in one Docs batchUpdate of literal replacements. The number of
 * service calls does not grow with the number of placeholders.
 */
export function generateDocument(
  templateId: string,
  sections: readonly SectionView[],
  name: string,
  folderId: string,
  data: { values: Values; lists: Lists },
  onCopied: (id: string) => void = () => {},
): Generated {
  const copy = driveFiles().copy({ name, parents: [folderId] }, templateId);
  const id = copy.id!;
  // Known before anything can fail: a half-filled copy is still a file that erasure must find.
  onCopied(id);
  const plan = planFill(sections, data.values, data.lists, KNOWN_FIELDS);
  if (plan.repeatRows.length || plan.removeParagraphs.length) {
    const doc = DocumentApp.openById(id);
    repeatRows(doc, plan, sections);
    removeParagraphs(doc, plan);
    doc.saveAndClose();
  }
  if (plan.replacements.length) {
    docsDocuments().batchUpdate(
      { requests: plan.replacements.map((r) => ({ replaceAllText: { containsText: { text: r.find, matchCase: true }, replaceText: r.replace } })) },
      id,
    );
  }
  return { id, unknown: plan.unknown, missing: plan.missing };
}
