import { type FakeContext, gasError, tracked } from './core';
import { DriveState } from './drive';
import type { DocElementState, DocSectionState, DocumentState } from './state';
import {
  attributeIndices,
  attributeOf,
  deleteStyled,
  insertStyled,
  joinStyled,
  replaceMatches,
  type Styled,
  setAttribute,
  setStyledText,
  splitStyled,
  type TextAttribute,
} from './textStyle';

/**
 * DocumentApp over plain document state. replaceText follows Apps Script: the pattern is a
 * regular expression in RE2 syntax (no look-around, no back-references), matched within one
 * paragraph at a time; the replacement follows Java's rules ($n is a group, \ escapes the next
 * character). Code that inserts people's text should therefore not pass it as a replacement.
 */
export function toJsRegExp(pattern: string): RegExp {
  if (/\(\?[=!<]|\\[1-9]/.test(pattern)) throw gasError('Invalid argument: searchPattern (RE2 has no look-around or back-references)');
  try {
    return new RegExp(pattern, 'gu');
  } catch {
    throw gasError('Invalid argument: searchPattern');
  }
}

export function applyJavaReplacement(match: RegExpExecArray, replacement: string): string {
  let out = '';
  for (let i = 0; i < replacement.length; i++) {
    const ch = replacement[i]!;
    if (ch === '\\') {
      i++;
      if (i >= replacement.length) throw gasError('character to be escaped is missing');
      out += replacement[i];
    } else if (ch === '$') {
      const digits = /^\d+/.exec(replacement.slice(i + 1));
      if (!digits) throw gasError('Illegal group reference');
      const group = Number(digits[0]);
      if (group >= match.length) throw gasError(`No group ${group}`);
      out += match[group] ?? '';
      i += digits[0].length;
    } else {
      out += ch;
    }
  }
  return out;
}

/** Each match of an RE2 pattern in one paragraph's text, with its Java-style replacement. */
function matchesIn(text: string, pattern: string, replacement: string) {
  const re = toJsRegExp(pattern);
  const matches: { index: number; length: number; replacement: string }[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    matches.push({ index: m.index, length: m[0].length, replacement: applyJavaReplacement(m, replacement) });
    if (m[0].length === 0) re.lastIndex++;
  }
  return matches;
}

/** replaceText within one paragraph, its text attributes kept (fake/textStyle.ts says how). */
function replaceStyledIn(value: Styled, pattern: string, replacement: string): Styled {
  const matches = matchesIn(value.text, pattern, replacement);
  return matches.length ? replaceMatches(value, matches) : value;
}

type ParagraphState = Extract<DocElementState, { type: 'PARAGRAPH' | 'LIST_ITEM' }>;
type CellState = Extract<DocElementState, { type: 'TABLE' }>['rows'][number]['cells'][number];

function paragraphStyled(state: ParagraphState): Styled {
  return state.runs ? { text: state.text, runs: state.runs } : { text: state.text };
}

function setParagraphStyled(state: ParagraphState, value: Styled): void {
  state.text = value.text;
  if (value.runs) state.runs = value.runs;
  else delete state.runs;
}

function cellParts(cell: CellState): Styled[] {
  return cell.paragraphs.map((text, i) => {
    const runs = cell.runs?.[i];
    return runs ? { text, runs } : { text };
  });
}

function setCellParts(cell: CellState, parts: readonly Styled[]): void {
  cell.paragraphs = parts.map((p) => p.text);
  if (parts.some((p) => p.runs)) cell.runs = parts.map((p) => p.runs ?? null);
  else delete cell.runs;
}

/** Applies a change to every paragraph of a cell, each with its own attributes. */
function mapCell(cell: CellState, apply: (value: Styled) => Styled): void {
  setCellParts(cell, cellParts(cell).map(apply));
}

/** Applies a change to every paragraph of a section, its tables' cells included. */
function mapSectionText(section: DocSectionState, apply: (value: Styled) => Styled): void {
  for (const element of section.elements) {
    if (element.type === 'PARAGRAPH' || element.type === 'LIST_ITEM') setParagraphStyled(element, apply(paragraphStyled(element)));
    if (element.type === 'TABLE') for (const row of element.rows) for (const cell of row.cells) mapCell(cell, apply);
  }
}

/** DocumentApp.Attribute keys that are text attributes, as the fake keeps them. */
const ATTRIBUTE_KEYS: Record<string, TextAttribute> = { BOLD: 'bold', ITALIC: 'italic', UNDERLINE: 'underline' };

/**
 * setAttributes(attributes): "Sets the element's attributes" from a map of DocumentApp.Attribute
 * names (https://developers.google.com/apps-script/reference/document/paragraph#setAttributes(Object)).
 * Of those, the fake keeps bold, italic and underline, over the whole text; a null value leaves
 * the attribute as it is.
 */
function withAttributes(value: Styled, attrs: Record<string, unknown>): Styled {
  let out = value;
  for (const [name, on] of Object.entries(attrs ?? {})) {
    const key = ATTRIBUTE_KEYS[name];
    if (key && on !== null && on !== undefined) out = setAttribute(out, key, on === true);
  }
  return out;
}

export function sectionText(section: DocSectionState | undefined): string {
  if (!section) return '';
  return section.elements.map(elementText).join('\n');
}

export function elementText(element: DocElementState): string {
  switch (element.type) {
    case 'PARAGRAPH':
    case 'LIST_ITEM':
      return element.text;
    case 'TABLE':
      return element.rows.map((row) => row.cells.map((cell) => cell.paragraphs.join('\n')).join('\t')).join('\n');
    default:
      return '';
  }
}

function cloneElement<T>(element: T): T {
  return JSON.parse(JSON.stringify(element)) as T;
}

/**
 * Checked by every method that changes a document: throws unless the user running the script may
 * edit the file. Each element view carries the guard of the document it belongs to.
 */
type WriteGuard = () => void;
/** A detached copy (Paragraph.copy(), TableRow.copy(), …) belongs to no document until inserted. */
const DETACHED: WriteGuard = () => {};

/**
 * Writing needs the writer or owner role on the file; a reader may only read and a commenter
 * comment ("Modify the content of the file" is an owner's and writer's operation in Drive's
 * roles table, https://developers.google.com/drive/api/guides/ref-roles). Google does not
 * document DocumentApp's refusal text; "Action not allowed" is what Apps Script users report when
 * a script acts on a Drive file without the rights for it (community code); its use here is
 * assumed. Google's own work (asGoogle) is not checked.
 */
export const DOCUMENT_READ_ONLY_MESSAGE = 'Action not allowed';
const CAN_WRITE = new Set(['owner', 'writer']);

function documentWriteGuard(ctx: FakeContext, drive: DriveState, id: string): WriteGuard {
  return () => {
    if (ctx.seamDepth > 0) return;
    const file = drive.file(id);
    if (!file || !CAN_WRITE.has(drive.role(file) ?? '')) throw gasError(DOCUMENT_READ_ONLY_MESSAGE);
  };
}

/**
 * Text (https://developers.google.com/apps-script/reference/document/text): a rich text region
 * over a paragraph, a cell or a section. Bold, italic and underline are kept per character;
 * font size and colour are accepted and not kept (nothing the add-on reads depends on them).
 */
class FakeText {
  constructor(
    readonly _ctx: FakeContext,
    readonly _get: () => Styled,
    readonly _set: (value: Styled) => void,
    readonly _guard: WriteGuard,
  ) {
    // biome-ignore lint/correctness/noConstructorReturn: every service object is a counted proxy
    return tracked(this, 'Text', _ctx);
  }
  getText() {
    return this._get().text;
  }
  setText(text: string) {
    this._guard();
    this._set(setStyledText(this._get(), String(text)));
    return this;
  }
  appendText(text: string) {
    this._guard();
    const value = this._get();
    this._set(insertStyled(value, value.text.length, String(text)));
    return this;
  }
  insertText(offset: number, text: string) {
    this._guard();
    this._set(insertStyled(this._get(), offset, String(text)));
    return this;
  }
  deleteText(start: number, endInclusive: number) {
    this._guard();
    this._set(deleteStyled(this._get(), start, endInclusive));
    return this;
  }
  replaceText(pattern: string, replacement: string) {
    this._guard();
    this._set(replaceStyledIn(this._get(), pattern, replacement));
    return this;
  }
  /** setBold(bold) or setBold(startOffset, endOffsetInclusive, bold), and the same for italic and underline. */
  _setAttribute(key: TextAttribute, args: unknown[]) {
    this._guard();
    if (args.length >= 3) {
      this._set(setAttribute(this._get(), key, args[2] === true, { start: Number(args[0]), endInclusive: Number(args[1]) }));
    } else {
      this._set(setAttribute(this._get(), key, args[0] === true));
    }
    return this;
  }
  setBold(...args: unknown[]) {
    return this._setAttribute('bold', args);
  }
  setItalic(...args: unknown[]) {
    return this._setAttribute('italic', args);
  }
  setUnderline(...args: unknown[]) {
    return this._setAttribute('underline', args);
  }
  isBold(offset?: number) {
    return attributeOf(this._get(), 'bold', offset);
  }
  isItalic(offset?: number) {
    return attributeOf(this._get(), 'italic', offset);
  }
  isUnderline(offset?: number) {
    return attributeOf(this._get(), 'underline', offset);
  }
  getTextAttributeIndices() {
    return attributeIndices(this._get());
  }
  setAttributes(attrs: Record<string, unknown>) {
    this._guard();
    this._set(withAttributes(this._get(), attrs));
    return this;
  }
  /** getAttributes(): the text attributes the fake keeps; null where the text mixes values, as Google does. */
  getAttributes() {
    const value = this._get();
    return Object.fromEntries(Object.entries(ATTRIBUTE_KEYS).map(([name, key]) => [name, attributeOf(value, key)]));
  }
  setFontSize(..._args: unknown[]) {
    this._guard();
    return this;
  }
  setForegroundColor(..._args: unknown[]) {
    this._guard();
    return this;
  }
}

class FakeParagraph {
  constructor(
    readonly _ctx: FakeContext,
    readonly _state: Extract<DocElementState, { type: 'PARAGRAPH' | 'LIST_ITEM' }>,
    readonly _guard: WriteGuard,
  ) {
    // biome-ignore lint/correctness/noConstructorReturn: every service object is a counted proxy
    return tracked(this, _state.type === 'PARAGRAPH' ? 'Paragraph' : 'ListItem', _ctx);
  }
  getType() {
    return this._state.type;
  }
  getText() {
    return this._state.text;
  }
  setText(text: string) {
    this._guard();
    setParagraphStyled(this._state, setStyledText(paragraphStyled(this._state), String(text)));
    return this;
  }
  appendText(text: string) {
    this._guard();
    const value = paragraphStyled(this._state);
    setParagraphStyled(this._state, insertStyled(value, value.text.length, String(text)));
    return this;
  }
  /** Paragraph.isLeftToRight / setLeftToRight (https://developers.google.com/apps-script/reference/document/paragraph): the direction a paragraph reads in. */
  isLeftToRight() {
    return !this._state.rightToLeft;
  }
  setLeftToRight(leftToRight: boolean) {
    this._guard();
    this._state.rightToLeft = !leftToRight;
    return this;
  }
  getHeading() {
    return this._state.heading;
  }
  setHeading(heading: string) {
    this._guard();
    this._state.heading = heading;
    return this;
  }
  setAttributes(attrs: Record<string, unknown>) {
    this._guard();
    setParagraphStyled(this._state, withAttributes(paragraphStyled(this._state), attrs));
    return this;
  }
  setAlignment(_alignment: string) {
    this._guard();
    return this;
  }
  setGlyphType(_glyph: string) {
    this._guard();
    return this;
  }
  editAsText() {
    return new FakeText(
      this._ctx,
      () => paragraphStyled(this._state),
      (value) => setParagraphStyled(this._state, value),
      this._guard,
    );
  }
  replaceText(pattern: string, replacement: string) {
    this._guard();
    setParagraphStyled(this._state, replaceStyledIn(paragraphStyled(this._state), pattern, replacement));
    return this;
  }
  asParagraph() {
    return this;
  }
  asListItem() {
    return this;
  }
  copy() {
    return new FakeParagraph(this._ctx, cloneElement(this._state), DETACHED);
  }
}

type TableState = Extract<DocElementState, { type: 'TABLE' }>;
type RowState = TableState['rows'][number];

class FakeTableCell {
  constructor(
    readonly _ctx: FakeContext,
    readonly _state: CellState,
    readonly _guard: WriteGuard,
  ) {
    // biome-ignore lint/correctness/noConstructorReturn: every service object is a counted proxy
    return tracked(this, 'TableCell', _ctx);
  }
  getText() {
    return this._state.paragraphs.join('\n');
  }
  setText(text: string) {
    this._guard();
    setCellParts(this._state, splitStyled(setStyledText(joinStyled(cellParts(this._state)), String(text))));
    return this;
  }
  /** The cell's paragraphs as one text, joined by newlines, with their attributes. */
  editAsText() {
    return new FakeText(
      this._ctx,
      () => joinStyled(cellParts(this._state)),
      (value) => setCellParts(this._state, splitStyled(value)),
      this._guard,
    );
  }
  replaceText(pattern: string, replacement: string) {
    this._guard();
    mapCell(this._state, (value) => replaceStyledIn(value, pattern, replacement));
    return this;
  }
  appendParagraph(text: string) {
    this._guard();
    setCellParts(this._state, [...cellParts(this._state), { text: String(text) }]);
    return this;
  }
  getNumChildren() {
    return this._state.paragraphs.length;
  }
  setBackgroundColor(_color: string) {
    this._guard();
    return this;
  }
}

class FakeTableRow {
  constructor(
    readonly _ctx: FakeContext,
    readonly _state: RowState,
    readonly _guard: WriteGuard,
  ) {
    // biome-ignore lint/correctness/noConstructorReturn: every service object is a counted proxy
    return tracked(this, 'TableRow', _ctx);
  }
  getNumCells() {
    return this._state.cells.length;
  }
  getCell(index: number) {
    const cell = this._state.cells[index];
    if (!cell) throw gasError('Child index (' + index + ') must be less than the number of child elements (' + this._state.cells.length + ').');
    return new FakeTableCell(this._ctx, cell, this._guard);
  }
  appendTableCell(text = '') {
    this._guard();
    const cell = { paragraphs: [String(text)] };
    this._state.cells.push(cell);
    return new FakeTableCell(this._ctx, cell, this._guard);
  }
  getText() {
    return this._state.cells.map((c) => c.paragraphs.join('\n')).join('\t');
  }
  replaceText(pattern: string, replacement: string) {
    this._guard();
    for (const cell of this._state.cells) mapCell(cell, (value) => replaceStyledIn(value, pattern, replacement));
    return this;
  }
  /** A detached deep copy, to be inserted with Table.insertTableRow or appendTableRow. */
  copy() {
    return new FakeTableRow(this._ctx, cloneElement(this._state), DETACHED);
  }
}

class FakeTable {
  constructor(
    readonly _ctx: FakeContext,
    readonly _state: TableState,
    readonly _guard: WriteGuard,
  ) {
    // biome-ignore lint/correctness/noConstructorReturn: every service object is a counted proxy
    return tracked(this, 'Table', _ctx);
  }
  getType() {
    return 'TABLE';
  }
  asTable() {
    return this;
  }
  getNumRows() {
    return this._state.rows.length;
  }
  getRow(index: number) {
    const row = this._state.rows[index];
    if (!row) throw gasError('Child index (' + index + ') must be less than the number of child elements (' + this._state.rows.length + ').');
    return new FakeTableRow(this._ctx, row, this._guard);
  }
  getCell(row: number, cell: number) {
    return this.getRow(row).getCell(cell);
  }
  appendTableRow(row?: FakeTableRow) {
    this._guard();
    const state = row ? row._state : { cells: [] };
    this._state.rows.push(state);
    return new FakeTableRow(this._ctx, state, this._guard);
  }
  insertTableRow(index: number, row?: FakeTableRow) {
    this._guard();
    const state = row ? row._state : { cells: [] };
    this._state.rows.splice(index, 0, state);
    return new FakeTableRow(this._ctx, state, this._guard);
  }
  removeRow(index: number) {
    this._guard();
    const [removed] = this._state.rows.splice(index, 1);
    return removed ? new FakeTableRow(this._ctx, removed, this._guard) : null;
  }
  getText() {
    return elementText(this._state);
  }
  replaceText(pattern: string, replacement: string) {
    this._guard();
    for (const row of this._state.rows) {
      for (const cell of row.cells) mapCell(cell, (value) => replaceStyledIn(value, pattern, replacement));
    }
    return this;
  }
  setBorderWidth(_width: number) {
    this._guard();
    return this;
  }
  setColumnWidth(_column: number, _width: number) {
    this._guard();
    return this;
  }
  copy() {
    return new FakeTable(this._ctx, cloneElement(this._state), DETACHED);
  }
}

function view(ctx: FakeContext, element: DocElementState, guard: WriteGuard) {
  switch (element.type) {
    case 'PARAGRAPH':
    case 'LIST_ITEM':
      return new FakeParagraph(ctx, element, guard);
    case 'TABLE':
      return new FakeTable(ctx, element, guard);
    default:
      return tracked({ getType: () => element.type, getText: () => '' }, 'Element', ctx);
  }
}

/** Body, HeaderSection and FooterSection share the same container behaviour. */
class FakeContainer {
  constructor(
    readonly _ctx: FakeContext,
    readonly _state: DocSectionState,
    typeName: string,
    readonly _guard: WriteGuard,
  ) {
    // biome-ignore lint/correctness/noConstructorReturn: every service object is a counted proxy
    return tracked(this, typeName, _ctx);
  }
  _insert(index: number | undefined, element: DocElementState) {
    this._guard();
    if (index === undefined) this._state.elements.push(element);
    else this._state.elements.splice(index, 0, element);
    return view(this._ctx, element, this._guard);
  }
  getText() {
    return sectionText(this._state);
  }
  setText(text: string) {
    this._guard();
    this._state.elements = String(text)
      .split('\n')
      .map((line) => ({ type: 'PARAGRAPH', text: line, heading: 'NORMAL' }));
    return this;
  }
  /** As in Docs, a section always keeps one (empty) paragraph. */
  clear() {
    this._guard();
    this._state.elements = [{ type: 'PARAGRAPH', text: '', heading: 'NORMAL' }];
    return this;
  }
  getNumChildren() {
    return this._state.elements.length;
  }
  getChild(index: number) {
    const element = this._state.elements[index];
    if (!element) throw gasError('Child index (' + index + ') must be less than the number of child elements (' + this._state.elements.length + ').');
    return view(this._ctx, element, this._guard);
  }
  getChildIndex(child: { _state: DocElementState }) {
    return this._state.elements.indexOf(child._state);
  }
  removeChild(child: { _state: DocElementState }) {
    this._guard();
    // Docs keeps a paragraph at the end of every section and refuses to remove it (Google's text).
    if (this._state.elements.at(-1) === child._state) throw gasError("Can't remove the last paragraph in a document section.");
    this._state.elements = this._state.elements.filter((e) => e !== child._state);
    return this;
  }
  appendParagraph(text: string | FakeParagraph) {
    return this._insert(undefined, typeof text === 'string' ? { type: 'PARAGRAPH', text, heading: 'NORMAL' } : text._state);
  }
  insertParagraph(index: number, text: string | FakeParagraph) {
    return this._insert(index, typeof text === 'string' ? { type: 'PARAGRAPH', text, heading: 'NORMAL' } : text._state);
  }
  appendListItem(text: string) {
    return this._insert(undefined, { type: 'LIST_ITEM', text: String(text), heading: 'NORMAL' });
  }
  insertListItem(index: number, text: string) {
    return this._insert(index, { type: 'LIST_ITEM', text: String(text), heading: 'NORMAL' });
  }
  _tableState(cells?: string[][] | FakeTable): TableState {
    if (cells && !Array.isArray(cells)) return cells._state;
    return { type: 'TABLE', rows: (cells ?? []).map((row) => ({ cells: row.map((text) => ({ paragraphs: String(text).split('\n') })) })) };
  }
  appendTable(cells?: string[][] | FakeTable) {
    return this._insert(undefined, this._tableState(cells));
  }
  insertTable(index: number, cells?: string[][] | FakeTable) {
    return this._insert(index, this._tableState(cells));
  }
  appendHorizontalRule() {
    return this._insert(undefined, { type: 'HORIZONTAL_RULE' });
  }
  appendPageBreak() {
    return this._insert(undefined, { type: 'PAGE_BREAK' });
  }
  getParagraphs() {
    return this._state.elements.filter((e) => e.type === 'PARAGRAPH' || e.type === 'LIST_ITEM').map((e) => view(this._ctx, e, this._guard));
  }
  getTables() {
    return this._state.elements.filter((e) => e.type === 'TABLE').map((e) => view(this._ctx, e, this._guard));
  }
  replaceText(pattern: string, replacement: string) {
    this._guard();
    // Body.replaceText also reaches table cells (they are part of the body); headers and footers are separate sections.
    mapSectionText(this._state, (value) => replaceStyledIn(value, pattern, replacement));
    return this;
  }
  /**
   * The section as one text. Writing it back rebuilds the section as paragraphs, one a line, with
   * their attributes (tables become their text, as setText does here).
   */
  editAsText() {
    return new FakeText(
      this._ctx,
      () => joinStyled(this._state.elements.map((e) => (e.type === 'PARAGRAPH' || e.type === 'LIST_ITEM' ? paragraphStyled(e) : { text: elementText(e) }))),
      (value) => {
        this._state.elements = splitStyled(value).map((line) => {
          const element: ParagraphState = { type: 'PARAGRAPH', text: '', heading: 'NORMAL' };
          setParagraphStyled(element, line);
          return element;
        });
      },
      this._guard,
    );
  }
  setMarginTop(_m: number) {
    this._guard();
    return this;
  }
}

export class FakeDocument {
  constructor(
    readonly _ctx: FakeContext,
    readonly _drive: DriveState,
    readonly _state: DocumentState,
  ) {
    this._guard = documentWriteGuard(_ctx, _drive, _state.id);
    // biome-ignore lint/correctness/noConstructorReturn: every service object is a counted proxy
    return tracked(this, 'Document', _ctx);
  }
  readonly _guard: WriteGuard;
  getId() {
    return this._state.id;
  }
  getName() {
    return this._drive.file(this._state.id)?.name ?? '';
  }
  setName(name: string) {
    this._guard();
    const file = this._drive.file(this._state.id);
    if (file) file.name = name;
    return this;
  }
  getUrl() {
    return `https://docs.google.com/document/d/${this._state.id}/edit`;
  }
  getBody() {
    return new FakeContainer(this._ctx, this._state.body, 'Body', this._guard);
  }
  getHeader() {
    return this._state.header ? new FakeContainer(this._ctx, this._state.header, 'HeaderSection', this._guard) : null;
  }
  addHeader() {
    this._guard();
    if (this._state.header) throw gasError('Document tab already contains a header.');
    this._state.header = { elements: [{ type: 'PARAGRAPH', text: '', heading: 'NORMAL' }] };
    return new FakeContainer(this._ctx, this._state.header, 'HeaderSection', this._guard);
  }
  getFooter() {
    return this._state.footer ? new FakeContainer(this._ctx, this._state.footer, 'FooterSection', this._guard) : null;
  }
  addFooter() {
    this._guard();
    if (this._state.footer) throw gasError('Document tab already contains a footer.');
    this._state.footer = { elements: [{ type: 'PARAGRAPH', text: '', heading: 'NORMAL' }] };
    return new FakeContainer(this._ctx, this._state.footer, 'FooterSection', this._guard);
  }
  saveAndClose() {
    this._guard();
    this._drive.touch(this._state.id);
  }
}

export const DOCUMENT_MIME = 'application/vnd.google-apps.document';

export function createDocumentApp(ctx: FakeContext, drive: DriveState) {
  return tracked(
    {
      create: (name: string) => {
        drive.countDocumentCreated();
        const file = drive.addFile(String(name), DOCUMENT_MIME, []);
        const doc: DocumentState = { id: file.id, body: { elements: [{ type: 'PARAGRAPH', text: '', heading: 'NORMAL' }] } };
        ctx.state.documents[file.id] = doc;
        return new FakeDocument(ctx, drive, doc);
      },
      openById: (id: string) => {
        const doc = ctx.state.documents[id];
        const file = drive.file(id);
        if (!doc || !file || !drive.canAccess(file)) {
          throw gasError("Document is missing (perhaps it was deleted, or you don't have read access?)");
        }
        return new FakeDocument(ctx, drive, doc);
      },
      ParagraphHeading: {
        NORMAL: 'NORMAL',
        HEADING1: 'HEADING1',
        HEADING2: 'HEADING2',
        HEADING3: 'HEADING3',
        TITLE: 'TITLE',
        SUBTITLE: 'SUBTITLE',
      },
      ElementType: { PARAGRAPH: 'PARAGRAPH', TABLE: 'TABLE', LIST_ITEM: 'LIST_ITEM', TEXT: 'TEXT' },
      HorizontalAlignment: { LEFT: 'LEFT', CENTER: 'CENTER', RIGHT: 'RIGHT' },
      Attribute: { BOLD: 'BOLD', ITALIC: 'ITALIC', UNDERLINE: 'UNDERLINE', FONT_SIZE: 'FONT_SIZE' },
    },
    'DocumentApp',
    ctx,
  );
}

export function documentText(doc: DocumentState): { header: string; body: string; footer: string } {
  return { header: sectionText(doc.header), body: sectionText(doc.body), footer: sectionText(doc.footer) };
}

interface ReplaceAllTextRequest {
  replaceAllText?: { containsText: { text: string; matchCase?: boolean }; replaceText: string };
}

/** Literal matches of `find` in one paragraph, replaced with their attributes kept (fake/textStyle.ts). */
function replaceLiteral(value: Styled, find: string, replace: string, matchCase: boolean): { value: Styled; count: number } {
  if (!find) return { value, count: 0 };
  const haystack = matchCase ? value.text : value.text.toLowerCase();
  const needle = matchCase ? find : find.toLowerCase();
  const matches: { index: number; length: number; replacement: string }[] = [];
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + needle.length))
    matches.push({ index: i, length: find.length, replacement: replace });
  return { value: matches.length ? replaceMatches(value, matches) : value, count: matches.length };
}

