import type { PreviewBlock } from '../../src/core/documents/preview';
import type { Span } from '../../src/core/documents/styledText';
import { direction, endonym, NEWCOMER_LANGUAGES } from '../../src/core/i18n/languages';
import { attempt, type ViewContext } from '../context';
import { h, on } from '../dom';
import { type TextFilter, textFilter } from '../filterMatch';
import { loadingNote, loadProblem } from '../loading';
import { documentHref } from '../links';
import { type ApiResult, call } from '../rpc';

type Overview = ApiResult<'getDocumentsOverview'>;
type Kind = Overview['kinds'][number];
type Pair = Overview['pairs'][number];
type Preview = ApiResult<'checkTemplate'>;

/**
 * Generates the documents of `codes` a step at a time, as the server splits the work to stay
 * within Apps Script's time limit and Docs' quotas, waiting when it asks to. Returns null when a
 * step failed or the daily quota ran out, once the coordinator has been told.
 */
async function generateInSteps(
  ctx: ViewContext,
  request: { kind: Kind; menteeLanguage: string | null },
  codes: string[],
  bar: HTMLProgressElement,
  label: HTMLElement,
) {
  const { t } = ctx;
  let fromIndex = 0;
  const links: { code: string; url: string; name: string }[] = [];
  const skipped: string[] = [];
  for (;;) {
    const step = await call('generateDocuments', { kind: request.kind, menteeLanguage: request.menteeLanguage as never, codes, fromIndex });
    links.push(...step.results);
    skipped.push(...step.skippedNoConsent);
    bar.value = step.nextIndex;
    label.textContent = t('documents.generating', { done: step.nextIndex, total: codes.length });
    if (step.failed) {
      ctx.notify('error', step.failed);
      return null;
    }
    if (step.stoppedForQuota) {
      ctx.notify('warning', t('documents.stoppedQuota', { done: step.nextIndex, total: codes.length }));
      return null;
    }
    if (step.done) return { links, skipped };
    if (step.waitSeconds > 0) {
      label.textContent = t('documents.rateWait', { seconds: step.waitSeconds, done: step.nextIndex, total: codes.length });
      await new Promise((resolve) => setTimeout(resolve, step.waitSeconds * 1000));
    }
    fromIndex = step.nextIndex;
  }
}

/**
 * The documents the last generation made, shown until the next one, across redraws of the tab:
 * a mentee's own copy is linked nowhere else.
 */
let madeNow: { name: string; url: string }[] = [];

function madeNowList(ctx: ViewContext): HTMLElement | string {
  const items = madeNow
    .map((doc) => ({ ...doc, href: documentHref(doc.url) }))
    .filter((doc) => doc.href)
    .map((doc) => h('li', {}, h('a', { href: doc.href!, target: '_blank', rel: 'noopener' }, doc.name)));
  return items.length ? h('div', { id: 'documents-made' }, h('h3', {}, ctx.t('documents.madeNow')), h('ul', { class: 'plain' }, ...items)) : '';
}

/** A run of text with its emphasis, as text nodes inside <strong>, <em>, <u>: never markup. */
function spanNode(span: Span): Node {
  let node: Node = document.createTextNode(span.text);
  if (span.underline) node = h('u', {}, node);
  if (span.italic) node = h('em', {}, node);
  if (span.bold) node = h('strong', {}, node);
  return node;
}

/** A cell's or paragraph's spans; the newlines between a cell's paragraphs become line breaks. */
function spansNodes(spans: readonly Span[]): Node[] {
  const nodes: Node[] = [];
  for (const span of spans) {
    span.text.split('\n').forEach((part, i) => {
      if (i > 0) nodes.push(h('br'));
      if (part) nodes.push(spanNode({ ...span, text: part }));
    });
  }
  return nodes;
}

const HEADING_STYLES = new Set(['TITLE', 'HEADING1', 'HEADING2', 'HEADING3', 'HEADING4', 'HEADING5', 'HEADING6']);

