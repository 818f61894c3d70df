import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { artifactPath, openSidebar as openSidebarIn, usePreviewBrowser } from '../support/browser';

const session = usePreviewBrowser({ beforeAll, afterAll, beforeEach }, { width: 1280, height: 800 });

const openSidebar = () => openSidebarIn(session.page, session.preview.url);

describe('local preview in Chromium', () => {
  it('shows the demo workbook as tabs and grids', async () => {
    await session.page.goto(session.preview.url);
    await expect.poll(() => session.page.locator('#spreadsheet-name').textContent()).toBe('Bologna Peer Mentoring 2026');
    await session.page.click('[data-sheet="Mentor applications"]');
    await expect.poll(() => session.page.locator('table.grid').textContent()).toContain('Samira Haddad');
    await session.page.screenshot({ path: artifactPath('preview-workbook.png') });
  });

  it('opens the sidebar from the add-on menu and navigates with the keyboard', async () => {
    const frame = await openSidebar();
    await expect(frame.locator('#home-title').textContent()).resolves.toBe('Your programme');
    await frame.locator('#tab-home').focus();
    await session.page.keyboard.press('ArrowRight');
    await expect(frame.locator('#tab-intake').getAttribute('aria-selected')).resolves.toBe('true');
    await session.page.keyboard.press('End');
    await expect(frame.locator('#settings-title').textContent()).resolves.toBe('Settings');
    await session.page.screenshot({ path: artifactPath('preview-sidebar-settings.png') });
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
});
