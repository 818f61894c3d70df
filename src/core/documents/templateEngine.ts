/**
 * The template language of the per-pair documents, and the plan that fills a copy of a template.
 * A coordinator writes, anywhere in a Google Doc (body, header, footer, tables):
 *
 *   {{field}}                     a value, inserted literally ($, \, {{x}}, RTL text all land as typed)
 *   {{#if field}} … {{/if}}       paragraphs kept only when the field has a value
 *   a table row with {{goals.x}}  repeated once per goal (and {{meetings.x}} once per diary entry)
 *
 * The plan is computed from what the document says (its paragraphs and table rows as text) and the
 * pair's values; the server applies it with a constant number of service calls per document.
 */
import type { Span } from './styledText';

export const PLACEHOLDER = /\{\{\s*([#/]?)\s*(if\s+)?([\w.]+)?\s*\}\}/g;

export type Values = Record<string, string>;

/** Private-use characters: they mark tokens, and are removed from values (no one types them). */
const TOKEN_OPEN = '\uE000';
const TOKEN_CLOSE = '\uE001';
const stripTokens = (text: string) => text.replace(/[\uE000\uE001]/g, '');
export type Lists = Record<string, Values[]>;

export interface ParagraphView {
  kind: 'paragraph';
  /** Position among the section's elements (for removal). */
  index: number;
  text: string;
  /** Read for a preview only: the paragraph style (DocumentApp.ParagraphHeading) and the text with its emphasis. */
  heading?: string;
  spans?: Span[];
}

export interface TableView {
  kind: 'table';
  index: number;
  rows: string[][];
  /** Read for a preview only: each cell's text with its emphasis (its paragraphs joined by newlines), by row and cell. */
  spans?: Span[][][];
}

export type ElementView = ParagraphView | TableView;

export interface SectionView {
  section: 'header' | 'body' | 'footer';
  elements: ElementView[];
}

export interface RowRepeat {
  section: SectionView['section'];
  tableIndex: number;
  rowIndex: number;
  list: string;
  /** How many copies of the template row: one per item (the template row itself is then removed). */
  count: number;
}

export interface FillPlan {
  removeParagraphs: { section: SectionView['section']; index: number }[];
  repeatRows: RowRepeat[];
  /** Literal replacements to make after the rows are copied: "{{goals.1.goal}}" → value. */
  replacements: { find: string; replace: string }[];
  unknown: string[];
  missing: string[];
}

function textsOf(sections: readonly SectionView[]): string[] {
  return sections.flatMap((s) => s.elements.flatMap((e) => (e.kind === 'paragraph' ? [e.text] : e.rows.flat())));
}

/** Every placeholder a document uses, by name (conditions and list fields included). */
export function placeholdersIn(sections: readonly SectionView[]): string[] {
  const names = new Set<string>();
  for (const text of textsOf(sections)) {
    for (const match of text.matchAll(PLACEHOLDER)) if (match[3] && match[1] !== '/') names.add(match[3]);
  }
  return [...names].sort();
}

/**
 * Each value placeholder exactly as the document writes it, by name: "{{ mentor.firstName }}"
 * is replaced as that text, spaces included, since Docs replaces literal text only.
 */
function writtenForms(sections: readonly SectionView[]): Map<string, Set<string>> {
  const forms = new Map<string, Set<string>>();
  for (const text of textsOf(sections)) {
    for (const match of text.matchAll(PLACEHOLDER)) {
      const name = match[3];
      if (!name || match[1] || match[2]) continue;
      const set = forms.get(name) ?? new Set<string>();
      set.add(match[0]);
      forms.set(name, set);
    }
  }
  return forms;
}

/** The placeholders of a list in a template row's text, as written: {{ goals.area }} → field "area". */
export function listPlaceholdersIn(text: string, list: string): { written: string; field: string }[] {
  const found = new Map<string, string>();
  for (const match of text.matchAll(PLACEHOLDER)) {
    const name = match[3] ?? '';
    if (!match[1] && !match[2] && name.startsWith(`${list}.`)) found.set(match[0], name.slice(list.length + 1));
  }
  return [...found].map(([written, field]) => ({ written, field }));
}

/** Names of repeatable lists: the known fields written "goals.*". */
function listNames(known: ReadonlySet<string>): Set<string> {
  return new Set([...known].filter((k) => k.endsWith('.*')).map((k) => k.slice(0, -2)));
}

/** The list a placeholder belongs to ("goals.area" → "goals"), or null for a single value. */
type ListOf = (name: string) => string | null;

function listOfIn(listKinds: ReadonlySet<string>): ListOf {
  return (name) => {
    const dot = name.indexOf('.');
    return dot > 0 && listKinds.has(name.slice(0, dot)) ? name.slice(0, dot) : null;
  };
}

/** Paragraphs to remove: both markers of each {{#if x}} … {{/if}} block, and its paragraphs when x is empty. */
function conditionalRemovals(section: SectionView, values: Values): FillPlan['removeParagraphs'] {
  const remove: FillPlan['removeParagraphs'] = [];
  let open: { keep: boolean } | null = null;
  for (const element of section.elements) {
    if (element.kind !== 'paragraph') continue;
    const start = /\{\{\s*#\s*if\s+([\w.]+)\s*\}\}/.exec(element.text);
    const end = /\{\{\s*\/\s*if\s*\}\}/.test(element.text);
    if (start) {
      open = { keep: (values[start[1]!] ?? '').trim() !== '' };
      remove.push({ section: section.section, index: element.index });
      continue;
    }
    if (end && open) {
      remove.push({ section: section.section, index: element.index });
      open = null;
      continue;
    }
    if (open && !open.keep) remove.push({ section: section.section, index: element.index });
  }
  return remove;
}

/** Table rows naming a list field are repeated once per item of that list. */
function rowRepeats(section: SectionView, lists: Lists, listOf: ListOf): RowRepeat[] {
  const repeats: RowRepeat[] = [];
  for (const element of section.elements) {
    if (element.kind !== 'table') continue;
    element.rows.forEach((cells, rowIndex) => {
      const names = cells.flatMap((text) => [...text.matchAll(PLACEHOLDER)].map((m) => m[3] ?? ''));
      const list = names.map(listOf).find((l): l is string => l !== null);
      if (list) repeats.push({ section: section.section, tableIndex: element.index, rowIndex, list, count: (lists[list] ?? []).length });
    });
  }
  return repeats;
}

/** A placeholder outside `known` is unknown; a known single value that is empty is missing. */
function unknownAndMissing(used: readonly string[], values: Values, known: ReadonlySet<string>, listOf: ListOf): Pick<FillPlan, 'unknown' | 'missing'> {
  const unknown: string[] = [];
  const missing: string[] = [];
  for (const name of used) {
    const list = listOf(name);
    const isKnown = known.has(name) || list !== null;
    if (!isKnown) unknown.push(name);
    else if (list === null && (values[name] ?? '') === '') missing.push(name);
  }
  return { unknown, missing };
}

/** Each placeholder as the document writes it (or as each row copy numbers it), with the value it gets. */
function fillsFor(sections: readonly SectionView[], used: readonly string[], unknown: readonly string[], values: Values, lists: Lists, listOf: ListOf) {
  const fills: { find: string; value: string }[] = [];
  const written = writtenForms(sections);
  for (const name of used) {
    const list = listOf(name);
    if (list === null) {
      if (unknown.includes(name)) continue;
      for (const find of written.get(name) ?? []) fills.push({ find, value: values[name] ?? '' });
      continue;
    }
    const field = name.slice(list.length + 1);
    (lists[list] ?? []).forEach((item, i) => {
      fills.push({ find: numberedPlaceholder(list, i + 1, field), value: item[field] ?? '' });
    });
  }
  return fills;
}

/**
 * Two passes, so that a value is never read as a placeholder ("{{goals.2.goal}}" typed in an answer
 * stays as typed): placeholders become unique tokens first, then each token becomes its value.
 */
function tokenisedReplacements(fills: readonly { find: string; value: string }[]): FillPlan['replacements'] {
  const token = (i: number) => `${TOKEN_OPEN}${i}${TOKEN_CLOSE}`;
  const toTokens = fills.map((f, i) => ({ find: f.find, replace: token(i) }));
  const toValues = fills.map((f, i) => ({ find: token(i), replace: stripTokens(f.value) }));
  return toTokens.concat(toValues);
}

/**
 * The plan for one document. `known` lists the fields a template may use; a placeholder outside it
 * is reported as unknown (and left visible), a known one without a value as missing (and emptied).
 */
export function planFill(sections: readonly SectionView[], values: Values, lists: Lists, known: ReadonlySet<string>): FillPlan {
  const used = placeholdersIn(sections);
  const listOf = listOfIn(listNames(known));
  const { unknown, missing } = unknownAndMissing(used, values, known, listOf);
  return {
    removeParagraphs: sections.flatMap((section) => conditionalRemovals(section, values)),
    repeatRows: sections.flatMap((section) => rowRepeats(section, lists, listOf)),
    replacements: tokenisedReplacements(fillsFor(sections, used, unknown, values, lists, listOf)),
    unknown,
    missing,
  };
}

/** The numbered placeholder of a list field in copy number `n` (1-based) of its row: {{goals.1.area}}. */
export const numberedPlaceholder = (list: string, n: number, field: string) => `{{${list}.${n}.${field}}}`;

/** The text of a template row's copy number `n`: {{goals.area}} and {{ goals.area }} become {{goals.1.area}}. */
export function numberRowPlaceholders(text: string, list: string, n: number): string {
  let out = text;
  for (const { written, field } of listPlaceholdersIn(text, list)) out = out.split(written).join(numberedPlaceholder(list, n, field));
  return out;
}

/** Applies literal replacements to a text: what Docs' replaceAllText does, for previews and tests. */
export function applyReplacements(text: string, replacements: FillPlan['replacements']): string {
  let out = text;
  for (const { find, replace } of replacements) out = out.split(find).join(replace);
  return out;
}
