import { type Span, plainSpans, replaceInSpans, spansText } from './styledText';
import { type FillPlan, listPlaceholdersIn, numberedPlaceholder, type SectionView } from './templateEngine';

/**
 * What the document for one pair will say, drawn before anything is made: the template read once
 * (paragraphs with their style, tables), the fill plan applied to it as the adapter applies it to
 * the copy: conditional paragraphs dropped, list rows repeated and numbered, then each literal
 * replacement in order, text attributes following Docs' rule (styledText.ts).
 */
export type PreviewBlock = { kind: 'paragraph'; heading: string; spans: Span[] } | { kind: 'table'; rows: Span[][][] };

export interface PreviewDocument {
  header: PreviewBlock[];
  body: PreviewBlock[];
  footer: PreviewBlock[];
}

function replaced(spans: readonly Span[], plan: FillPlan): Span[] {
  let out = [...spans];
  for (const { find, replace } of plan.replacements) out = replaceInSpans(out, find, replace);
  return out;
}

/** A list row's copy number `n`: its {{goals.x}} become {{goals.n.x}}, as TableRow.replaceText does in the copy. */
function numberedRow(cells: readonly Span[][], texts: readonly string[], list: string, n: number): Span[][] {
  return cells.map((spans, c) => {
    let out = spans;
    for (const { written, field } of listPlaceholdersIn(texts[c] ?? '', list)) out = replaceInSpans(out, written, numberedPlaceholder(list, n, field));
    return out;
  });
}

function sectionBlocks(section: SectionView, plan: FillPlan): PreviewBlock[] {
  const removed = new Set(plan.removeParagraphs.filter((r) => r.section === section.section).map((r) => r.index));
  const blocks: PreviewBlock[] = [];
  for (const element of section.elements) {
    if (element.kind === 'paragraph') {
      if (removed.has(element.index)) continue;
      blocks.push({ kind: 'paragraph', heading: element.heading ?? 'NORMAL', spans: replaced(element.spans ?? plainSpans(element.text), plan) });
      continue;
    }
    const rows: Span[][][] = [];
    element.rows.forEach((texts, r) => {
      const cells = texts.map((text, c) => element.spans?.[r]?.[c] ?? plainSpans(text));
      const repeat = plan.repeatRows.find((x) => x.section === section.section && x.tableIndex === element.index && x.rowIndex === r);
      const copies = repeat ? Array.from({ length: repeat.count }, (_, i) => numberedRow(cells, texts, repeat.list, i + 1)) : [cells];
      for (const copy of copies) rows.push(copy.map((spans) => replaced(spans, plan)));
    });
    blocks.push({ kind: 'table', rows });
  }
  return blocks;
}

export function previewDocument(sections: readonly SectionView[], plan: FillPlan): PreviewDocument {
  const of = (name: SectionView['section']) => {
    const section = sections.find((s) => s.section === name);
    return section ? sectionBlocks(section, plan) : [];
  };
  return { header: of('header'), body: of('body'), footer: of('footer') };
}

/** The preview as lines of text (a table row's cells joined by tabs), as the fake's documentText reads a document. */
export function previewLines(blocks: readonly PreviewBlock[]): string[] {
  return blocks.flatMap((block) =>
    block.kind === 'paragraph' ? [spansText(block.spans)] : block.rows.map((row) => row.map((cell) => spansText(cell)).join('\t')),
  );
}
