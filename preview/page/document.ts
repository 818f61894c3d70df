import type { DocBlock, DocView, Heading, TextSpan } from '../documentModel';

/**
 * A generated document drawn as Google Docs shows it: a white page with its margins, the header
 * in the top margin and the footer in the bottom one, headings in Docs' default styles, tables
 * with Docs' default borders, lists with bullets. Text comes from the programme's people (form
 * answers), so it enters the DOM only as text nodes, never as markup.
 */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Docs' paragraph styles as HTML: headings become headings (h1 to h6), title and subtitle styled paragraphs. */
const TAGS: Record<Heading, 'p' | 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6'> = {
  NORMAL: 'p',
  TITLE: 'p',
  SUBTITLE: 'p',
  HEADING1: 'h1',
  HEADING2: 'h2',
  HEADING3: 'h3',
  HEADING4: 'h4',
  HEADING5: 'h5',
  HEADING6: 'h6',
};

/** One run of text: bold, italic and underline as Docs marks them up in its HTML export, the text inside <strong>/<em>/<u>. */
function span(run: TextSpan): Node {
  let node: Node = document.createTextNode(run.text);
  for (const [on, tag] of [
    [run.underline, 'u'],
    [run.italic, 'em'],
    [run.bold, 'strong'],
  ] as const) {
    if (!on) continue;
    const wrap = el(tag);
    wrap.append(node);
    node = wrap;
  }
  return node;
}

/** Spans into `node`; an empty paragraph keeps its line, as in Docs. */
function fill(node: HTMLElement, spans: readonly TextSpan[]): HTMLElement {
  if (spans.length) node.append(...spans.map(span));
  else node.append(el('br'));
  return node;
}

function paragraph(block: Extract<DocBlock, { kind: 'paragraph' }>): HTMLElement {
  return fill(el(TAGS[block.heading], { dir: block.dir, class: `doc-${block.heading.toLowerCase()}` }), block.spans);
}

/** A table with Docs' default look: every cell bordered, each cell's paragraphs one line each; the text reads in its own direction. */
function table(block: Extract<DocBlock, { kind: 'table' }>): HTMLElement {
  const node = el('table', { class: 'doc-table' });
  const body = node.appendChild(el('tbody'));
  for (const row of block.rows) {
    const tr = body.appendChild(el('tr'));
    for (const cell of row) {
      const td = tr.appendChild(el('td'));
      for (const spans of cell) td.append(spans.length ? fill(el('p', { dir: 'auto' }), spans) : el('p', {}, '\u00a0'));
    }
  }
  return node;
}

function list(block: Extract<DocBlock, { kind: 'list' }>): HTMLElement {
  const node = el('ul', { class: 'doc-list' });
  for (const item of block.items) node.append(fill(el('li', { dir: item.dir }), item.spans));
  return node;
}

function blockNode(block: DocBlock): HTMLElement {
  switch (block.kind) {
    case 'paragraph':
      return paragraph(block);
    case 'table':
      return table(block);
    case 'list':
      return list(block);
    case 'rule':
      return el('hr', { class: 'doc-rule' });
    case 'pageBreak':
      return el('div', { class: 'doc-page-break', role: 'separator', 'aria-label': 'Page break' });
  }
}

function section(blocks: DocBlock[] | null, className: string, label: string): HTMLElement | null {
  if (!blocks) return null;
  const node = el('div', { class: className, role: 'region', 'aria-label': label });
  node.append(...blocks.map(blockNode));
  return node;
}

function render(view: DocView): void {
  document.title = `${view.name} – Google Docs (local preview)`;
  const name = document.getElementById('doc-name');
  if (name) name.textContent = view.name;
  const page = document.getElementById('page');
  if (!page) return;
  const body = el('div', { class: 'doc-body' });
  body.append(...view.body.map(blockNode));
  page.replaceChildren(
    ...[section(view.header, 'doc-header', 'Header'), body, section(view.footer, 'doc-footer', 'Footer')].filter((n): n is HTMLElement => !!n),
  );
}

const data = document.getElementById('doc-data');
if (data?.textContent) render(JSON.parse(data.textContent) as DocView);