function previewBlock(block: PreviewBlock): HTMLElement {
  if (block.kind === 'paragraph') {
    const node = HEADING_STYLES.has(block.heading) ? h('h4', { class: 'doc-preview-heading' }) : h('p', {});
    node.setAttribute('dir', 'auto');
    const nodes = spansNodes(block.spans);
    if (nodes.length) node.append(...nodes);
    else node.append(h('br'));
    return node;
  }
  return h(
    'table',
    { class: 'doc-preview-table' },
    h('tbody', {}, ...block.rows.map((row) => h('tr', {}, ...row.map((cell) => h('td', { dir: 'auto' }, ...spansNodes(cell)))))),
  );
}

/** The filled document drawn as Docs lays it out: header, body with headings, bold and bordered tables, footer. */
function previewView(ctx: ViewContext, result: Preview): HTMLElement {
  const { t } = ctx;
  const part = (blocks: PreviewBlock[], className: string, label?: string) =>
    blocks.length ? h('div', { class: className, ...(label ? { role: 'group', 'aria-label': label } : {}) }, ...blocks.map(previewBlock)) : '';
  return h(
    'div',
    { id: 'document-preview' },
    result.unknown.length ? h('div', { class: 'notice warning' }, t('documents.unknown', { names: result.unknown.join(', ') })) : '',
    result.missing.length ? h('div', { class: 'notice warning' }, t('documents.missing', { names: result.missing.join(', ') })) : '',
    h('h3', {}, t('documents.preview', { code: result.code })),
    h('p', { class: 'hint' }, t('documents.previewTitle', { name: result.name }), ' ', t('documents.previewNote')),
    h(
      'div',
      // The mentee's own copy is in their language, right to left where it is written so.
      { class: 'doc-preview', ...(result.menteeLanguage ? { lang: result.menteeLanguage, dir: direction(result.menteeLanguage) } : {}) },
      part(result.preview.header, 'doc-preview-header', t('documents.previewHeader')),
      part(result.preview.body, 'doc-preview-body'),
      part(result.preview.footer, 'doc-preview-footer', t('documents.previewFooter')),
    ),
  );
}

/** What a pair is called in the list: its code, then the first names a coordinator knows them by. */
function pairLabel(ctx: ViewContext, pair: Pair): Node[] {
  const names =
    pair.mentorFirstName || pair.menteeFirstName
      ? h('span', { class: 'muted-inline' }, ctx.t('documents.pairNames', { mentor: pair.mentorFirstName || '—', mentee: pair.menteeFirstName || '—' }))
      : '';
  return [h('strong', {}, pair.code), document.createTextNode(` · ${ctx.choice('pairStatus', pair.status)} `), ...(names ? [h('br'), names] : [])];
}

/**
 * The pair list for a programme of any size: a search box (code or first name) and a status filter
 * narrow it in place, the counts say how many are shown and ticked. Ticks survive filtering.
 */
