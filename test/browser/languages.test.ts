import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { artifactPath, chooseSidebarLanguage, openSidebar, trackRpc, usePreviewBrowser } from '../support/browser';

const session = usePreviewBrowser({ beforeAll, afterAll, beforeEach }, { width: 1280, height: 900 });

const TABS = ['home', 'intake', 'matching', 'pairs', 'documents', 'indicators', 'settings'] as const;

/**
 * The sidebar in the 300 px frame, in English, Italian and the longest languages (German, Greek):
 * every tab is looked at with every section open, screenshot and measured. Nothing may stick out
 * to the right (a word too long for its button, a table too wide); what a scrolling box clips
 * (the tab bar scrolls sideways) is inside its box, not out of the page.
 */
describe.each(['en', 'it', 'de', 'el'])('the sidebar in %s at 300 px', (language) => {
  it('fits every tab without sideways scrolling, with the tabs on one row', async () => {
    const rpc = trackRpc(session.page);
    const frame = await openSidebar(session.page, session.preview.url);
    if (language !== 'en') await chooseSidebarLanguage(frame, language);
    const sidebar = session.page.locator('#sidebar-frame');
    const overflowing: string[] = [];
    const bars: string[] = [];
    for (const tab of TABS) {
      await frame.locator(`#tab-${tab}`).click();
      await rpc.idle();
      await frame.locator('details').evaluateAll((all) => {
        for (const d of all) (d as HTMLDetailsElement).open = true;
      });
      await rpc.idle();
      const wide = await frame.locator('body').evaluate(() => {
        const limit = document.documentElement.clientWidth;
        const clippedInside = (e: Element) => {
          for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) {
            if (getComputedStyle(a).overflowX !== 'visible') return a.getBoundingClientRect().right <= limit + 1;
          }
          return false;
        };
        return [...document.querySelectorAll<HTMLElement>('body *')]
          .filter((e) => e.getBoundingClientRect().right > limit + 1 && e.offsetParent !== null && !clippedInside(e))
          .map(
            (e) =>
              `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}${e.className ? `.${String(e.className).split(' ')[0]}` : ''}: ${e.textContent?.trim().slice(0, 40)}`,
          )
          .slice(0, 5);
      });
      overflowing.push(...wide.map((w) => `${tab} › ${w}`));
      // One row of tabs (about 36 px, not three rows of 101 px), and the chosen tab scrolled into view.
      const bar = await frame.locator('[role="tablist"]').evaluate((list) => {
        const box = list.getBoundingClientRect();
        const chosen = list.querySelector('[aria-selected="true"]')!.getBoundingClientRect();
        return { height: Math.round(box.height), visible: chosen.left >= box.left - 1 && chosen.right <= box.right + 1 };
      });
      if (bar.height > 48 || !bar.visible) bars.push(`${tab}: ${bar.height} px, chosen tab ${bar.visible ? 'visible' : 'hidden'}`);
      await frame.locator('#tab-home').evaluate((e) => e.closest('main')?.scrollIntoView());
      await sidebar.screenshot({ path: artifactPath(`sidebar-${language}-${tab}.png`) });
    }
    expect(overflowing).toEqual([]);
    expect(bars).toEqual([]);
  });
});
