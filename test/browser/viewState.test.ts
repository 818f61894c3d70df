import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { trackRpc, usePreviewBrowser } from '../support/browser';

/** The sidebar page itself at 300 px: these tests are about what it keeps, not about the preview around it. */
const session = usePreviewBrowser({ beforeAll, afterAll, beforeEach }, { width: 300, height: 800 });

async function openSidebarPage(page: Page) {
  const rpc = trackRpc(page);
  await page.goto(`${session.preview.url}/sidebar`);
  await page.locator('[role="tablist"]').waitFor();
  await rpc.idle();
  return rpc;
}

/** Chooses the first pair, opens the contact log and types a draft in it. */
async function draftInPairLog(page: Page, rpc: ReturnType<typeof trackRpc>) {
  await page.locator('#tab-pairs').click();
  await rpc.idle();
  const pair = await page.locator('#pair-select option').nth(1).getAttribute('value');
  await page.locator('#pair-select').selectOption(pair!);
  await rpc.idle();
  await page.locator('#log > summary').click();
  await page.locator('#log-topics').fill('Rent contract; school enrolment');
  await page.locator('#log-kind').selectOption('Meeting');
  return pair!;
}

async function expectDraftKept(page: Page, pair: string) {
  await expect(page.locator('#pair-select').inputValue()).resolves.toBe(pair);
  await expect(page.locator('#log').getAttribute('open')).resolves.toBe('');
  await expect(page.locator('#log-topics').inputValue()).resolves.toBe('Rent contract; school enrolment');
  await expect(page.locator('#log-kind').inputValue()).resolves.toBe('Meeting');
}

describe('the sidebar keeps each tab’s view state', () => {
  it('keeps the chosen pair, the open section and the typed text across another tab and back', async () => {
    const rpc = await openSidebarPage(session.page);
    const pair = await draftInPairLog(session.page, rpc);
    await session.page.locator('#tab-settings').click();
    await rpc.idle();
    await session.page.locator('#tab-pairs').click();
    await rpc.idle();
    await expectDraftKept(session.page, pair);
  });

  it('keeps a draft with the pair it was typed for, not in another pair’s form', async () => {
    const rpc = await openSidebarPage(session.page);
    const pair = await draftInPairLog(session.page, rpc);
    const other = await session.page.locator('#pair-select option').nth(2).getAttribute('value');
    await session.page.locator('#pair-select').selectOption(other!);
    await rpc.idle();
    await expect(session.page.locator('#log-topics').inputValue()).resolves.toBe('');
    await session.page.locator('#pair-select').selectOption(pair);
    await rpc.idle();
    await expectDraftKept(session.page, pair);
  });

  it('keeps the tab and its state across a refresh of the sidebar', async () => {
    const rpc = await openSidebarPage(session.page);
    const pair = await draftInPairLog(session.page, rpc);
    // sessionStorage is written a moment after typing; a refresh (pagehide) writes it at once.
    await session.page.reload();
    await session.page.locator('[role="tablist"]').waitFor();
    await rpc.idle();
    await expect(session.page.locator('#tab-pairs').getAttribute('aria-selected')).resolves.toBe('true');
    await expectDraftKept(session.page, pair);
  });

  it('keeps everything in memory when the frame refuses sessionStorage', async () => {
    await session.page.addInitScript(() => {
      Object.defineProperty(window, 'sessionStorage', {
        get() {
          throw new DOMException('The document is sandboxed and lacks the allow-same-origin flag.', 'SecurityError');
        },
      });
    });
    const errors: string[] = [];
    session.page.on('pageerror', (e) => errors.push(e.message));
    const rpc = await openSidebarPage(session.page);
    const pair = await draftInPairLog(session.page, rpc);
    await session.page.locator('#tab-home').click();
    await session.page.locator('#tab-pairs').click();
    await rpc.idle();
    await expectDraftKept(session.page, pair);
    expect(errors).toEqual([]);
  });

  it('shows a refusal without a redraw: what was typed stays, and so does focus', async () => {
    const rpc = await openSidebarPage(session.page);
    await draftInPairLog(session.page, rpc);
    await session.page.locator('#goals > summary').click();
    const addGoal = session.page.locator('#goals > details').last();
    await addGoal.locator('summary').click();
    // A goal without its description is refused by the server.
    await addGoal.locator('input[type="text"]').first().fill('Housing');
    await addGoal.locator('textarea').nth(1).fill('Visit two agencies');
    const save = addGoal.locator('button');
    await save.focus();
    await session.page.keyboard.press('Enter');
    await expect.poll(() => session.page.locator('#message .notice.error').textContent()).toContain('description');
    await expect(addGoal.locator('input[type="text"]').first().inputValue()).resolves.toBe('Housing');
    await expect(addGoal.locator('textarea').nth(1).inputValue()).resolves.toBe('Visit two agencies');
    await expect(session.page.locator('#log-topics').inputValue()).resolves.toBe('Rent contract; school enrolment');
    await expect(save.evaluate((b) => b === document.activeElement)).resolves.toBe(true);
  });

  it('after “Contact logged”, keeps the pair and the open sections, clears the form sent, and focuses its button', async () => {
    const rpc = await openSidebarPage(session.page);
    const pair = await draftInPairLog(session.page, rpc);
    await session.page.locator('#checklist > summary').click();
    await session.page.locator('#log-with').fill('Mentee');
    await session.page.locator('#log-save').click();
    await expect.poll(() => session.page.locator('#message .notice.ok').textContent()).toContain(`Contact logged for ${pair}`);
    await rpc.idle();
    await expect(session.page.locator('#pair-select').inputValue()).resolves.toBe(pair);
    await expect(session.page.locator('#checklist').getAttribute('open')).resolves.toBe('');
    await expect(session.page.locator('#log').getAttribute('open')).resolves.toBe('');
    // The contact is in the sheet: its form starts empty, so it is not logged twice by mistake.
    await expect(session.page.locator('#log-topics').inputValue()).resolves.toBe('');
    await expect(session.page.locator('#log-save').evaluate((b) => b === document.activeElement)).resolves.toBe(true);
    // The message region was filled in place; the tab bar is the same element as before.
    await expect(session.page.locator('[aria-live]').count()).resolves.toBe(1);
  });
});
