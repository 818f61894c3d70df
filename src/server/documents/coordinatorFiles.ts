import type { DocumentKind } from '../../core/documents/defaults';
import { readJson, writeJson } from '../workspace/jsonProperties';

/**
 * Who owns which of the programme's Drive files, and each coordinator's own folder and working
 * copies of the templates. drive.file is per user: a folder or template one coordinator created
 * is out of the Drive API's reach for another, even once shared. So a second coordinator keeps
 * the documents they generate in a folder of their own, and generates from a private working copy
 * of the programme's templates, refreshed from the shared template (which DocumentApp can read).
 */
export interface CoordinatorFiles {
  folderId: string | null;
  pairFolders: Record<string, string>;
  workingCopies: Partial<Record<WorkingCopyKey, string>>;
}

/** A template's working copy is kept under its kind, or "iip:<language>" for a mentee's own copy's template. */
export type WorkingCopyKey = DocumentKind | `iip:${string}`;

export interface ProgrammeFileOwners {
  /** File id → the email of the coordinator who created it with the add-on. */
  owners: Record<string, string>;
  /** Coordinator email → their own folder and working copies (for the files they cannot reach). */
  byCoordinator: Record<string, CoordinatorFiles>;
}

const KEY = 'pmd.documents.owners';

export function fileOwners(): ProgrammeFileOwners {
  return { owners: {}, byCoordinator: {}, ...(readJson<Partial<ProgrammeFileOwners>>(KEY) ?? {}) };
}

export function saveFileOwners(owners: ProgrammeFileOwners): void {
  writeJson(KEY, owners);
}

export function filesOf(owners: ProgrammeFileOwners, email: string): CoordinatorFiles {
  owners.byCoordinator[email] ??= { folderId: null, pairFolders: {}, workingCopies: {} };
  return owners.byCoordinator[email]!;
}

/** The person running the add-on (userinfo.email is in the manifest for this). */
export function currentEmail(): string {
  return Session.getEffectiveUser().getEmail() || '';
}
