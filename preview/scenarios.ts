import { createWorkspace, type FakeWorkspace } from '../fake';
import { DEMO_START, DEMO_TODAY, prepareDemoProgramme, seedDemo } from './demo';
import { type AddonRuntime, loadAddon } from './runtime';

export type Scenario = 'demo' | 'empty';

export interface ScenarioOptions {
  distDir: string;
  projectFiles: Record<string, string>;
}

function newWorkspace(scenario: Scenario, options: ScenarioOptions): FakeWorkspace {
  return createWorkspace({
    spreadsheetName: scenario === 'demo' ? 'Bologna Peer Mentoring 2026' : 'Untitled spreadsheet',
    locale: 'en_GB',
    timeZone: 'Europe/Rome',
    // The demo programme is played from its first day; an empty spreadsheet starts on the demo's "today".
    now: scenario === 'demo' ? DEMO_START : DEMO_TODAY,
    projectFiles: options.projectFiles,
  });
}

/**
 * A fresh spreadsheet with the add-on installed (onInstall has built the menu). "demo" adds the
 * demo programme, played through the add-on from its first applications to today; "empty" has
 * nothing set up.
 */
export function createScenario(scenario: Scenario, options: ScenarioOptions): AddonRuntime {
  const runtime = loadAddon(newWorkspace(scenario, options), options.distDir);
  runtime.run('onInstall', [{ authMode: 'FULL' }]);
  if (scenario === 'demo') {
    seedDemo(runtime.ws);
    prepareDemoProgramme(runtime);
  }
  runtime.ws.counter.reset();
  return runtime;
}

/**
 * Scenarios for one preview server. The demo is the same every time (its story is fixed), so it
 * is played once and each later reset restores its state into a freshly loaded add-on: a reset
 * (every browser test makes one) then costs a restore, not a year of programme.
 */
export function scenarioFactory(options: ScenarioOptions) {
  let demoState: string | null = null;
  return {
    create(scenario: Scenario): AddonRuntime {
      if (scenario !== 'demo') return createScenario(scenario, options);
      if (demoState === null) {
        const runtime = createScenario('demo', options);
        demoState = runtime.ws.snapshot();
        return runtime;
      }
      const runtime = loadAddon(newWorkspace('demo', options), options.distDir);
      runtime.ws.restore(demoState);
      runtime.ws.counter.reset();
      return runtime;
    },
  };
}
