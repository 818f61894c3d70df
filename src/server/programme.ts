import { translator } from '../core/i18n';
import { PROGRAMME_SHEETS, SENSITIVE } from '../core/schema/sheets';
import { migrateSensitiveDetails } from './privacy/migrateSensitive';
import { canEditSensitive, protectSensitiveSheet } from './privacy/sensitiveSheet';
import { withDocumentLock } from './workspace/lock';
import { currentLanguage } from './workspace/preferences';
import { activeSpreadsheet, currentTime } from './workspace/services';
import { type SheetRepair, ensureSheet } from './workspace/setupSheets';
import { seedSettings } from './workspace/settingsSheet';
import { findSheet, findSheets } from './workspace/sheetRegistry';

export interface SetupResult {
  created: number;
  repaired: number;
  message: string;
  sheets: SheetRepair[];
}

/**
 * Creates or repairs every structured sheet, protects Sensitive details and moves sensitive
 * details left in older layouts there. Safe to run again at any time. Someone who is not a
 * coordinator can repair the other sheets; the protected one is left as it is.
 */
export function setUpProgrammeSheets(): SetupResult {
  return withDocumentLock(() => {
    const spreadsheet = activeSpreadsheet();
    const language = currentLanguage(spreadsheet);
    const coordinator = canEditSensitive(spreadsheet);
    const schemas = coordinator ? PROGRAMME_SHEETS : PROGRAMME_SHEETS.filter((s) => s !== SENSITIVE);
    const sheets = schemas.map((schema) => ensureSheet(spreadsheet, schema, language));
    if (coordinator) {
      protectSensitiveSheet(findSheet(spreadsheet, SENSITIVE)!);
      migrateSensitiveDetails(spreadsheet, currentTime());
    }
    seedSettings(spreadsheet, language);
    const created = sheets.filter((s) => s.created).length;
    const repaired = sheets.filter((s) => !s.created && s.columnsAdded.length > 0).length;
    return { created, repaired, sheets, message: translator(language)('setup.done', { created, repaired }) };
  });
}

export function isProgrammeSetUp(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): boolean {
  return findSheets(spreadsheet, PROGRAMME_SHEETS).every((sheet) => sheet !== null);
}
