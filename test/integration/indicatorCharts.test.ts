import { describe, expect, it } from 'vitest';
import { parseCalendarDate } from '../../src/core/calendarDate';
import { supervisionApi } from '../../src/server/supervision/api';
import { ACTIVE_PAIR, supervisionProgramme } from '../support/supervisionProgramme';
import { useWorkspace } from '../support/workspace';

const d = (iso: string) => parseCalendarDate(iso)!;

/** One pair mentoring from 8 September, with diaries; the spreadsheet is in Rome (the fake's default zone). */
function programme(today: string, meetings: { key: string; date: string; submittedAt: string }[]) {
  return supervisionProgramme(
    today,
    [ACTIVE_PAIR],
    meetings.map((m) => ({ responseKey: m.key, pairCode: 'P-0001', mentorId: 'MT-0001', date: d(m.date), submittedAt: new Date(m.submittedAt) })),
  );
}

const DIARIES = [
  { key: 'r1', date: '2026-09-12', submittedAt: '2026-09-12T18:00:00Z' },
  // 22:30 UTC on 30 September is 00:30 on 1 October in Rome: sent in October.
  { key: 'r2', date: '2026-09-29', submittedAt: '2026-09-30T22:30:00Z' },
  { key: 'r3', date: '2026-10-20', submittedAt: '2026-10-20T18:00:00Z' },
];

describe('the indicators month by month', () => {
  it('returns each indicator’s trend over the period’s months, by the spreadsheet’s calendar', () => {
    programme('2026-12-20', DIARIES);
    const result = supervisionApi.getIndicators({ from: '2026-09-01', to: '2026-12-20' });
    const get = (id: string) => result.indicators.find((i) => i.id === id)!;
    const perMonth = get('meetingsPerMonth').trend;
    expect(perMonth.map((p) => [p.month, p.numerator, p.partial])).toEqual([
      ['2026-09', 2, false],
      ['2026-10', 1, false],
      ['2026-11', 0, false],
      ['2026-12', 0, true],
    ]);
    // The diary of the 29th was sent after midnight in Rome: October has a diary, September does too (the 12th).
    expect(get('diarySubmission').trend.map((p) => [p.month, p.numerator, p.denominator, p.met])).toEqual([
      ['2026-09', 1, 1, true],
      ['2026-10', 1, 1, true],
      ['2026-11', 0, 1, false],
      // December is cut by the period: not a whole month, so nothing to count yet.
      ['2026-12', 0, 0, null],
    ]);
    expect(get('meetingsPerMonth')).toMatchObject({ numerator: 3 });
    expect(get('meetingsPerMonth').denominator).toBeCloseTo(3.4, 1);
  });

  it('refuses a period that ends before it starts, with the two days in the message', () => {
    programme('2026-12-20', DIARIES);
    expect(() => supervisionApi.getIndicators({ from: '2026-12-01', to: '2026-11-01' })).toThrow(
      expect.objectContaining({ key: 'indicators.periodBackwards', params: { from: '2026-12-01', to: '2026-11-01' } }),
    );
  });
});

describe('the Indicators sheet’s charts', () => {
  it('writes the month table and a line chart per indicator with a target, anchored below it, reading that table', () => {
    const ws = programme('2026-12-20', DIARIES);
    const { indicators } = supervisionApi.getIndicators({ from: '2026-09-01', to: '2026-12-20' });
    supervisionApi.writeIndicators({ from: '2026-09-01', to: '2026-12-20' });
    const sheet = ws.spreadsheet.getSheetByName('Indicators')!;
    const charts = sheet.getCharts();
    const targeted = indicators.filter((i) => i.target !== null);
    expect(charts).toHaveLength(targeted.length);
    expect(targeted).toHaveLength(10);

    const values = ws.workbook().find((s) => s.name === 'Indicators')!.values;
    // Summary rows 1 to 16, row 17 blank, the title in 18, the header in 19, one row a month.
    expect(values[17]![0]).toBe('By month (%)');
    expect(values[18]!.slice(0, 3)).toEqual(['Month', 'Mentors who completed all 5 training modules', 'Target (%)']);
    expect(values.slice(19).map((r) => r[0])).toEqual(['2026-09', '2026-10', '2026-11', '2026-12']);

    charts.forEach((chart, n) => {
      expect(chart.getOptions().get('title')).toBe(targeted[n]!.label);
      expect(chart.getRanges().map((r) => r.getA1Notation())).toEqual([`A19:A23`, `${'BDFHJLNPRT'[n]}19:${'CEGIKMOQSU'[n]}23`]);
      const container = chart.getContainerInfo();
      // Two charts a row, under the month table (which ends in row 23), none on top of another.
      expect(container.getAnchorRow()).toBe(26 + Math.floor(n / 2) * 18);
      expect(container.getAnchorColumn()).toBe(n % 2 ? 8 : 1);
      expect(container.getOffsetX()).toBe(0);
    });
    const view = ws.workbook().find((s) => s.name === 'Indicators')!.charts;
    const diary = view[targeted.findIndex((i) => i.id === 'diarySubmission')]!;
    expect(diary).toMatchObject({ type: 'LINE', options: { title: 'Mentors sending the diary every month', width: 560, height: 340 } });
    // The value series and the dashed target series, header first, the empty December cell empty.
    expect(diary.ranges[1]!.values).toEqual([
      ['Mentors sending the diary every month', 'Target (%)'],
      [100, 80],
      [100, 80],
      [0, 80],
      [null, 80],
    ]);
    expect(diary.options.series).toEqual({ 1: { lineDashStyle: [6, 4], pointSize: 0 } });
  });

  it('rewrites the sheet for a shorter period without leaving the longer one’s months or charts', () => {
    const ws = programme('2026-12-20', DIARIES);
    supervisionApi.writeIndicators({ from: '2026-01-01', to: '2026-12-20' });
    const first = ws.spreadsheet
      .getSheetByName('Indicators')!
      .getCharts()
      .map((c) => c.getChartId());
    supervisionApi.writeIndicators({ from: '2026-10-01', to: '2026-11-30' });
    const sheet = ws.spreadsheet.getSheetByName('Indicators')!;
    const values = ws.workbook().find((s) => s.name === 'Indicators')!.values;
    expect(values.slice(19).map((r) => r[0])).toEqual(['2026-10', '2026-11']);
    expect(values).toHaveLength(21);
    const charts = sheet.getCharts();
    expect(charts).toHaveLength(10);
    expect(charts.some((c) => first.includes(c.getChartId()))).toBe(false);
    expect(charts[0]!.getRanges()[0]!.getA1Notation()).toBe('A19:A21');
  });
});

