import { describe, expect, it } from 'vitest';
import { compareWeekItems, currentPhase, firstPage, groupByPair, groupByPriority, groupChecklist, priorityOf } from '../../src/core/supervision/grouping';

const item = (pairCode: string, urgency: number, date: string, text = '') => ({ pairCode, urgency, date, text });

describe('this week, grouped', () => {
  it('has no groups for no items', () => {
    expect(groupByPriority([])).toEqual([]);
    expect(groupByPair([])).toEqual([]);
  });

  it('groups one item once in each grouping', () => {
    const one = item('P-0001', 2, '2026-11-20');
    expect(groupByPriority([one])).toEqual([{ priority: 'important', items: [one] }]);
    expect(groupByPair([one])).toEqual([{ pairCode: 'P-0001', items: [one], top: 'important', counts: { urgent: 0, important: 1, soon: 0, other: 0 } }]);
  });

  it('puts unknown urgencies last, as "other"', () => {
    expect([3, 2, 1, 0, 4, Number.NaN, '3'].map(priorityOf)).toEqual(['urgent', 'important', 'soon', 'other', 'other', 'other', 'other']);
    const groups = groupByPriority([item('P-1', 7, '2026-01-01'), item('P-2', 1, '2026-01-02'), item('P-3', 3, '2026-01-03')]);
    expect(groups.map((g) => g.priority)).toEqual(['urgent', 'soon', 'other']);
  });

  it('breaks ties in priority by day (undated last), then by pair code', () => {
    const list = [item('P-0002', 3, '2026-11-20'), item('P-0001', 3, '2026-11-20'), item('P-0003', 3, ''), item('P-0004', 3, '2026-11-01')];
    expect([...list].sort(compareWeekItems).map((i) => i.pairCode)).toEqual(['P-0004', 'P-0001', 'P-0002', 'P-0003']);
  });

  it('orders pairs by their most urgent item, then by how many of those, then by day, then code', () => {
    const groups = groupByPair([
      item('P-A', 1, '2026-11-01'),
      item('P-B', 3, '2026-11-10'),
      item('P-C', 3, '2026-11-12'),
      item('P-C', 3, '2026-11-13'),
      item('P-D', 3, '2026-11-10'),
      item('P-B', 1, '2026-11-02'),
    ]);
    expect(groups.map((g) => g.pairCode)).toEqual(['P-C', 'P-B', 'P-D', 'P-A']);
    expect(groups[1]!.items.map((i) => i.urgency)).toEqual([3, 1]);
    expect(groups[1]!.counts).toEqual({ urgent: 1, important: 0, soon: 1, other: 0 });
  });

  it('holds 100 pairs: every item in exactly one group of each grouping, pages of 20', () => {
    const items = Array.from({ length: 100 }, (_, p) =>
      Array.from({ length: 8 }, (_, k) => item(`P-${String(p).padStart(4, '0')}`, (k % 3) + 1, `2026-11-${String((k % 28) + 1).padStart(2, '0')}`)),
    ).flat();
    const byPair = groupByPair(items);
    expect(byPair).toHaveLength(100);
    expect(byPair.reduce((n, g) => n + g.items.length, 0)).toBe(800);
    const byPriority = groupByPriority(items);
    expect(byPriority.map((g) => g.items.length).reduce((a, b) => a + b)).toBe(800);
    expect(byPriority[0]!.priority).toBe('urgent');
    expect(firstPage(byPair, 20)).toMatchObject({ left: 80 });
    expect(firstPage(byPair, 20).visible).toHaveLength(20);
    expect(firstPage(byPair.slice(0, 5), 20)).toMatchObject({ left: 0 });
  });
});

describe('a checklist, grouped by phase', () => {
  const entry = (phase: string, done: boolean, due: string, late = false) => ({ phase, done, due, late });

  it('has no groups and no current phase when empty', () => {
    expect(groupChecklist([])).toEqual([]);
    expect(currentPhase([])).toBeNull();
  });

  it('counts done of total and late per phase, in phase order, unknown phases last', () => {
    const groups = groupChecklist([
      entry('closure', false, '2027-01-01'),
      entry('intro', true, '2026-02-01'),
      entry('intro', false, '2026-02-01', true),
      entry('mystery', false, ''),
      entry('followUp', true, '2026-03-01'),
    ]);
    expect(groups.map((g) => [g.phase, g.done, g.total, g.late])).toEqual([
      ['intro', 1, 2, 1],
      ['followUp', 1, 1, 0],
      ['closure', 0, 1, 0],
      ['other', 0, 1, 0],
    ]);
    expect(groups.filter((g) => g.current).map((g) => g.phase)).toEqual(['intro']);
  });

  it('opens the phase of the earliest open item; ties go to the earlier phase; undated only when nothing is dated', () => {
    expect(currentPhase([entry('review', false, '2026-05-01'), entry('supervision', false, '2026-04-01')])).toBe('supervision');
    expect(currentPhase([entry('review', false, '2026-05-01'), entry('followUp', false, '2026-05-01')])).toBe('followUp');
    expect(currentPhase([entry('custom', false, ''), entry('closure', false, '2027-01-01')])).toBe('closure');
    expect(currentPhase([entry('custom', false, '')])).toBe('custom');
    expect(currentPhase([entry('intro', true, '2026-01-01')])).toBeNull();
  });
});
