import { driveFiles } from '../workspace/advancedServices';

/** A file erasure must delete, and the folder the add-on filed it in (said when the file cannot be read). */
export interface FileToDelete {
  readonly id: string;
  readonly folderHint: string | null;
}

/** A file erasure could not delete, and where it is, for the coordinator to delete by hand. */
export interface FileNotDeleted {
  id: string;
  name: string | null;
  folder: string | null;
}

export interface FilesDeletion {
  deleted: Set<string>;
  notDeleted: FileNotDeleted[];
}

/**
 * Deletes each file for good (not to the trash: erasure must not leave a copy there). Only a
 * file's owner may delete it, and with drive.file a file another coordinator made may not even be
 * visible: each failure is kept, with the file's name and folder when they can be read.
 */
export function deleteFiles(files: readonly FileToDelete[]): FilesDeletion {
  const result: FilesDeletion = { deleted: new Set(), notDeleted: [] };
  const seen = new Set<string>();
  for (const file of files) {
    if (seen.has(file.id)) continue;
    seen.add(file.id);
    try {
      driveFiles().remove(file.id);
      result.deleted.add(file.id);
    } catch {
      result.notDeleted.push(whereIs(file));
    }
  }
  return result;
}

function whereIs(file: FileToDelete): FileNotDeleted {
  const where: FileNotDeleted = { id: file.id, name: null, folder: file.folderHint };
  try {
    const found = driveFiles().get(file.id, { fields: 'id,name,parents' });
    where.name = found.name ?? null;
    const parent = found.parents?.[0];
    if (parent) where.folder = driveFiles().get(parent, { fields: 'id,name' }).name ?? where.folder;
  } catch {
    // Not readable by this user either: its id and the folder it was filed in say where it is.
  }
  return where;
}
