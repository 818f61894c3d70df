import type { DocumentKind } from '../../core/documents/defaults';
import type { SupportedLanguage } from '../../core/i18n';
import type { NewcomerLanguage } from '../../core/i18n/languages';
import { readJson, writeJson } from '../workspace/jsonProperties';

/**
 * Where the documents live: the programme's folder, the templates (files the add-on created, so the
 * drive.file scope reaches them), one folder per pair, and how many documents were created today
 * (Apps Script shows no remaining quota, so the add-on counts).
 */
export interface DocumentsState {
  folderId: string | null;
  templates: Partial<Record<DocumentKind, string>>;
  /** The language `templates` were written in; null for a programme set up before languages were recorded. */
  templatesLanguage: SupportedLanguage | null;
  /** The templates of the programme's other languages, kept with the coordinator's edits for a switch back. */
  otherTemplates: Partial<Record<SupportedLanguage, Partial<Record<DocumentKind, string>>>>;
  /** The IIP template of each newcomer language a mentee's own copy was made in. */
  menteeTemplates: Partial<Record<NewcomerLanguage, string>>;
  pairFolders: Record<string, string>;
  /**
   * Every file generated for each pair, earlier versions included: regenerating trashes the
   * earlier version (it stays in the Drive trash) and the Pairs cell links only the latest, so
   * erasure needs this list to delete them all.
   */
  files: Record<string, string[]>;
  createdToday: { day: string; count: number };
}

const KEY = 'pmd.documents';

export function documentsState(): DocumentsState {
  return {
    folderId: null,
    templates: {},
    templatesLanguage: null,
    otherTemplates: {},
    menteeTemplates: {},
    pairFolders: {},
    files: {},
    createdToday: { day: '', count: 0 },
    ...(readJson<Partial<DocumentsState>>(KEY) ?? {}),
  };
}

export function recordPairFile(state: DocumentsState, code: string, fileId: string): void {
  const files = state.files[code] ?? [];
  if (!files.includes(fileId)) state.files[code] = [...files, fileId];
}

/** Forgets files that are gone; the ones still listed are what erasure could not delete. */
export function forgetPairFiles(state: DocumentsState, code: string, gone: ReadonlySet<string>): void {
  const left = (state.files[code] ?? []).filter((id) => !gone.has(id));
  if (left.length) state.files[code] = left;
  else delete state.files[code];
}

export function saveDocumentsState(state: DocumentsState): void {
  writeJson(KEY, state);
}
