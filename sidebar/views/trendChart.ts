/**
 * A small line chart of an indicator month by month, drawn as inline SVG by our own code (no
 * chart library: the sidebar stays one small file). The geometry is pure, so it is unit-tested;
 * the SVG element is built with dom.ts's svg(), attributes only, never markup, like the rest of
 * the sidebar (and the preview's sheet charts).
 *
 * Read without colour: the target is a dashed line, a month that met it a filled dot, a month
 * below it a hollow ring, a month with no data a gap in the line; the chart's accessible name
 * gives every month's value in words.
 */
import { svg } from '../dom';

export interface TrendChartPoint {
  month: string;
  value: number | null;
  met: boolean | null;
}

export type MarkKind = 'met' | 'below' | 'plain';

export interface TrendGeometry {
  width: number;
  height: number;
  /** Path data of each run of months with a value (a gap where a month has none). */
  segments: string[];
  marks: { x: number; y: number; kind: MarkKind; month: string }[];
  /** Where the target line is drawn, or null without a target. */
  targetY: number | null;
  /** The plot's bottom (value 0) and top (the scale's maximum). */
  baseY: number;
  topY: number;
  /** x of the first and last month, for their labels. */
  firstX: number;
  lastX: number;
}

export interface GeometryOptions {
  /** The value drawn at the top: 1 for shares, else the largest of the values and the target. */
  max: number;
  target: number | null;
  width?: number;
  height?: number;
}

const PAD = { top: 6, right: 6, bottom: 16, left: 6 };

const round = (n: number) => Math.round(n * 10) / 10;

/** The top of the scale: shares run to 100%; counts and days to their largest value or the target, whichever is higher. */
export function trendScaleMax(points: readonly TrendChartPoint[], target: number | null, share: boolean): number {
  if (share) return 1;
  const largest = Math.max(0, target ?? 0, ...points.map((p) => p.value ?? 0));
  return largest > 0 ? largest : 1;
}

export function trendGeometry(points: readonly TrendChartPoint[], options: GeometryOptions): TrendGeometry {
  const width = options.width ?? 268;
  const height = options.height ?? 64;
  const max = options.max > 0 ? options.max : 1;
  const plotWidth = width - PAD.left - PAD.right;
  const baseY = height - PAD.bottom;
  const topY = PAD.top;
  // Each month takes an equal slot; its point is in the middle, so one month sits in the centre.
  const slot = points.length ? plotWidth / points.length : plotWidth;
  const x = (i: number) => round(PAD.left + slot * (i + 0.5));
  const y = (value: number) => round(baseY - (Math.min(Math.max(value, 0), max) / max) * (baseY - topY));
  const segments: string[] = [];
  let run: string[] = [];
  const marks: TrendGeometry['marks'] = [];
  points.forEach((point, i) => {
    if (point.value === null) {
      if (run.length > 1) segments.push(run.join(' '));
      run = [];
      return;
    }
    run.push(`${run.length ? 'L' : 'M'}${x(i)} ${y(point.value)}`);
    marks.push({ x: x(i), y: y(point.value), kind: point.met === null ? 'plain' : point.met ? 'met' : 'below', month: point.month });
  });
  if (run.length > 1) segments.push(run.join(' '));
  return {
    width,
    height,
    segments,
    marks,
    targetY: options.target === null ? null : y(options.target),
    baseY,
    topY,
    firstX: x(0),
    lastX: x(Math.max(0, points.length - 1)),
  };
}

export interface TrendChartOptions extends GeometryOptions {
  /** The chart's accessible name: every month's value in words. */
  label: string;
  /** The first and last month as shown under the chart ("Sep 26"). */
  firstMonth: string;
  lastMonth: string;
}

/** The chart as an SVG element with role="img" and its values in the accessible name; the drawing itself is hidden from readers. */
export function trendChart(points: readonly TrendChartPoint[], options: TrendChartOptions): SVGSVGElement {
  const g = trendGeometry(points, options);
  const chart = svg('svg', {
    class: 'trend-chart',
    // Scales with the sidebar's width and keeps its proportions, so dots stay round.
    viewBox: `0 0 ${g.width} ${g.height}`,
    role: 'img',
    'aria-label': options.label,
  });
  const drawing = svg('g', { 'aria-hidden': 'true' });
  drawing.append(svg('line', { class: 'trend-axis', x1: PAD.left, x2: g.width - PAD.right, y1: g.baseY, y2: g.baseY }));
  if (g.targetY !== null) drawing.append(svg('line', { class: 'trend-target', x1: PAD.left, x2: g.width - PAD.right, y1: g.targetY, y2: g.targetY }));
  for (const d of g.segments) drawing.append(svg('path', { class: 'trend-line', d }));
  for (const mark of g.marks) drawing.append(svg('circle', { class: `trend-mark ${mark.kind}`, cx: mark.x, cy: mark.y, r: mark.kind === 'plain' ? 2.5 : 3.5 }));
  const labelY = g.height - 4;
  drawing.append(svg('text', { class: 'trend-month', x: PAD.left, y: labelY, 'text-anchor': 'start' }, options.firstMonth));
  if (points.length > 1) drawing.append(svg('text', { class: 'trend-month', x: g.width - PAD.right, y: labelY, 'text-anchor': 'end' }, options.lastMonth));
  chart.append(drawing);
  return chart;
}