function pairPicker(ctx: ViewContext, overview: Overview, linkFor: (pair: Pair) => HTMLElement | string) {
  const { t } = ctx;
  const boxes = overview.pairs.map((p) => h('input', { type: 'checkbox', value: p.code, 'data-pair': p.code, 'data-keep': `pair:${p.code}` }));
  const slots = overview.pairs.map(() => h('div', {}));
  const items = overview.pairs.map((p, i) => h('li', {}, h('label', { class: 'inline' }, boxes[i]!, ...pairLabel(ctx, p)), slots[i]!));
  const find = h('input', { type: 'search', id: 'document-find', placeholder: t('documents.findHint'), 'data-keep': 'off', autocomplete: 'off' });
  const statuses = [...new Set(overview.pairs.map((p) => p.status))];
  const status = h(
    'select',
    { id: 'document-status', 'data-keep': 'off' },
    h('option', { value: '' }, t('documents.allStatuses')),
    ...statuses.map((s) => h('option', { value: s }, ctx.choice('pairStatus', s))),
  );
  const counts = h('p', { class: 'hint', id: 'document-counts' });
  const noMatch = h('p', { class: 'hint', hidden: true }, t('documents.noMatch'));
  // The same matching as every filter box (sidebar/filterMatch.ts): "amina p-0003" finds the pair, accents aside.
  const visible = (p: Pair, typed: TextFilter) =>
    (!status.value || p.status === status.value) && typed.matches(`${p.code} ${p.mentorFirstName} ${p.menteeFirstName}`);
  const update = () => {
    let shown = 0;
    const typed = textFilter(find.value);
    overview.pairs.forEach((p, i) => {
      const show = visible(p, typed);
      items[i]!.hidden = !show;
      if (show) shown++;
    });
    noMatch.hidden = shown > 0;
    counts.textContent = `${t('documents.shown', { shown, total: overview.pairs.length })} · ${t('documents.ticked', { count: selected().length })}`;
  };
  const selected = () => boxes.filter((b) => b.checked).map((b) => b.value);
  const showLinks = () => {
    overview.pairs.forEach((p, i) => {
      slots[i]!.replaceChildren(linkFor(p));
    });
  };
  on(find, 'input', update);
  on(status, 'change', update);
  for (const box of boxes) on(box, 'change', update);
  const tickShown = on(h('button', { class: 'button', type: 'button', id: 'tick-shown' }, t('documents.tickShown')), 'click', () => {
    const typed = textFilter(find.value);
    overview.pairs.forEach((p, i) => {
      if (visible(p, typed)) boxes[i]!.checked = true;
    });
    update();
  });
  const untick = on(h('button', { class: 'button', type: 'button', id: 'untick-all' }, t('documents.untickAll')), 'click', () => {
    for (const box of boxes) box.checked = false;
    update();
  });
  // The shell puts remembered ticks back after the first draw; count them once it has.
  queueMicrotask(update);
  showLinks();
  update();
  const node = h(
    'div',
    {},
    h('p', { class: 'hint' }, t('documents.pairsHelp')),
    h('label', { for: 'document-find' }, t('documents.find')),
    find,
    h('label', { for: 'document-status' }, t('documents.status')),
    status,
    counts,
    h('div', { class: 'buttons' }, tickShown, untick),
    h('ul', { class: 'plain', id: 'document-pairs' }, ...items),
    noMatch,
  );
  return { node, selected, showLinks, update };
}

