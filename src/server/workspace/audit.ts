import { AUDIT_LOG } from '../../core/schema/sheets';
import { findSheet } from './sheetRegistry';
import { appendWithoutReading } from './table';

/**
 * The audit log: who did what and when, with ids only. "Who" is Apps Script's temporary active
 * user key (opaque, per user and script), never an email address. The log is append-only and the
 * add-on never reads it back: an entry costs a read of the header and one write, at any size.
 */
export type AuditAction =
  | 'match.accepted'
  | 'pair.status'
  | 'match.excluded'
  | 'match.allowedAgain'
  | 'document.shared'
  | 'settings.matching'
  | 'settings.supervision'
  | 'settings.language'
  | 'settings.digest'
  | 'coordinator.added'
  | 'coordinator.removed'
  | 'screening.decision'
  | 'participant.erased'
  | 'participant.anonymised'
  | 'participant.exported'
  | 'outreach.emailSent'
  | 'mentor.readiness';

export function audit(action: AuditAction, subject: string, detail = ''): void {
  const sheet = findSheet(SpreadsheetApp.getActiveSpreadsheet(), AUDIT_LOG);
  if (!sheet) return; // Not set up yet: nothing to log into.
  let who = 'unknown';
  try {
    who = Session.getTemporaryActiveUserKey() || who;
  } catch {
    // Some contexts (simple triggers) have no user key.
  }
  appendWithoutReading(sheet, AUDIT_LOG, [{ at: new Date(), who, action, subject, detail }]);
}
