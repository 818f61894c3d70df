import { describe, expect, it } from 'vitest';
import { type TrendChartPoint, trendGeometry, trendScaleMax } from '../../sidebar/views/trendChart';

const point = (month: string, value: number | null, met: boolean | null = null): TrendChartPoint => ({ month, value, met });
const months = (n: number) => Array.from({ length: n }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`);

describe('the trend chart’s geometry', () => {
  it('draws nothing for an empty series, but keeps the target line', () => {
    const g = trendGeometry([], { max: 1, target: 0.8 });
    expect(g.segments).toEqual([]);
    expect(g.marks).toEqual([]);
    expect(g.targetY).toBeCloseTo(g.baseY - 0.8 * (g.baseY - g.topY), 1);
  });

  it('puts a single month in the middle as a dot, with no line to draw', () => {
    const g = trendGeometry([point('2026-09', 0.5, false)], { max: 1, target: 0.75, width: 200, height: 60 });
    expect(g.segments).toEqual([]);
    expect(g.marks).toEqual([{ x: 100, y: g.baseY - 0.5 * (g.baseY - g.topY), kind: 'below', month: '2026-09' }]);
    expect(g.firstX).toBe(g.lastX);
  });

  it('spreads twelve months evenly, left to right, and breaks the line where a month has no data', () => {
    const values = [0.2, 0.4, null, 0.6, 0.7, 0.8, 0.8, 0.9, 1, 1, 0.9, 0.85];
    const g = trendGeometry(
      months(12).map((m, i) => point(m, values[i]!, values[i] === null ? null : values[i]! >= 0.8)),
      { max: 1, target: 0.8, width: 252, height: 64 },
    );
    const xs = g.marks.map((m) => m.x);
    expect(xs).toHaveLength(11);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    // Slots of 20 px from x = 6: each month's point in the middle of its slot; March (no data) is skipped.
    expect(xs.slice(0, 3)).toEqual([16, 36, 76]);
    expect(g.segments).toHaveLength(2);
    expect(g.segments[0]).toBe(`M16 ${g.marks[0]!.y} L36 ${g.marks[1]!.y}`);
    expect(g.segments[1]!.startsWith('M76 ')).toBe(true);
    expect(g.marks.map((m) => m.kind)).toEqual(['below', 'below', 'below', 'below', 'met', 'met', 'met', 'met', 'met', 'met', 'met']);
    // A higher value is drawn higher (a smaller y).
    expect(g.marks[8]!.y).toBeLessThan(g.marks[0]!.y);
    expect(g.marks[8]!.y).toBe(g.topY);
  });

  it('keeps values above the target inside the plot, above the target line', () => {
    const points = [point('2026-09', 3.4), point('2026-10', 1.2)];
    const max = trendScaleMax(points, 2, false);
    expect(max).toBe(3.4);
    const g = trendGeometry(points, { max, target: 2 });
    expect(g.marks[0]!.y).toBe(g.topY);
    expect(g.marks[0]!.y).toBeLessThan(g.targetY!);
    expect(g.marks[1]!.y).toBeGreaterThan(g.targetY!);
    expect(g.marks.every((m) => m.kind === 'plain')).toBe(true);
  });

  it('scales shares to 100%, and counts to their largest value, or 1 when everything is zero', () => {
    expect(trendScaleMax([point('2026-09', 0.3)], 0.85, true)).toBe(1);
    expect(trendScaleMax([point('2026-09', 0), point('2026-10', null)], null, false)).toBe(1);
    expect(trendScaleMax([point('2026-09', 4)], 6, false)).toBe(6);
    // A value beyond the scale (a share over 100% cannot happen, a bad max can) is clamped to the top, never drawn outside.
    const g = trendGeometry([point('2026-09', 1.5)], { max: 1, target: null });
    expect(g.marks[0]!.y).toBe(g.topY);
    expect(g.targetY).toBeNull();
  });
});
