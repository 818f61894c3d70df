import type { FrameLocator, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openSidebar, trackRpc, usePreviewBrowser } from '../support/browser';

const session = usePreviewBrowser({ beforeAll, afterAll, beforeEach });

/** The element focused in the sidebar, by what a test can name it: id, else tag and data attributes. */
function focusedIn(frame: FrameLocator): Promise<string> {
  return frame.locator('body').evaluate(() => {
    const e = document.activeElement;
    if (!e || e === document.body) return 'body';
    if (e.id) return `#${e.id}`;
    const data = [...e.attributes].filter((a) => a.name.startsWith('data-')).map((a) => `[${a.name}="${a.value}"]`);
    return `${e.tagName.toLowerCase()}${data.join('')}`;
  });
}

/**
 * Presses Tab (or Shift+Tab) until focus is on an element matching `selector`, as a keyboard
 * user moves; fails if it cannot be reached in `max` presses.
 */
async function tabTo(page: Page, frame: FrameLocator, selector: string, options: { back?: boolean; max?: number } = {}) {
  for (let i = 0; i < (options.max ?? 120); i++) {
    const matches = await frame.locator('body').evaluate((_, s) => document.activeElement?.matches(s) ?? false, selector);
    if (matches) return;
    await page.keyboard.press(options.back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`${selector} cannot be reached with ${options.back ? 'Shift+Tab' : 'Tab'}; focus is on ${await focusedIn(frame)}`);
}

/** Back to the tab bar with Shift+Tab, then along it with the arrow keys (the WAI-ARIA tabs pattern). */
async function goToTab(page: Page, frame: FrameLocator, id: string) {
  await tabTo(page, frame, '[role="tab"][aria-selected="true"]', { back: true });
  for (let i = 0; i < 7 && (await focusedIn(frame)) !== `#tab-${id}`; i++) await page.keyboard.press('ArrowRight');
  expect(await focusedIn(frame)).toBe(`#tab-${id}`);
  await expect(frame.locator(`#tab-${id}`).getAttribute('aria-selected')).resolves.toBe('true');
}

describe('the main flows with the keyboard only', () => {
  it('maps and imports, matches and accepts, ticks a checklist item, and generates a document', async () => {
    const { page } = session;
    const rpc = trackRpc(page);
    const frame = await openSidebar(page, session.preview.url);
    const message = frame.locator('#message');
    // The walk starts with focus on the first tab, as after opening the sidebar and pressing Tab.
    await frame.locator('#tab-home').focus();

    // Intake: map the mentee intake sheet, then import it.
    await goToTab(page, frame, 'intake');
    await rpc.idle();
    await tabTo(page, frame, '[data-map="Mentee intake"]');
    await page.keyboard.press('Enter');
    await rpc.idle();
    await tabTo(page, frame, '#mapping-save');
    await page.keyboard.press('Enter');
    await expect.poll(() => message.textContent()).toContain('Mapping saved');
    await rpc.idle();
    // The editor is gone: focus is on the message that says what happened, not lost to the page.
    expect(await focusedIn(frame)).toBe('#message');
    await tabTo(page, frame, '[data-import="Mentee intake"]');
    await page.keyboard.press('Enter');
    await expect.poll(() => message.textContent()).toContain('Import finished');
    await rpc.idle();
    expect(await focusedIn(frame)).toBe('button[data-import="Mentee intake"]');

    // Matching: choose the first waiting mentee with the arrow key, accept the first suggestion.
    await goToTab(page, frame, 'matching');
    await rpc.idle();
    await tabTo(page, frame, '#mentee-select');
    await page.keyboard.press('ArrowDown');
    await rpc.idle();
    const mentee = await frame.locator('#mentee-select').inputValue();
    expect(mentee).not.toBe('');
    await tabTo(page, frame, '#suggestions [data-accept]');
    const mentor = await frame.locator('body').evaluate(() => document.activeElement?.getAttribute('data-accept'));
    await page.keyboard.press('Enter');
    await expect.poll(() => message.textContent()).toMatch(/Pair P-\d+ proposed/);
    await rpc.idle();
    // The mentee is no longer waiting, so the button is gone: focus is on the message.
    expect(await focusedIn(frame)).toBe('#message');
    const workbook = (await (await fetch(`${session.preview.url}/__dev/workbook`)).json()) as { sheets: { name: string; values: string[][] }[] };
    expect(
      workbook.sheets
        .find((s) => s.name === 'Pairs')!
        .values.at(-1)!
        .slice(1, 4),
    ).toEqual([mentor, '', mentee]);

    // Pairs: choose P-0001, open its checklist with Enter, tick the first open item with Space.
    await goToTab(page, frame, 'pairs');
    await rpc.idle();
    await tabTo(page, frame, '#pair-select');
    await page.keyboard.press('ArrowDown');
    await rpc.idle();
    await expect(frame.locator('#pair-select').inputValue()).resolves.toBe('P-0001');
    await tabTo(page, frame, '#checklist > summary');
    await page.keyboard.press('Enter');
    await expect(frame.locator('#checklist').getAttribute('open')).resolves.toBe('');
    await tabTo(page, frame, '#checklist input[type="checkbox"]:not(:checked)');
    const item = await frame.locator('body').evaluate(() => document.activeElement?.getAttribute('data-item'));
    await page.keyboard.press('Space');
    await rpc.idle();
    // The panel was drawn again from the server: the checklist is still open, the item ticked and focused.
    await expect(frame.locator('#checklist').getAttribute('open')).resolves.toBe('');
    await expect(frame.locator(`[data-item="${item}"]`).isChecked()).resolves.toBe(true);
    expect(await focusedIn(frame)).toBe(`input[data-item="${item}"]`);

    // Documents: tick P-0001 with Space and generate its IIP with Enter.
    await goToTab(page, frame, 'documents');
    await rpc.idle();
    await tabTo(page, frame, '[data-pair="P-0001"]');
    await page.keyboard.press('Space');
    await tabTo(page, frame, '#generate');
    await page.keyboard.press('Enter');
    await expect.poll(() => message.textContent(), { timeout: 20_000 }).toContain('1 document generated');
    await rpc.idle();
    expect(await focusedIn(frame)).toBe('#generate');
    await expect(frame.locator('#documents-made a').count()).resolves.toBe(1);
  });
});
