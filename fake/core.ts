import { type AuthMode, refusal, requiredScopes } from './access';
import type { WorkspaceState } from './state';

/**
 * The shared machinery of the in-memory Workspace: the clock, the call counters,
 * ids, and the `tracked` wrapper that counts every public method call on a service object.
 */
export class CallCounter {
  readonly counts = new Map<string, number>();
  /** Cells read or written by getValues/setValues and their kin: what a batched call's time grows with. */
  cells = 0;

  add(name: string): void {
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
  }

  total(filter: (name: string) => boolean = () => true): number {
    let sum = 0;
    for (const [name, n] of this.counts) if (filter(name)) sum += n;
    return sum;
  }

  get(name: string): number {
    return this.counts.get(name) ?? 0;
  }

  snapshot(): Record<string, number> {
    return Object.fromEntries([...this.counts.entries()].sort(([a], [b]) => a.localeCompare(b)));
  }

  reset(): void {
    this.counts.clear();
    this.cells = 0;
  }
}

/**
 * Methods that move data or change structure in production: the "data calls" of the budget.
 * Metadata getters (getLastRow, getLastColumn, getDataRange, getMaxRows, getSheetByName) and
 * builders are counted among all calls but not here.
 */
export const REMOTE_METHODS = new Set([
  // Data moved between the script and Google: the calls the batching budget is about.
  'getValues',
  'setValues',
  'getDisplayValues',
  'getValue',
  'setValue',
  'getFormulas',
  'getNumberFormats',
  'setNumberFormat',
  'setNumberFormats',
  'getDataValidations',
  'setDataValidation',
  'setDataValidations',
  'appendRow',
  // Developer metadata: a search and an addition each go to Sheets.
  'find',
  // TextFinder searches run in Sheets; the cells they move are the matches (fake/textFinder.ts).
  'findAll',
  'findNext',
  'findPrevious',
  'addDeveloperMetadata',
  // Structural changes.
  'insertSheet',
  'deleteSheet',
  'insertColumnsAfter',
  'insertColumnAfter',
  'insertRowsAfter',
  'deleteColumn',
  'deleteRow',
  'deleteRows',
  'setFrozenRows',
  'protect',
  'sort',
  // Documents, Drive and Forms.
  'create',
  'openById',
  'copy',
  'replaceText',
  'saveAndClose',
  'batchUpdate',
  'get',
  'update',
  'list',
]);

export function isRemoteCall(name: string): boolean {
  const method = name.slice(name.lastIndexOf('.') + 1);
  return REMOTE_METHODS.has(method);
}

export class Clock {
  constructor(private readonly state: { clockMs: number }) {}

  now(): number {
    return this.state.clockMs;
  }

  advance(ms: number): void {
    this.state.clockMs += Math.max(0, ms);
  }

  set(time: Date | string | number): void {
    this.state.clockMs = new Date(time).getTime();
  }

  /** A Date class for the script's global scope whose "now" is this clock. */
  dateClass(): DateConstructor {
    const clock = this;
    class ClockDate extends Date {
      // biome-ignore lint/suspicious/noExplicitAny: Date's constructor overloads are untyped here
      constructor(...args: any[]) {
        if (args.length === 0) super(clock.now());
        else super(...(args as [number]));
      }
      static override now(): number {
        return clock.now();
      }
    }
    return ClockDate as unknown as DateConstructor;
  }
}

/**
 * What each call costs on the clock, so that work takes time as it does in Apps Script and the
 * add-on's time-based cut-offs (batches of ~20 s, the 30 s a call) really run in tests. The
 * default is the benchmark's model: 80 ms a data call, 1 ms any other call, 0.01 ms a cell.
 */
export interface CallCost {
  dataCallMs: number;
  otherCallMs: number;
  perCellMs: number;
}

export const DEFAULT_CALL_COST: CallCost = { dataCallMs: 80, otherCallMs: 1, perCellMs: 0.01 };

