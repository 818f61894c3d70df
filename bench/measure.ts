import { type FakeWorkspace, isRemoteCall } from '../fake';
import { timeIt } from './table';

/** Runs `fn` with the workspace's services as the global scope, as server code expects them. */
export function withGlobals<T>(ws: FakeWorkspace, fn: () => T): T {
  const restore = ws.installGlobals(globalThis as unknown as Record<string, unknown>, { clockDate: false });
  try {
    return fn();
  } finally {
    restore();
  }
}

export interface Measured {
  /** Every service call. */
  all: number;
  /** Reads, writes and structural changes (see fake/core.ts). */
  data: number;
  reads: number;
  cells: number;
  ms: number;
}

/** Counts and times one run of `work` against the workspace. */
export function measure(ws: FakeWorkspace, work: () => void): Measured {
  return withGlobals(ws, () => {
    ws.counter.reset();
    const ms = timeIt(1, work);
    return { all: ws.counter.total(), data: ws.counter.total(isRemoteCall), reads: ws.counter.get('Range.getValues'), cells: ws.counter.cells, ms };
  });
}

/**
 * The Apps Script estimate of the tables that time an execution (cohortRpc, sidebar): 80 ms per
 * data call and 0.01 ms per cell moved, plus the execution's computing time multiplied by an
 * assumed 3 (Google documents no speed for Apps Script's V8; community measurements put it at 2
 * to 5 times slower than Node on a laptop).
 */
export const APPS_SCRIPT_MODEL = { msPerDataCall: 80, msPerCell: 0.01, slowdown: 3 };

export function appsScriptMs(dataCalls: number, cells: number, computingMs: number): number {
  const m = APPS_SCRIPT_MODEL;
  return dataCalls * m.msPerDataCall + cells * m.msPerCell + computingMs * m.slowdown;
}
