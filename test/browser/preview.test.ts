import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { messages } from '../../src/core/i18n/en/messages';
import { artifactPath, openSidebar as openSidebarIn, usePreviewBrowser } from '../support/browser';

const session = usePreviewBrowser({ beforeAll, afterAll, beforeEach }, { width: 1280, height: 800 });

const openSidebar = () => openSidebarIn(session.page, session.preview.url);

async function rpc<T>(fn: string, args: unknown[] = []): Promise<T> {
  const reply = (await (await fetch(`${session.preview.url}/__rpc`, { method: 'POST', body: JSON.stringify({ fn, args }) })).json()) as {
    ok: boolean;
    value: T;
    error?: { message: string };
  };
  if (!reply.ok) throw new Error(reply.error?.message);
  return reply.value;
}

/** The page polls every 1.5 s: three polls' worth of waiting. */
const POLLS = 4_600;

/** Generates P-0001's IIP through the add-on and returns its id. */
async function generatedIip(): Promise<string> {
  await rpc('createTemplates');
  await rpc('generateDocuments', [{ kind: 'iip', codes: ['P-0001'] }]);
  const { documents } = (await (await fetch(`${session.preview.url}/__dev/docs`)).json()) as { documents: { id: string; name: string }[] };
  return documents.find((d) => d.name === 'IIP – P-0001 – 2026-11')!.id;
}

