import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { artifactPath, openSidebar, trackRpc, usePreviewBrowser } from '../support/browser';

const session = usePreviewBrowser({ beforeAll, afterAll, beforeEach });

/** The names of the server functions the page called. */
function callsMade(page: Page): string[] {
  const names: string[] = [];
  page.on('request', (r) => {
    if (new URL(r.url()).pathname === '/__rpc') names.push((JSON.parse(r.postData() ?? '{}') as { fn?: string }).fn ?? '');
  });
  return names;
}

describe('input limits shown before sending', () => {
  it('a 50,000-character paste into a reason is let in, counted, and refused with a message: nothing sent, nothing lost', async () => {
    const calls = callsMade(session.page);
    const rpc = trackRpc(session.page);
    const frame = await openSidebar(session.page, session.preview.url, 'matching');
    await frame.locator('#pairs > summary').click();
    const pair = frame.locator('#pairs li[data-pair]').first();
    await pair.locator('summary').click();
    const reason = pair.locator('input[aria-label="Reason (for a decline or an early end)"]');
    await reason.focus();
    // insertText is what a paste does to a field: a maxlength would cut it here, silently.
    await session.page.keyboard.insertText('r'.repeat(50_000));
    await expect(reason.inputValue().then((v) => v.length)).resolves.toBe(50_000);
    const counter = pair.locator('.limit-counter');
    await expect(counter.textContent()).resolves.toBe('50,000 of 2000 characters');
    await expect(counter.getAttribute('class')).resolves.toContain('over');
    await expect(reason.getAttribute('aria-invalid')).resolves.toBe('true');
    await rpc.idle();
    const before = calls.length;
    await pair.getByRole('button', { name: 'Save status' }).click();
    await expect
      .poll(() => frame.locator('#message .notice.error').textContent())
      .toBe('Reason (for a decline or an early end) is too long: 50,000 characters, at most 2000. Nothing was saved: shorten it and try again.');
    await rpc.idle();
    expect(calls.slice(before)).toEqual([]);
    await expect(reason.inputValue().then((v) => v.length)).resolves.toBe(50_000);
    await session.page.locator('#sidebar-frame').screenshot({ path: artifactPath('limits-reason-too-long.png') });
    // Shortened to the limit, the counter stays (near the limit) but is no longer marked.
    await reason.fill('r'.repeat(2000));
    await expect(counter.textContent()).resolves.toBe('2000 of 2000 characters');
    await expect(counter.getAttribute('class')).resolves.not.toContain('over');
    await expect(reason.getAttribute('aria-invalid')).resolves.toBeNull();
  });

  it('a weight of −50 is refused with its range, the value kept and nothing sent', async () => {
    const calls = callsMade(session.page);
    const rpc = trackRpc(session.page);
    const frame = await openSidebar(session.page, session.preview.url, 'settings');
    const needs = frame.locator('#matching-settings input[data-criterion="needs"]');
    await needs.waitFor();
    await expect(needs.getAttribute('min')).resolves.toBe('0');
    await expect(needs.getAttribute('max')).resolves.toBe('100');
    await needs.fill('-50');
    await rpc.idle();
    const before = calls.length;
    await frame.locator('#matching-settings-save').click();
    await expect
      .poll(() => frame.locator('#message .notice.error').textContent())
      .toBe('Needs and help offered must be a number from 0 to 100. Nothing was saved.');
    await rpc.idle();
    expect(calls.slice(before)).not.toContain('saveMatchingSettings');
    await expect(needs.inputValue()).resolves.toBe('-50');
    await expect(needs.getAttribute('aria-invalid')).resolves.toBe('true');
  });

  it('9,999 suggestions and a 0-day rhythm are refused, naming the limit, not "saved"', async () => {
    const calls = callsMade(session.page);
    const rpc = trackRpc(session.page);
    const frame = await openSidebar(session.page, session.preview.url, 'settings');
    await frame.locator('#suggestion-count').fill('9999');
    await frame.locator('#matching-settings-save').click();
    await expect.poll(() => frame.locator('#message .notice.error').textContent()).toContain('whole number from 1 to 20');
    const firstCall = frame.locator('#supervision-settings input[data-rhythm="firstCallDays"]');
    await firstCall.fill('0');
    await frame.locator('#supervision-settings-save').click();
    await expect
      .poll(() => frame.locator('#message .notice.error').textContent())
      .toBe('Follow-up call, days after the start must be a whole number from 1 to 60. Nothing was saved.');
    await rpc.idle();
    expect(calls).not.toContain('saveMatchingSettings');
    expect(calls).not.toContain('saveSupervisionSettings');
  });

  it('the server says the same when the sidebar is bypassed', async () => {
    const post = (fn: string, args: unknown[]) =>
      fetch(`${session.preview.url}/__rpc`, { method: 'POST', body: JSON.stringify({ fn, args }) }).then(
        (r) => r.json() as Promise<{ ok: boolean; error?: { message: string } }>,
      );
    await expect(post('saveMatchingSettings', [{ weights: { needs: -50 } }])).resolves.toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('Needs and help offered must be a number from 0 to 100. Nothing was saved.') },
    });
    await expect(post('updatePairStatus', [{ code: 'P-0001', status: 'Active', reason: 'r'.repeat(2001) }])).resolves.toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('2001 characters, at most 2000') },
    });
  });
});
