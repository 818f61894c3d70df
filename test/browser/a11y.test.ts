import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openSidebar, trackRpc, usePreviewBrowser } from '../support/browser';

const session = usePreviewBrowser({ beforeAll, afterAll, beforeEach });

const TABS = ['home', 'intake', 'matching', 'pairs', 'documents', 'indicators', 'settings'] as const;

/**
 * axe-core on every tab of the sidebar, as it runs in the preview's 300 px frame, with every
 * section opened (a closed <details> hides most of a tab from the checks). Only the sidebar is
 * checked: the preview's own page stands in for Google Sheets and is not shipped.
 */
async function violationsOnEveryTab(scenario: 'demo' | 'empty') {
  await fetch(`${session.preview.url}/__dev/reset`, { method: 'POST', body: JSON.stringify({ scenario }) });
  // AxeBuilder opens a page of its own beside this one to gather the frames' results: it needs a context it may open pages in.
  const context = await session.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const rpc = trackRpc(page);
  const frame = await openSidebar(page, session.preview.url);
  const found: string[] = [];
  for (const tab of TABS) {
    await frame.locator(`#tab-${tab}`).click();
    await rpc.idle();
    // Twice: opening a section can load more sections (a pair's outreach).
    for (let round = 0; round < 2; round++) {
      await frame.locator('details').evaluateAll((all) => {
        for (const d of all) (d as HTMLDetailsElement).open = true;
      });
      await rpc.idle();
    }
    const result = await new AxeBuilder({ page }).include({ fromFrames: ['#sidebar-frame', 'html'] }).analyze();
    // A scan that reached no sidebar content would pass everything: it must have checked contrast and landmarks there.
    const checked = [...result.passes, ...result.violations, ...result.incomplete].map((r) => r.id);
    for (const rule of ['color-contrast', 'landmark-one-main', 'page-has-heading-one', 'aria-required-children'])
      if (!checked.includes(rule)) found.push(`${tab} › ${rule} was not checked`);
    for (const v of result.violations) {
      if (v.impact !== 'serious' && v.impact !== 'critical') continue;
      found.push(
        `${tab} › ${v.id} (${v.impact}): ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
      );
    }
  }
  await context.close();
  return found;
}

describe('accessibility of the sidebar (axe-core)', () => {
  it('has no serious or critical violation on any tab of the demo programme', async () => {
    expect(await violationsOnEveryTab('demo')).toEqual([]);
  });

  it('has none either before the programme is set up', async () => {
    expect(await violationsOnEveryTab('empty')).toEqual([]);
  });

  it('has one main landmark, one h1, and only the message region live', async () => {
    const frame = await openSidebar(session.page, session.preview.url, 'matching');
    await expect.poll(() => frame.locator('main').count()).toBe(1);
    await expect(frame.locator('h1').count()).resolves.toBe(1);
    await expect(frame.locator('h1').textContent()).resolves.toBe('Peer Mentoring Desk');
    await expect(frame.locator('#app[aria-live], main[aria-live], #panel[aria-live]').count()).resolves.toBe(0);
    await expect(frame.locator('[aria-live]').evaluateAll((all) => all.map((e) => e.id))).resolves.toEqual(['message']);
  });
});
