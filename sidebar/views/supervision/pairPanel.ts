import { attempt, type ViewContext } from '../../context';
import { h, on } from '../../dom';
import { type ApiResult, call } from '../../rpc';
import { outreachSection } from './outreach';

type PairView = ApiResult<'getPairSupervision'>;

function checklistSection(ctx: ViewContext, view: PairView, reload: () => void): HTMLElement {
  const items = view.checklist.map((item) => {
    const box = h('input', { type: 'checkbox', checked: item.done, disabled: item.doneBy === 'data', 'data-item': item.id });
    on(box, 'change', async () => {
      await attempt(ctx, async () => {
        await call('setChecklistItem', { code: view.code, itemId: item.id, done: box.checked });
        reload();
      });
    });
    return h(
      'li',
      { class: item.late ? 'late' : '' },
      h('label', { class: 'inline' }, box, ` ${item.text}`),
      item.due ? h('span', { class: item.late ? 'badge warn' : 'badge' }, item.due) : '',
    );
  });
  return h('details', { class: 'group', id: 'checklist' }, h('summary', {}, ctx.t('supervision.checklist')), h('ul', { class: 'plain checklist' }, ...items));
}

function warningsSection(ctx: ViewContext, view: PairView, reload: () => void): HTMLElement {
  const { t } = ctx;
  const items = view.warnings.map((w) => {
    const note = h('input', { type: 'text', placeholder: t('supervision.ackNote'), 'aria-label': t('supervision.ackNote'), maxlength: 2000 });
    const ack = on(h('button', { class: 'button', type: 'button' }, t('supervision.acknowledge')), 'click', async () => {
      await attempt(ctx, async () => {
        await call('acknowledgeWarning', { code: view.code, warningId: w.id, note: note.value });
        ctx.notify('ok', t('supervision.acknowledged'));
        reload();
      });
    });
    return h(
      'li',
      { class: `warning u${w.urgency}` },
      h('strong', {}, w.text),
      h('div', { class: 'hint' }, w.action),
      note,
      h('div', { class: 'buttons' }, ack),
    );
  });
  return h(
    'details',
    { class: 'group', id: 'warnings', open: items.length > 0 },
    h('summary', {}, t('supervision.warnings', { count: items.length })),
    h('ul', { class: 'plain' }, ...items),
  );
}

function logSection(ctx: ViewContext, view: PairView, today: string, reload: () => void): HTMLElement {
  const { t } = ctx;
  const date = h('input', { type: 'date', id: 'log-date', value: today });
  const withWhom = h('input', { type: 'text', id: 'log-with', maxlength: 200 });
  const kind = h('select', { id: 'log-kind' });
  for (const [value, key] of [
    ['Call', 'supervision.kind.call'],
    ['Meeting', 'supervision.kind.meeting'],
    ['Supervision', 'supervision.kind.supervision'],
    ['Group supervision', 'supervision.kind.group'],
  ] as const)
    kind.append(h('option', { value }, t(key)));
  const topics = h('textarea', { id: 'log-topics', rows: 2, maxlength: 5000 });
  const actions = h('textarea', { id: 'log-actions', rows: 2, maxlength: 5000 });
  const next = h('input', { type: 'date', id: 'log-next' });
  const save = on(h('button', { class: 'button action', type: 'button', id: 'log-save' }, t('supervision.save')), 'click', async () => {
    await attempt(ctx, async () => {
      await call('logSupervision', {
        code: view.code,
        date: date.value,
        withWhom: withWhom.value,
        kind: kind.value,
        topics: topics.value,
        actions: actions.value,
        nextDate: next.value,
      });
      ctx.notify('ok', t('supervision.logged', { code: view.code }));
      reload();
    });
  });
  const field = (id: string, key: Parameters<ViewContext['t']>[0], input: HTMLElement) => [h('label', { for: id }, t(key)), input];
  return h(
    'details',
    { class: 'group', id: 'log' },
    h('summary', {}, t('supervision.log')),
    ...field('log-date', 'supervision.date', date),
    ...field('log-with', 'supervision.withWhom', withWhom),
    ...field('log-kind', 'supervision.kind', kind),
    ...field('log-topics', 'supervision.topics', topics),
    ...field('log-actions', 'supervision.actions', actions),
    ...field('log-next', 'supervision.nextDate', next),
    h('div', { class: 'buttons' }, save),
  );
}

function goalsSection(ctx: ViewContext, view: PairView, reload: () => void): HTMLElement {
  const { t } = ctx;
  const form = (goal?: PairView['goals'][number]) => {
    const area = h('input', { type: 'text', value: goal?.area ?? '', 'aria-label': t('supervision.area'), placeholder: t('supervision.area') });
    const text = h('textarea', { rows: 2, 'aria-label': t('supervision.goal'), placeholder: t('supervision.goal') });
    text.value = goal?.goal ?? '';
    const steps = h('textarea', { rows: 2, 'aria-label': t('supervision.steps'), placeholder: t('supervision.steps') });
    steps.value = goal?.steps ?? '';
    const target = h('input', { type: 'date', value: goal?.targetDate ?? '', 'aria-label': t('supervision.targetDate') });
    const status = h('select', { 'aria-label': t('supervision.goalStatus') });
    for (const s of view.goalStatuses) status.append(h('option', { value: s, selected: (goal?.status || 'Not started') === s }, ctx.choice('goalStatus', s)));
    const evidence = h('input', { type: 'text', value: goal?.evidence ?? '', 'aria-label': t('supervision.evidence'), placeholder: t('supervision.evidence') });
    const save = on(h('button', { class: 'button action', type: 'button' }, t('supervision.saveGoal')), 'click', async () => {
      await attempt(ctx, async () => {
        await call('saveGoal', {
          code: view.code,
          goalId: goal?.goalId,
          area: area.value,
          goal: text.value,
          steps: steps.value,
          targetDate: target.value,
          status: status.value,
          evidence: evidence.value,
        });
        ctx.notify('ok', t('supervision.goalSaved'));
        reload();
      });
    });
    return h(
      'div',
      { class: 'card' },
      area,
      text,
      steps,
      target,
      status,
      evidence,
      goal?.hints.length ? h('p', { class: 'hint' }, goal.hints.join('; ')) : '',
      h('div', { class: 'buttons' }, save),
    );
  };
  return h(
    'details',
    { class: 'group', id: 'goals' },
    h('summary', {}, t('supervision.goals', { count: view.goals.length })),
    ...view.goals.map((g) => form(g)),
    h('details', {}, h('summary', {}, t('supervision.addGoal')), form()),
  );
}

export function pairPanel(ctx: ViewContext, view: PairView, today: string, reload: () => void): HTMLElement {
  return h(
    'div',
    { id: 'pair-panel' },
    warningsSection(ctx, view, reload),
    outreachSection(ctx, view.code),
    checklistSection(ctx, view, reload),
    logSection(ctx, view, today, reload),
    goalsSection(ctx, view, reload),
  );
}
