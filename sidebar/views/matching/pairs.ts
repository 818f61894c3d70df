import { attempt, type ViewContext } from '../../context';
import { h, on } from '../../dom';
import { type ApiResult, call } from '../../rpc';

type Overview = ApiResult<'getMatchingOverview'>;
type Pair = Overview['pairs'][number];

/** A pair's lifecycle: proposed, accepted or declined, introduced, active, closed. */
function pairItem(ctx: ViewContext, pair: Pair, statuses: readonly string[], done: () => void): HTMLElement {
  const { t, choice } = ctx;
  const select = h('select', { 'aria-label': t('matching.status') });
  for (const status of statuses) select.append(h('option', { value: status, selected: status === pair.status }, choice('pairStatus', status)));
  const reason = h('input', { type: 'text', placeholder: t('matching.statusReason'), 'aria-label': t('matching.statusReason'), maxlength: 2000 });
  const message = h('textarea', { rows: 10, readonly: true, hidden: true, 'aria-label': t('matching.proposalMessage') });
  const save = on(h('button', { class: 'button action', type: 'button' }, t('matching.saveStatus')), 'click', async () => {
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
  return h(
    'li',
    { 'data-pair': pair.code },
    h(
      'details',
      {},
      h('summary', {}, h('strong', {}, pair.code), ` ${pair.menteeName} – ${pair.mentorName} · ${choice('pairStatus', pair.status)}`),
      h('label', {}, t('matching.status')),
      select,
      reason,
      h('div', { class: 'buttons' }, save, proposal),
      message,
    ),
  );
}

export function pairsSection(ctx: ViewContext, overview: Overview, done: () => void): HTMLElement {
  return h(
    'details',
    { class: 'group', id: 'pairs' },
    h('summary', {}, ctx.t('matching.pairs', { count: overview.pairs.length })),
    h('ul', { class: 'plain' }, ...overview.pairs.map((p) => pairItem(ctx, p, overview.statuses, done))),
  );
}
