import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { artifactPath, openSidebar, usePreviewBrowser } from '../support/browser';

const session = usePreviewBrowser({ beforeAll, afterAll, beforeEach });

describe('documents in the sidebar', () => {
  it('checks a template, generates a document for a pair, and opens it', async () => {
    const frame = await openSidebar(session.page, session.preview.url, 'documents');
    await frame.locator('#create-templates').click();
    await expect.poll(() => frame.locator('#templates').textContent()).toContain('Open');
    await frame.locator('[data-pair="P-0001"]').check();
    await frame.locator('#check-template').click();
    await expect.poll(() => frame.locator('#document-report pre').textContent()).toContain('Rent a room within the budget');
    await session.page.screenshot({ path: artifactPath('documents-check.png') });
    await frame.locator('#generate').click();
    await expect.poll(() => frame.locator('.notice.ok').first().textContent()).toContain('1 document generated');
    await frame.locator('[data-pair="P-0001"]').check();
    const [popup] = await Promise.all([session.page.waitForEvent('popup'), frame.locator('#document-pairs a').first().click()]);
    await popup.waitForLoadState();
    const text = await popup.locator('body').textContent();
    expect(text).toContain('IIP – P-0001 – 2026-11');
    expect(text).toContain('Rent a room within the budget');
    await popup.screenshot({ path: artifactPath('documents-iip.png') });
    const docs = (await (await fetch(`${session.preview.url}/__dev/docs`)).json()) as { documents: { name: string; folderPath: string; sharing: unknown[] }[] };
    const iip = docs.documents.find((d) => d.name === 'IIP – P-0001 – 2026-11')!;
    expect(iip.folderPath).toBe('Peer Mentoring Desk – Bologna Peer Mentoring 2026/P-0001');
    expect(iip.sharing).toHaveLength(1);
  });

  it('makes a mentee’s own copy of the IIP in Arabic and links it for the coordinator', async () => {
    const frame = await openSidebar(session.page, session.preview.url, 'documents');
    await frame.locator('#create-templates').click();
    await expect.poll(() => frame.locator('#templates').textContent()).toContain('Open');
    await frame.locator('#document-copy-language').selectOption('ar');
    await frame.locator('[data-pair="P-0001"]').check();
    await frame.locator('#generate').click();
    await expect.poll(() => frame.locator('#documents-made').textContent()).toContain('IIP (ar) – P-0001 – 2026-11');
    await session.page.locator('#sidebar-frame').screenshot({ path: artifactPath('documents-mentee-copy.png') });
    const docs = (await (await fetch(`${session.preview.url}/__dev/docs`)).json()) as { documents: { name: string; body: string }[] };
    expect(docs.documents.find((d) => d.name === 'IIP (ar) – P-0001 – 2026-11')!.body).toMatch(/[\u0600-\u06FF]/);
    // The copy as the mentee reads it, on a phone-wide page.
    const [popup] = await Promise.all([session.page.waitForEvent('popup'), frame.locator('#documents-made a').first().click()]);
    await popup.setViewportSize({ width: 300, height: 900 });
    await popup.waitForLoadState();
    await expect.poll(() => popup.locator('body').textContent()).toContain('خطة الاندماج الفردية');
    await popup.screenshot({ path: artifactPath('documents-mentee-copy-ar.png'), fullPage: true });
  });
});
