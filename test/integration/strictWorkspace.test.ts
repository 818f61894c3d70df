import { describe, expect, it } from 'vitest';
import { createWorkspace } from '../../fake';
import { sidebarApi } from '../../src/server/api';
import { menuFunctions } from '../../src/server/menu';
import { setUpProgrammeSheets } from '../../src/server/programme';
import { withDocumentLock } from '../../src/server/workspace/lock';
import { useWorkspace } from '../support/workspace';

/**
 * The add-on against the strict in-memory Workspace: each test fails if the matching product fix
 * is reverted (see docs/fidelity.md for the Google behaviour each one rests on).
 */
const sensitiveProtection = (ws: ReturnType<typeof useWorkspace>) => ws.sheet('Sensitive details').getProtections(SpreadsheetApp.ProtectionType.SHEET)[0]!;

describe('the add-on on a strict Workspace', () => {
  it('builds its menu in AuthMode.NONE from the user’s locale alone', () => {
    const ws = useWorkspace({ locale: 'it_IT' });
    ws.execution(() => menuFunctions.onOpen({ authMode: ScriptApp.AuthMode.NONE } as GoogleAppsScript.Events.SheetsOnOpen), undefined, 'NONE');
    expect(ws.state.menus[0]!.items.map((i) => i.caption)).toContain('Apri la barra laterale');
  });

  it('asks for the userinfo.email scope it uses, and fails clearly without it', () => {
    expect(createWorkspace().scopes.has('https://www.googleapis.com/auth/userinfo.email')).toBe(true);
    useWorkspace({ scopes: ['https://www.googleapis.com/auth/spreadsheets.currentonly'] });
    expect(() => sidebarApi.setUpProgramme()).toThrow(/needs your permission/);
  });

  it('leaves Sensitive details with no half-made protection when setup fails before narrowing it, and finishes it on the next run', () => {
    const ws = useWorkspace({ owner: 'director@example.org' });
    ws.failNextCall('Session.getEffectiveUser', 'Authorization is required to perform that action.');
    expect(() => setUpProgrammeSheets()).toThrow();
    setUpProgrammeSheets();
    const protection = sensitiveProtection(ws);
    expect(
      protection
        .getEditors()
        .map((u) => u.getEmail())
        .sort(),
    ).toEqual(['coordinator@example.org', 'director@example.org']);
    expect(() => ws.execution(() => ws.sheet('Sensitive details').getRange(2, 1).setValue('x'), 'colleague@example.org')).toThrow(/protected cell/);
  });

  it('repairs, on the next setup, a protection that stopped restricting (mirroring, warning-only)', () => {
    const ws = useWorkspace({ owner: 'director@example.org' });
    setUpProgrammeSheets();
    // An interrupted older setup: a bare protection that still mirrors the spreadsheet's editors.
    sensitiveProtection(ws).remove();
    ws.sheet('Sensitive details').protect();
    expect(ws.execution(() => ws.sheet('Sensitive details').getRange(2, 1).setValue('x').getValue(), 'colleague@example.org')).toBe('x');
    setUpProgrammeSheets();
    expect(() => ws.execution(() => ws.sheet('Sensitive details').getRange(2, 1).setValue('y'), 'colleague@example.org')).toThrow(/protected cell/);
    sensitiveProtection(ws).setWarningOnly(true);
    setUpProgrammeSheets();
    expect(sensitiveProtection(ws).isWarningOnly()).toBe(false);
    expect(ws.sheet('Sensitive details').getProtections(SpreadsheetApp.ProtectionType.SHEET)).toHaveLength(1);
  });

  it('never asks Google for the coordinators’ list on behalf of someone who is not one', () => {
    const ws = useWorkspace();
    setUpProgrammeSheets();
    ws.counter.reset();
    expect(ws.execution(() => sidebarApi.getCoordinators(), 'volunteer@example.org')).toEqual({ coordinators: [], isCoordinator: false });
    expect(ws.counter.get('Protection.getEditors')).toBe(0);
  });

  it('says the truth when there is no document lock (outside a containing document), not “busy”', () => {
    const ws = useWorkspace();
    expect(() => ws.execution(() => withDocumentLock(() => 1), undefined, 'FULL', false)).toThrow(expect.objectContaining({ key: 'error.noDocumentLock' }));
  });
});
