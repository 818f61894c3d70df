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
