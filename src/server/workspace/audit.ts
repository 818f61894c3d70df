import { mapHeaders } from '../../core/schema/headerMap';
import { AUDIT_LOG } from '../../core/schema/sheets';
import { asCellText } from '../../core/sheetText';
import { findSheet } from './sheetRegistry';

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
  | 'coordinator.added'
  | 'coordinator.removed'
  | 'screening.decision'
  | 'participant.erased'
  | 'participant.anonymised'
  | 'participant.exported';

export function audit(action: AuditAction, subject: string, detail = ''): void {
  const sheet = findSheet(SpreadsheetApp.getActiveSpreadsheet(), AUDIT_LOG);
  if (!sheet) return; // Not set up yet: nothing to log into.
  let who = 'unknown';
  try {
    who = Session.getTemporaryActiveUserKey() || who;
  } catch {
    // Some contexts (simple triggers) have no user key.
  }
  const width = Math.max(1, sheet.getLastColumn());
  const headers = mapHeaders(AUDIT_LOG, sheet.getRange(1, 1, 1, width).getValues()[0] ?? []);
  const row: unknown[] = new Array(width).fill('');
  const values: Record<string, unknown> = { at: new Date(), who, action, subject: asCellText(subject), detail: asCellText(detail) };
  for (const [key, value] of Object.entries(values)) {
    const index = headers.indexOf.get(key);
    if (index !== undefined) row[index] = value;
  }
  const next = sheet.getLastRow() + 1;
  if (next > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), 500);
  sheet.getRange(next, 1, 1, width).setValues([row]);
}
