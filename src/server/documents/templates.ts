import { defaultTemplate, DOCUMENT_KINDS, type DocumentKind, isLabelCell, type TemplateSpec } from '../../core/documents/defaults';
import type { SupportedLanguage } from '../../core/i18n';
import { direction, type NewcomerLanguage } from '../../core/i18n/languages';
import { newcomerCatalogue } from '../../core/i18n/newcomer';
import { driveFiles } from '../workspace/advancedServices';
import { UserError } from '../../core/errors';
import { currentEmail, fileOwners, filesOf, type ProgrammeFileOwners, saveFileOwners, type WorkingCopyKey } from './coordinatorFiles';
import { type DocumentsState, documentsState, saveDocumentsState } from './store';

const FOLDER_MIME = 'application/vnd.google-apps.folder';

function exists(id: string | null | undefined): boolean {
  if (!id) return false;
  try {
    return !driveFiles().get(id, { fields: 'id,trashed' }).trashed;
  } catch {
    return false;
  }
}

function reachableByDrive(id: string | null | undefined): boolean {
  return exists(id);
}

/**
 * Whether another coordinator's file is there for this user to read through DocumentApp (the
 * documents scope is not per file): true once it was shared with them.
 */
function readableByDocumentApp(id: string): boolean {
  try {
    DocumentApp.openById(id);
    return true;
  } catch {
    return false;
  }
}

/**
 * The programme's folder for the person generating: the first coordinator's, created on first use
 * and recorded with its owner; for another coordinator, who cannot reach it under drive.file, a
 * folder of their own. A folder its owner deleted is made again, never someone else's replaced.
 */
export function ensureFolder(state: DocumentsState, programme: string): string {
  if (state.folderId && reachableByDrive(state.folderId)) return state.folderId;
  const owners = fileOwners();
  const me = currentEmail();
  const someoneElses = !!state.folderId && !!owners.owners[state.folderId] && owners.owners[state.folderId] !== me;
  if (!someoneElses) {
    state.folderId = createFolder(`Peer Mentoring Desk – ${programme}`, [], owners, me);
    state.pairFolders = {};
    saveFileOwners(owners);
    return state.folderId;
  }
  const mine = filesOf(owners, me);
  if (!mine.folderId || !reachableByDrive(mine.folderId)) {
    mine.folderId = createFolder(`Peer Mentoring Desk – ${programme}`, [], owners, me);
    mine.pairFolders = {};
    saveFileOwners(owners);
  }
  return mine.folderId;
}

function createFolder(name: string, parents: string[], owners: ProgrammeFileOwners, me: string): string {
  const folder = driveFiles().create({ name, mimeType: FOLDER_MIME, ...(parents.length ? { parents } : {}) });
  owners.owners[folder.id!] = me;
  return folder.id!;
}

/** The pair's folder inside the programme folder of the person generating (see ensureFolder). */
export function ensurePairFolder(state: DocumentsState, code: string): string {
  const folderId = ensureFolder(state, '');
  const owners = fileOwners();
  const pairFolders = folderId === state.folderId ? state.pairFolders : filesOf(owners, currentEmail()).pairFolders;
  const existing = pairFolders[code];
  if (existing && reachableByDrive(existing)) return existing;
  pairFolders[code] = createFolder(code, [folderId], owners, currentEmail());
  saveFileOwners(owners);
  return pairFolders[code]!;
}

function moveTo(fileId: string, folderId: string): void {
  driveFiles().update({}, fileId, undefined, { addParents: folderId, removeParents: 'root' });
}

/** Writes one default template as a Google Doc with headings, tables, header and footer. */
function writeTemplate(kind: DocumentKind, language: SupportedLanguage, folderId: string): string {
  return writeSpec(defaultTemplate(kind, language), 'ltr', folderId);
}

/**
 * A template as a Google Doc. In a right-to-left language every paragraph reads right to left
 * (Paragraph.setLeftToRight(false)); tables keep their cells, whose text Docs lays out itself.
 */
function writeSpec(spec: TemplateSpec, textDirection: 'ltr' | 'rtl', folderId: string): string {
  const doc = DocumentApp.create(spec.name);
  // A new header, footer or body holds one empty paragraph: the first line goes into it.
  const leftToRight = textDirection === 'ltr';
  doc.addHeader().setText(spec.header).getParagraphs()[0]?.setLeftToRight(leftToRight);
  doc.addFooter().setText(spec.footer).getParagraphs()[0]?.setLeftToRight(leftToRight);
  const body = doc.getBody();
  spec.blocks.forEach((block, index) => {
    const paragraph = (text: string): GoogleAppsScript.Document.Paragraph => {
      if (index > 0) return body.appendParagraph(text);
      const first = body.getParagraphs()[0]!;
      first.setText(text);
      return first;
    };
    if ('heading' in block) paragraph(block.heading).setHeading(DocumentApp.ParagraphHeading.HEADING2).setLeftToRight(leftToRight);
    else if ('text' in block) paragraph(block.text).setLeftToRight(leftToRight);
    else boldLabels(body.appendTable(block.table), block.table);
  });
  doc.saveAndClose();
  moveTo(doc.getId(), folderId);
  return doc.getId();
}

/** The labels of a table in bold, as a coordinator expects a form's field names (Text.setBold). */
function boldLabels(table: GoogleAppsScript.Document.Table, cells: readonly string[][]): void {
  cells.forEach((row, r) => {
    row.forEach((text, c) => {
      if (isLabelCell(text)) table.getCell(r, c).editAsText().setBold(true);
    });
  });
}

