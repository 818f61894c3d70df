import type { DocumentKind } from '../../core/documents/defaults';

/** The Pairs column that links each kind of document, and the file id inside such a link. */
export const LINK_COLUMN: Record<DocumentKind, string> = {
  iip: 'iipDoc',
  codeOfConduct: 'codeOfConductDoc',
  assessment: 'assessmentDoc',
  proposal: 'proposalDoc',
};

/** What a Drive file id is made of: nothing that could end a URL's path or start a scheme. */
const FILE_ID = /^[A-Za-z0-9_-]+$/;

export const isFileId = (id: unknown): id is string => typeof id === 'string' && FILE_ID.test(id);

/**
 * The only way the add-on makes a document link: from a file id. A link cell is text any editor
 * can change ("javascript:…" included), so what reaches the sidebar is rebuilt from the id alone.
 */
export function docUrl(id: string): string {
  if (!isFileId(id)) throw new Error('not a Drive file id');
  return `https://docs.google.com/document/d/${id}/edit`;
}

/** A link to the document with this id, or none when it is not an id. */
export const docLink = (id: unknown): string | null => (isFileId(id) ? docUrl(id) : null);

export const idFromUrl = (url: unknown): string | null => {
  const id = /\/d\/([A-Za-z0-9_-]+)/.exec(String(url ?? ''))?.[1];
  return isFileId(id) ? id : null;
};

/** The link a Pairs cell stands for, rebuilt from the file id it names; none when it names none. */
export const linkFromCell = (cell: unknown): string | null => docLink(idFromUrl(cell));
