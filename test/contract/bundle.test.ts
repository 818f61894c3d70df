import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createWorkspace } from '../../fake';
import { loadAddon } from '../../preview/runtime';
import { createScenario } from '../../preview/scenarios';
import { findNonJsonValue } from '../../src/core/dto';
import { initialStatePlaceholder, PAGE_LANGUAGE, PAGE_LOADING, readInitialState } from '../../src/core/initialState';
import { DEFAULT_RHYTHM } from '../../src/core/supervision/rhythm';
import type { SidebarApi } from '../../src/server/api';
import { publicFunctions } from '../../src/server/publicSurface';
import { initialStateText } from '../support/initialState';

const dist = path.resolve('dist');

beforeAll(() => {
  // npm test builds before the suites run; building here would race the browser tests reading dist/.
  if (!existsSync(path.join(dist, 'Code.js'))) throw new Error('dist/ is missing: run `npm run build` first');
});

function load(options = {}) {
  const ws = createWorkspace({ projectFiles: { 'sidebar.html': '<p>sidebar</p>' }, ...options });
  return loadAddon(ws, dist);
}

/**
 * One sample call per sidebar function, in an order that makes each meaningful on the demo
 * programme: adding a function to the API without a sample fails type-checking.
 */
function sampleCalls(sheetId: number, menteeId: string, mentorId: string): { [K in keyof SidebarApi]: Parameters<SidebarApi[K]> } {
  return {
    setUpProgramme: [],
    getSidebarState: [],
    getHomeDesk: [],
    getWaitingList: [],
    // Before acceptMatches, which may pair her: a demo mentee on the waiting list with an email address.
    getWaitingEmail: [{ menteeId: 'ME-0003' }],
    sendWaitingEmail: [{ menteeId: 'ME-0003' }],
    getWaitingDays: [],
    saveWaitingDays: [{ days: 45 }],
    saveSettings: [{ language: 'it' }],
    getMatchingOverview: [],
    getSuggestions: [{ menteeId }],
    getMentorSuggestions: [{ mentorId }],
    getExcludedMentors: [{ menteeId, rule: 'training' }],
    getExcludedMentees: [{ mentorId, rule: 'language' }],
    allowPairAgain: [{ mentorId, menteeId }],
    proposeCohort: [{ maximiseMatched: true, teamMode: false }],
    getMatchingSettings: [],
    saveMatchingSettings: [{ suggestions: 4 }],
    acceptMatches: [{ pairs: [{ menteeId, mentorId }] }],
    updatePairStatus: [{ code: 'P-0001', status: 'Mentor accepted' }],
    getProposalMessage: [{ code: 'P-0001' }],
    getWeekView: [],
    getPairSupervision: [{ code: 'P-0001' }],
    setChecklistItem: [{ code: 'P-0001', itemId: 'intro.roles', done: true }],
    acknowledgeWarning: [{ code: 'P-0001', warningId: 'P-0001:noMeeting:2026-11-23', note: 'Called the mentor' }],
    logSupervision: [
      { code: 'P-0001', date: '2026-11-23', withWhom: 'Mentor', kind: 'Call', topics: 'First weeks', actions: 'Find a course', nextDate: '2026-12-10' },
    ],
    saveGoal: [
      { code: 'P-0001', area: 'Housing', goal: 'Find a room', steps: 'Visit two agencies', targetDate: '2027-02-01', status: 'In progress', evidence: '' },
    ],
    getIndicators: [{}],
    getDocumentsOverview: [],
    createTemplates: [],
    checkTemplate: [{ kind: 'iip', code: 'P-0001' }],
    generateDocuments: [{ kind: 'iip', codes: ['P-0001'] }],
    shareDocument: [{ code: 'P-0001', kind: 'iip' }],
    getOutreach: [{ code: 'P-0001' }],
    sendOutreachEmail: [{ code: 'P-0001', kind: 'welcome', to: 'mentor', personId: 'MT-0001' }],
    getDigest: [],
    saveDigest: [{ enabled: true, hour: 8 }],
    getSupervisionSettings: [],
    saveSupervisionSettings: [
      {
        rhythm: { ...DEFAULT_RHYTHM, noMeetingDays: 28 },
        targets: { satisfaction: 0.9 },
        template: { off: ['intro.roles'], custom: [{ id: 'c1', text: 'Visit the library together', daysAfterStart: 45 }] },
      },
    ],
    writeIndicators: [{}],
    excludePair: [{ mentorId, menteeId: 'ME-0002', reason: 'Neighbours' }],
    getMentorReadiness: [{ mentorId }],
    saveMentorReadiness: [
      {
        mentorId,
        base: { modules: ['', '', '', '', ''], capacity: '', mentorType: '', checkLabel: '', checkDoneOn: '', checkExpiresOn: '' },
        values: { modules: ['', '', '', '', ''], capacity: '', mentorType: '', checkLabel: '', checkDoneOn: '', checkExpiresOn: '' },
      },
    ],
    proposeMapping: [{ sheetId }],
    confirmMapping: [
      {
        sheetId,
        kind: 'mentee',
        columns: [
          { header: 'Timestamp', field: null },
          { header: 'Full name', field: 'name' },
          { header: 'Email', field: 'email' },
        ],
      },
    ],
    importResponses: [{ sheetId }],
    installIngestion: [],
    getIntakeOverview: [],
    setScreeningDecision: [{ role: 'mentee', id: 'ME-0001', decision: 'Admit', reason: 'Meets the criteria' }],
    getFeedbackMessage: [{ role: 'mentee', id: 'ME-0001' }],
    createStandardForms: [{ kinds: ['diary'] }],
    exportParticipant: [{ role: 'mentee', id: 'ME-0005' }],
    getRetentionDue: [],
    getCoordinators: [],
    setCoordinator: [{ email: 'second.coordinator@example.org', add: true }],
    anonymiseParticipant: [{ role: 'mentee', id: 'ME-0005', confirm: 'ME-0005' }],
    eraseParticipant: [{ role: 'mentee', id: 'ME-0006', confirm: 'ME-0006' }],
  };
}

