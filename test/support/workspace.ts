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

/** The colleagues the tests' programme spreadsheet is shared with (editors, not yet coordinators). */
export const COLLEAGUES = ['colleague@example.org', 'volunteer@example.org', 'other@example.org', 'second@example.org', 'third@example.org'];

export function useWorkspace(options: WorkspaceOptions = {}): FakeWorkspace {
  uninstall?.();
  const ws = createWorkspace({ collaborators: COLLEAGUES, ...options });
  // The script's Date follows the workspace clock, as it does in the bundle and the preview.
  uninstall = ws.installGlobals(globalThis as unknown as Record<string, unknown>);
  return ws;
}

/** A sheet's rows as header → display value records (what a coordinator sees). */
export function recordsOf(ws: FakeWorkspace, sheetName: string): Record<string, string>[] {
  const sheet = ws.workbook().find((s) => s.name === sheetName);
  if (!sheet) throw new Error(`No sheet named ${sheetName}`);
  const [header, ...rows] = sheet.values;
  return rows.map((row) => Object.fromEntries((header ?? []).map((h, i) => [h, row[i] ?? ''])));
}