describe('the fake’s embedded charts follow EmbeddedChartBuilder', () => {
  function sheetWithData() {
    const ws = useWorkspace();
    const sheet = SpreadsheetApp.getActiveSpreadsheet().getActiveSheet();
    sheet.getRange(1, 1, 3, 2).setValues([
      ['Month', 'Value'],
      ["'2026-09", 40],
      ["'2026-10", 55],
    ]);
    return { ws, sheet };
  }

  it('adds a range once, refuses a type that is not a Charts.ChartType, and refuses to build without a type', () => {
    const { sheet } = sheetWithData();
    const builder = sheet.newChart().addRange(sheet.getRange('A1:B3')).addRange(sheet.getRange('A1:B3'));
    expect(builder.getRanges().map((r) => r.getA1Notation())).toEqual(['A1:B3']);
    expect(() => builder.build()).toThrow(/no type/);
    expect(() => builder.setChartType('DONUT' as unknown as GoogleAppsScript.Charts.ChartType)).toThrow(/Invalid argument: type/);
    expect(builder.setChartType(Charts.ChartType.LINE).getChartType()).toBe('LINE');
    expect(builder.removeRange(sheet.getRange('A1:B3')).getRanges()).toEqual([]);
  });

  it('anchors a chart in a 1-indexed row and column with pixel offsets, and refuses a position before the first cell', () => {
    const { sheet } = sheetWithData();
    const builder = sheet.newChart().setChartType(Charts.ChartType.COLUMN).addRange(sheet.getRange('A1:B3'));
    expect(() => builder.setPosition(0, 1, 0, 0)).toThrow(/anchorRowPos/);
    expect(() => builder.setPosition(1, 1, -5, 0)).toThrow(/offsetX/);
    expect(() => builder.setPosition(1.5, 1, 0, 0)).toThrow(/anchorRowPos/);
    const container = builder.setPosition(5, 3, 10, 20).getContainer();
    expect([container.getAnchorRow(), container.getAnchorColumn(), container.getOffsetX(), container.getOffsetY()]).toEqual([5, 3, 10, 20]);
  });

  it('draws nothing until inserted, saves a modified chart only through updateChart, and reads options back', () => {
    const { ws, sheet } = sheetWithData();
    const chart = sheet.newChart().setChartType(Charts.ChartType.LINE).addRange(sheet.getRange('A1:B3')).setOption('title', 'Trend').build();
    expect(sheet.getCharts()).toHaveLength(0);
    sheet.insertChart(chart);
    expect(() => sheet.insertChart(chart)).toThrow(/already in the sheet/);
    const modified = sheet.getCharts()[0]!.modify().setOption('title', 'Renamed').setOption('animation.duration', 500).build();
    expect(sheet.getCharts()[0]!.getOptions().get('title')).toBe('Trend');
    sheet.updateChart(modified);
    const saved = sheet.getCharts()[0]!;
    expect(saved.getChartId()).toBe(chart.getChartId());
    expect(saved.getOptions().get('title')).toBe('Renamed');
    expect(saved.getOptions().get('animation.duration')).toBe(500);
    expect(saved.getOptions().get('toString')).toBeNull();
    const stranger = sheet.newChart().setChartType(Charts.ChartType.BAR).addRange(sheet.getRange('A1:B3')).build();
    expect(() => sheet.updateChart(stranger)).toThrow(/not in this sheet/);
    // The preview's view: the cells each range reads, numbers as numbers.
    expect(ws.workbook()[0]!.charts[0]!.ranges[0]).toEqual({
      sheet: sheet.getName(),
      a1: 'A1:B3',
      values: [
        ['Month', 'Value'],
        ['2026-09', 40],
        ['2026-10', 55],
      ],
    });
  });
});
