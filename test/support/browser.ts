import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { type PreviewServer, startPreview } from '../../preview/server';

export const ARTIFACTS = path.resolve('test-artifacts');

/**
 * Debian's Chromium, headless, with the flags this closed network needs (DESIGN.md §7).
 * playwright gives every launch a new empty user-data dir of its own.
 */
export async function launchChromium(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
    ],
  });
}

export function artifactPath(name: string): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  return path.join(ARTIFACTS, name);
}

/**
 * One preview server and one Chromium for a browser test file; each test gets a fresh page on
 * a freshly reset demo programme.
 */
export function usePreviewBrowser(
  hooks: { beforeAll: typeof import('vitest').beforeAll; afterAll: typeof import('vitest').afterAll; beforeEach: typeof import('vitest').beforeEach },
  viewport = { width: 1280, height: 900 },
) {
  const session = {} as { preview: PreviewServer; browser: Browser; page: Page };
  hooks.beforeAll(async () => {
    session.preview = await startPreview({ root: path.resolve('.'), port: 0, stateFile: null });
    session.browser = await launchChromium();
  });
  hooks.afterAll(async () => {
    await session.browser?.close();
    await session.preview?.close();
  });
  hooks.beforeEach(async () => {
    await fetch(`${session.preview.url}/__dev/reset`, { method: 'POST', body: JSON.stringify({ scenario: 'demo' }) });
    session.page = await session.browser.newPage({ viewport });
  });
  return session;
}

/** Opens the add-on's sidebar from the Extensions menu, as a coordinator would, optionally on one tab. */
export async function openSidebar(page: Page, url: string, tab?: string) {
  await page.goto(url);
  await page.click('#extensions-menu');
  await page.click('[data-function="openSidebar"]');
  const frame = page.frameLocator('#sidebar-frame');
  await frame.locator('[role="tablist"]').waitFor();
  if (tab) await frame.locator(`#tab-${tab}`).click();
  return frame;
}

/**
 * Waits until the sidebar's server calls have all answered and none started for `quietMs`:
 * a tab draws in steps (its own calls), and a check made halfway sees a half-drawn tab.
 * Counts the page's `/__rpc` requests, whichever frame makes them.
 */
export function trackRpc(page: Page) {
  let inFlight = 0;
  let last = Date.now();
  const isRpc = (url: string) => new URL(url).pathname === '/__rpc';
  page.on('request', (r) => {
    if (isRpc(r.url())) {
      inFlight++;
      last = Date.now();
    }
  });
  const done = (r: { url(): string }) => {
    if (isRpc(r.url())) {
      inFlight--;
      last = Date.now();
    }
  };
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  return {
    async idle(quietMs = 150, timeoutMs = 20_000) {
      const start = Date.now();
      while (inFlight > 0 || Date.now() - last < quietMs) {
        if (Date.now() - start > timeoutMs) throw new Error(`server calls still running after ${timeoutMs} ms`);
        await page.waitForTimeout(25);
      }
      // Let the answer's drawing (and the shell's restore) run.
      await page.waitForTimeout(50);
    },
  };
}

/** Chooses the sidebar's language on the Settings tab and waits for the redraw in it. */
export async function chooseSidebarLanguage(frame: ReturnType<Page['frameLocator']>, language: string) {
  await frame.locator('#tab-settings').click();
  await frame.locator('#language-select').selectOption(language);
  await frame.locator('#settings-save').click();
  await frame.locator(`html[lang="${language}"]`).waitFor();
}