/** Serious and critical axe-core findings on a page, listed as rule and target. */
async function seriousViolations(page: Page, exclude?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page });
  if (exclude) builder.exclude(exclude);
  const result = await builder.analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('local preview in Chromium', () => {
  it('shows the demo workbook as tabs and grids, with no empty sidebar panel before the add-on is opened', async () => {
    await session.page.goto(session.preview.url);
    await expect.poll(() => session.page.locator('#spreadsheet-name').textContent()).toBe('Bologna Peer Mentoring 2026');
    await session.page.click('[data-sheet="Pairs"]');
    await expect.poll(() => session.page.locator('table.grid').textContent()).toContain('Closed – completed');
    await expect(session.page.locator('#sidebar').isVisible()).resolves.toBe(false);
    await expect(session.page.locator('#sidebar-hint').textContent()).resolves.toContain('Extensions');
    await session.page.screenshot({ path: artifactPath('preview-workbook.png') });
  });

  it('opens the sidebar from the add-on menu and navigates with the keyboard', async () => {
    const frame = await openSidebar();
    await expect(frame.locator('#tab-home').count()).resolves.toBe(1);
    await expect(session.page.locator('#sidebar').isVisible()).resolves.toBe(true);
    await expect(session.page.locator('#sidebar-hint').isVisible()).resolves.toBe(false);
    await frame.locator('#tab-home').focus();
    await session.page.keyboard.press('ArrowRight');
    await expect(frame.locator('#tab-intake').getAttribute('aria-selected')).resolves.toBe('true');
    await session.page.keyboard.press('End');
    await expect(frame.locator('#settings-title').textContent()).resolves.toBe('Settings');
    await session.page.screenshot({ path: artifactPath('preview-sidebar-settings.png') });
  });

  it('keeps the Extensions menu and its focused item while the page polls, and walks it with the keyboard', async () => {
    await session.page.goto(session.preview.url);
    await session.page.locator('#extensions-menu').focus();
    await session.page.keyboard.press('Enter');
    await expect.poll(() => session.page.evaluate(() => document.activeElement?.getAttribute('data-function'))).toBe('openSidebar');
    await session.page.keyboard.press('ArrowDown');
    const item = await session.page.evaluateHandle(() => document.activeElement);
    await expect(session.page.evaluate(() => document.activeElement?.getAttribute('data-function'))).resolves.toBe('setUpProgrammeFromMenu');
    await session.page.waitForTimeout(POLLS);
    // The same element, still focused: the polls did not draw the menu again.
    expect(await session.page.evaluate((node) => node === document.activeElement && node?.isConnected, item)).toBe(true);
    await session.page.keyboard.press('End');
    await expect(session.page.evaluate(() => document.activeElement?.getAttribute('data-function'))).resolves.toBe('showHelp');
    await session.page.keyboard.press('Escape');
    await expect(session.page.locator('#extensions-list').isVisible()).resolves.toBe(false);
    await expect(session.page.evaluate(() => document.activeElement?.id)).resolves.toBe('extensions-menu');
  });

  it('shows the add-on’s help when Help is chosen, as Sheets shows its alert', async () => {
    await session.page.goto(session.preview.url);
    await session.page.click('#extensions-menu');
    await session.page.click('[data-function="showHelp"]');
    const dialog = session.page.locator('#alert-dialog');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await expect(session.page.locator('#alert-title').textContent()).resolves.toBe(messages['help.title']);
    await expect(session.page.locator('#alert-message').textContent()).resolves.toBe(messages['help.body']);
    await session.page.screenshot({ path: artifactPath('preview-help.png') });
    await dialog.getByRole('button', { name: 'OK' }).click();
    await expect(dialog.isVisible()).resolves.toBe(false);
  });

  it('does not take the focus or redraw while someone types in the sidebar and the workbook changes', async () => {
    const frame = await openSidebar();
    await frame.locator('#tab-settings').click();
    const field = frame.locator('input[type="text"], input[type="email"], textarea').first();
    await field.click();
    await session.page.keyboard.type('typed slowly ');
    // The workbook changes underneath (a response arrives and is imported), so the page redraws the grid.
    await fetch(`${session.preview.url}/__dev/form-submit`, {
      method: 'POST',
      body: JSON.stringify({ sheet: 'Mentee intake', answers: { 'Full name': 'Hana Tesfaye', 'I agree to the processing of my data': 'Yes, I agree' } }),
    });
    await session.page.waitForTimeout(POLLS);
    await session.page.keyboard.type('and on');
    await expect(field.inputValue()).resolves.toContain('typed slowly and on');
    await expect(session.page.evaluate(() => document.activeElement?.id)).resolves.toBe('sidebar-frame');
  });

  it('round-trips a sidebar action through the google.script.run stand-in', async () => {
    await fetch(`${session.preview.url}/__dev/reset`, { method: 'POST', body: JSON.stringify({ scenario: 'empty' }) });
    const frame = await openSidebar();
    await frame.locator('#setup-button').click();
    await expect.poll(() => frame.locator('.notice.ok').first().textContent()).toContain('12 sheets created');
    const workbook = (await (await fetch(`${session.preview.url}/__dev/workbook`)).json()) as { sheets: { name: string }[] };
    expect(workbook.sheets.map((s) => s.name)).toEqual(
      expect.arrayContaining(['Mentors', 'Mentees', 'Pairs', 'Intake issues', 'Settings', 'Audit log', 'Sensitive details']),
    );
    await session.page.screenshot({ path: artifactPath('preview-after-setup.png') });
  });

  it('switches the sidebar to Italian from Settings', async () => {
    const frame = await openSidebar();
    await frame.locator('#tab-settings').click();
    await frame.locator('#language-select').selectOption('it');
    await frame.locator('#settings-save').click();
    await expect.poll(() => frame.locator('#settings-title').textContent()).toBe('Impostazioni');
    await expect(frame.locator('html').getAttribute('lang')).resolves.toBe('it');
  });

  it('refuses what google.script.run refuses', async () => {
    const frame = await openSidebar();
    const errors = await frame.locator('body').evaluate(() => {
      const run = (window as unknown as { google: { script: { run: { [name: string]: (...a: unknown[]) => void } } } }).google.script.run as {
        [name: string]: (...a: unknown[]) => void;
      } & { saveSettings: (...a: unknown[]) => void; onFormSubmit_: (...a: unknown[]) => void };
      const caught: string[] = [];
      for (const attempt of [() => run.saveSettings(new Date()), () => run.saveSettings(() => 1), () => run.onFormSubmit_()]) {
        try {
          attempt();
          caught.push('accepted');
        } catch (error) {
          caught.push((error as Error).message);
        }
      }
      return caught;
    });
    expect(errors[0]).toMatch(/illegal value/);
    expect(errors[1]).toMatch(/illegal value/);
    expect(errors[2]).toMatch(/private function/);
  });

  it('has no serious or critical axe-core violation on the preview page itself', async () => {
    const context = await session.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(session.preview.url);
    await page.locator('[role="tab"]').first().waitFor();
    // The sidebar's own checks are in a11y.test.ts; here the page that stands in for Sheets.
    expect(await seriousViolations(page, '#sidebar-frame')).toEqual([]);
    await page.click('#extensions-menu');
    expect(await seriousViolations(page, '#sidebar-frame')).toEqual([]);
    await context.close();
  });
});