/**
 * The Docs advanced service (Docs.Documents.batchUpdate), for the requests the add-on sends:
 * replaceAllText is literal (no pattern, no group references) and reaches the body, headers,
 * footers and tables, each request applied in order, all in one call.
 */
/**
 * Docs API usage limits: 60 write requests a minute per user (and 600 per project); over that the
 * API answers 429 with this text (as users report it). Counted per user per clock minute.
 */
export const DOCS_WRITES_PER_MINUTE_PER_USER = 60;
const DOCS_RATE_MESSAGE =
  "API call to docs.documents.batchUpdate failed with error: Quota exceeded for quota metric 'Write requests' and limit 'Write requests per minute per user' of service 'docs.googleapis.com'";

function countDocsWrite(ctx: FakeContext): void {
  const minute = Math.floor(ctx.clock.now() / 60_000);
  ctx.state.docsWrites ??= {};
  const [at, count] = ctx.state.docsWrites[ctx.state.activeUser] ?? [minute, 0];
  const used = at === minute ? count : 0;
  if (used >= DOCS_WRITES_PER_MINUTE_PER_USER) throw gasError(DOCS_RATE_MESSAGE);
  ctx.state.docsWrites[ctx.state.activeUser] = [minute, used + 1];
}

/**
 * A write through the Docs API needs edit access too: Google's APIs answer 403 PERMISSION_DENIED
 * with "The caller does not have permission", as users report it from the Sheets API for a file
 * shared with them to view only or not at all (e.g. https://github.com/asweigart/ezsheets/issues/12,
 * https://github.com/googleapis/google-api-ruby-client/issues/461). No report was found for
 * docs.documents.batchUpdate itself, nor for the "API call to … failed with error:" prefix the
 * advanced service adds: both assumed, by analogy.
 */