/** A mentee of the demo who is waiting and has at least one suggested mentor. */
function waitingMenteeWithSuggestion(runtime: ReturnType<typeof load>) {
  const overview = runtime.run('getMatchingOverview') as { waiting: { id: string }[] };
  for (const { id } of overview.waiting) {
    const result = runtime.run('getSuggestions', [{ menteeId: id }]) as { suggestions: { mentorId: string }[] };
    if (result.suggestions[0]) return { menteeId: id, mentorId: result.suggestions[0].mentorId };
  }
  throw new Error('The demo has no waiting mentee with a suggestion');
}

describe('the built bundle, loaded as Apps Script loads a project', () => {
  it('declares every listed public function at top level, and nothing else', () => {
    const runtime = load();
    expect(runtime.publicNames().sort()).toEqual(Object.keys(publicFunctions).sort());
    for (const name of Object.keys(publicFunctions)) {
      expect(typeof runtime.scope[name], name).toBe('function');
    }
  });

  it('touches no service while loading', () => {
    const runtime = load();
    expect(runtime.ws.counter.total()).toBe(0);
  });

  it('builds the add-on menu in onOpen in AuthMode.NONE, in the user’s language, touching nothing that needs authorisation', () => {
    const runtime = load({ locale: 'it_IT' });
    // Installed but never used in this spreadsheet: Google runs onOpen in NONE.
    expect(runtime.ws.onOpenMode('coordinator@example.org')).toBe('NONE');
    expect(runtime.ws.openSpreadsheet('coordinator@example.org')).toMatchObject({ ok: true });
    expect(runtime.ws.state.menus).toHaveLength(1);
    expect(runtime.ws.state.menus[0]!.items.map((i) => i.caption)).toContain('Apri la barra laterale');
  });

  it('builds the menu in AuthMode.LIMITED once the add-on has been used in the spreadsheet, with the chosen language', () => {
    const runtime = load();
    runtime.run('saveSettings', [{ language: 'it' }]);
    expect(runtime.ws.onOpenMode('coordinator@example.org')).toBe('LIMITED');
    expect(runtime.ws.openSpreadsheet('coordinator@example.org')).toMatchObject({ ok: true });
    expect(runtime.ws.state.menus.at(-1)!.items.map((i) => i.caption)).toContain('Apri la barra laterale');
  });

  it('answers every sidebar call with JSON-safe values (no Date reaches google.script.run)', () => {
    const runtime = createScenario('demo', { distDir: dist, projectFiles: { 'sidebar.html': '<p>sidebar</p>' } });
    const sheetId = runtime.ws.sheet('Mentee intake').getSheetId();
    const { menteeId, mentorId } = waitingMenteeWithSuggestion(runtime);
    for (const [name, args] of Object.entries(sampleCalls(sheetId, menteeId, mentorId))) {
      const value = runtime.run(name, args);
      expect(findNonJsonValue(value), name).toBeNull();
    }
  });

  it('runs a sidebar call end to end through the loaded bundle', () => {
    const runtime = load({ locale: 'it_IT' });
    const state = runtime.run('getSidebarState') as { language: string; messages: Record<string, string> };
    expect(state.language).toBe('it');
    expect(state.messages['nav.home']).toBe('Inizio');
    runtime.run('setUpProgramme');
    expect(runtime.ws.spreadsheet.getSheetByName('Coppie')).not.toBeNull();
  });

  it('opens the built sidebar with its state written into the page, once, and the page’s only other scripts its own', () => {
    const html = readFileSync(path.join(dist, 'sidebar.html'), 'utf8');
    expect(html.split(initialStatePlaceholder())).toHaveLength(2);
    expect(html.split(PAGE_LANGUAGE)).toHaveLength(2);
    expect(html.split(PAGE_LOADING)).toHaveLength(2);
    const ws = createWorkspace({ locale: 'it_IT', projectFiles: { 'sidebar.html': html } });
    loadAddon(ws, dist).run('openSidebar');
    const shown = ws.state.sidebarHtml ?? '';
    // Italian from the first paint: the page's language and its loading word, before the script draws.
    expect(shown).toContain('<html lang="it">');
    expect(shown).toContain('<p class="muted">Caricamento…</p>');
    expect(shown.includes(initialStatePlaceholder())).toBe(false);
    expect(readInitialState<{ spreadsheetName: string }>(initialStateText(shown))?.state?.spreadsheetName).toBe(ws.spreadsheet.getName());
    expect(shown.match(/<script/g)).toHaveLength(2);
  });

  it('keeps trigger handlers private: names ending in "_" are not sidebar functions', () => {
    for (const name of Object.keys(sampleCalls(0, '', ''))) expect(name.endsWith('_')).toBe(false);
    expect(Object.keys(publicFunctions)).toContain('onFormSubmit_');
  });
});