describe('a generated document in the preview, as Google Docs shows it', () => {
  it('draws the IIP’s headings as headings, its tables with borders, and its header and footer on a page', async () => {
    const id = await generatedIip();
    await session.page.goto(`${session.preview.url}/docs/${id}`);
    const page = session.page.locator('#page');
    await expect(session.page.locator('#doc-name').textContent()).resolves.toBe('IIP – P-0001 – 2026-11');
    const headings = page.locator('.doc-body h2');
    expect(await headings.count()).toBeGreaterThan(1);
    await expect(headings.first().evaluate((h) => Number.parseFloat(getComputedStyle(h).fontSize))).resolves.toBeGreaterThan(20);
    const cell = page.locator('.doc-table td').first();
    // Docs' default: every cell bordered, 1 pt black (Chromium rounds the width to whole device pixels).
    const border = await cell.evaluate((td) => ({
      style: getComputedStyle(td).borderTopStyle,
      width: getComputedStyle(td).borderTopWidth,
      colour: getComputedStyle(td).borderTopColor,
    }));
    expect(border.style).toBe('solid');
    expect(Number.parseFloat(border.width)).toBeGreaterThanOrEqual(1);
    expect(border.colour).toBe('rgb(0, 0, 0)');
    await expect(page.locator('.doc-table').allTextContents()).resolves.toEqual(
      expect.arrayContaining([expect.stringContaining('Rent a room within the budget')]),
    );
    await expect(page.locator('.doc-header').textContent()).resolves.not.toBe('');
    await expect(page.locator('.doc-footer').textContent()).resolves.not.toBe('');
    const box = (await page.boundingBox())!;
    const headerBox = (await page.locator('.doc-header').boundingBox())!;
    const footerBox = (await page.locator('.doc-footer').boundingBox())!;
    expect(headerBox.y).toBeLessThan((await headings.first().boundingBox())!.y);
    expect(footerBox.y + footerBox.height).toBeGreaterThan(box.y + box.height - 60);
    await expect(session.page.evaluate(() => getComputedStyle(document.getElementById('page')!).backgroundColor)).resolves.toBe('rgb(255, 255, 255)');
    await session.page.screenshot({ path: artifactPath('preview-document-iip.png'), fullPage: true });
  });

  it('draws a bold paragraph bold, and people’s text as text, never as markup', async () => {
    const id = await generatedIip();
    // What a coordinator's edit in Docs leaves: a paragraph set bold (Paragraph.setAttributes with BOLD)
    // and an answer full of markup. The fake keeps no styles of its own (see the report), so they are put in its state here.
    const doc = session.preview.runtime().ws.state.documents[id]!;
    doc.body.elements.push(
      { type: 'PARAGRAPH', text: 'Signed at the introductory meeting', heading: 'NORMAL', attrs: { BOLD: true } },
      { type: 'PARAGRAPH', text: '<img src=x onerror="window.__pwned=1">', heading: 'NORMAL' },
    );
    await session.page.goto(`${session.preview.url}/docs/${id}`);
    const bold = session.page.locator('.doc-body strong', { hasText: 'Signed at the introductory meeting' });
    await expect(bold.evaluate((node) => getComputedStyle(node).fontWeight)).resolves.toBe('700');
    await expect(session.page.locator('.doc-body').textContent()).resolves.toContain('<img src=x onerror="window.__pwned=1">');
    await expect(session.page.locator('#page img').count()).resolves.toBe(0);
    expect(await session.page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    const policy = (await fetch(`${session.preview.url}/docs/${id}`)).headers.get('content-security-policy');
    expect(policy).toMatch(/script-src 'sha256-[^']+'/);
  });

  it('reads a right-to-left copy right to left, and fits a phone', async () => {
    await rpc('createTemplates');
    await rpc('generateDocuments', [{ kind: 'iip', codes: ['P-0001'], menteeLanguage: 'ar' }]);
    const { documents } = (await (await fetch(`${session.preview.url}/__dev/docs`)).json()) as { documents: { id: string; name: string }[] };
    const copy = documents.find((d) => d.name === 'IIP (ar) – P-0001 – 2026-11');
    expect(copy).toBeDefined();
    await session.page.setViewportSize({ width: 360, height: 800 });
    await session.page.goto(`${session.preview.url}/docs/${copy!.id}`);
    await expect(session.page.locator('.doc-body h2').first().getAttribute('dir')).resolves.toBe('rtl');
    const overflow = await session.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await session.page.screenshot({ path: artifactPath('preview-document-ar-phone.png'), fullPage: true });
  });

  it('has no serious or critical axe-core violation on a document page', async () => {
    const id = await generatedIip();
    const context = await session.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${session.preview.url}/docs/${id}`);
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });
});
