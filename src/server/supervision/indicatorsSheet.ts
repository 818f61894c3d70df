import type { MessageKey, SheetTexts, Translate } from '../../core/i18n';
import { inEveryLanguage } from '../../core/schema/labels';
import { asCellText } from '../../core/sheetText';
import type { Indicator } from '../../core/supervision/indicators';
import type { TrendPoint } from '../../core/supervision/indicatorTrend';

/** The report's sheet, under its name in any language (a coordinator may have switched), or a new one in this language. */
function reportSheet(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, words: SheetTexts): GoogleAppsScript.Spreadsheet.Sheet {
  for (const name of new Set([words['sheet.indicators'], ...inEveryLanguage('sheet.indicators')])) {
    const sheet = spreadsheet.getSheetByName(name);
    if (sheet) return sheet;
  }
  return spreadsheet.insertSheet(words['sheet.indicators']);
}

/** A share as the sheet shows it: a percentage to one decimal. */
const percent = (share: number) => Math.round(share * 1000) / 10;

function shown(i: Indicator): string | number {
  if (i.value === null) return '';
  return i.unit === 'share' ? percent(i.value) : i.value;
}

type SheetIndicator = Indicator & { label: string; trend: readonly TrendPoint[] };

/** Where each part of the report goes: the summary table, the month-by-month table under it, then the charts. */
export interface ReportLayout {
  /** Row of the month table's header (its months follow). */
  trendHeaderRow: number;
  months: number;
  /** The indicators charted (those with a target), in order, and the column of each one's values in the month table. */
  charted: { index: number; valueColumn: number }[];
  width: number;
  chartsFromRow: number;
}

/** Rows a chart of CHART_HEIGHT px covers at the default 21 px a row, and a gap. */
const CHART_ROWS = 18;
const CHART_COLUMNS = 7;
const CHART_WIDTH = 560;
const CHART_HEIGHT = 340;

export function reportLayout(indicators: readonly SheetIndicator[]): ReportLayout {
  const trendHeaderRow = indicators.length + 5;
  const months = Math.max(0, ...indicators.map((i) => i.trend.length));
  const charted = indicators.flatMap((indicator, index) => (indicator.target === null ? [] : [index]));
  return {
    trendHeaderRow,
    months,
    charted: charted.map((index, n) => ({ index, valueColumn: 2 + n * 2 })),
    width: Math.max(8, 1 + charted.length * 2),
    chartsFromRow: trendHeaderRow + months + 3,
  };
}

/** Our labels and the ids in "Counted" as text, so nothing turns into a formula. */
const guard = (cell: string | number) => (typeof cell === 'string' ? asCellText(cell) : cell);

/** A month as text ("2026-09"): the apostrophe keeps Sheets from reading it as a date. */
const monthCell = (month: string) => `'${month}`;

function trendRows(indicators: readonly SheetIndicator[], layout: ReportLayout, t: Translate, words: SheetTexts): (string | number)[][] {
  const header: (string | number)[] = [t('indicators.sheet.month')];
  for (const { index } of layout.charted) header.push(indicators[index]!.label, words['report.targetPercent']);
  const months = indicators.find((i) => i.trend.length === layout.months)?.trend.map((p) => p.month) ?? [];
  const rows = months.map((month, m) => {
    const row: (string | number)[] = [monthCell(month)];
    for (const { index } of layout.charted) {
      const indicator = indicators[index]!;
      const point = indicator.trend[m];
      row.push(point?.value === null || point?.value === undefined ? '' : percent(point.value), (indicator.target ?? 0) * 100);
    }
    return row;
  });
  return [[t('indicators.sheet.byMonth')], header.map(guard), ...rows];
}

/**
 * Writes the indicators as a table, their month-by-month values under it (one write for both),
 * and a line chart per indicator with a target: its monthly value against the target line. The
 * sheet is a report: it is rewritten each time, charts included.
 */
export function writeIndicatorsSheet(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  indicators: readonly SheetIndicator[],
  from: string,
  to: string,
  t: Translate,
  words: SheetTexts,
): string {
  const sheet = reportSheet(spreadsheet, words);
  for (const chart of sheet.getCharts()) sheet.removeChart(chart);
  const layout = reportLayout(indicators);
  const summary: (string | number)[][] = [
    [`${t('indicators.from')} ${from}`, `${t('indicators.to')} ${to}`].map(guard),
    [
      words['report.indicator'],
      words['report.valuePercent'],
      words['report.targetPercent'],
      words['report.numerator'],
      words['report.denominator'],
      words['report.status'],
      words['report.counted'],
      words['report.notYet'],
    ].map(guard),
    ...indicators.map((i) =>
      [
        i.label,
        shown(i),
        i.target === null ? '' : i.target * 100,
        i.numerator,
        i.denominator,
        i.met === null ? '' : t(i.met ? 'indicators.met' : ('indicators.notMet' as MessageKey)),
        i.behind.join(', ').slice(0, 5000),
        i.shortfall.join(', ').slice(0, 5000),
      ].map(guard),
    ),
  ];
  const rows: (string | number)[][] = [...summary];
  // A blank row, then the month table's title just above its header.
  while (rows.length < layout.trendHeaderRow - 2) rows.push([]);
  rows.push(...trendRows(indicators, layout, t, words));
  // Clear what a longer report left: rows below and columns to the right.
  const height = Math.max(rows.length, sheet.getLastRow());
  const width = Math.max(layout.width, sheet.getLastColumn());
  const block = Array.from({ length: height }, (_, r) => Array.from({ length: width }, (_, c) => rows[r]?.[c] ?? ''));
  sheet.getRange(1, 1, height, width).setValues(block);
  sheet.setFrozenRows(2);
  if (layout.months === 0) return sheet.getName();
  const monthsRange = sheet.getRange(layout.trendHeaderRow, 1, layout.months + 1, 1);
  layout.charted.forEach(({ index, valueColumn }, n) => {
    const chart = sheet
      .newChart()
      .setChartType(Charts.ChartType.LINE)
      .addRange(monthsRange)
      .addRange(sheet.getRange(layout.trendHeaderRow, valueColumn, layout.months + 1, 2))
      .setPosition(layout.chartsFromRow + Math.floor(n / 2) * CHART_ROWS, 1 + (n % 2) * CHART_COLUMNS, 0, 0)
      .setOption('title', indicators[index]!.label)
      .setOption('width', CHART_WIDTH)
      .setOption('height', CHART_HEIGHT)
      .setOption('legend', { position: 'bottom' })
      .setOption('pointSize', 5)
      .setOption('vAxis', { viewWindow: { min: 0, max: 100 } })
      // The target as a dashed line: told apart from the value by its shape, not only its colour.
      .setOption('series', { 1: { lineDashStyle: [6, 4], pointSize: 0 } })
      .build();
    sheet.insertChart(chart);
  });
  return sheet.getName();
}
