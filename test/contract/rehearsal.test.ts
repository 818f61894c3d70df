import { existsSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createWorkspace } from '../../fake';
import { MENTEE_SHEET, prepareDemoProgramme, seedDemo } from '../../preview/demo';
import { loadAddon } from '../../preview/runtime';

/**
 * A deployment rehearsal: the built dist/, loaded as Apps Script loads it, on the strict in-memory
 * Workspace (scopes from the built manifest, authorisation modes, per-user drive.file, owners and
 * protections), driven through a programme by the people of a real first deployment.
 */
const dist = path.resolve('dist');
const OWNER = 'director@example.org';
const SECOND = 'second.coordinator@example.org';
const VOLUNTEER = 'volunteer@example.org';

beforeAll(() => {
  if (!existsSync(path.join(dist, 'Code.js'))) throw new Error('dist/ is missing: run `npm run build` first');
});

type Rows = string[][];
const sheetRows = (ws: ReturnType<typeof createWorkspace>, name: string): Rows => ws.workbook().find((s) => s.name === name)?.values ?? [];
const column = (rows: Rows, header: string) => rows.slice(1).map((r) => r[rows[0]!.indexOf(header)] ?? '');

describe('deployment rehearsal', () => {
  it('runs a programme with its owner, a second coordinator, a volunteer and a mentor without a Google account', () => {
    const ws = createWorkspace({
      owner: OWNER,
      user: OWNER,
      spreadsheetName: 'Untitled spreadsheet',
      now: '2026-11-23T09:00:00Z',
      projectFiles: { 'sidebar.html': '<p>sidebar</p>' },
    });
    const runtime = loadAddon(ws, dist);

    // The owner installs the add-on: onInstall runs in FULL and builds the menu.
    runtime.run('onInstall', [{ authMode: 'FULL' }], OWNER);
    expect(ws.state.menus).toHaveLength(1);

    // A new spreadsheet: the add-on is installed but not used there, so onOpen runs in NONE.
    ws.createSpreadsheet('Bologna Peer Mentoring 2026', OWNER);
    expect(ws.onOpenMode(OWNER)).toBe('NONE');
    expect(ws.openSpreadsheet(OWNER)).toEqual({ handler: 'onOpen', user: OWNER, ok: true });
    expect(ws.state.menus.at(-1)!.items.map((i) => i.functionName)).toContain('openSidebar');
    runtime.run('openSidebar', [], OWNER);
    expect(ws.state.sidebarHtml).toBe('<p>sidebar</p>');
    expect(ws.onOpenMode(OWNER)).toBe('LIMITED');
    expect(ws.openSpreadsheet(OWNER).ok).toBe(true);

    // The owner sets up the programme, maps and imports the forms, turns on automatic import.
    seedDemo(ws);
    prepareDemoProgramme(runtime);
    const sensitive = ws.sheet('Sensitive details').getProtections('SHEET' as unknown as GoogleAppsScript.Spreadsheet.ProtectionType)[0]!;
    expect(sensitive.getEditors().map((u) => u.getEmail())).toEqual([OWNER]);
    expect(column(sheetRows(ws, 'Audit log'), 'Action')).toContain('screening.decision');
    runtime.run('createTemplates', [], OWNER);

    // The owner shares the spreadsheet with a colleague and makes them a coordinator.
    ws.shareSpreadsheet(SECOND);
    ws.installAddon(SECOND);
    const added = runtime.run('setCoordinator', [{ email: SECOND, add: true }], OWNER) as { coordinators: string[]; files: { changed: number } };
    expect(added.coordinators).toEqual([OWNER, SECOND]);
    expect(added.files.changed).toBe(5);
    expect(column(sheetRows(ws, 'Audit log'), 'Action')).toContain('coordinator.added');

    // The second coordinator opens the spreadsheet (NONE for them), imports, matches and generates documents.
    expect(ws.onOpenMode(SECOND)).toBe('NONE');
    expect(ws.openSpreadsheet(SECOND).ok).toBe(true);
    const before = sheetRows(ws, 'Mentees').length;
    ws.submitFormResponse(MENTEE_SHEET, {
      'Full name': 'Hana Tesfaye',
      Email: 'hana@example.org',
      'I agree to the processing of my data': 'I agree',
      'Languages you speak': 'Tigrinya, English (B1)',
    });
    const intake = sheetRows(ws, 'Mentees');
    expect(intake.length).toBe(before + 1);
    const sheetId = ws.sheet(MENTEE_SHEET).getSheetId();
    expect(runtime.run('importResponses', [{ sheetId }], SECOND)).toMatchObject({ done: true });
    const overview = runtime.run('getMatchingOverview', [], SECOND) as { waiting: { id: string }[] };
    const match = overview.waiting
      .map((m) => ({
        menteeId: m.id,
        suggestion: (runtime.run('getSuggestions', [{ menteeId: m.id }], SECOND) as { suggestions: { mentorId: string }[] }).suggestions[0],
      }))
      .find((m) => m.suggestion);
    expect(match).toBeDefined();
    runtime.run('acceptMatches', [{ pairs: [{ menteeId: match!.menteeId, mentorId: match!.suggestion!.mentorId }] }], SECOND);
    const generated = runtime.run('generateDocuments', [{ kind: 'iip', codes: ['P-0001'] }], SECOND) as { done: boolean; failed: string | null };
    expect(generated).toMatchObject({ done: true, failed: null });
    const iip = ws.documents().find((d) => d.name.startsWith('IIP – P-0001') && !d.trashed)!;
    expect(iip.sharing).toEqual([{ type: 'user', role: 'owner', emailAddress: SECOND }]);
    expect(iip.body).toContain('Individual Integration Plan');

    // A volunteer with edit access but no coordinator rights gets clear messages and no sensitive data.
    ws.shareSpreadsheet(VOLUNTEER);
    ws.installAddon(VOLUNTEER);
    expect(ws.openSpreadsheet(VOLUNTEER).ok).toBe(true);
    expect(runtime.run('getCoordinators', [], VOLUNTEER)).toEqual({ coordinators: [], isCoordinator: false });
    expect(() => runtime.run('importResponses', [{ sheetId }], VOLUNTEER)).toThrow(/Only the programme’s coordinators can do this/);
    expect(() => runtime.run('exportParticipant', [{ role: 'mentee', id: 'ME-0001' }], VOLUNTEER)).toThrow(/Only the programme’s coordinators can do this/);
    expect(() => ws.execution(() => ws.sheet('Sensitive details').getRange(2, 4).setValue('changed'), VOLUNTEER)).toThrow(/protected cell/);

    // The mentor has no Google account: sharing the IIP invites them by Google's email.
    const shared = runtime.run('shareDocument', [{ code: 'P-0001', kind: 'iip' }], SECOND) as { shared: boolean; invited: boolean };
    expect(shared).toEqual({ shared: true, invited: true });
    const mentorPermission = ws.state.driveFiles[iip.id]!.permissions.find((p) => p.role === 'reader')!;
    expect(mentorPermission.notification).toContain('do not forward');
    expect(column(sheetRows(ws, 'Audit log'), 'Action')).toContain('document.shared');

    // Nothing ran with more than the built manifest grants.
    expect(ws.scopes.has('https://www.googleapis.com/auth/drive')).toBe(false);
  });
});
