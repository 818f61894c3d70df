import { afterEach } from 'vitest';
import { createWorkspace, type FakeWorkspace, type WorkspaceOptions } from '../../fake';

/**
 * Server code under test reads Apps Script services from the global scope, as it does in
 * production. This installs a fresh in-memory Workspace there for one test and removes it after.
 */
let uninstall: (() => void) | null = null;

afterEach(() => {
  uninstall?.();
  uninstall = null;
});

export function useWorkspace(options: WorkspaceOptions = {}): FakeWorkspace {
  uninstall?.();
  const ws = createWorkspace(options);
  uninstall = ws.installGlobals(globalThis as unknown as Record<string, unknown>, { clockDate: false });
  return ws;
}
