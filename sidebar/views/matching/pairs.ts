import { attempt, type ViewContext } from '../../context';
import { h, on } from '../../dom';
import { whenFirstOpened } from '../../lazy';
import { TEXT_LIMITS } from '../../../src/core/inputLimits';
import { limitText, withinLimits } from '../../limits';
import { type ApiResult, call } from '../../rpc';

type Overview = ApiResult<'getMatchingOverview'>;
type Pair = Overview['pairs'][number];

/** A pair's editor: its lifecycle (proposed, accepted or declined, introduced, active, closed) and the proposal message. */
function pairEditor(ctx: ViewContext, pair: Pair, statuses: readonly string[], done: () => void): Node[] {
  const { t, choice } = ctx;
  const select = h('select', { 'aria-label': t('matching.status') });
  for (const status of statuses) select.append(h('option', { value: status, selected: status === pair.status }, choice('pairStatus', status)));
  const reason = h('input', { type: 'text', placeholder: t('matching.statusReason'), 'aria-label': t('matching.statusReason') });
  const reasonField = limitText(ctx, reason, TEXT_LIMITS.statusReason);
  const message = h('textarea', { rows: 10, readonly: true, hidden: true, 'aria-label': t('matching.proposalMessage') });
  const save = on(h('button', { class: 'button action', type: 'button' }, t('matching.saveStatus')), 'click', async () => {
    if (!withinLimits(ctx, reasonField)) return;
    await attempt(ctx, async () => {
      const result = await call('updatePairStatus', { code: pair.code, status: select.value, reason: reason.value });
      ctx.notify('ok', t('matching.statusSaved', { code: result.code, status: choice('pairStatus', result.status) }));
      done();
    });
  });
  const proposal = on(h('button', { class: 'button', type: 'button' }, t('matching.proposalMessage')), 'click', async () => {
    await attempt(ctx, async () => {
      const { subject, body } = await call('getProposalMessage', { code: pair.code });
      message.value = `${subject}\n\n${body}`;
      message.hidden = false;
    });
  });
  return [h('label', {}, t('matching.status')), select, reasonField, h('div', { class: 'buttons' }, save, proposal), message];
}

function pairItem(ctx: ViewContext, pair: Pair, statuses: readonly string[], done: () => void): HTMLElement {
  const summary = h('summary', {}, h('strong', {}, pair.code), ` ${pair.menteeName} – ${pair.mentorName} · ${ctx.choice('pairStatus', pair.status)}`);
  // Its controls are built when it is first opened (sidebar/lazy.ts): hundreds of pairs, few of them opened.
  const details = h('details', {}, summary);
  whenFirstOpened(details, () => {
    details.append(...pairEditor(ctx, pair, statuses, done));
  });
  return h('li', { 'data-pair': pair.code }, details);
}

export function pairsSection(ctx: ViewContext, overview: Overview, done: () => void): HTMLElement {
  const section = h('details', { class: 'group', id: 'pairs' }, h('summary', {}, ctx.t('matching.pairs', { count: overview.pairs.length })));
  return whenFirstOpened(section, () => {
    section.append(h('ul', { class: 'plain' }, ...overview.pairs.map((p) => pairItem(ctx, p, overview.statuses, done))));
  });
}
