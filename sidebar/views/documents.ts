import { direction, endonym, NEWCOMER_LANGUAGES } from '../../src/core/i18n/languages';
import { attempt, type ViewContext } from '../context';
import { h, on } from '../dom';
import { documentHref } from '../links';
import { type ApiResult, call } from '../rpc';

type Overview = ApiResult<'getDocumentsOverview'>;
type Kind = Overview['kinds'][number];

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

/** Documents: templates, a check with a preview, generation for the chosen pairs with progress, sharing. */
export function documentsView(ctx: ViewContext): HTMLElement {
  const { t } = ctx;
  const body = h('div', {}, h('p', { class: 'hint' }, t('common.loading')));
  const section = h('section', { class: 'section', 'aria-labelledby': 'documents-title' }, h('h2', { id: 'documents-title' }, t('documents.title')), body);

  // The kind chosen survives the redraw that shows its links.
  let chosenKind: string | null = null;
  const draw = (overview: Overview) => {
    const templates = h(
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
    const create = on(h('button', { class: 'button', type: 'button', id: 'create-templates' }, t('documents.createTemplates')), 'click', async () => {
      await attempt(ctx, async () => {
        draw(await call('createTemplates'));
      });
    });
    const kind = h('select', { id: 'document-kind' });
    for (const k of overview.kinds) kind.append(h('option', { value: k }, t(`documents.kind.${k}` as never)));
    if (chosenKind) kind.value = chosenKind;
    // The IIP can also be made as the mentee's own copy, in their language.
    const copyLanguage = h(
      'select',
      { id: 'document-copy-language' },
      h('option', { value: '' }, t('documents.copyProgramme')),
      ...NEWCOMER_LANGUAGES.map((code) => h('option', { value: code, lang: code, dir: direction(code) }, endonym(code))),
    );
    const copyField = h('div', { hidden: kind.value !== 'iip' }, h('label', { for: 'document-copy-language' }, t('documents.copyLanguage')), copyLanguage);
    const boxes = overview.pairs.map((p) => h('input', { type: 'checkbox', value: p.code, 'data-pair': p.code }));
    const report = h('div', { id: 'document-report' });
    const selected = () => boxes.filter((b) => b.checked).map((b) => b.value);
    const check = on(h('button', { class: 'button', type: 'button', id: 'check-template' }, t('documents.check')), 'click', async () => {
      const code = selected()[0] ?? overview.pairs[0]?.code;
      if (!code) return;
      await attempt(ctx, async () => {
        const result = await call('checkTemplate', { kind: kind.value as Kind, code });
        report.replaceChildren(
          result.unknown.length ? h('div', { class: 'notice warning' }, t('documents.unknown', { names: result.unknown.join(', ') })) : '',
          result.missing.length ? h('div', { class: 'notice warning' }, t('documents.missing', { names: result.missing.join(', ') })) : '',
          !result.unknown.length && !result.missing.length ? h('div', { class: 'notice ok' }, t('documents.checkOk')) : '',
          h('h4', {}, t('documents.preview', { code })),
          h('pre', { class: 'preview' }, result.preview),
        );
      });
    });
    const generate = on(h('button', { class: 'button action', type: 'button', id: 'generate' }, t('documents.generate')), 'click', async () => {
      const codes = selected();
      if (!codes.length) return;
      const bar = h('progress', { max: codes.length, value: 0 });
      const label = h('span', { role: 'status' }, t('documents.generating', { done: 0, total: codes.length }));
      report.replaceChildren(bar, label);
      try {
        const menteeLanguage = kind.value === 'iip' && copyLanguage.value ? copyLanguage.value : null;
        const generated = await generateInSteps(ctx, { kind: kind.value as Kind, menteeLanguage }, codes, bar, label);
        if (!generated) return;
        madeNow = generated.links.map((l) => ({ name: l.name, url: l.url }));
        if (generated.skipped.length) ctx.notify('warning', t('documents.noConsent', { codes: generated.skipped.join(', ') }));
        else ctx.notify('ok', t('documents.generated', { count: generated.links.length }));
        // A message no longer redraws the tab: draw again for the new links.
        refresh();
      } catch (error) {
        ctx.notify('error', (error as Error).message);
      }
    });
    const pairItems = overview.pairs.map((p, i) => {
      const link = documentHref(p.links[kind.value as Kind]);
      const share = on(h('button', { class: 'button', type: 'button', 'data-share': p.code }, t('documents.share')), 'click', async () => {
        await attempt(ctx, async () => {
          const result = await call('shareDocument', { code: p.code, kind: kind.value as Kind });
          ctx.notify('ok', t(result.invited ? 'documents.sharedInvited' : 'documents.shared'));
        });
      });
      return h(
        'li',
        {},
        h('label', { class: 'inline' }, boxes[i]!, ` ${p.code} · ${ctx.choice('pairStatus', p.status)}`),
        link ? h('div', {}, h('a', { href: link, target: '_blank', rel: 'noopener' }, t('documents.open')), ' ', share) : '',
      );
    });
    on(kind, 'change', () => {
      chosenKind = kind.value;
      draw(overview);
    });
    body.replaceChildren(
      h('h3', {}, t('documents.templates')),
      h('p', { class: 'hint' }, t('documents.templatesHelp')),
      templates,
      h('div', { class: 'buttons' }, create),
      h('label', { for: 'document-kind' }, t('documents.kind')),
      kind,
      copyField,
      h('h3', {}, t('documents.pairs')),
      overview.pairs.length ? h('ul', { class: 'plain', id: 'document-pairs' }, ...pairItems) : h('p', {}, t('documents.noPairs')),
      h('p', { class: 'hint' }, t('documents.quotaLeft', { left: overview.remainingToday, quota: overview.dailyQuota })),
      h('div', { class: 'buttons' }, check, generate),
      report,
      madeNowList(ctx),
    );
  };
  const refresh = () =>
    void call('getDocumentsOverview')
      .then(draw)
      .catch((error: Error) => body.replaceChildren(h('div', { class: 'notice warning', role: 'alert' }, error.message)));
  refresh();
  return section;
}
