import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { artifactPath, chooseSidebarLanguage, openSidebar, trackRpc, usePreviewBrowser } from '../support/browser';

const session = usePreviewBrowser({ beforeAll, afterAll, beforeEach });

/** Everything in the sidebar frame wider than the frame (the 300 px panel), or none. */
async function overflowing(frame: ReturnType<typeof session.page.frameLocator>) {
  return frame.locator('body').evaluate(() => {
    const limit = document.documentElement.clientWidth;
    return [...document.querySelectorAll<HTMLElement>('#indicators *')]
      .filter((e) => e.getBoundingClientRect().right > limit + 1 && (e.offsetParent !== null || e instanceof SVGElement))
      .map((e) => `${e.tagName.toLowerCase()}.${String(e.getAttribute('class') ?? '').split(' ')[0]}: ${e.textContent?.trim().slice(0, 40)}`)
      .slice(0, 5);
  });
}

describe('indicators you can see', () => {
  it('shows each indicator against a visible target marker, met or below in words, with a chart that has an accessible name', async () => {
    // AxeBuilder opens a page of its own beside this one: it needs a context it may open pages in.
    const context = await session.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const rpc = trackRpc(page);
    const frame = await openSidebar(page, session.preview.url, 'indicators');
    const training = frame.locator('[data-indicator="trainingCompletion"]');
    await training.waitFor();
    await rpc.idle();
    await expect(frame.locator('#indicators li.indicator').count()).resolves.toBe(14);

    // Every indicator with a target shows its marker and its status in words (not colour alone).
    const shares = frame.locator('li.indicator[data-status="met"], li.indicator[data-status="below"]');
    const count = await shares.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) {
      const card = shares.nth(i);
      const status = await card.getAttribute('data-status');
      await expect(card.locator('.target-marker').isVisible()).resolves.toBe(true);
      await expect(card.locator('.ind-status').textContent()).resolves.toContain(status === 'met' ? 'Target met' : 'Below target');
      await expect(card.locator('.ind-symbol').textContent()).resolves.toBe(status === 'met' ? '✓' : '▼');
    }
    const met = await frame.locator('li.indicator[data-status="met"]').count();
    const below = await frame.locator('li.indicator[data-status="below"]').count();
    expect(met + below).toBe(count);

    // What was counted, in a sentence; meetings per month as meetings over pair-months.
    await expect(training.locator('.ind-counted').textContent()).resolves.toMatch(/^\d+ of \d+ selected mentors? completed all 5 training modules\.$/);
    await expect(frame.locator('[data-indicator="meetingsPerMonth"] .ind-counted').textContent()).resolves.toMatch(
      /^\d+ meetings? over [\d.]+ pair-months? of mentoring\.$/,
    );

    // The trend chart: an image whose name gives every month's value in words.
    const chart = training.locator('svg.trend-chart');
    await expect(chart.getAttribute('role')).resolves.toBe('img');
    const name = (await chart.getAttribute('aria-label')) ?? '';
    expect(name).toMatch(/^Mentors who completed all 5 training modules, by month, against a target of 85%: /);
    expect(name).toMatch(/November 2026 \d+% \((met|below target)\)/);
    expect(name).toContain('February 2026');
    await expect(frame.getByRole('img', { name: /^Meetings per pair per month, by month: / }).count()).resolves.toBe(1);

    const result = await new AxeBuilder({ page }).include({ fromFrames: ['#sidebar-frame', '#indicators'] }).analyze();
    expect(result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
    expect([...result.passes, ...result.violations].map((r) => r.id)).toContain('color-contrast');

    expect(await overflowing(frame)).toEqual([]);
    await page.locator('#sidebar-frame').screenshot({ path: artifactPath('indicators-en-300.png') });
    await frame
      .locator('li.indicator[data-status="below"]')
      .first()
      .screenshot({ path: artifactPath('indicators-en-300-below.png') });
    await frame.locator('[data-indicator="meetingsPerMonth"]').screenshot({ path: artifactPath('indicators-en-300-per-month.png') });
    await context.close();
  });

  it('fits 300 px in Greek, the longest language, with the words translated', async () => {
    const rpc = trackRpc(session.page);
    const frame = await openSidebar(session.page, session.preview.url);
    await chooseSidebarLanguage(frame, 'el');
    await frame.locator('#tab-indicators').click();
    await frame.locator('[data-indicator="trainingCompletion"] svg.trend-chart').waitFor();
    await rpc.idle();
    const card = frame.locator('li.indicator[data-status="below"], li.indicator[data-status="met"]').first();
    await expect(card.locator('.ind-status').textContent()).resolves.toMatch(/Ο στόχος επιτεύχθηκε|Κάτω από τον στόχο/);
    await expect(frame.locator('[data-indicator="trainingCompletion"] svg.trend-chart').getAttribute('aria-label')).resolves.toMatch(/ανά μήνα, με στόχο 85%/);
    expect(await overflowing(frame)).toEqual([]);
    await session.page.locator('#sidebar-frame').screenshot({ path: artifactPath('indicators-el-300.png') });
  });

  it('draws the Indicators sheet’s charts in the preview, at their anchors, with their data in words', async () => {
    const frame = await openSidebar(session.page, session.preview.url, 'indicators');
    await frame.locator('[data-indicator="trainingCompletion"]').waitFor();
    await frame.locator('#ind-write').click();
    await expect.poll(() => frame.locator('.notice.ok').first().textContent()).toContain('Indicators written');
    await session.page.locator('[role="tab"][data-sheet="Indicators"]').click();
    const figures = session.page.locator('#grid-wrap .sheet-chart-figure');
    await expect.poll(() => figures.count()).toBe(10);
    const first = figures.first();
    const svg = first.locator('svg.sheet-chart');
    await expect(svg.getAttribute('role')).resolves.toBe('img');
    await expect(svg.getAttribute('aria-label')).resolves.toMatch(
      /^Mentors who completed all 5 training modules\. Mentors who completed all 5 training modules: 2025-11 \d+, 2025-12 /,
    );
    // One line for the value and a dashed one for the target, and a legend naming both.
    await expect(svg.locator('path[stroke-dasharray]').count()).resolves.toBe(1);
    await expect(svg.locator('path').count()).resolves.toBe(2);
    await expect(svg.textContent()).resolves.toContain('Target (%)');
    // Anchored where ContainerInfo says: the chart's top left corner on its anchor cell.
    const anchor = (await first.getAttribute('data-anchor'))!.split(',').map(Number);
    const cell = session.page.locator(`#grid-wrap tbody tr:nth-child(${anchor[0]}) > :nth-child(${anchor[1]! + 1})`);
    const [cellBox, chartBox] = await Promise.all([cell.boundingBox(), first.boundingBox()]);
    expect(Math.abs(cellBox!.x - chartBox!.x)).toBeLessThan(2);
    expect(Math.abs(cellBox!.y - chartBox!.y)).toBeLessThan(2);
    await first.scrollIntoViewIfNeeded();
    await session.page.screenshot({ path: artifactPath('preview-indicators-sheet-charts.png') });
  });
});
