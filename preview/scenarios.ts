import { createWorkspace, type FakeWorkspace } from '../fake';
import { prepareDemoProgramme, seedDemo } from './demo';
import { type AddonRuntime, loadAddon } from './runtime';

export type Scenario = 'demo' | 'empty';

export interface ScenarioOptions {
  distDir: string;
  projectFiles: Record<string, string>;
}

/**
 * A fresh spreadsheet with the add-on installed (onInstall has built the menu). "demo" adds the
 * demo programme's form responses; "empty" has nothing set up.
 */
export function createScenario(scenario: Scenario, options: ScenarioOptions): AddonRuntime {
  const ws: FakeWorkspace = createWorkspace({
    spreadsheetName: scenario === 'demo' ? 'Bologna Peer Mentoring 2026' : 'Untitled spreadsheet',
    locale: 'en_GB',
    timeZone: 'Europe/Rome',
    now: '2026-11-23T09:00:00Z',
    projectFiles: options.projectFiles,
  });
  const runtime = loadAddon(ws, options.distDir);
  runtime.run('onInstall', [{ authMode: 'FULL' }]);
  if (scenario === 'demo') {
    seedDemo(ws);
    prepareDemoProgramme(runtime);
  }
  ws.counter.reset();
  return runtime;
}
