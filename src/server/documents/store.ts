import type { DocumentKind } from '../../core/documents/defaults';
import { readJson, writeJson } from '../workspace/jsonProperties';

/**
 * Where the documents live: the programme's folder, the templates (files the add-on created, so the
 * drive.file scope reaches them), one folder per pair, and how many documents were created today
 * (Apps Script shows no remaining quota, so the add-on counts).
 */
export interface DocumentsState {
  folderId: string | null;
  templates: Partial<Record<DocumentKind, string>>;
  pairFolders: Record<string, string>;
  createdToday: { day: string; count: number };
}

const KEY = 'pmd.documents';

export function documentsState(): DocumentsState {
  return { folderId: null, templates: {}, pairFolders: {}, createdToday: { day: '', count: 0 }, ...(readJson<Partial<DocumentsState>>(KEY) ?? {}) };
}

export function saveDocumentsState(state: DocumentsState): void {
  writeJson(KEY, state);
}
