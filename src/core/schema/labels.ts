import { type SheetTextKey, SUPPORTED_LANGUAGES, type SupportedLanguage, sheetTexts } from '../i18n';
import { SENSITIVE_KINDS } from '../privacy/sensitive';
import { type ColumnSpec, normaliseHeader, type SheetSchema } from './types';

/**
 * The words of the programme's sheets in a language: names, headers and dropdown values. Setup
 * writes them in the programme's language; reading recognises them in every language, so a
 * coordinator who switches language (or a colleague whose Sheets speaks another) keeps working
 * with the sheets as they are. Sheets are found by id first (sheetRegistry), columns by header, then
 * by the key each column carries (server/workspace/columnKeys.ts).
 */
export function headerIn(column: ColumnSpec, language: SupportedLanguage): string {
  return column.text ? sheetTexts(language)[column.text] : column.header;
}

export function sheetNameIn(schema: SheetSchema, language: SupportedLanguage): string {
  return schema.text ? sheetTexts(language)[schema.text] : schema.name;
}

/** A sheet text in every supported language, each word once: what reading recognises. */
export function inEveryLanguage(key: SheetTextKey): string[] {
  return [...new Set(SUPPORTED_LANGUAGES.map((language) => sheetTexts(language)[key]))];
}

/** Every header a column is known by: its header in each language, then older ones. */
export function headerNames(column: ColumnSpec): string[] {
  return [...(column.text ? inEveryLanguage(column.text) : [column.header]), ...(column.aliases ?? [])];
}

/** Every name a sheet may have been given by setup. */
export function sheetNames(schema: SheetSchema): string[] {
  return schema.text ? inEveryLanguage(schema.text) : [schema.name];
}

/** "Closed – ended early" → "closedEndedEarly": a choice's key in the catalogue. */
function choiceSlug(value: string): string {
  return value
    .toLowerCase()
    .replace(/[^a-z0-9]+(.)?/g, (_, next: string | undefined) => (next ? next.toUpperCase() : ''))
    .replace(/^(\d)/, 'n$1');
}

function choiceKey(column: ColumnSpec, value: string): SheetTextKey | null {
  if (!column.choiceSet || value === '') return null;
  // A kind of sensitive detail is named by its own key (core/privacy/sensitive.ts), not by its English words.
  const slug = (column.choiceSet === 'sensitiveKind' ? SENSITIVE_KINDS.find((k) => k.detail === value)?.key : undefined) ?? choiceSlug(value);
  return `choice.${column.choiceSet}.${slug}` as SheetTextKey;
}

/** A choice value (as the code knows it) in the language's words: what a cell and its dropdown show. */
export function choiceLabel(column: ColumnSpec, value: string, language: SupportedLanguage): string {
  const key = choiceKey(column, value);
  return (key && sheetTexts(language)[key]) || value;
}

/** The dropdown of a choice column in the language. */
export function choiceLabels(column: ColumnSpec, language: SupportedLanguage): string[] {
  return (column.choices ?? []).map((value) => choiceLabel(column, value, language));
}

/** Every dropdown's words in the language, by set and value: what the sidebar shows for a status, a decision… */
export function choiceWords(schemas: readonly SheetSchema[], language: SupportedLanguage): Record<string, Record<string, string>> {
  const words: Record<string, Record<string, string>> = {};
  for (const column of schemas.flatMap((s) => s.columns))
    if (column.choiceSet)
      words[column.choiceSet] = Object.fromEntries((column.choices ?? []).filter(Boolean).map((v) => [v, choiceLabel(column, v, language)]));
  return words;
}

const choiceIndexes = new Map<ColumnSpec, Map<string, string>>();

/** The value a cell means, whichever language shows it; text that is no choice stays as typed. */
export function choiceValue(column: ColumnSpec, cell: string): string {
  let index = choiceIndexes.get(column);
  if (!index) {
    index = new Map();
    for (const value of column.choices ?? []) {
      const key = choiceKey(column, value);
      index.set(normaliseHeader(value), value);
      if (key) for (const label of inEveryLanguage(key)) index.set(normaliseHeader(label), value);
    }
    choiceIndexes.set(column, index);
  }
  return index.get(normaliseHeader(cell)) ?? cell;
}
