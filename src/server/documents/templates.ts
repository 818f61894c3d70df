import { defaultTemplate, DOCUMENT_KINDS, type DocumentKind } from '../../core/documents/defaults';
import type { Language } from '../../core/i18n';
import { driveFiles } from '../workspace/advancedServices';
import { type DocumentsState, documentsState, saveDocumentsState } from './store';

const FOLDER_MIME = 'application/vnd.google-apps.folder';

function exists(id: string | null | undefined): boolean {
  if (!id) return false;
  try {
    return !(driveFiles().get(id, { fields: 'id,trashed' })).trashed;
  } catch {
    return false;
  }
}

/** The programme's folder in the coordinator's Drive, created on first use. */
export function ensureFolder(state: DocumentsState, programme: string): string {
  if (state.folderId && exists(state.folderId)) return state.folderId;
  const folder = driveFiles().create({ name: `Peer Mentoring Desk – ${programme}`, mimeType: FOLDER_MIME });
  state.folderId = folder.id!;
  state.pairFolders = {};
  return state.folderId;
}

export function ensurePairFolder(state: DocumentsState, code: string): string {
  const existing = state.pairFolders[code];
  if (existing && exists(existing)) return existing;
  const folder = driveFiles().create({ name: code, mimeType: FOLDER_MIME, parents: [state.folderId!] });
  state.pairFolders[code] = folder.id!;
  return folder.id!;
}

function moveTo(fileId: string, folderId: string): void {
  driveFiles().update({}, fileId, undefined, { addParents: folderId, removeParents: 'root' });
}

/** Writes one default template as a Google Doc with headings, tables, header and footer. */
function writeTemplate(kind: DocumentKind, language: Language, folderId: string): string {
  const spec = defaultTemplate(kind, language);
  const doc = DocumentApp.create(spec.name);
  // A new header, footer or body holds one empty paragraph: the first line goes into it.
  doc.addHeader().setText(spec.header);
  doc.addFooter().setText(spec.footer);
  const body = doc.getBody();
  spec.blocks.forEach((block, index) => {
    const paragraph = (text: string): GoogleAppsScript.Document.Paragraph => {
      if (index > 0) return body.appendParagraph(text);
      const first = body.getParagraphs()[0]!;
      first.setText(text);
      return first;
    };
    if ('heading' in block) paragraph(block.heading).setHeading(DocumentApp.ParagraphHeading.HEADING2);
    else if ('text' in block) paragraph(block.text);
    else body.appendTable(block.table);
  });
  doc.saveAndClose();
  moveTo(doc.getId(), folderId);
  return doc.getId();
}

/** Creates the templates that are missing (or were deleted). Existing ones, edited or not, are kept. */
export function ensureTemplates(language: Language, programme: string): DocumentsState {
  const state = documentsState();
  const folderId = ensureFolder(state, programme);
  for (const kind of DOCUMENT_KINDS) {
    if (!exists(state.templates[kind])) state.templates[kind] = writeTemplate(kind, language, folderId);
  }
  saveDocumentsState(state);
  return state;
}
