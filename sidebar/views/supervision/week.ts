import type { MessageKey } from '../../../src/core/i18n/en/messages';
import { firstPage, groupByPair, groupByPriority, type Priority } from '../../../src/core/supervision/grouping';
import type { ViewContext } from '../../context';
import { h, idPart, on } from '../../dom';
import { textFilter } from '../../filterMatch';
import { whenFirstOpened } from '../../lazy';
import type { ApiResult } from '../../rpc';

type Week = ApiResult<'getWeekView'>;
type Item = Week['items'][number];

/** Items (or pairs) drawn at a time: enough for a normal week, few enough for a 100-pair programme. */
const WEEK_PAGE = 20;

const PRIORITY_LABEL: Record<Priority, MessageKey> = {
  urgent: 'supervision.priority.urgent',
  important: 'supervision.priority.important',
  soon: 'supervision.priority.soon',
  other: 'supervision.priority.other',
};

function itemRow(ctx: ViewContext, item: Item, showPair: boolean): HTMLElement {
  const { t } = ctx;
  const kindLabel = { late: t('supervision.late'), due: t('supervision.due'), warning: t('supervision.warning') };
  return h(
    'li',
    { class: `week ${item.kind} u${item.urgency}`, 'data-pair': item.pairCode },
    h('span', { class: item.kind === 'due' ? 'badge' : 'badge warn' }, kindLabel[item.kind]),
    ' ',
    showPair ? h('strong', {}, item.pairCode) : '',
    `${showPair ? ' · ' : ''}${item.date} · ${item.text}`,
    item.action ? h('div', { class: 'hint' }, item.action) : '',
  );
}

/** A list drawn a page at a time, with "Show N more" while some are left. */
function pagedList<T>(ctx: ViewContext, list: readonly T[], draw: (entry: T) => HTMLElement, tag: 'ul' | 'div' = 'ul'): HTMLElement[] {
  const container = h(tag, { class: tag === 'ul' ? 'plain week-items' : 'week-pairs' });
  const more = h('div', { class: 'buttons' });
  let shown = 0;
  const next = () => {
    const { visible, left } = firstPage(list.slice(shown), WEEK_PAGE);
    container.append(...visible.map(draw));
    shown += visible.length;
    more.replaceChildren(
      left > 0
        ? on(
            h('button', { class: 'button', type: 'button', 'data-more': 'week' }, ctx.t('supervision.showMore', { count: Math.min(left, WEEK_PAGE) })),
            'click',
            next,
          )
        : '',
    );
  };
  next();
  return [container, more];
}

/** A group whose items are drawn only once it is opened: a hundred pairs draw a hundred lines, not a thousand items. */
function lazyGroup(id: string, summary: (Node | string)[], open: boolean, fill: () => HTMLElement[]): HTMLDetailsElement {
  const details = h('details', { class: 'group week-group', id, open }, h('summary', {}, ...summary));
  return whenFirstOpened(details, () => {
    details.append(...fill());
  });
}

function byPriority(ctx: ViewContext, items: readonly Item[]): HTMLElement[] {
  return groupByPriority(items).map((group, index) =>
    lazyGroup(
      `week-priority-${group.priority}`,
      [ctx.t('supervision.groupCount', { label: ctx.t(PRIORITY_LABEL[group.priority]), count: group.items.length })],
      // The most urgent group is open to begin with; the coordinator opens the others.
      index === 0,
      () => pagedList(ctx, group.items, (item) => itemRow(ctx, item, true)),
    ),
  );
}

function byPair(ctx: ViewContext, items: readonly Item[], openPair: (code: string) => void): HTMLElement[] {
  const { t } = ctx;
  const open = (code: string) =>
    on(h('button', { class: 'button', type: 'button', 'data-open-pair': code }, t('supervision.openPair', { code })), 'click', () => openPair(code));
  const groups = groupByPair(items);
  return pagedList(
    ctx,
    groups,
    (group) =>
      lazyGroup(
        `week-pair-${idPart(group.pairCode)}`,
        [
          t('supervision.pairCount', { code: group.pairCode, count: group.items.length }),
          group.counts.urgent ? h('span', { class: 'badge warn' }, t('supervision.urgentCount', { count: group.counts.urgent })) : '',
        ],
        false,
        () => [...pagedList(ctx, group.items, (item) => itemRow(ctx, item, false)), h('div', { class: 'buttons' }, open(group.pairCode))],
      ),
    'div',
  );
}

/**
 * "This week", grouped by priority (most urgent first) or by pair (the pair needing most attention
 * first, with a button that opens the pair below), with a search box. Its controls have ids, so the shell keeps the grouping, the search and
 * which groups are open across redraws.
 */
export function weekSection(ctx: ViewContext, week: Week, openPair: (code: string) => void): HTMLElement {
  const { t } = ctx;
  const pairCount = new Set(week.items.map((i) => i.pairCode)).size;
  const summary = h(
    'summary',
    {},
    h('span', { class: 'week-title' }, t('supervision.week')),
    ' · ',
    t('supervision.weekCount', { count: week.items.length, pairs: pairCount }),
  );
  if (!week.items.length)
    return h('details', { class: 'group', id: 'week-block', open: true }, summary, h('p', { class: 'notice ok', id: 'week' }, t('supervision.nothing')));
  const mode = h('select', { id: 'week-group' });
  for (const [value, key] of [
    ['priority', 'supervision.groupBy.priority'],
    ['pair', 'supervision.groupBy.pair'],
  ] as const)
    mode.append(h('option', { value }, t(key)));
  const filter = h('input', { type: 'search', id: 'week-filter', autocomplete: 'off' });
  const count = h('p', { class: 'hint', id: 'week-count' });
  const list = h('div', { id: 'week' });
  const draw = () => {
    // The same matching as every filter box (sidebar/filterMatch.ts): "p-0003 diary" finds that pair's diary item.
    const typed = textFilter(filter.value);
    const shown = week.items.filter((i) => typed.matches(`${i.pairCode} ${i.text} ${i.action}`));
    count.textContent = typed.words.length ? t('supervision.weekCount', { count: shown.length, pairs: new Set(shown.map((i) => i.pairCode)).size }) : '';
    count.hidden = typed.words.length === 0;
    if (!shown.length) return list.replaceChildren(h('p', { class: 'hint' }, t('supervision.filterNone')));
    list.replaceChildren(...(mode.value === 'pair' ? byPair(ctx, shown, openPair) : byPriority(ctx, shown)));
  };
  on(mode, 'change', draw);
  on(filter, 'input', draw);
  draw();
  return h(
    'details',
    { class: 'group', id: 'week-block', open: true },
    summary,
    h(
      'div',
      { class: 'week-tools' },
      h('div', {}, h('label', { for: 'week-group' }, t('supervision.groupBy')), mode),
      h('div', {}, h('label', { for: 'week-filter' }, t('supervision.filter')), filter),
    ),
    count,
    list,
  );
}
