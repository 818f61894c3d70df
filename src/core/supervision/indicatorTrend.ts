import { addDays, addMonths, type CalendarDate, monthOf, monthStart } from '../calendarDate';
import { computeIndicators, DEFAULT_TARGETS, type IndicatorId, type IndicatorInput, meetsTarget } from './indicators';

/**
 * Each indicator month by month: the same rules as the period's figure (computeIndicators), applied
 * to each calendar month of the period in turn, so a month's point is what the indicator would
 * have read for that month alone. Dates are calendar days of the spreadsheet's zone (the table
 * module and the diary's timestamp conversion put them there), so a month boundary is the zone's.
 */
export interface TrendPoint {
  /** "2026-09". */
  month: string;
  value: number | null;
  numerator: number;
  denominator: number;
  met: boolean | null;
  /** The month is cut by the period's first or last day (the current month, say). */
  partial: boolean;
}

export type IndicatorTrends = Record<IndicatorId, TrendPoint[]>;

/** A chart of more than two years is no longer read as a trend; the latest months are kept. */
export const MAX_TREND_MONTHS = 24;

export interface TrendMonth {
  month: string;
  from: CalendarDate;
  to: CalendarDate;
  partial: boolean;
}

/** The calendar months a period touches, each cut to the period, the latest MAX_TREND_MONTHS at most. */
export function trendMonths(from: CalendarDate, to: CalendarDate): TrendMonth[] {
  const months: TrendMonth[] = [];
  if (from > to) return months;
  for (let start = monthStart(from); start <= to; start = addMonths(start, 1)) {
    const end = addDays(addMonths(start, 1), -1);
    const cutFrom = start < from ? from : start;
    const cutTo = end > to ? to : end;
    months.push({ month: monthOf(start), from: cutFrom, to: cutTo, partial: cutFrom !== start || cutTo !== end });
  }
  return months.slice(-MAX_TREND_MONTHS);
}

export function indicatorTrends(input: IndicatorInput, targets: Partial<Record<IndicatorId, number>> = DEFAULT_TARGETS): IndicatorTrends {
  const trends = {} as IndicatorTrends;
  for (const month of trendMonths(input.from, input.to)) {
    for (const indicator of computeIndicators({ ...input, from: month.from, to: month.to }, targets)) {
      const points = trends[indicator.id] ?? [];
      points.push({
        month: month.month,
        value: indicator.value,
        numerator: indicator.numerator,
        denominator: indicator.denominator,
        // Counts without a target (early endings, rematches) have no "met": only a share or a figure with a target has.
        met: meetsTarget(indicator.value, indicator.target),
        partial: month.partial,
      });
      trends[indicator.id] = points;
    }
  }
  return trends;
}
