/**
 * Long supervision lists made short enough to read: "This week" grouped by priority or by pair,
 * most urgent first, and a pair's checklist grouped by phase with done/total counts. Pure, so the
 * server orders what it sends and the sidebar groups what it shows with the same rules.
 */

/** What a week item needs for grouping; days are ISO calendar days, '' when there is none. */
export interface WeekEntry {
  pairCode: string;
  urgency: number;
  date: string;
}

/** Warnings carry urgency 3, 2 or 1; anything else (a newer server, a typed value) is "other", shown last. */
export const PRIORITIES = ['urgent', 'important', 'soon', 'other'] as const;
export type Priority = (typeof PRIORITIES)[number];

export function priorityOf(urgency: unknown): Priority {
  if (urgency === 3) return 'urgent';
  if (urgency === 2) return 'important';
  if (urgency === 1) return 'soon';
  return 'other';
}

const rank = (p: Priority) => PRIORITIES.indexOf(p);

/** A day, with "no day" after every real one: an undated item is never the most pressing. */
function compareDays(a: string, b: string): number {
  if (a === b) return 0;
  if (!a) return 1;
  if (!b) return -1;
  return a < b ? -1 : 1;
}

/** Most urgent first, then the earliest day, then the pair's code, so ties always fall the same way. */
export function compareWeekItems(a: WeekEntry, b: WeekEntry): number {
  return rank(priorityOf(a.urgency)) - rank(priorityOf(b.urgency)) || compareDays(a.date, b.date) || a.pairCode.localeCompare(b.pairCode);
}

export interface PriorityGroup<T> {
  priority: Priority;
  items: T[];
}

/** The non-empty priorities, most urgent first, each with its items in week order. */
export function groupByPriority<T extends WeekEntry>(items: readonly T[]): PriorityGroup<T>[] {
  const sorted = [...items].sort(compareWeekItems);
  return PRIORITIES.map((priority) => ({ priority, items: sorted.filter((i) => priorityOf(i.urgency) === priority) })).filter((g) => g.items.length > 0);
}

export interface PairGroup<T> {
  pairCode: string;
  items: T[];
  /** The pair's most pressing priority. */
  top: Priority;
  /** How many of its items are of each priority. */
  counts: Record<Priority, number>;
}

/**
 * One group a pair, the pair needing most attention first: by its most urgent item, then by how
 * many items it has of that priority, then by its earliest day, then by code.
 */
export function groupByPair<T extends WeekEntry>(items: readonly T[]): PairGroup<T>[] {
  const byCode = new Map<string, T[]>();
  for (const item of [...items].sort(compareWeekItems)) {
    const list = byCode.get(item.pairCode);
    if (list) list.push(item);
    else byCode.set(item.pairCode, [item]);
  }
  const groups = [...byCode].map(([pairCode, list]) => {
    const counts: Record<Priority, number> = { urgent: 0, important: 0, soon: 0, other: 0 };
    for (const item of list) counts[priorityOf(item.urgency)]++;
    return { pairCode, items: list, top: priorityOf(list[0]!.urgency), counts };
  });
  return groups.sort(
    (a, b) =>
      rank(a.top) - rank(b.top) || b.counts[b.top] - a.counts[a.top] || compareDays(a.items[0]!.date, b.items[0]!.date) || a.pairCode.localeCompare(b.pairCode),
  );
}

/** The first `shown` of a list and how many are left: long lists are drawn a page at a time. */
export function firstPage<T>(list: readonly T[], shown: number): { visible: T[]; left: number } {
  const n = Math.max(0, Math.floor(shown));
  return { visible: list.slice(0, n), left: Math.max(0, list.length - n) };
}

/** Checklist phases in the order a pair lives them; a phase we do not know goes last, as "other". */
export const PHASE_ORDER = ['intro', 'followUp', 'supervision', 'review', 'actions', 'closure', 'custom', 'other'] as const;
export type PhaseGroupId = (typeof PHASE_ORDER)[number];

export interface ChecklistEntry {
  phase: string;
  done: boolean;
  due: string;
  late?: boolean;
}

export interface PhaseGroup<T> {
  phase: PhaseGroupId;
  items: T[];
  done: number;
  total: number;
  late: number;
  /** The phase the pair is in now: the one to open. */
  current: boolean;
}

const phaseOf = (phase: string): PhaseGroupId => ((PHASE_ORDER as readonly string[]).includes(phase) ? (phase as PhaseGroupId) : 'other');

/**
 * The phase a pair is in: the phase of its earliest open item (an undated one only when no open
 * item has a day), so a late introductory step keeps the introduction open. Null when all is done.
 */
export function currentPhase(items: readonly ChecklistEntry[]): PhaseGroupId | null {
  let best: ChecklistEntry | null = null;
  for (const item of items) {
    if (item.done) continue;
    if (
      !best ||
      compareDays(item.due, best.due) < 0 ||
      (item.due === best.due && PHASE_ORDER.indexOf(phaseOf(item.phase)) < PHASE_ORDER.indexOf(phaseOf(best.phase)))
    )
      best = item;
  }
  return best ? phaseOf(best.phase) : null;
}

/** The checklist by phase, in phase order, each with its counts; empty phases are left out. */
export function groupChecklist<T extends ChecklistEntry>(items: readonly T[]): PhaseGroup<T>[] {
  const current = currentPhase(items);
  return PHASE_ORDER.map((phase) => {
    const list = items.filter((i) => phaseOf(i.phase) === phase);
    return {
      phase,
      items: list,
      done: list.filter((i) => i.done).length,
      total: list.length,
      late: list.filter((i) => i.late && !i.done).length,
      current: phase === current,
    };
  }).filter((g) => g.total > 0);
}
