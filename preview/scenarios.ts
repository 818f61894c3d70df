import { createWorkspace, type FakeWorkspace } from '../fake';
import { DEMO_START, DEMO_TODAY, prepareDemoProgramme, seedDemo } from './demo';
import { LARGE_START, prepareLargeProgramme } from './largeProgramme';
import { type AddonRuntime, loadAddon } from './runtime';

export type Scenario = 'demo' | 'large' | 'empty';

export interface ScenarioOptions {
  distDir: string;
  projectFiles: Record<string, string>;
}

/** Each scenario's spreadsheet, and when its clock starts: a programme is played from its first day; an empty spreadsheet starts on the demo's "today". */
const SPREADSHEETS: Record<Scenario, { name: string; now: string }> = {
  demo: { name: 'Bologna Peer Mentoring 2026', now: DEMO_START },
  large: { name: 'Emilia-Romagna Peer Mentoring 2026', now: LARGE_START },
  empty: { name: 'Untitled spreadsheet', now: DEMO_TODAY },
};

function newWorkspace(scenario: Scenario, options: ScenarioOptions): FakeWorkspace {
  const { name, now } = SPREADSHEETS[scenario];
  return createWorkspace({ spreadsheetName: name, locale: 'en_GB', timeZone: 'Europe/Rome', now, projectFiles: options.projectFiles });
}

/**
 * A fresh spreadsheet with the add-on installed (onInstall has built the menu). "demo" adds the
 * demo programme, played through the add-on from its first applications to today; "large" a
 * programme of 2,000 participants (largeProgramme.ts), for measuring the sidebar; "empty" has
 * nothing set up.
 */
export function createScenario(scenario: Scenario, options: ScenarioOptions): AddonRuntime {
  const runtime = loadAddon(newWorkspace(scenario, options), options.distDir);
  runtime.run('onInstall', [{ authMode: 'FULL' }]);
  if (scenario === 'demo') {
    seedDemo(runtime.ws);
    prepareDemoProgramme(runtime);
  }
  if (scenario === 'large') prepareLargeProgramme(runtime);
  runtime.ws.counter.reset();
  return runtime;
}

/**
 * Scenarios for one preview server. The demo and the large programme are the same every time
 * (their stories are fixed), so each is played once and each later reset restores its state into
 * a freshly loaded add-on: a reset (every browser test makes one) then costs a restore, not a year
 * of programme.
 */
export function scenarioFactory(options: ScenarioOptions) {
  const played = new Map<Scenario, string>();
  return {
    create(scenario: Scenario): AddonRuntime {
      if (scenario === 'empty') return createScenario(scenario, options);
      const state = played.get(scenario);
      if (state === undefined) {
        const runtime = createScenario(scenario, options);
        played.set(scenario, runtime.ws.snapshot());
        return runtime;
      }
      const runtime = loadAddon(newWorkspace(scenario, options), options.distDir);
      runtime.ws.restore(state);
      runtime.ws.counter.reset();
      return runtime;
    },
  };
}
