import { direction, endonym, NEWCOMER_LANGUAGES } from '../../../src/core/i18n/languages';
import { attempt, type ViewContext } from '../../context';
import { h, on } from '../../dom';
import { type ApiResult, call } from '../../rpc';
import { applicantsSection } from './applicants';
import { mappingEditor } from './mappingEditor';

type Overview = ApiResult<'getIntakeOverview'>;
type ResponseSheet = Overview['responseSheets'][number];

/** Imports a response sheet chunk by chunk (each call stays well under 30 s), with a progress bar. */
async function importSheet(ctx: ViewContext, sheet: ResponseSheet, progress: HTMLElement): Promise<void> {
  const { t } = ctx;
  const bar = h('progress', { max: 1, value: 0 });
  const label = h('span', { role: 'status' }, t('intake.importing', { done: 0, total: sheet.responses }));
  progress.replaceChildren(bar, label);
  const totals = { created: 0, updated: 0, unchanged: 0, withProblems: 0 };
  let fromRow = 2;
  for (;;) {
    const step = await call('importResponses', { sheetId: sheet.sheetId, fromRow });
    totals.created += step.result.created;
    totals.updated += step.result.updated;
    totals.unchanged += step.result.unchanged;
    totals.withProblems += step.result.withProblems;
    const total = Math.max(1, step.lastRow - 1);
    const done = Math.min(total, step.nextRow - 2);
    bar.max = total;
    bar.value = done;
    label.textContent = t('intake.importing', { done, total });
    if (step.done) break;
    fromRow = step.nextRow;
  }
  ctx.notify('ok', t('intake.imported', totals));
}

function responseSheetItem(
  ctx: ViewContext,
  sheet: ResponseSheet,
  actions: { map: (s: ResponseSheet) => void; reload: () => void },
  isCoordinator: boolean,
): HTMLElement {
  const { t } = ctx;
  const progress = h('div', { class: 'progress' });
  // Importing writes sensitive answers: only a coordinator may (the notice at the top says why).
  const importButton = h(
    'button',
    { class: 'button action', type: 'button', 'data-import': sheet.name, disabled: !sheet.kind || !isCoordinator },
    t('intake.importButton'),
  );
  on(importButton, 'click', async () => {
    importButton.disabled = true;
    const imported = await attempt(ctx, async () => {
      await importSheet(ctx, sheet, progress);
    });
    // The counts, problems and applicants changed; a message no longer redraws the tab.
    if (imported) actions.reload();
    else importButton.disabled = false;
  });
  return h(
    'li',
    { class: 'card' },
    h('strong', {}, sheet.name),
    h('div', {}, sheet.kind ? t(`kind.${sheet.kind}` as never) : h('span', { class: 'badge warn' }, t('intake.notMapped'))),
    h('div', { class: 'hint' }, t('intake.sheetSummary', { responses: sheet.responses, notImported: sheet.notImported })),
    sheet.pendingQuestions.length ? h('div', { class: 'notice warning' }, t('intake.pendingQuestions', { questions: sheet.pendingQuestions.join(', ') })) : '',
    h(
      'div',
      { class: 'buttons' },
      on(h('button', { class: 'button', type: 'button', 'data-map': sheet.name }, t('intake.mapButton')), 'click', () => actions.map(sheet)),
      importButton,
    ),
    progress,
  );
}

function ingestionSection(ctx: ViewContext, overview: Overview, reload: () => void): HTMLElement {
  const { t } = ctx;
  const status = overview.ingestion;
  const owner = status.owner || '—';
  const forOther = overview.isCoordinator ? 'intake.automaticOnForOther' : 'intake.automaticOnForOtherOnly';
  const text = status.installedForMe ? t('intake.automaticOn', { owner }) : status.owner ? t(forOther, { owner }) : t('intake.automaticOff');
  const button = status.installedForMe
    ? ''
    : on(
        h('button', { class: 'button action', type: 'button', id: 'ingestion-on', disabled: !overview.isCoordinator }, t('intake.turnOn')),
        'click',
        async () => {
          await attempt(ctx, async () => {
            await call('installIngestion');
            reload();
          });
        },
      );
  // Focusable as a whole (tabindex -1, not in the tab order): Home's desk leads here.
  return h(
    'div',
    { class: 'card', id: 'automatic-import', tabindex: -1, 'aria-labelledby': 'automatic-import-title' },
    h('h3', { id: 'automatic-import-title' }, t('intake.automatic')),
    h('p', { id: 'ingestion-status' }, text),
    status.failures.length ? h('div', { class: 'notice warning' }, t('intake.failures', { count: status.failures.length })) : '',
    status.failures.some((f) => f.reason === 'notCoordinator')
      ? h('div', { class: 'notice warning', id: 'owner-not-coordinator' }, t('intake.ownerNotCoordinator', { owner }))
      : '',
    button,
  );
}

function problemsSection(ctx: ViewContext, overview: Overview): HTMLElement {
  const { t } = ctx;
  const items = overview.problems.map((p) =>
    h(
      'li',
      {},
      h('strong', {}, [p.id, p.name].filter(Boolean).join(' · ') || p.sheet),
      h('div', { class: 'problem-text' }, p.text),
      h('div', { class: 'hint' }, p.fix),
    ),
  );
  return h(
    'details',
    { class: 'group', id: 'intake-problems-group', open: overview.problems.length > 0 },
    h('summary', {}, t('intake.problems', { count: overview.problems.length })),
    items.length ? h('ul', { class: 'plain', id: 'intake-problems' }, ...items) : h('p', {}, t('intake.noProblems')),
  );
}

