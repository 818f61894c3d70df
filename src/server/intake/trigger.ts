import { assertCoordinator, canEditSensitive } from '../privacy/sensitiveSheet';
import { readJson, writeJson } from '../workspace/jsonProperties';
import { BusyError, withDocumentLock } from '../workspace/lock';
import { activeSpreadsheet, currentTime } from '../workspace/services';
import { ingestContext } from './context';
import { ingestRows, recordIssues } from './ingest';
import { mappingFor } from './mappingStore';

export const FORM_SUBMIT_HANDLER = 'onFormSubmit_';
const OWNER_KEY = 'pmd.ingest.owner';
const FAILURES_KEY = 'pmd.ingest.failures';

export interface IngestionFailure {
  at: string;
  sheet: string;
  row: number;
  /** notCoordinator: the trigger's owner can no longer write the protected Sensitive details sheet. */
  reason: 'busy' | 'error' | 'notCoordinator';
}

export interface IngestionStatus {
  installedForMe: boolean;
  owner: string | null;
  installedAt: string | null;
  failures: IngestionFailure[];
}

function myTrigger(): GoogleAppsScript.Script.Trigger | null {
  const spreadsheet = activeSpreadsheet();
  return ScriptApp.getUserTriggers(spreadsheet).find((t) => t.getHandlerFunction() === FORM_SUBMIT_HANDLER) ?? null;
}

export function ingestionStatus(): IngestionStatus {
  const owner = readJson<{ email: string; at: string }>(OWNER_KEY);
  return {
    installedForMe: myTrigger() !== null,
    owner: owner?.email ?? null,
    installedAt: owner?.at ?? null,
    failures: readJson<IngestionFailure[]>(FAILURES_KEY) ?? [],
  };
}

/**
 * Installs the form-submit trigger for the current user, once: Apps Script allows one per type
 * per user per document, and a second collaborator's trigger is harmless (ingestion is idempotent).
 */
export function installIngestion(): IngestionStatus {
  // The trigger writes sensitive answers as its owner: only a coordinator may own it.
  assertCoordinator(activeSpreadsheet());
  if (!myTrigger()) {
    ScriptApp.newTrigger(FORM_SUBMIT_HANDLER).forSpreadsheet(activeSpreadsheet()).onFormSubmit().create();
    const email = Session.getEffectiveUser().getEmail() || Session.getActiveUser().getEmail() || '';
    writeJson(OWNER_KEY, { email, at: currentTime().toISOString() });
  }
  return ingestionStatus();
}

function recordFailure(failure: IngestionFailure): void {
  const failures = [failure, ...(readJson<IngestionFailure[]>(FAILURES_KEY) ?? [])].slice(0, 20);
  writeJson(FAILURES_KEY, failures);
}

/**
 * The installable form-submit trigger. It runs as the user who installed it, possibly long after
 * they last opened the spreadsheet, so it checks authorisation first. It never throws: a failure
 * is recorded (without personal data) for the sidebar, and the response stays in its sheet for
 * the next import.
 */
export function handleFormSubmit(event: GoogleAppsScript.Events.SheetsOnFormSubmit): void {
  const info = ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL);
  if (info.getAuthorizationStatus() === ScriptApp.AuthorizationStatus.REQUIRED) return;
  const range = event?.range;
  if (!range) return;
  const sheet = range.getSheet();
  const row = range.getRow();
  const at = currentTime().toISOString();
  // Checked first: an owner who stopped being a coordinator would otherwise fail on every response.
  if (!canEditSensitive(activeSpreadsheet())) {
    recordFailure({ at, sheet: sheet.getName(), row, reason: 'notCoordinator' });
    return;
  }
  try {
    withDocumentLock(() => {
      const ctx = ingestContext();
      if (!mappingFor(sheet.getSheetId())) {
        recordIssues(ctx, [
          {
            sourceSheet: sheet.getName(),
            responseKey: `unmapped-${sheet.getSheetId()}`,
            field: '',
            problem: ctx.t('problem.notMapped', { answer: sheet.getName() }),
          },
        ]);
        return;
      }
      ingestRows(sheet, row, range.getNumRows(), ctx);
    }, 30_000);
  } catch (error) {
    recordFailure({ at, sheet: sheet.getName(), row, reason: error instanceof BusyError ? 'busy' : 'error' });
  }
}
