import type { MessageKey } from '../../src/core/i18n/en/messages';
import { attempt, type ViewContext } from '../context';
import { h, on } from '../dom';
import { loadingNote, loadProblem } from '../loading';
import { type ApiResult, call } from '../rpc';
import { trendChart, trendScaleMax } from './trendChart';

type Result = ApiResult<'getIndicators'>;
type Indicator = Result['indicators'][number];
type Point = Indicator['trend'][number];
type Status = 'met' | 'below' | 'unknown' | 'none';

/** A share or a number the language's way: "50 %" in French, "2,5" in Italian. */
function numberText(value: number, locale: string, share: boolean): string {
  return new Intl.NumberFormat(locale, share ? { style: 'percent', maximumFractionDigits: 0 } : { maximumFractionDigits: 1 }).format(value);
}

function valueText(i: { value: number | null; unit: Indicator['unit'] }, locale: string): string {
  if (i.value === null) return '—';
  return numberText(i.value, locale, i.unit === 'share');
}

/** "September 2026" (or "Sep 2026" short: "Nov 25" would read as a day), from "2026-09", in UTC so no zone moves it to another month. */
function monthText(month: string, locale: string, short = false): string {
  const [year, m] = month.split('-').map(Number);
  const options: Intl.DateTimeFormatOptions = short ? { month: 'short', year: 'numeric' } : { month: 'long', year: 'numeric' };
  return new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(new Date(Date.UTC(year!, m! - 1, 1)));
}

/** Met, below, not known yet (a target but no data), or no target at all. */
function statusOf(i: Indicator): Status {
  if (i.target === null) return 'none';
  return i.met === null ? 'unknown' : i.met ? 'met' : 'below';
}

/** The status in words with a symbol, so it never rests on colour alone. */
function statusBadge(status: Status, t: ViewContext['t']): HTMLElement | '' {
  if (status === 'none') return '';
  const symbol = { met: '✓', below: '▼', unknown: '?' }[status];
  const words = t(({ met: 'indicators.status.met', below: 'indicators.status.below', unknown: 'indicators.status.unknown' } as const)[status]);
  return h('span', { class: `ind-status ${status}` }, h('span', { class: 'ind-symbol', 'aria-hidden': 'true' }, symbol), ` ${words}`);
}

/** A share's bar with the target marked on it; the words beside it carry the same, so the bar is hidden from readers. */
function targetBar(i: Indicator, t: ViewContext['t'], locale: string): HTMLElement | '' {
  if (i.unit !== 'share') return '';
  const percent = (x: number) => Math.max(0, Math.min(100, x * 100));
  return h(
    'div',
    { class: 'ind-meter', 'aria-hidden': 'true' },
    h('div', { class: 'ind-meter-track' }, i.value === null ? '' : h('div', { class: 'ind-meter-fill', style: `width:${percent(i.value)}%` })),
    i.target === null
      ? ''
      : h(
          'div',
          // The label sits on the side with room: before a marker in the right half, after one in the left half.
          { class: `target-marker ${i.target < 0.5 ? 'label-after' : 'label-before'}`, style: `left:${percent(i.target)}%` },
          h('span', { class: 'target-marker-label' }, t('indicators.target', { target: numberText(i.target, locale, true) })),
        ),
  );
}

/** What was counted, in a plain sentence: "10 meetings over 25 pair-months of mentoring." */
function countedText(i: Indicator, t: ViewContext['t']): string {
  if (!i.denominator && i.unit !== 'count') return t('indicators.noData');
  return t(`indicators.counted.${i.id}` as MessageKey, { numerator: i.numerator, denominator: i.denominator });
}

function pointText(p: Point, i: Indicator, t: ViewContext['t'], locale: string): string {
  const value = p.value === null ? t('indicators.trend.noData') : valueText({ value: p.value, unit: i.unit }, locale);
  const status = p.met === null ? '' : ` (${t(p.met ? 'indicators.met' : 'indicators.notMet')})`;
  return t('indicators.trend.point', { month: monthText(p.month, locale), value: `${value}${status}` });
}

/** The month-by-month chart with its legend, or a line saying there is no month to show. */
function trend(i: Indicator, t: ViewContext['t'], locale: string): HTMLElement {
  if (!i.trend.length) return h('p', { class: 'hint' }, t('indicators.trend.empty'));
  const points = i.trend.map((p) => pointText(p, i, t, locale)).join('; ');
  const label =
    i.target === null
      ? t('indicators.trend.label', { indicator: i.label, points })
      : t('indicators.trend.labelTarget', { indicator: i.label, target: numberText(i.target, locale, true), points });
  const chart = trendChart(i.trend, {
    max: trendScaleMax(i.trend, i.target, i.unit === 'share'),
    target: i.target,
    label,
    firstMonth: monthText(i.trend[0]!.month, locale, true),
    lastMonth: monthText(i.trend[i.trend.length - 1]!.month, locale, true),
  });
  const legend = h(
    'div',
    { class: 'trend-legend', 'aria-hidden': 'true' },
    h('span', { class: 'legend-line' }, t('indicators.trend.legendValue')),
    i.target === null ? '' : h('span', { class: 'legend-target' }, t('indicators.trend.legendTarget')),
  );
  return h('div', { class: 'ind-trend' }, chart, legend);
}

/** Who is behind a number, folded away: the list can be long. */
function whoDetails(summary: string, ids: readonly string[]): HTMLElement | '' {
  return ids.length ? h('details', {}, h('summary', {}, summary), h('p', {}, ids.join(', '))) : '';
}

function indicatorItem(i: Indicator, t: ViewContext['t'], locale: string): HTMLElement {
  const status = statusOf(i);
  return h(
    'li',
    { class: `card indicator ${status}`, 'data-indicator': i.id, 'data-status': status },
    h('strong', { class: 'ind-label' }, i.label),
    h(
      'div',
      { class: 'ind-value' },
      h('span', { class: 'ind-number' }, valueText(i, locale)),
      // The target in words: beside the value, or for readers only when the bar below shows it.
      i.target === null
        ? ''
        : h('span', { class: i.unit === 'share' ? 'sr-only' : 'hint' }, t('indicators.target', { target: numberText(i.target, locale, true) })),
      statusBadge(status, t),
    ),
    targetBar(i, t, locale),
    h('p', { class: 'ind-counted' }, countedText(i, t)),
    trend(i, t, locale),
    whoDetails(t('indicators.behind', { items: String(i.behind.length) }), i.behind),
    whoDetails(t('indicators.shortfall', { items: String(i.shortfall.length) }), i.shortfall),
  );
}

/** The programme's indicators for a period: value against target, what was counted, the trend by month, and who is behind each. */
export function indicatorsView(ctx: ViewContext): HTMLElement {
  const { t } = ctx;
  const from = h('input', { type: 'date', id: 'ind-from' });
  const to = h('input', { type: 'date', id: 'ind-to' });
  const list = h('div', { id: 'indicators' }, loadingNote(t));
  const draw = (result: Result) => {
    from.value = result.from;
    to.value = result.to;
    list.replaceChildren(h('ul', { class: 'plain' }, ...result.indicators.map((i) => indicatorItem(i, t, ctx.state.locale))));
  };
  const compute = async () => {
    try {
      draw(await call('getIndicators', { from: from.value || undefined, to: to.value || undefined }));
    } catch (error) {
      list.replaceChildren(loadProblem((error as Error).message));
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