/**
 * The programme's templates follow its language: after a switch, the templates of the new
 * language are used (made the first time they are needed), and the other language's are kept as
 * they are, edits included, for a switch back. Nothing the coordinator wrote is overwritten.
 */
function useTemplatesOf(state: DocumentsState, language: SupportedLanguage): void {
  if (state.templatesLanguage === language) return;
  if (state.templatesLanguage === null) {
    // Set up before templates had a recorded language: they are this language's.
    state.templatesLanguage = language;
    return;
  }
  state.otherTemplates[state.templatesLanguage] = state.templates;
  state.templates = state.otherTemplates[language] ?? {};
  delete state.otherTemplates[language];
  state.templatesLanguage = language;
}

/**
 * Creates the templates that are missing (or were deleted by their owner). Existing ones, edited
 * or not, are kept, and so are another coordinator's: they are out of this user's Drive reach,
 * not gone. One that is neither reachable nor shared with this user stops with a way forward.
 */
export function ensureTemplates(language: SupportedLanguage, programme: string): DocumentsState {
  const state = documentsState();
  useTemplatesOf(state, language);
  const folderId = ensureFolder(state, programme);
  const owners = fileOwners();
  const me = currentEmail();
  for (const kind of DOCUMENT_KINDS) {
    const id = state.templates[kind];
    if (reachableByDrive(id)) continue;
    const owner = id ? owners.owners[id] : undefined;
    if (id && owner && owner !== me) {
      if (!readableByDocumentApp(id)) throw new UserError('documents.templateNotShared', { owner });
      continue;
    }
    state.templates[kind] = writeTemplate(kind, language, folderId);
    owners.owners[state.templates[kind]!] = me;
  }
  saveFileOwners(owners);
  saveDocumentsState(state);
  return state;
}

/**
 * The IIP template in a newcomer language, for a mentee's own copy: made in the programme's
 * folder the first time it is needed, then kept (and edited by the coordinator like the others).
 */
export function ensureMenteeTemplate(state: DocumentsState, language: NewcomerLanguage, programme: string): string {
  const existing = state.menteeTemplates[language];
  if (existing && reachableByDrive(existing)) return existing;
  // Another coordinator's is out of this user's Drive reach, not gone: kept, as ensureTemplates keeps theirs.
  const owner = existing ? fileOwners().owners[existing] : undefined;
  if (existing && owner && owner !== currentEmail()) {
    if (!readableByDocumentApp(existing)) throw new UserError('documents.templateNotShared', { owner });
    return existing;
  }
  const folderId = ensureFolder(state, programme);
  const id = writeSpec(newcomerCatalogue(language).iip, direction(language), folderId);
  state.menteeTemplates[language] = id;
  const owners = fileOwners();
  owners.owners[id] = currentEmail();
  saveFileOwners(owners);
  return id;
}

/**
 * The template this user generates from: the programme's own when Drive reaches it, or else a
 * private working copy of it in the user's folder, refreshed from the shared template on every
 * call so that the coordinators' edits apply to everyone's documents.
 */
export function usableTemplate(state: DocumentsState, kind: DocumentKind, programme: string): string {
  return usableCopyOf(state, state.templates[kind]!, kind, programme);
}

/** The same for a template in a mentee's language (its working copy is kept under "iip:<language>"). */
export function usableMenteeTemplate(state: DocumentsState, id: string, language: NewcomerLanguage, programme: string): string {
  return usableCopyOf(state, id, `iip:${language}`, programme);
}

function usableCopyOf(state: DocumentsState, id: string, copyKey: WorkingCopyKey, programme: string): string {
  if (reachableByDrive(id)) return id;
  const owners = fileOwners();
  const mine = filesOf(owners, currentEmail());
  const source = DocumentApp.openById(id);
  const copyId = mine.workingCopies[copyKey];
  const copy = copyId && reachableByDrive(copyId) ? DocumentApp.openById(copyId) : DocumentApp.create(source.getName());
  copyContent(source, copy);
  copy.saveAndClose();
  if (copy.getId() !== copyId) {
    moveTo(copy.getId(), ensureFolder(state, programme));
    mine.workingCopies[copyKey] = copy.getId();
    owners.owners[copy.getId()] = currentEmail();
    saveFileOwners(owners);
  }
  return copy.getId();
}

type Section = GoogleAppsScript.Document.Body | GoogleAppsScript.Document.HeaderSection | GoogleAppsScript.Document.FooterSection;

/** Replaces the target's body, header and footer with copies of the source's elements. */
function copyContent(source: GoogleAppsScript.Document.Document, target: GoogleAppsScript.Document.Document): void {
  copySection(source.getBody(), target.getBody());
  const header = source.getHeader();
  if (header) copySection(header, target.getHeader() ?? target.addHeader());
  const footer = source.getFooter();
  if (footer) copySection(footer, target.getFooter() ?? target.addFooter());
}

function copySection(from: Section, to: Section): void {
  // A section keeps one paragraph: the old content goes after the new is in.
  const old = to.getNumChildren();
  for (let i = 0; i < from.getNumChildren(); i++) {
    const child = from.getChild(i);
    const type = child.getType();
    if (type === DocumentApp.ElementType.TABLE) to.appendTable(child.asTable().copy());
    else if (type === DocumentApp.ElementType.LIST_ITEM) to.appendListItem(child.asListItem().getText());
    else if (type === DocumentApp.ElementType.PARAGRAPH) to.appendParagraph(child.asParagraph().copy());
  }
  for (let i = old - 1; i >= 0; i--) to.removeChild(to.getChild(i));
}
