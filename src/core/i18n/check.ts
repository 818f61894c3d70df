import { argumentsOf, placeholdersOf } from './format';

/**
 * What is wrong with a translation of a catalogue part: keys missing or extra, placeholders that
 * differ, a plural without `other` or with a category the language does not have, or text left
 * as the English. A text may equal the English only when its language lists its key, or the
 * text itself, in `sameAsEnglish` (a loan word such as "Mentee", a product name), or it has no
 * words at all (a placeholder, a document field).
 */
/** The product's name is the same in every language. */
const PRODUCT_NAME_KEYS: ReadonlySet<string> = new Set(['app.name', 'help.title']);

function pluralProblems(text: string, language: string): string[] {
  const categories = new Set<string>(new Intl.PluralRules(language).resolvedOptions().pluralCategories);
  const problems: string[] = [];
  for (const { cases } of argumentsOf(text)) {
    if (!cases) continue;
    if (!cases.has('other')) problems.push('a plural without "other"');
    for (const selector of cases.keys())
      if (!selector.startsWith('=') && !categories.has(selector)) problems.push(`plural category "${selector}" is not one of ${language}’s`);
  }
  return problems;
}

/** The {{fields}} of a document template's text, sorted: a translation keeps them all, unchanged. */
function templateFields(text: string): string {
  return [...new Set([...text.matchAll(/\{\{\s*([#/]?[\w.]+)\s*\}\}/g)].map((m) => m[1]!))].sort().join(',');
}

/** A part as flat text: nested templates become "iip.blocks.3.table.0.1" → text, so every part is checked alike. */
export function flatten(value: unknown, prefix = ''): Record<string, string> {
  if (typeof value === 'string') return { [prefix]: value };
  if (value === null || typeof value !== 'object') return {};
  const out: Record<string, string> = {};
  for (const [key, inner] of Object.entries(value)) Object.assign(out, flatten(inner, prefix ? `${prefix}.${key}` : key));
  return out;
}

export function catalogueProblems(
  source: Readonly<Record<string, string>>,
  target: Readonly<Record<string, string>>,
  language: string,
  sameAsEnglish: ReadonlySet<string> = new Set(),
): string[] {
  const problems: string[] = [];
  for (const key of Object.keys(source)) {
    const text = target[key];
    if (typeof text !== 'string' || (text.trim() === '' && source[key]!.trim() !== '')) {
      problems.push(`${key}: missing`);
      continue;
    }
    const want = placeholdersOf(source[key]!).join(',');
    const got = placeholdersOf(text).join(',');
    if (want !== got) problems.push(`${key}: placeholders {${got}} instead of {${want}}`);
    const fields = templateFields(source[key]!);
    if (fields !== templateFields(text)) problems.push(`${key}: document fields ${templateFields(text) || 'none'} instead of ${fields}`);
    problems.push(...pluralProblems(text, language).map((p) => `${key}: ${p}`));
    const hasWords = /\p{L}{3}/u.test(text.replace(/\{\{[^}]*\}\}/g, '').replace(/\{[^{}]*\}/g, ''));
    if (language !== 'en' && text === source[key] && hasWords && !sameAsEnglish.has(key) && !sameAsEnglish.has(text) && !PRODUCT_NAME_KEYS.has(key))
      problems.push(`${key}: still English`);
  }
  for (const key of Object.keys(target)) if (!(key in source)) problems.push(`${key}: not in the English catalogue`);
  for (const key of sameAsEnglish)
    if (target[key] !== undefined && target[key] !== source[key]) problems.push(`${key}: listed in sameAsEnglish but translated`);
  return problems;
}
