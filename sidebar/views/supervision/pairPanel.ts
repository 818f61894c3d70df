import type { MessageKey } from '../../../src/core/i18n/en/messages';
import { attempt, type ViewContext } from '../../context';
import { h, idPart, on } from '../../dom';
import { type ApiResult, call } from '../../rpc';
import { TEXT_LIMITS } from '../../../src/core/inputLimits';
import { groupChecklist } from '../../../src/core/supervision/grouping';
import { limitText, withinLimits } from '../../limits';
import { outreachSection } from './outreach';

type PairView = ApiResult<'getPairSupervision'>;
type Item = PairView['checklist'][number];

function checklistItem(ctx: ViewContext, view: PairView, item: Item, reload: () => void, actedOn: Set<string>): HTMLElement {
  const box = h('input', { type: 'checkbox', checked: item.done, disabled: item.doneBy === 'data', 'data-item': item.id });
  on(box, 'change', async () => {
    actedOn.add(item.phase);
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
}

/**
 * The checklist by phase, each with "done of total" and its late items counted; the phase the
 * pair is in is open, and so is a phase the coordinator just ticked in, so the redraw after a
 * tick does not hide the box just ticked.
 */
function checklistSection(ctx: ViewContext, view: PairView, reload: () => void, actedOn: Set<string>): HTMLElement {
  const { t } = ctx;
  const groups = groupChecklist(view.checklist).map((g) =>
    h(
      'details',
      { class: 'group phase', id: `checklist-${g.phase}`, open: g.current || actedOn.has(g.phase) },
      h(
        'summary',
        {},
        t('supervision.phaseCount', { phase: t(`supervision.phase.${g.phase}`), done: g.done, total: g.total }),
        g.late ? h('span', { class: 'badge warn' }, t('supervision.lateCount', { count: g.late })) : '',
      ),
      h('ul', { class: 'plain checklist' }, ...g.items.map((item) => checklistItem(ctx, view, item, reload, actedOn))),
    ),
  );
  const done = view.checklist.filter((i) => i.done).length;
  return h(
    'details',
    { class: 'group', id: 'checklist' },
    h('summary', {}, t('supervision.phaseCount', { phase: t('supervision.checklist'), done, total: view.checklist.length })),
    ...groups,
  );
}

function warningsSection(ctx: ViewContext, view: PairView, reload: () => void): HTMLElement {
  const { t } = ctx;
  const items = view.warnings.map((w) => {
    const note = h('input', { type: 'text', id: `ack-note-${idPart(w.id)}`, placeholder: t('supervision.ackNote'), 'aria-label': t('supervision.ackNote') });
    const ack = on(h('button', { class: 'button', type: 'button' }, t('supervision.acknowledge')), 'click', async () => {
      if (!withinLimits(ctx, item)) return;
      await attempt(ctx, async () => {
        await call('acknowledgeWarning', { code: view.code, warningId: w.id, note: note.value });
        ctx.notify('ok', t('supervision.acknowledged'));
        reload();
      });
    });
    const item = h(
      'li',
      { class: `warning u${w.urgency}` },
      h('strong', {}, w.text),
      h('div', { class: 'hint' }, w.action),
      limitText(ctx, note, TEXT_LIMITS.ackNote),
      h('div', { class: 'buttons' }, ack),
    );
    return item;
  });
  return h(
    'details',
    { class: 'group', id: 'warnings', open: items.length > 0 },
    h('summary', {}, t('supervision.warnings', { count: items.length })),
    h('ul', { class: 'plain' }, ...items),
  );
}

/** A field under its visible label, tied to it by the control's id. */
const labelled = (t: ViewContext['t'], id: string, key: MessageKey, field: HTMLElement) => [h('label', { for: id }, t(key)), field];

function logSection(ctx: ViewContext, view: PairView, today: string, reload: () => void): HTMLElement {
  const { t } = ctx;
  const date = h('input', { type: 'date', id: 'log-date', value: today });
  const withWhom = h('input', { type: 'text', id: 'log-with' });
  const kind = h('select', { id: 'log-kind' });
  for (const [value, key] of [
    ['Call', 'supervision.kind.call'],
    ['Meeting', 'supervision.kind.meeting'],
    ['Supervision', 'supervision.kind.supervision'],
    ['Group supervision', 'supervision.kind.group'],
  ] as const)
    kind.append(h('option', { value }, t(key)));
  const topics = h('textarea', { id: 'log-topics', rows: 2 });
  const actions = h('textarea', { id: 'log-actions', rows: 2 });
  const next = h('input', { type: 'date', id: 'log-next' });
  const save = on(h('button', { class: 'button action', type: 'button', id: 'log-save' }, t('supervision.save')), 'click', async () => {
    if (!withinLimits(ctx, section)) return;
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
  const section = h(
    'details',
    { class: 'group', id: 'log' },
    h('summary', {}, t('supervision.log')),
    ...labelled(t, 'log-date', 'supervision.date', date),
    ...labelled(t, 'log-with', 'supervision.withWhom', limitText(ctx, withWhom, TEXT_LIMITS.contactWith)),
    ...labelled(t, 'log-kind', 'supervision.kind', kind),
    ...labelled(t, 'log-topics', 'supervision.topics', limitText(ctx, topics, TEXT_LIMITS.contactTopics)),
    ...labelled(t, 'log-actions', 'supervision.actions', limitText(ctx, actions, TEXT_LIMITS.contactActions)),
    ...labelled(t, 'log-next', 'supervision.nextDate', next),
    h('div', { class: 'buttons' }, save),
  );
  return section;
}

/**
 * One IIP goal's form. Every field has a visible label tied to it (a placeholder disappears once
 * the field is filled), and an id per goal, so a draft survives the redraw after another save.
 */
function goalForm(ctx: ViewContext, view: PairView, reload: () => void, goal?: PairView['goals'][number]): HTMLElement {
  const { t } = ctx;
  const prefix = `goal-${idPart(goal?.goalId ?? 'new')}`;
  const area = h('input', { type: 'text', id: `${prefix}-area`, value: goal?.area ?? '' });
  const text = h('textarea', { rows: 2, id: `${prefix}-goal` });
  text.value = goal?.goal ?? '';
  const steps = h('textarea', { rows: 2, id: `${prefix}-steps` });
  steps.value = goal?.steps ?? '';
  const target = h('input', { type: 'date', id: `${prefix}-target`, value: goal?.targetDate ?? '' });
  const status = h('select', { id: `${prefix}-status` });
  for (const s of view.goalStatuses) status.append(h('option', { value: s, selected: (goal?.status || 'Not started') === s }, ctx.choice('goalStatus', s)));
  const evidence = h('input', { type: 'text', id: `${prefix}-evidence`, value: goal?.evidence ?? '' });
  const card = h('div', { class: 'card goal' });
  const save = on(h('button', { class: 'button action', type: 'button' }, t('supervision.saveGoal')), 'click', async () => {
    if (!withinLimits(ctx, card)) return;
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
  card.append(
    ...labelled(t, area.id, 'supervision.area', limitText(ctx, area, TEXT_LIMITS.goalArea)),
    ...labelled(t, text.id, 'supervision.goal', limitText(ctx, text, TEXT_LIMITS.goalText)),
    ...labelled(t, steps.id, 'supervision.steps', limitText(ctx, steps, TEXT_LIMITS.goalSteps)),
    ...labelled(t, target.id, 'supervision.targetDate', target),
    ...labelled(t, status.id, 'supervision.goalStatus', status),
    ...labelled(t, evidence.id, 'supervision.evidence', limitText(ctx, evidence, TEXT_LIMITS.goalEvidence)),
    goal?.hints.length ? h('p', { class: 'hint' }, goal.hints.join('; ')) : '',
    h('div', { class: 'buttons' }, save),
  );
  return card;
}

function goalsSection(ctx: ViewContext, view: PairView, reload: () => void): HTMLElement {
  const { t } = ctx;
  return h(
    'details',
    { class: 'group', id: 'goals' },
    h('summary', {}, t('supervision.goals', { count: view.goals.length })),
    ...view.goals.map((g) => goalForm(ctx, view, reload, g)),
    h('details', { id: 'goal-new' }, h('summary', {}, t('supervision.addGoal')), goalForm(ctx, view, reload)),
  );
}

export function pairPanel(ctx: ViewContext, view: PairView, today: string, reload: () => void, phasesActedOn: Set<string> = new Set()): HTMLElement {
  return h(
    'div',
    { id: 'pair-panel' },
    warningsSection(ctx, view, reload),
    outreachSection(ctx, view.code),
    checklistSection(ctx, view, reload, phasesActedOn),
    logSection(ctx, view, today, reload),
    goalsSection(ctx, view, reload),
  );
}
