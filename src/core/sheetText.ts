/**
 * People's text must land in a cell as text, never as a formula or a number:
 * Sheets reads a leading = + - @ as a formula (formula injection), and a tab or CR at the
 * start is what CSV-injection payloads use. A leading apostrophe makes Sheets store the
 * rest literally and is not shown. (Leading zeros of phone numbers and postcodes are kept by
 * the plain-text format that setup gives people's columns, not by this guard.)
 */
const FORMULA_TRIGGER = /^[=+\-@\t\r]/;

export function needsTextGuard(text: string): boolean {
  return FORMULA_TRIGGER.test(text) || text.startsWith("'");
}

export function asCellText(text: string): string {
  return needsTextGuard(text) ? `'${text}` : text;
}
