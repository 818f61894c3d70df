import { describe, expect, it } from 'vitest';
import { findNonJsonValue } from '../../src/core/dto';
import { initialStatePlaceholder, readInitialState } from '../../src/core/initialState';
import { sidebarApi } from '../../src/server/api';
import { menuFunctions } from '../../src/server/menu';
import { initialStateText } from '../support/initialState';
import { useWorkspace } from '../support/workspace';

describe('sidebar API', () => {
  it('returns a JSON-safe state in the spreadsheet’s language', () => {
    useWorkspace({ locale: 'it_IT' });
    const state = sidebarApi.getSidebarState();
    expect(findNonJsonValue(state)).toBeNull();
    expect(state).toMatchObject({ language: 'it', languageSetting: 'auto', isSetUp: false });
    expect(state.messages['nav.settings']).toBe('Impostazioni');
  });

  it('saves a language override and refuses anything else', () => {
    useWorkspace({ locale: 'it_IT' });
    expect(() => sidebarApi.saveSettings({ language: 'xx' } as never)).toThrow('Richiesta non compresa');
    expect(sidebarApi.saveSettings({ language: 'en' }).language).toBe('en');
    expect(() => sidebarApi.saveSettings(null as never)).toThrow(/settings must be an object/);
    expect(sidebarApi.saveSettings({ language: 'auto' }).language).toBe('it');
  });

  it('reports unexpected errors without their text, and logs no personal data', () => {
    const ws = useWorkspace();
    // A service failure whose message quotes a participant's answer.
    ws.failNextCall('Spreadsheet.getSheets', 'Cannot read cell "Amina Yusuf"');
    expect(() => sidebarApi.getSidebarState()).toThrow(/Something went wrong: reference getSidebarState-/);
    expect(ws.logs.join('\n')).not.toContain('Amina');
  });
});

describe('menu', () => {
  it('builds the add-on menu on open and opens the sidebar', () => {
    const ws = useWorkspace({ projectFiles: { 'sidebar.html': '<p>sidebar</p>' } });
    menuFunctions.onOpen({ authMode: ScriptApp.AuthMode.FULL } as GoogleAppsScript.Events.SheetsOnOpen);
    expect(ws.state.menus[0]!.items.map((i) => i.functionName)).toEqual(['openSidebar', 'setUpProgrammeFromMenu', '', 'showHelp']);
    menuFunctions.openSidebar();
    expect(ws.state.sidebarHtml).toBe('<p>sidebar</p>');
    expect(ws.state.sidebarTitle).toBe('Peer Mentoring Desk');
  });

  it('writes the sidebar’s state into the page it opens, in the person’s language, so the sidebar needs no call to draw', () => {
    const ws = useWorkspace({ projectFiles: { 'sidebar.html': `<div id="app"></div>${initialStatePlaceholder()}` } });
    sidebarApi.saveSettings({ language: 'it' });
    menuFunctions.openSidebar();
    const initial = readInitialState<ReturnType<typeof sidebarApi.getSidebarState>>(initialStateText(ws.state.sidebarHtml ?? ''));
    expect(initial?.retry).toBe('Riprova');
    expect(initial?.state).toEqual(JSON.parse(JSON.stringify(sidebarApi.getSidebarState())));
    expect(initial?.state?.language).toBe('it');
  });

  it('opens the sidebar without a state it could not build, keeping the word to try again', () => {
    const ws = useWorkspace({ projectFiles: { 'sidebar.html': initialStatePlaceholder() } });
    ws.failNextCall('Spreadsheet.getSheets', 'Service unavailable');
    menuFunctions.openSidebar();
    expect(readInitialState(initialStateText(ws.state.sidebarHtml ?? ''))).toEqual({ state: null, retry: 'Try again' });
    expect(ws.state.sidebarTitle).toBe('Peer Mentoring Desk');
  });

  it('sets up from the menu with a toast, and explains a failure in an alert', () => {
    const ws = useWorkspace({ projectFiles: { 'sidebar.html': '<p>sidebar</p>' } });
    menuFunctions.setUpProgrammeFromMenu();
    expect(ws.state.uiEvents.some((e) => e.kind === 'toast' && e.detail.includes('12 sheets created'))).toBe(true);
    ws.documentLock.holdByOtherExecution(3_600_000);
    menuFunctions.setUpProgrammeFromMenu();
    expect(ws.state.uiEvents.at(-1)).toMatchObject({ kind: 'alert', detail: expect.stringContaining('try again') });
  });
});
