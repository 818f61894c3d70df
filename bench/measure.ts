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