function standardFormsSection(ctx: ViewContext, overview: Overview, reload: () => void): HTMLElement {
  const { t } = ctx;
  const boxes = overview.kinds.map((kind) => h('input', { type: 'checkbox', value: kind, id: `form-${kind}` }));
  // Each language named in itself, so a coordinator finds the mentee's language whatever the sidebar speaks.
  const second = h(
    'select',
    { id: 'form-second-language' },
    h('option', { value: '' }, t('intake.secondLanguageNone')),
    ...NEWCOMER_LANGUAGES.map((code) => h('option', { value: code, lang: code, dir: direction(code) }, endonym(code))),
  );
  const create = on(h('button', { class: 'button', type: 'button', id: 'create-forms' }, t('intake.createForms')), 'click', async () => {
    const kinds = boxes.filter((b) => b.checked).map((b) => b.value);
    if (kinds.length === 0) return;
    await attempt(ctx, async () => {
      const created = await call('createStandardForms', { kinds: kinds as never, secondLanguage: (second.value || null) as never });
      const names = (status: string[], name: (f: (typeof created)[number]) => string) =>
        created
          .filter((f) => status.includes(f.status))
          .map(name)
          .join(', ');
      // A form whose response sheet Google has not added yet is named, with what to do: nothing is lost or made twice.
      const lines = [
        [names(['created', 'linked'], (f) => f.sheetName ?? f.title), 'intake.formsCreated'],
        [names(['existing'], (f) => f.sheetName ?? f.title), 'intake.formsExisting'],
        [names(['waiting'], (f) => f.title), 'intake.formsWaiting'],
      ] as const;
      const waiting = created.some((f) => f.status === 'waiting');
      ctx.notify(
        waiting ? 'warning' : 'ok',
        lines
          .filter(([list]) => list)
          .map(([list, key]) => t(key, { names: list }))
          .join(' '),
      );
      reload();
    });
  });
  return h(
    'details',
    { class: 'group', id: 'standard-forms' },
    h('summary', {}, t('intake.standardForms')),
    h('p', { class: 'hint' }, t('intake.standardFormsHelp')),
    h(
      'ul',
      { class: 'plain' },
      ...overview.kinds.map((kind, i) => h('li', {}, h('label', { class: 'inline', for: `form-${kind}` }, boxes[i]!, ` ${t(`kind.${kind}` as never)}`))),
    ),
    create,
  );
}

/** Intake: counts, automatic import, response sheets with mapping and import, problems, applicants, standard forms. */
export function intakeView(ctx: ViewContext): HTMLElement {
  const { t } = ctx;
  const body = h('div', {}, h('p', { class: 'hint' }, t('common.loading')));
  const section = h('section', { class: 'section', 'aria-labelledby': 'intake-title' }, h('h2', { id: 'intake-title' }, t('intake.title')), body);

  const reload = async () => {
    try {
      draw(await call('getIntakeOverview'));
    } catch (error) {
      body.replaceChildren(h('div', { class: 'notice error', role: 'alert' }, (error as Error).message));
    }
  };
  const openMapping = async (overview: Overview, sheet: ResponseSheet) => {
    await attempt(ctx, async () => {
      const proposal = await call('proposeMapping', { sheetId: sheet.sheetId });
      body.replaceChildren(
        mappingEditor(
          ctx,
          proposal,
          overview.kinds,
          (message) => {
            ctx.notify('ok', message);
            void reload();
          },
          () => draw(overview),
        ),
      );
    });
  };
  const draw = (overview: Overview) => {
    if (!overview.setUp) {
      body.replaceChildren(h('div', { class: 'notice warning' }, t('intake.notSetUp')));
      return;
    }
    const counts = h('dl', { class: 'counts' }, ...overview.counts.flatMap((c) => [h('dt', {}, c.sheet), h('dd', {}, String(c.records))]));
    const sheets = overview.responseSheets.length
      ? h(
          'ul',
          { class: 'plain', id: 'response-sheets', tabindex: -1, 'aria-labelledby': 'response-sheets-title' },
          ...overview.responseSheets.map((s) =>
            responseSheetItem(ctx, s, { map: (sheet) => void openMapping(overview, sheet), reload: () => void reload() }, overview.isCoordinator),
          ),
        )
      : h('p', {}, t('intake.noResponseSheets'));
    body.replaceChildren(
      // Said before a click rather than after: import, automatic import and erasure need a coordinator.
      overview.isCoordinator ? '' : h('div', { class: 'notice warning', id: 'not-coordinator' }, t('privacy.notCoordinatorHere')),
      h('div', { class: 'card' }, h('h3', {}, t('intake.counts')), counts),
      ingestionSection(ctx, overview, () => void reload()),
      h('h3', { id: 'response-sheets-title' }, t('intake.responseSheets')),
      sheets,
      problemsSection(ctx, overview),
      applicantsSection(ctx, overview, () => void reload()),
      standardFormsSection(ctx, overview, () => void reload()),
    );
  };
  void reload();
  return section;
}
