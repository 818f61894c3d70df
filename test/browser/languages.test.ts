import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { artifactPath, openSidebar, usePreviewBrowser } from '../support/browser';

const session = usePreviewBrowser({ beforeAll, afterAll, beforeEach }, { width: 1280, height: 900 });

const TABS = ['home', 'intake', 'matching', 'pairs', 'documents', 'indicators', 'settings'] as const;

/**
 * The longest languages in the 300 px sidebar: every tab is looked at, screenshot and measured.
 * Nothing may stick out to the right (a word too long for its button, a table too wide).
 */
describe.each(['de', 'el'])('the sidebar in %s at 300 px', (language) => {
  it('fits every tab without sideways scrolling', async () => {
    const frame = await openSidebar(session.page, session.preview.url, 'settings');
    await frame.locator('#language-select').selectOption(language);
    await frame.locator('#settings-save').click();
    await expect.poll(() => frame.locator('html').getAttribute('lang')).toBe(language);
    const sidebar = session.page.locator('#sidebar-frame');
    const overflowing: string[] = [];
    for (const tab of TABS) {
      await frame.locator(`#tab-${tab}`).click();
      await frame.locator('.section h2').first().waitFor();
      // Let the tab's own call finish drawing.
      await session.page.waitForTimeout(300);
      for (const details of await frame.locator('details').all()) await details.evaluate((d) => d.setAttribute('open', ''));
      const wide = await frame.locator('body').evaluate(() => {
        const limit = document.documentElement.clientWidth;
        return [...document.querySelectorAll<HTMLElement>('body *')]
          .filter((e) => e.getBoundingClientRect().right > limit + 1 && e.offsetParent !== null)
          .map(
            (e) =>
              `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}${e.className ? `.${String(e.className).split(' ')[0]}` : ''}: ${e.textContent?.trim().slice(0, 40)}`,
          )
          .slice(0, 5);
      });
      overflowing.push(...wide.map((w) => `${tab} › ${w}`));
      await sidebar.screenshot({ path: artifactPath(`sidebar-${language}-${tab}.png`) });
    }
    expect(overflowing).toEqual([]);
  });
});
