import { badArgument } from '../../core/errors';
import { expectRecord, expectString } from '../../core/validate';
import { type FilesSharing, shareProgrammeFiles } from '../documents/shareWithCoordinator';
import { audit } from '../workspace/audit';
import { withDocumentLock } from '../workspace/lock';
import { activeSpreadsheet } from '../workspace/services';
import { canEditSensitive, changeCoordinator, coordinators } from './sensitiveSheet';

export interface CoordinatorsView {
  /** Emails of the editors of the Sensitive details sheet (the owner can always edit it too). */
  coordinators: string[];
  /** Whether the person looking is one of them. */
  isCoordinator: boolean;
  /** After a change: the programme files shared with (or unshared from) that coordinator. */
  files?: FilesSharing;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const coordinatorsApi = {
  getCoordinators: (): CoordinatorsView => {
    const spreadsheet = activeSpreadsheet();
    return { coordinators: coordinators(spreadsheet), isCoordinator: canEditSensitive(spreadsheet) };
  },

  /** Adds or removes an editor of the protected sheet; logged without the email (ids only in the audit log). */
  setCoordinator: (input: { email: string; add: boolean }): CoordinatorsView => {
    const record = expectRecord(input, 'input');
    const email = expectString(record.email, 'email', 200).trim().toLowerCase();
    const add = record.add === true;
    if (!EMAIL.test(email)) throw badArgument('an email address is needed');
    const spreadsheet = activeSpreadsheet();
    return withDocumentLock(() => {
      const list = changeCoordinator(spreadsheet, email, add);
      // drive.file is per user: the templates and folder must be shared for another coordinator to use them.
      const files = shareProgrammeFiles(email, add);
      audit(add ? 'coordinator.added' : 'coordinator.removed', 'Sensitive details', `${list.length} coordinators, ${files.changed} files shared`);
      return { coordinators: list, isCoordinator: canEditSensitive(spreadsheet), files };
    });
  },
};
