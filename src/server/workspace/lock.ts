import { UserError } from '../../core/errors';

/**
 * Work that writes the programme's sheets runs under the document lock (never the script lock:
 * one add-on script serves every customer). A second execution waits up to `waitMs`, then gets
 * a clear "busy" error instead of writing half a record.
 */
export class BusyError extends Error {
  constructor() {
    super('busy');
    this.name = 'BusyError';
  }
}

export function withDocumentLock<T>(work: () => T, waitMs = 20_000): T {
  const lock = LockService.getDocumentLock();
  // Null outside a containing document (LockService reference): not "busy", nothing to wait for.
  if (!lock) throw new UserError('error.noDocumentLock');
  if (!lock.tryLock(waitMs)) throw new BusyError();
  try {
    const result = work();
    // Pending writes must reach the sheet before another execution can read it.
    SpreadsheetApp.flush();
    return result;
  } finally {
    lock.releaseLock();
  }
}
