import { attempt, type ViewContext } from '../context';
import { h, on } from '../dom';
import { type ApiResult, call } from '../rpc';
import { scoreBar } from './matching/suggestions';

type Result = ApiResult<'getIndicators'>;
type Indicator = Result['indicators'][number];

/** A share or a number the language's way: "50 %" in French, "2,5" in Italian. */
function numberText(value: number, locale: string, share: boolean): string {
  return new Intl.NumberFormat(locale, share ? { style: 'percent', maximumFractionDigits: 0 } : { maximumFractionDigits: 1 }).format(value);
}

function valueText(i: Indicator, locale: string): string {
  if (i.value === null) return '—';
  return numberText(i.value, locale, i.unit === 'share');
}

/** Numerator over denominator, the target and whether it is met: whichever of them the indicator has. */
function indicatorHint(i: Indicator, t: ViewContext['t'], locale: string): string {
  return [
    i.denominator ? t('indicators.fraction', { numerator: i.numerator, denominator: i.denominator }) : t('indicators.noData'),
    i.target !== null ? t('indicators.target', { target: numberText(i.target, locale, true) }) : '',
    i.met === null ? '' : t(i.met ? 'indicators.met' : 'indicators.notMet'),
  ]
    .filter(Boolean)
    .join(' · ');
}

/** Who is behind a number, folded away: the list can be long. */
function whoDetails(summary: string, ids: readonly string[]): HTMLElement | '' {
  return ids.length ? h('details', {}, h('summary', {}, summary), h('p', {}, ids.join(', '))) : '';
}

function indicatorItem(i: Indicator, t: ViewContext['t'], locale: string): HTMLElement {
  return h(
    'li',
    { class: 'card', 'data-indicator': i.id },
    h('strong', {}, i.label),
    i.unit === 'share' && i.value !== null ? scoreBar(i.value * 100, valueText(i, locale)) : h('div', {}, valueText(i, locale)),
    h('div', { class: 'hint' }, indicatorHint(i, t, locale)),
    whoDetails(t('indicators.behind', { items: String(i.behind.length) }), i.behind),
    whoDetails(t('indicators.shortfall', { items: String(i.shortfall.length) }), i.shortfall),
  );
}

/** The programme's indicators for a period: value against target, numerator and denominator, and who is behind each. */
export function indicatorsView(ctx: ViewContext): HTMLElement {
  const { t } = ctx;
  const from = h('input', { type: 'date', id: 'ind-from' });
  const to = h('input', { type: 'date', id: 'ind-to' });
  const list = h('div', { id: 'indicators' }, h('p', { class: 'hint' }, t('common.loading')));
  const draw = (result: Result) => {
    from.value = result.from;
    to.value = result.to;
    list.replaceChildren(h('ul', { class: 'plain' }, ...result.indicators.map((i) => indicatorItem(i, t, ctx.state.locale))));
  };
  const compute = async () => {
    try {
      draw(await call('getIndicators', { from: from.value || undefined, to: to.value || undefined }));
    } catch (error) {
      list.replaceChildren(h('div', { class: 'notice warning', role: 'alert' }, (error as Error).message));
    }
  };
  const write = on(h('button', { class: 'button', type: 'button', id: 'ind-write' }, t('indicators.write')), 'click', async () => {
    await attempt(ctx, async () => {
      const { sheet } = await call('writeIndicators', { from: from.value || undefined, to: to.value || undefined });
      ctx.notify('ok', t('indicators.written', { sheet }));
    });
  });
  // After the shell has put back the period chosen before a redraw.
  queueMicrotask(() => void compute());
  return h(
    'section',
    { class: 'section', 'aria-labelledby': 'indicators-title' },
    h('h2', { id: 'indicators-title' }, t('indicators.title')),
    h(
      'div',
      { class: 'period' },
      h('label', { class: 'inline', for: 'ind-from' }, t('indicators.from')),
      from,
      h('label', { class: 'inline', for: 'ind-to' }, t('indicators.to')),
      to,
    ),
    h(
      'div',
      { class: 'buttons' },
      on(h('button', { class: 'button action', type: 'button', id: 'ind-compute' }, t('indicators.compute')), 'click', () => void compute()),
      write,
    ),
    list,
  );
}
