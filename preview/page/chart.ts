/**
 * Draws a sheet's embedded charts over its grid, as Sheets shows them: each chart anchored at its
 * cell (ContainerInfo: anchor row and column, offsets in pixels), at the size its options give,
 * from the cells its ranges read (what GET /__dev/workbook returns for each chart). Line and
 * column charts are drawn as SVG; other types as a labelled box, so a chart never goes missing.
 *
 * How the ranges become series follows Sheets: the ranges' columns side by side, the first column
 * the categories (the x axis), each further column a series; a first row of text is the header,
 * the series' name (Sheets guesses the header rows from the data when none is set).
 */
import { svg } from '../../sidebar/dom';

export interface ChartView {
  id: string;
  type: string;
  options: Record<string, unknown>;
  position: { anchorRow: number; anchorColumn: number; offsetX: number; offsetY: number };
  ranges: { sheet: string; a1: string; values: (string | number | null)[][] }[];
}

/** Sheets' size for an inserted chart when its options give none (Google does not document it; this is what the UI makes). */
const DEFAULT_SIZE = { width: 600, height: 371 };
/** Google's default series colours, in order. */
const COLOURS = ['#1a73e8', '#c5221f', '#b06000', '#137333', '#8430ce'];
/** An option given either nested (`legend: {position}`) or by a dotted name (`'legend.position'`), as Gviz takes both. */
export function chartOption(options: Record<string, unknown>, path: string): unknown {
  if (path in options) return options[path];
  let value: unknown = options;
  for (const part of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

const numberOption = (options: Record<string, unknown>, path: string, fallback: number) => {
  const value = chartOption(options, path);
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
};

export interface ChartSeries {
  name: string;
  values: (number | null)[];
}

/** The ranges as categories and series (see the module comment). */
export function chartData(ranges: ChartView['ranges']): { categories: string[]; series: ChartSeries[] } {
  const rows = Math.max(0, ...ranges.map((r) => r.values.length));
  const columns: (string | number | null)[][] = [];
  for (const range of ranges) {
    const width = Math.max(0, ...range.values.map((row) => row.length));
    for (let c = 0; c < width; c++) columns.push(Array.from({ length: rows }, (_, r) => range.values[r]?.[c] ?? null));
  }
  const [domain = [], ...rest] = columns;
  const hasHeader = rest.some((column) => typeof column[0] === 'string') || (typeof domain[0] === 'string' && rest.every((c) => typeof c[0] !== 'number'));
  const from = hasHeader ? 1 : 0;
  return {
    categories: domain.slice(from).map((v) => (v === null ? '' : String(v))),
    series: rest.map((column, i) => ({
      name: hasHeader && column[0] !== null ? String(column[0]) : `Series ${i + 1}`,
      values: column.slice(from).map((v) => (typeof v === 'number' ? v : null)),
    })),
  };
}

/** Round steps for the value axis: 0, 25, 50, 75, 100 for a 0–100 window. */
function ticks(min: number, max: number): number[] {
  const span = max - min || 1;
  const rough = span / 4;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= rough) ?? rough;
  const out: number[] = [];
  for (let v = Math.ceil(min / step) * step; v <= max + 1e-9; v += step) out.push(Math.round(v * 1000) / 1000);
  return out;
}

function describe(title: string, data: ReturnType<typeof chartData>): string {
  const series = data.series.map((s) => `${s.name}: ${data.categories.map((c, i) => `${c} ${s.values[i] ?? '–'}`).join(', ')}`);
  return [title, ...series].filter(Boolean).join('. ');
}

/** One chart as an SVG figure with its data in the accessible name. */
export function chartElement(chart: ChartView): SVGSVGElement {
  const width = numberOption(chart.options, 'width', DEFAULT_SIZE.width);
  const height = numberOption(chart.options, 'height', DEFAULT_SIZE.height);
  const title = String(chartOption(chart.options, 'title') ?? '');
  const data = chartData(chart.ranges);
  const root = svg('svg', { class: 'sheet-chart', width, height, viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': describe(title, data) });
  const drawing = svg('g', { 'aria-hidden': 'true' });
  root.append(svg('rect', { x: 0, y: 0, width, height, class: 'chart-frame' }), drawing);
  if (title) drawing.append(svg('text', { x: 16, y: 24, class: 'chart-title' }, title.length > 80 ? `${title.slice(0, 79)}…` : title));
  if (chart.type !== 'LINE' && chart.type !== 'COLUMN') {
    drawing.append(
      svg('text', { x: width / 2, y: height / 2, 'text-anchor': 'middle', class: 'chart-note' }, `${chart.type} chart (not drawn by the preview)`),
    );
    return root;
  }
  const legend = String(chartOption(chart.options, 'legend.position') ?? 'right');
  const plot = { left: 48, right: width - 16, top: 40, bottom: height - (legend === 'bottom' ? 56 : 36) };
  const values = data.series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const min = numberOption(chart.options, 'vAxis.viewWindow.min', Math.min(0, ...values));
  const max = numberOption(chart.options, 'vAxis.viewWindow.max', Math.max(1, ...values));
  const y = (v: number) => plot.bottom - ((Math.min(Math.max(v, min), max) - min) / (max - min || 1)) * (plot.bottom - plot.top);
  const slot = (plot.right - plot.left) / Math.max(1, data.categories.length);
  const x = (i: number) => plot.left + slot * (i + 0.5);
  for (const tick of ticks(min, max)) {
    drawing.append(svg('line', { x1: plot.left, x2: plot.right, y1: y(tick), y2: y(tick), class: 'chart-grid' }));
    drawing.append(svg('text', { x: plot.left - 6, y: y(tick) + 4, 'text-anchor': 'end', class: 'chart-axis' }, String(tick)));
  }
  const every = Math.ceil(data.categories.length / Math.max(1, Math.floor((plot.right - plot.left) / 64)));
  data.categories.forEach((category, i) => {
    if (i % every === 0) drawing.append(svg('text', { x: x(i), y: plot.bottom + 16, 'text-anchor': 'middle', class: 'chart-axis' }, category));
  });
  data.series.forEach((series, s) => {
    const colour = COLOURS[s % COLOURS.length]!;
    const dash = chartOption(chart.options, `series.${s}.lineDashStyle`);
    const pointSize = numberOption(chart.options, `series.${s}.pointSize`, numberOption(chart.options, 'pointSize', 0));
    if (chart.type === 'COLUMN') {
      const bar = (slot * 0.7) / data.series.length;
      series.values.forEach((v, i) => {
        if (v === null) return;
        const left = x(i) - (slot * 0.7) / 2 + bar * s;
        drawing.append(svg('rect', { x: left, y: y(v), width: bar, height: Math.max(0, y(min) - y(v)), fill: colour }));
      });
    } else {
      let d = '';
      series.values.forEach((v, i) => {
        d = v === null ? d : `${d}${d && series.values[i - 1] !== null ? 'L' : 'M'}${x(i)} ${y(v)} `;
      });
      const line = svg('path', { d: d.trim() || 'M0 0', fill: 'none', stroke: colour, 'stroke-width': 2 });
      if (Array.isArray(dash)) line.setAttribute('stroke-dasharray', dash.join(' '));
      drawing.append(line);
      if (pointSize > 0)
        series.values.forEach((v, i) => {
          if (v !== null) drawing.append(svg('circle', { cx: x(i), cy: y(v), r: pointSize / 2 + 1, fill: colour }));
        });
    }
    if (legend === 'bottom' || legend === 'right') {
      const lx = 16 + s * Math.min(260, (width - 32) / Math.max(1, data.series.length));
      const ly = height - 18;
      const sample = svg('line', { x1: lx, x2: lx + 20, y1: ly - 4, y2: ly - 4, stroke: colour, 'stroke-width': 2 });
      if (Array.isArray(dash)) sample.setAttribute('stroke-dasharray', dash.join(' '));
      const name = series.name.length > 34 ? `${series.name.slice(0, 33)}…` : series.name;
      drawing.append(sample, svg('text', { x: lx + 26, y: ly, class: 'chart-axis' }, name));
    }
  });
  return root;
}

/** Rows and columns the grid must show so every chart lies over cells, as in Sheets. */
export function chartExtent(charts: readonly ChartView[]): { rows: number; columns: number } {
  let rows = 0;
  let columns = 0;
  for (const chart of charts) {
    const width = numberOption(chart.options, 'width', DEFAULT_SIZE.width);
    const height = numberOption(chart.options, 'height', DEFAULT_SIZE.height);
    rows = Math.max(rows, chart.position.anchorRow + Math.ceil((chart.position.offsetY + height) / 21) + 1);
    columns = Math.max(columns, chart.position.anchorColumn + Math.ceil((chart.position.offsetX + width) / 90));
  }
  return { rows, columns };
}

/** Places each chart over its anchor cell of the drawn grid (rows and columns 1-indexed, as ContainerInfo counts). */
export function placeCharts(layer: HTMLElement, table: HTMLTableElement, charts: readonly ChartView[]): void {
  const origin = table.getBoundingClientRect();
  const figures = charts.map((chart) => {
    const row = table.tBodies[0]?.rows[chart.position.anchorRow - 1];
    const cell = row?.cells[chart.position.anchorColumn];
    const box = cell?.getBoundingClientRect();
    const figure = document.createElement('figure');
    figure.className = 'sheet-chart-figure';
    figure.dataset.chartId = chart.id;
    figure.dataset.anchor = `${chart.position.anchorRow},${chart.position.anchorColumn}`;
    figure.style.left = `${(box ? box.left - origin.left : 0) + chart.position.offsetX}px`;
    figure.style.top = `${(box ? box.top - origin.top : 0) + chart.position.offsetY}px`;
    figure.append(chartElement(chart));
    return figure;
  });
  layer.replaceChildren(...figures);
}