/** Documents: templates, a preview of the filled document, generation for the chosen pairs with progress, sharing. */
export function documentsView(ctx: ViewContext): HTMLElement {
  const { t } = ctx;
  const body = h('div', {}, loadingNote(t));
  const section = h('section', { class: 'section', 'aria-labelledby': 'documents-title' }, h('h2', { id: 'documents-title' }, t('documents.title')), body);

  const templatesList = (overview: Overview) =>
    h(
      'ul',
      { class: 'plain', id: 'templates' },
      ...overview.templates.map((tpl) => {
        const href = documentHref(tpl.url);
        return h(
          'li',
          {},
          t(`documents.kind.${tpl.kind}` as never),
          ' ',
          href ? h('a', { href, target: '_blank', rel: 'noopener' }, t('documents.open')) : '—',
        );
      }),
    );

  const draw = (first: Overview) => {
    let overview = first;
    let templates = templatesList(overview);
    const quota = h('p', { class: 'hint' }, t('documents.quotaLeft', { left: overview.remainingToday, quota: overview.dailyQuota }));
    const made = h('div', {}, madeNowList(ctx));
    const report = h('div', { id: 'document-report' });
    const kind = h('select', { id: 'document-kind' });
    for (const k of overview.kinds) kind.append(h('option', { value: k }, t(`documents.kind.${k}` as never)));
    // The IIP can also be made as the mentee's own copy, in their language.
    const copyLanguage = h(
      'select',
      { id: 'document-copy-language' },
      h('option', { value: '' }, t('documents.copyProgramme')),
      ...NEWCOMER_LANGUAGES.map((code) => h('option', { value: code, lang: code, dir: direction(code) }, endonym(code))),
    );
    const copyField = h('div', { hidden: kind.value !== 'iip' }, h('label', { for: 'document-copy-language' }, t('documents.copyLanguage')), copyLanguage);
    // The pairs as last read, by code: their links change after a generation, the list drawn stays.
    const byCode = (o: Overview) => new Map(o.pairs.map((x) => [x.code, x]));
    let latest = byCode(overview);
    const linkFor = (p: Pair) => {
      const link = documentHref((latest.get(p.code) ?? p).links[kind.value as Kind]);
      if (!link) return '';
      const share = on(h('button', { class: 'button', type: 'button', 'data-share': p.code }, t('documents.share')), 'click', async () => {
        await attempt(ctx, async () => {
          const result = await call('shareDocument', { code: p.code, kind: kind.value as Kind });
          ctx.notify('ok', t(result.invited ? 'documents.sharedInvited' : 'documents.shared'));
        });
      });
      return h('div', {}, h('a', { href: link, target: '_blank', rel: 'noopener' }, t('documents.open')), ' ', share);
    };
    const picker = pairPicker(ctx, overview, linkFor);
    /** After templates or documents were made: the lists and links change in place, ticks and focus stay. */
    const reload = async () => {
      overview = await call('getDocumentsOverview');
      latest = byCode(overview);
      const next = templatesList(overview);
      templates.replaceWith(next);
      templates = next;
      quota.textContent = t('documents.quotaLeft', { left: overview.remainingToday, quota: overview.dailyQuota });
      made.replaceChildren(madeNowList(ctx));
      picker.showLinks();
    };
    on(kind, 'change', () => {
      copyField.hidden = kind.value !== 'iip';
      picker.showLinks();
    });
    const create = on(h('button', { class: 'button', type: 'button', id: 'create-templates' }, t('documents.createTemplates')), 'click', async () => {
      await attempt(ctx, async () => {
        await call('createTemplates');
        await reload();
      });
    });
    const check = on(h('button', { class: 'button', type: 'button', id: 'check-template' }, t('documents.check')), 'click', async () => {
      const code = picker.selected()[0];
      if (!code) {
        ctx.notify('warning', t('documents.previewNothingSelected'));
        return;
      }
      await attempt(ctx, async () => {
        // The copy asked for is the one previewed: the mentee's own, when a language is chosen for the IIP.
        const menteeLanguage = kind.value === 'iip' && copyLanguage.value ? copyLanguage.value : null;
        const result = await call('checkTemplate', { kind: kind.value as Kind, code, menteeLanguage: menteeLanguage as never });
        report.replaceChildren(previewView(ctx, result));
        if (result.createdTemplates.length || result.createdMenteeTemplate) {
          ctx.notify('ok', t('documents.templatesCreated'));
          await reload();
        }
      });
    });
    const generate = on(h('button', { class: 'button action', type: 'button', id: 'generate' }, t('documents.generate')), 'click', async () => {
      const codes = picker.selected();
      if (!codes.length) {
        ctx.notify('warning', t('documents.nothingSelected'));
        return;
      }
      const bar = h('progress', { max: codes.length, value: 0, 'aria-labelledby': 'document-progress' });
      // Not a live region: the sidebar has one, the message, which says when it is done.
      const label = h('span', { id: 'document-progress', class: 'progress' }, t('documents.generating', { done: 0, total: codes.length }));
      report.replaceChildren(bar, label);
      try {
        const menteeLanguage = kind.value === 'iip' && copyLanguage.value ? copyLanguage.value : null;
        const generated = await generateInSteps(ctx, { kind: kind.value as Kind, menteeLanguage }, codes, bar, label);
        if (!generated) return;
        madeNow = generated.links.map((l) => ({ name: l.name, url: l.url }));
        await reload();
        if (generated.skipped.length) ctx.notify('warning', t('documents.noConsent', { codes: generated.skipped.join(', ') }));
        else ctx.notify('ok', t('documents.generated', { count: generated.links.length }));
      } catch (error) {
        ctx.notify('error', (error as Error).message);
      }
    });
    body.replaceChildren(
      h('p', { class: 'hint' }, t('documents.templatesHelp')),
      h('label', { for: 'document-kind' }, t('documents.kind')),
      kind,
      copyField,
      h('h3', {}, t('documents.pairs')),
      overview.pairs.length ? picker.node : h('p', {}, t('documents.noPairs')),
      quota,
      h('div', { class: 'buttons' }, check, generate),
      report,
      made,
      h('h3', {}, t('documents.templates')),
      templates,
      h('div', { class: 'buttons' }, create),
    );
  };
  void call('getDocumentsOverview')
    .then(draw)
    .catch((error: Error) => body.replaceChildren(loadProblem(error.message)));
  return section;
}
