import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { artifactPath, chooseSidebarLanguage, openSidebar, usePreviewBrowser } from '../support/browser';

const session = usePreviewBrowser({ beforeAll, afterAll, beforeEach });

describe('documents in the sidebar', () => {
  it('lists pairs by first names, helps in plain words, previews a filled document with its bold labels, then generates it', async () => {
    const frame = await openSidebar(session.page, session.preview.url, 'documents');
    const message = frame.locator('#message');
    await expect.poll(() => frame.locator('#document-pairs').textContent()).toContain('P-0001');
    // Names a coordinator knows the pair by, and help without template syntax.
    const first = frame.locator('#document-pairs li', { has: frame.locator('[data-pair="P-0001"]') });
    await expect(first.textContent()).resolves.toMatch(/mentor \p{L}+, mentee \p{L}+/u);
    const help = await frame.locator('.section > div > p.hint').first().textContent();
    expect(help).toContain('Google Doc in your Drive');
    expect(help).not.toMatch(/\{\{|#if|goals\.area/);
    // Nothing ticked: both actions say what to do, and nothing is made.
    const before = ((await (await fetch(`${session.preview.url}/__dev/docs`)).json()) as { documents: unknown[] }).documents.length;
    await frame.locator('#generate').click();
    await expect.poll(() => message.textContent()).toContain('Tick at least one pair first');
    await frame.locator('#check-template').click();
    await expect.poll(() => message.textContent()).toContain('Tick a pair first');
    // The filter narrows a long list in place; ticks survive it.
    await frame.locator('[data-pair="P-0001"]').check();
    await frame.locator('#document-find').fill('zzz-nobody');
    await expect.poll(() => frame.locator('#document-counts').textContent()).toMatch(/^0 pairs shown of \d+ · 1 pair ticked$/);
    await frame.locator('#document-find').fill('');
    // The preview: templates made on first need, said so; the filled text with bold labels; no document made.
    await frame.locator('#check-template').click();
    await expect.poll(() => frame.locator('#document-preview').textContent()).toContain('What the document for P-0001 will say');
    await expect(frame.locator('#document-preview .doc-preview-body').textContent()).resolves.toContain('Rent a room within the budget');
    await expect(frame.locator('#document-preview table strong').first().textContent()).resolves.toBe('Mentee');
    const after = (await (await fetch(`${session.preview.url}/__dev/docs`)).json()) as { documents: { name: string }[] };
    expect(after.documents.filter((d) => !d.name.startsWith('Template – ')).length).toBeLessThanOrEqual(before);
    await session.page.locator('#sidebar-frame').screenshot({ path: artifactPath('documents-preview-en.png') });
    // Generate by keyboard from the button, focus stays on it.
    await frame.locator('#generate').focus();
    await session.page.keyboard.press('Enter');
    await expect.poll(() => message.textContent(), { timeout: 20_000 }).toContain('1 document generated');
    await expect(frame.locator('#generate').evaluate((node) => node === document.activeElement)).resolves.toBe(true);
    const [popup] = await Promise.all([session.page.waitForEvent('popup'), frame.locator('#document-pairs a').first().click()]);
    await popup.waitForLoadState();
    expect(await popup.locator('body').textContent()).toContain('IIP – P-0001 – 2026-11');
    // The preview page draws the Doc's bold labels bold.
    await expect(
      popup
        .locator('.doc-table strong', { hasText: 'Mentee' })
        .first()
        .evaluate((n) => getComputedStyle(n).fontWeight),
    ).resolves.toBe('700');
    await popup.screenshot({ path: artifactPath('documents-iip.png') });
    const docs = (await (await fetch(`${session.preview.url}/__dev/docs`)).json()) as { documents: { name: string; folderPath: string; sharing: unknown[] }[] };
    const iip = docs.documents.find((d) => d.name === 'IIP – P-0001 – 2026-11')!;
    expect(iip.folderPath).toBe('Peer Mentoring Desk – Bologna Peer Mentoring 2026/P-0001');
    expect(iip.sharing).toHaveLength(1);
  });

  it('reads the same in Italian at 300 px', async () => {
    const frame = await openSidebar(session.page, session.preview.url, 'documents');
    await chooseSidebarLanguage(frame, 'it');
    await frame.locator('#tab-documents').click();
    await expect.poll(() => frame.locator('#document-pairs').textContent()).toContain('mentore');
    await frame.locator('[data-pair="P-0001"]').check();
    await frame.locator('#check-template').click();
    await expect.poll(() => frame.locator('#document-preview').textContent()).toContain('Cosa dirà il documento per P-0001');
    const overflow = await frame.locator('body').evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await session.page.locator('#sidebar-frame').screenshot({ path: artifactPath('documents-preview-it.png') });
  });

  it('makes a mentee’s own copy of the IIP in Arabic and links it for the coordinator', async () => {
    const frame = await openSidebar(session.page, session.preview.url, 'documents');
    await frame.locator('#create-templates').click();
    await expect.poll(() => frame.locator('#templates').textContent()).toContain('Open');
    await frame.locator('#document-copy-language').selectOption('ar');
    await frame.locator('[data-pair="P-0001"]').check();
    // The preview shows the copy chosen: the mentee's, in Arabic, right to left.
    await frame.locator('#check-template').click();
    await expect.poll(() => frame.locator('#document-preview').textContent()).toContain('IIP (ar) – P-0001 – 2026-11');
    await expect(frame.locator('#document-preview .doc-preview').getAttribute('dir')).resolves.toBe('rtl');
    await expect(frame.locator('#document-preview .doc-preview-body').textContent()).resolves.toContain('خطة الاندماج الفردية');
    await session.page.locator('#sidebar-frame').screenshot({ path: artifactPath('documents-preview-mentee-ar.png') });
    await frame.locator('#generate').click();
    await expect.poll(() => frame.locator('#documents-made').textContent()).toContain('IIP (ar) – P-0001 – 2026-11');
    await session.page.locator('#sidebar-frame').screenshot({ path: artifactPath('documents-mentee-copy.png') });
    const docs = (await (await fetch(`${session.preview.url}/__dev/docs`)).json()) as { documents: { name: string; body: string }[] };
    expect(docs.documents.find((d) => d.name === 'IIP (ar) – P-0001 – 2026-11')!.body).toMatch(/[\u0600-\u06FF]/);
    const [popup] = await Promise.all([session.page.waitForEvent('popup'), frame.locator('#documents-made a').first().click()]);
    await popup.setViewportSize({ width: 300, height: 900 });
    await popup.waitForLoadState();
    await expect.poll(() => popup.locator('body').textContent()).toContain('خطة الاندماج الفردية');
    await popup.screenshot({ path: artifactPath('documents-mentee-copy-ar.png'), fullPage: true });
  });
});