export const DOCS_PERMISSION_DENIED_MESSAGE = 'API call to docs.documents.batchUpdate failed with error: The caller does not have permission';

/** Rewrites every paragraph of the document, with its attributes: body, header, footer and table cells. */
function mapDocumentText(doc: DocumentState, apply: (value: Styled) => Styled): void {
  for (const section of [doc.body, doc.header, doc.footer]) if (section) mapSectionText(section, apply);
}

export function createDocsService(ctx: FakeContext, drive: DriveState = new DriveState(ctx)) {
  const Documents = tracked(
    {
      batchUpdate: (resource: { requests: ReplaceAllTextRequest[] }, documentId: string) => {
        countDocsWrite(ctx);
        const doc = ctx.state.documents[documentId];
        if (!doc) throw gasError(`API call to docs.documents.batchUpdate failed with error: Requested entity was not found.`);
        const file = drive.file(documentId);
        if (!file || !CAN_WRITE.has(drive.role(file) ?? '')) throw gasError(DOCS_PERMISSION_DENIED_MESSAGE);
        const replies = resource.requests.map((request) => {
          const r = request.replaceAllText;
          if (!r) throw gasError('API call to docs.documents.batchUpdate failed with error: Invalid requests: only replaceAllText is supported by the fake');
          let occurrencesChanged = 0;
          mapDocumentText(doc, (value) => {
            const result = replaceLiteral(value, r.containsText.text, r.replaceText, r.containsText.matchCase !== false);
            occurrencesChanged += result.count;
            return result.value;
          });
          return { replaceAllText: { occurrencesChanged } };
        });
        return { documentId, replies };
      },
    },
    'Docs.Documents',
    ctx,
  );
  return { Documents };
}
