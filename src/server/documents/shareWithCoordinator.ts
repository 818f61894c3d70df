import { drivePermissions } from '../workspace/advancedServices';
import { currentEmail, fileOwners } from './coordinatorFiles';
import { documentsState } from './store';

export interface FilesSharing {
  /** Files of the programme (its folder, its templates) whose sharing changed. */
  changed: number;
  /** Files this user could not change (someone else owns them): their owner must do it. */
  notChanged: number;
}

/**
 * Gives a new coordinator edit access to the programme's folder and templates that the person
 * adding them owns, or takes it away when they stop being a coordinator. Google sends no email:
 * the coordinators already work together in the spreadsheet.
 */
export function shareProgrammeFiles(email: string, add: boolean): FilesSharing {
  const state = documentsState();
  const owners = fileOwners();
  const me = currentEmail();
  // The templates in mentees' languages too: a second coordinator previews and generates from them.
  const ids = [state.folderId, ...Object.values(state.templates), ...Object.values(state.menteeTemplates)].filter((id): id is string => !!id);
  const result: FilesSharing = { changed: 0, notChanged: 0 };
  for (const id of ids) {
    if (owners.owners[id] !== me) {
      result.notChanged++;
      continue;
    }
    try {
      if (add) drivePermissions().create({ type: 'user', role: 'writer', emailAddress: email }, id, { sendNotificationEmail: false });
      else removeAccess(id, email);
      result.changed++;
    } catch {
      result.notChanged++;
    }
  }
  return result;
}

function removeAccess(fileId: string, email: string): void {
  const permissions = drivePermissions().list(fileId, { fields: 'permissions(id,emailAddress,role)' }).permissions ?? [];
  for (const permission of permissions) {
    if (permission.emailAddress?.toLowerCase() === email && permission.role !== 'owner' && permission.id) drivePermissions().remove(fileId, permission.id);
  }
}
