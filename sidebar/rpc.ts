import type { Jsonify } from '../src/core/dto';
import type { SidebarApi } from '../src/server/api';

interface ScriptRunner {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRunner;
  withFailureHandler(handler: (error: Error) => void): ScriptRunner;
  [name: string]: unknown;
}

declare const google: { script: { run: ScriptRunner } };

export type ApiResult<K extends keyof SidebarApi> = Jsonify<ReturnType<SidebarApi[K]>>;

/**
 * Calls a server function with the types of the server module: what arrives is the JSON
 * round trip of what the server returned (Jsonify), exactly what google.script.run delivers.
 */
export function call<K extends keyof SidebarApi>(name: K, ...args: Parameters<SidebarApi[K]>): Promise<ApiResult<K>> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler((value) => resolve(value as ApiResult<K>))
      .withFailureHandler((error) => reject(error instanceof Error ? error : new Error(String(error))));
    (runner[name] as (...a: unknown[]) => void)(...args);
  });
}

const early = new Map<keyof SidebarApi, Promise<unknown>>();

/**
 * Starts a call with no arguments before the view that needs it exists: the first tab's data,
 * sent alongside the sidebar's state instead of after it (google.script.run runs calls side by
 * side, up to ten at once), so the first render waits for the slower of the two, not their sum.
 * The view's next `call` of that function takes this answer, once.
 */
export function callEarly(name: keyof SidebarApi): void {
  const pending = (call as (n: keyof SidebarApi) => Promise<unknown>)(name);
  // Kept for the view, which reports a failure; unclaimed (the state failed first), it is ignored.
  pending.catch(() => undefined);
  early.set(name, pending);
}

/** The answer of an early call of `name`, if one is waiting to be claimed. */
export function claimEarly<K extends keyof SidebarApi>(name: K): Promise<ApiResult<K>> | null {
  const pending = early.get(name);
  if (!pending) return null;
  early.delete(name);
  return pending as Promise<ApiResult<K>>;
}
