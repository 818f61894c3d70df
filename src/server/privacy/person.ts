import type { RecordValues } from '../../core/schema/types';
import { allMappings } from '../intake/mappingStore';

/** What identifies a person in the response sheets: their response key, email, phone or exact name. */
export interface Identity {
  key: string;
  name: string;
  email: string;
  phone: string;
}

const digits = (text: unknown) => String(text ?? '').replace(/\D/g, '');

export function identityOf(values: RecordValues): Identity {
  return {
    key: String(values.responseKey ?? ''),
    name: String(values.name ?? '')
      .trim()
      .toLowerCase(),
    email: String(values.email ?? '')
      .trim()
      .toLowerCase(),
    phone: digits(values.phone).slice(-9),
  };
}

/** Whether some of these cells (or form answers) name the person: their response key, email, phone or exact name. */
export function namesPerson(values: readonly unknown[], identity: Identity): boolean {
  const cells = values.map((c) =>
    String(c ?? '')
      .trim()
      .toLowerCase(),
  );
  return (
    (identity.key !== '' && cells.includes(identity.key.toLowerCase())) ||
    (identity.email !== '' && cells.includes(identity.email)) ||
    (identity.phone.length >= 6 && values.some((c) => digits(c).slice(-9) === identity.phone)) ||
    (identity.name !== '' && cells.includes(identity.name))
  );
}

export interface FoundResponses {
  sheet: GoogleAppsScript.Spreadsheet.Sheet;
  header: string[];
  rows: { rowNumber: number; values: unknown[] }[];
}

/** Every row of every mapped response sheet that belongs to the person: one read per sheet. */
export function responsesOf(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, identity: Identity): FoundResponses[] {
  const found: FoundResponses[] = [];
  for (const mapping of allMappings()) {
    const sheet = spreadsheet.getSheetById(mapping.sheetId);
    if (!sheet || sheet.getLastRow() < 2) continue;
    const grid = sheet.getRange(1, 1, sheet.getLastRow(), Math.max(1, sheet.getLastColumn())).getValues();
    const rows = grid
      .slice(1)
      .map((values, i) => ({ rowNumber: i + 2, values }))
      .filter(({ values }) => namesPerson(values, identity));
    if (rows.length) found.push({ sheet, header: (grid[0] ?? []).map(String), rows });
  }
  return found;
}