/** The execution the script is in: whose it is, in which authorisation mode, with which scopes granted. */
export interface ExecutionContext {
  authMode: AuthMode;
  scopes: ReadonlySet<string>;
  /** False for an execution outside a containing document (a standalone or web-app context). */
  inDocument: boolean;
  /** Clock time the execution started (null between executions, e.g. a test's direct calls). */
  startedAt: number | null;
}

/** Apps Script stops any execution after 6 minutes (quotas page, "Script runtime"). */
export const EXECUTION_LIMIT_MS = 6 * 60_000;

export interface FakeContext {
  state: WorkspaceState;
  counter: CallCounter;
  clock: Clock;
  execution: ExecutionContext;
  cost: CallCost;
  nextId(prefix: string): string;
  /** Files the project ships (for HtmlService.createHtmlOutputFromFile), name → content. */
  projectFiles: Record<string, string>;
  /** Failures injected by tests: the next call of "Type.method" throws this message. */
  faults: Map<string, string>;
  /**
   * Above 0 while the Workspace itself acts (Forms appending a response, Google building a
   * trigger's event, a test's dev seam): not the script's calls, so not counted, checked or timed.
   */
  seamDepth: number;
}

/** Runs `fn` as Google's own work, outside the script's execution. */
export function asGoogle<T>(ctx: FakeContext, fn: () => T): T {
  ctx.seamDepth++;
  try {
    return fn();
  } finally {
    ctx.seamDepth--;
  }
}

/**
 * Wraps a service object so that every call of a public method is counted as
 * "Type.method". Methods whose names start with "_" are the fake's own plumbing.
 */
export function tracked<T extends object>(target: T, typeName: string, ctx: FakeContext): T {
  return new Proxy(target, {
    get(obj, prop, receiver) {
      const value = Reflect.get(obj, prop, receiver);
      if (typeof prop !== 'string' || typeof value !== 'function' || prop.startsWith('_') || prop === 'constructor') {
        return value;
      }
      return function (this: unknown, ...args: unknown[]) {
        const self = this === undefined ? receiver : this;
        if (ctx.seamDepth > 0) return value.apply(self, args);
        const name = `${typeName}.${prop}`;
        beforeCall(ctx, name);
        const cellsBefore = ctx.counter.cells;
        const result = value.apply(self, args);
        ctx.clock.advance((ctx.counter.cells - cellsBefore) * ctx.cost.perCellMs);
        return result;
      };
    },
  });
}

/** What Google checks and spends before it runs a call: the count, the grant, the time, injected faults. */
function beforeCall(ctx: FakeContext, name: string): void {
  ctx.counter.add(name);
  const refused = refusal(name, ctx.execution.scopes, ctx.execution.authMode);
  if (refused) throw gasError(refused);
  if (requiredScopes(name).length && ctx.state.usersNeedingAuthorisation.includes(ctx.state.activeUser)) {
    // Triggers keep firing after a new scope is added; the call itself then fails.
    throw gasError('Authorization is required to perform that action.');
  }
  const started = ctx.execution.startedAt;
  if (started !== null && ctx.clock.now() - started > EXECUTION_LIMIT_MS) throw gasError('Exceeded maximum execution time');
  ctx.clock.advance(isRemoteCall(name) ? ctx.cost.dataCallMs : ctx.cost.otherCallMs);
  const fault = ctx.faults.get(name);
  if (fault !== undefined) {
    ctx.faults.delete(name);
    throw gasError(fault);
  }
}

export function isDate(value: unknown): value is Date {
  // Most cells hold text or numbers: answered before the tag test, which boxes a primitive.
  if (typeof value !== 'object' || value === null) return false;
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** Apps Script errors surface as `Exception: ...` in the editor; the message itself is the text. */
export function gasError(message: string): Error {
  const error = new Error(message);
  error.name = 'Exception';
  return error;
}
