import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { artifactPath, openSidebar, usePreviewBrowser } from '../support/browser';

const session = usePreviewBrowser({ beforeAll, afterAll, beforeEach });

describe('supervision and indicators in the sidebar', () => {
  it('shows this week across pairs, and records a supervision contact whose action joins the checklist', async () => {
    const frame = await openSidebar(session.page, session.preview.url, 'pairs');
    const week = frame.locator('#week');
    await week.waitFor();
    await expect(week.textContent()).resolves.toContain('The mentor asked for support in the diary of 2026-11-20');
    await session.page.screenshot({ path: artifactPath('supervision-week.png') });

    await frame.locator('#pair-select').selectOption('P-0001');
    await frame.locator('#pair-panel').waitFor();
    await frame.locator('#log > summary').click();
    await frame.locator('#log-with').fill('Mentor and mentee');
    await frame.locator('#log-kind').selectOption('Supervision');
    await frame.locator('#log-topics').fill('Cash rent request; tenants’ rights');
    await frame.locator('#log-actions').fill('Go with the mentee to the tenants’ union');
    await frame.locator('#log-next').fill('2026-12-15');
    await frame.locator('#log-save').click();
    await expect.poll(() => frame.locator('.notice.ok').first().textContent()).toContain('Contact logged for P-0001');
    await frame.locator('#pair-select').selectOption('P-0001');
    await frame.locator('#checklist > summary').click();
    await expect(frame.locator('#checklist').textContent()).resolves.toContain('Action: Go with the mentee to the tenants’ union');

    const workbook = (await (await fetch(`${session.preview.url}/__dev/workbook`)).json()) as { sheets: { name: string; values: string[][] }[] };
    const log = workbook.sheets.find((s) => s.name === 'Supervision')!.values;
    expect(log.at(-1)).toEqual(expect.arrayContaining(['P-0001', '2026-11-23', 'Mentor and mentee', 'Supervision', '2026-12-15']));
    await session.page.screenshot({ path: artifactPath('supervision-pair.png') });
  });

  it('acknowledges a warning with a note', async () => {
    const frame = await openSidebar(session.page, session.preview.url, 'pairs');
    await frame.locator('#pair-select').selectOption('P-0001');
    const warning = frame.locator('#warnings li').filter({ hasText: 'asked for support' });
    await warning.locator('input').fill('Called the mentor; explained tenants’ rights');
    await warning.getByRole('button', { name: 'Acknowledge' }).click();
    await expect.poll(() => frame.locator('.notice.ok').first().textContent()).toContain('Warning acknowledged');
    await expect(frame.locator('#week').textContent()).resolves.not.toContain('asked for support');
  });

  it('shows the indicators against their targets and writes the Indicators sheet with charts', async () => {
    const frame = await openSidebar(session.page, session.preview.url, 'indicators');
    const training = frame.locator('[data-indicator="trainingCompletion"]');
    await training.waitFor();
    await expect(training.textContent()).resolves.toMatch(/target 85%/);
    await session.page.screenshot({ path: artifactPath('indicators.png') });
    await frame.locator('#ind-write').click();
    await expect.poll(() => frame.locator('.notice.ok').first().textContent()).toContain('Indicators written');
    const workbook = (await (await fetch(`${session.preview.url}/__dev/workbook`)).json()) as { sheets: { name: string; values: string[][] }[] };
    const sheet = workbook.sheets.find((s) => s.name === 'Indicators')!.values;
    expect(sheet[1]!.slice(0, 5)).toEqual(['Indicator', 'Value (%)', 'Target (%)', 'Numerator', 'Denominator']);
    expect(sheet[2]![0]).toBe('Mentors who completed all 5 training modules');
  });

  it('edits the checklist template in Settings: an item off, an item of the programme’s own', async () => {
    const frame = await openSidebar(session.page, session.preview.url, 'settings');
    await frame.locator('#supervision-settings [data-template="intro.codeOfConduct"]').uncheck();
    await frame.locator('#custom-add').click();
    await frame.locator('#custom-items li input[type="text"]').fill('Visit the library together');
    await frame.locator('#supervision-settings-save').click();
    await expect.poll(() => frame.locator('.notice.ok').first().textContent()).toContain('Rhythm and targets saved');
    await frame.locator('#tab-pairs').click();
    await frame.locator('#pair-select').selectOption('P-0001');
    await frame.locator('#checklist > summary').click();
    const checklist = await frame.locator('#checklist').textContent();
    expect(checklist).toContain('Visit the library together');
    expect(checklist).not.toContain('Code of Conduct signed');
  });
});
