import { attempt, type ViewContext } from '../../context';
import { h, on } from '../../dom';
import { loadingNote, loadProblem } from '../../loading';
import { type ApiResult, call } from '../../rpc';
import { pairPanel } from './pairPanel';
import { weekSection } from './week';

type Week = ApiResult<'getWeekView'>;

/** Pairs and supervision: this week across all pairs, then one pair's warnings, checklist, log and goals. */
export function supervisionView(ctx: ViewContext): HTMLElement {
  const { t } = ctx;
  const body = h('div', {}, loadingNote(t));
  const section = h(
    'section',
    { class: 'section', 'aria-labelledby': 'supervision-title' },
    h('h2', { id: 'supervision-title' }, t('supervision.title')),
    body,
  );
  let selected = '';
  // Checklist phases the coordinator worked in: kept open when the panel is drawn again after a tick.
  const phasesActedOn = new Set<string>();

  const showPair = async (week: Week, panel: HTMLElement) => {
    if (!selected) return panel.replaceChildren();
    await attempt(ctx, async () => {
      const view = await call('getPairSupervision', { code: selected });
      panel.replaceChildren(pairPanel(ctx, view, week.today, () => void reload(), phasesActedOn));
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
        if (select.value !== selected) phasesActedOn.clear();
        selected = select.value;
        void showPair(week, panel);
      });
      // "Open P-0007" in the week by pair: chosen as if from the list, so the shell remembers it too.
      const openPair = (code: string) => {
        select.value = code;
        select.dispatchEvent(new Event('change', { bubbles: true }));
        select.focus();
      };
      body.replaceChildren(
        weekSection(ctx, week, openPair),
        week.pairs.length
          ? h('div', { class: 'pair-chooser' }, h('label', { for: 'pair-select' }, t('supervision.choosePair')), select)
          : h('p', { class: 'hint' }, t('supervision.noPairs')),
        panel,
      );
      await showPair(week, panel);
    } catch (error) {
      body.replaceChildren(loadProblem((error as Error).message));
    }
  };
  void reload();
  return section;
}
