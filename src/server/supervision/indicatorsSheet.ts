import type { MessageKey, SheetTexts, Translate } from '../../core/i18n';
import { inEveryLanguage } from '../../core/schema/labels';
import { asCellText } from '../../core/sheetText';
import type { Indicator } from '../../core/supervision/indicators';

/** The report's sheet, under its name in any language (a coordinator may have switched), or a new one in this language. */
function reportSheet(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, words: SheetTexts): GoogleAppsScript.Spreadsheet.Sheet {
  for (const name of new Set([words['sheet.indicators'], ...inEveryLanguage('sheet.indicators')])) {
    const sheet = spreadsheet.getSheetByName(name);
    if (sheet) return sheet;
  }
  return spreadsheet.insertSheet(words['sheet.indicators']);
}

function shown(i: Indicator): string | number {
  if (i.value === null) return '';
  return i.unit === 'share' ? Math.round(i.value * 1000) / 10 : i.value;
}

/**
 * Writes the indicators as a table (one write) and a column chart per AMIR indicator (value
 * against target). The sheet is a report: it is rewritten each time, charts included.
 */
export function writeIndicatorsSheet(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  indicators: readonly (Indicator & { label: string })[],
  from: string,
  to: string,
  t: Translate,
  words: SheetTexts,
): string {
  const sheet = reportSheet(spreadsheet, words);
  for (const chart of sheet.getCharts()) sheet.removeChart(chart);
  const last = sheet.getLastRow();
  const width = 8;
  const rows: (string | number)[][] = [
    [`${t('indicators.from')} ${from}`, `${t('indicators.to')} ${to}`, '', '', '', '', '', ''],
    [
      words['report.indicator'],
      words['report.valuePercent'],
      words['report.targetPercent'],
      words['report.numerator'],
      words['report.denominator'],
      words['report.status'],
      words['report.counted'],
      words['report.notYet'],
    ],
    ...indicators.map((i) => [
      i.label,
      shown(i),
      i.target === null ? '' : i.target * 100,
      i.numerator,
      i.denominator,
      i.met === null ? '' : t(i.met ? 'indicators.met' : ('indicators.notMet' as MessageKey)),
      i.behind.join(', ').slice(0, 5000),
      i.shortfall.join(', ').slice(0, 5000),
    ]),
  ];
  const height = Math.max(rows.length, last);
  const block = Array.from({ length: height }, (_, r) => rows[r] ?? new Array<string>(width).fill(''));
  // Labels are ours, but "Counted" lists ids: written as text so nothing turns into a formula.
  sheet.getRange(1, 1, height, width).setValues(block.map((row) => row.map((cell) => (typeof cell === 'string' ? asCellText(cell) : cell))));
  sheet.setFrozenRows(2);
  indicators.forEach((indicator, index) => {
    if (indicator.target === null) return;
    const row = index + 3;
    const chart = sheet
      .newChart()
      .setChartType(Charts.ChartType.COLUMN)
      .addRange(sheet.getRange(row, 1, 1, 3))
      .setPosition(2 + index * 18, 10, 0, 0)
      .setOption('title', indicator.label)
      .build();
    sheet.insertChart(chart);
  });
  return sheet.getName();
}
