import gas from 'gas-local';
import path from 'node:path';
import { type FakeWorkspace, manifestScopes } from '../fake';

/**
 * The built add-on (dist/) loaded as Apps Script loads a project: every file run in one global
 * scope, here a V8 context whose globals are the in-memory Workspace services.
 */
export interface AddonRuntime {
  readonly ws: FakeWorkspace;
  readonly scope: Record<string, unknown>;
  /** Names of the top-level functions the bundle declares (its public surface). */
  publicNames(): string[];
  /** Runs one public function as one execution, as google.script.run or a menu click would. */
  run(name: string, args?: unknown[], user?: string): unknown;
}

export function loadAddon(ws: FakeWorkspace, distDir: string): AddonRuntime {
  const scope: Record<string, unknown> = {};
  // Users authorise what the built manifest asks for, no more.
  ws.grantScopes(manifestScopes(path.join(distDir, 'appsscript.json')));
  ws.installGlobals(scope);
  const serviceNames = new Set(Object.keys(scope));
  gas.require(distDir, scope, { filter: (file: string) => file.endsWith('.js') });
  const resolve = (name: string) => {
    const fn = scope[name];
    return typeof fn === 'function' && !serviceNames.has(name) ? (fn as (...args: unknown[]) => unknown) : undefined;
  };
  ws.setFunctionResolver(resolve);
  return {
    ws,
    scope,
    publicNames: () => Object.keys(scope).filter((name) => resolve(name) !== undefined),
    run(name, args = [], user) {
      const fn = resolve(name);
      if (!fn) throw new Error(`Script function not found: ${name}`);
      return ws.execution(() => fn(...args), user);
    },
  };
}
