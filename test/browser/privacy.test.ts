import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { artifactPath, openSidebar, usePreviewBrowser } from '../support/browser';

const session = usePreviewBrowser({ beforeAll, afterAll, beforeEach }, { width: 1280, height: 1000 });

describe('privacy in the sidebar', () => {
  it('says plainly what Sheets cannot enforce, and lets a coordinator add another', async () => {
    const frame = await openSidebar(session.page, session.preview.url, 'settings');
    await expect.poll(() => frame.locator('.notice.warning').first().textContent()).toContain('even view-only, can read every sheet');
    const card = frame.locator('#coordinators');
    await expect.poll(() => card.textContent()).toContain('coordinator@example.org');
    await card.locator('#coordinator-email').fill('second.coordinator@example.org');
    await card.locator('#coordinator-add').click();
    await expect.poll(() => frame.locator('.notice.ok').first().textContent()).toContain('Coordinators updated');
    await expect.poll(() => card.locator('li').allTextContents()).toEqual(['coordinator@example.org Remove', 'second.coordinator@example.org Remove']);
    await card.screenshot({ path: artifactPath('settings-coordinators.png') });
    await card.getByRole('button', { name: 'Remove second.coordinator@example.org' }).click();
    await expect.poll(() => card.locator('li').count()).toBe(1);
  });

  it('tells a colleague who is not a coordinator what they cannot do, before they try', async () => {
    await fetch(`${session.preview.url}/__dev/user`, { method: 'POST', body: JSON.stringify({ email: 'volunteer@example.org' }) });
    const frame = await openSidebar(session.page, session.preview.url, 'intake');
    await expect.poll(() => frame.locator('#not-coordinator').textContent()).toContain('You are not one of the programme’s coordinators');
    // What they may not do is not offered: the buttons are there, greyed.
    await expect(frame.locator('[data-import="Mentee intake"]').isDisabled()).resolves.toBe(true);
    await expect(frame.locator('#ingestion-on').isDisabled()).resolves.toBe(true);
    await session.page.screenshot({ path: artifactPath('intake-not-coordinator.png') });
    await frame.locator('#tab-settings').click();
    await expect.poll(() => frame.locator('#coordinators').textContent()).toContain('You are not one of them');
    await expect(frame.locator('#coordinator-add').count()).resolves.toBe(0);
    await fetch(`${session.preview.url}/__dev/user`, { method: 'POST', body: JSON.stringify({ email: 'coordinator@example.org' }) });
  });

  it('keeps the demo’s sensitive answers in their protected sheet, not in the records', async () => {
    const workbook = (await (await fetch(`${session.preview.url}/__dev/workbook`)).json()) as { sheets: { name: string; values: string[][] }[] };
    const mentees = workbook.sheets.find((s) => s.name === 'Mentees')!;
    const sensitive = workbook.sheets.find((s) => s.name === 'Sensitive details')!;
    expect(mentees.values[0]).not.toContain('Residence permit in order');
    expect(JSON.stringify(mentees.values)).not.toContain('Syria');
    expect(JSON.stringify(sensitive.values)).toContain('Syria');
    await session.page.goto(session.preview.url);
    await session.page.click('[data-sheet="Sensitive details"]');
    await session.page.screenshot({ path: artifactPath('preview-sensitive-sheet.png') });
  });
});
