import type { DocumentKind } from '../../core/documents/defaults';

/** The Pairs column that links each kind of document, and the file id inside such a link. */
export const LINK_COLUMN: Record<DocumentKind, string> = { iip: 'iipDoc', codeOfConduct: 'codeOfConductDoc', assessment: 'assessmentDoc', proposal: 'proposalDoc' };

export const docUrl = (id: string) => `https://docs.google.com/document/d/${id}/edit`;

export const idFromUrl = (url: unknown): string | null => /\/d\/([\w-]+)/.exec(String(url ?? ''))?.[1] ?? null;
