import { attempt, type ViewContext } from '../../context';
import { h, on } from '../../dom';
import { type ApiResult, call } from '../../rpc';
import { pairPanel } from './pairPanel';

type Week = ApiResult<'getWeekView'>;

/** Pairs and supervision: this week across all pairs, then one pair's warnings, checklist, log and goals. */
export function supervisionView(ctx: ViewContext): HTMLElement {
  const { t } = ctx;
  const body = h('div', {}, h('p', { class: 'hint' }, t('common.loading')));
  const section = h(
    'section',
    { class: 'section', 'aria-labelledby': 'supervision-title' },
    h('h2', { id: 'supervision-title' }, t('supervision.title')),
    body,
  );
  let selected = '';

  const showPair = async (week: Week, panel: HTMLElement) => {
    if (!selected) return panel.replaceChildren();
    await attempt(ctx, async () => {
      const view = await call('getPairSupervision', { code: selected });
      panel.replaceChildren(pairPanel(ctx, view, week.today, () => void reload()));
    });
  };
  const reload = async () => {
    try {
      const week = await call('getWeekView');
      const panel = h('div', {});
      const select = h('select', { id: 'pair-select' });
      select.append(h('option', { value: '' }, '—'));
      for (const code of week.pairs) select.append(h('option', { value: code, selected: code === selected }, code));
      on(select, 'change', () => {
        selected = select.value;
        void showPair(week, panel);
      });
      const kindLabel = { late: t('supervision.late'), due: t('supervision.due'), warning: t('supervision.warning') };
      const items = week.items.map((item) =>
        h(
          'li',
          { class: `week ${item.kind} u${item.urgency}`, 'data-pair': item.pairCode },
          h('span', { class: item.kind === 'due' ? 'badge' : 'badge warn' }, kindLabel[item.kind]),
          ' ',
          h('strong', {}, item.pairCode),
          ` · ${item.date} · ${item.text}`,
          item.action ? h('div', { class: 'hint' }, item.action) : '',
        ),
      );
      body.replaceChildren(
        h('h3', {}, t('supervision.week')),
        items.length ? h('ul', { class: 'plain', id: 'week' }, ...items) : h('p', { class: 'notice ok' }, t('supervision.nothing')),
        week.pairs.length
          ? h('div', {}, h('label', { for: 'pair-select' }, t('supervision.choosePair')), select)
          : h('p', { class: 'hint' }, t('supervision.noPairs')),
        panel,
      );
      await showPair(week, panel);
    } catch (error) {
      body.replaceChildren(h('div', { class: 'notice warning', role: 'alert' }, (error as Error).message));
    }
  };
  void reload();
  return section;
}
