import { translator } from '../../core/i18n';
import { currentLanguage } from '../workspace/preferences';
import { activeSpreadsheet, currentTime } from '../workspace/services';
import type { IngestContext } from './ingest';

export function ingestContext(): IngestContext {
  const spreadsheet = activeSpreadsheet();
  const language = currentLanguage(spreadsheet);
  return { spreadsheet, now: currentTime(), timeZone: spreadsheet.getSpreadsheetTimeZone(), t: translator(language), language };
}
