/**
 * People's text must land in a cell as text, never as a formula or a number:
 * Sheets reads a leading = + - @ as a formula (formula injection), and a tab or CR at the
 * start is what CSV-injection payloads use. A leading apostrophe makes Sheets store the
 * rest literally and is not shown. Plain numbers typed by people (phone numbers, postcodes)
 * are also protected, so "0039 06..." keeps its zeros.
 */
const FORMULA_TRIGGER = /^[=+\-@\t\r]/;

export function needsTextGuard(text: string): boolean {
  return FORMULA_TRIGGER.test(text) || text.startsWith("'");
}

export function asCellText(text: string): string {
  return needsTextGuard(text) ? `'${text}` : text;
}

/** Reverse of asCellText for values read back through getValues (Sheets drops the apostrophe). */
export function fromCellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  return String(value);
}
