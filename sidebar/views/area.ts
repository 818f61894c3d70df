import type { ViewContext } from '../context';
import { h } from '../dom';

/** A section whose features arrive with later work: it says so plainly instead of showing nothing. */
export function areaView(ctx: ViewContext, titleKey: Parameters<ViewContext['t']>[0]): HTMLElement {
  return h(
    'section',
    { class: 'section', 'aria-labelledby': 'area-title' },
    h('h2', { id: 'area-title' }, ctx.t(titleKey)),
    h('p', { class: 'notice' }, ctx.t('area.comingSoon')),
  );
}
