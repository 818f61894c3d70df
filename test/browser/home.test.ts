import { AxeBuilder } from '@axe-core/playwright';
import type { FrameLocator, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { artifactPath, openSidebar, trackRpc, usePreviewBrowser } from '../support/browser';

const session = usePreviewBrowser({ beforeAll, afterAll, beforeEach });

const reset = (scenario: 'demo' | 'empty') => fetch(`${session.preview.url}/__dev/reset`, { method: 'POST', body: JSON.stringify({ scenario }) });

/** The element focused in the sidebar: its id, else its tag and data attributes. */
function focusedIn(frame: FrameLocator): Promise<string> {
  return frame.locator('body').evaluate(() => {
    const e = document.activeElement;
    if (!e || e === document.body) return 'body';
    if (e.id) return `#${e.id}`;
    return `${e.tagName.toLowerCase()}${[...e.attributes]
      .filter((a) => a.name.startsWith('data-'))
      .map((a) => `[${a.name}="${a.value}"]`)
      .join('')}`;
  });
}

/**
 * Serious and critical axe-core findings on Home in the sidebar's frame, with every section open.
 * AxeBuilder opens a page of its own beside this one: it needs a context it may open pages in.
 */
async function homeViolations(): Promise<string[]> {
  const context = await session.browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    const rpc = trackRpc(page);
    const frame = await openSidebar(page, session.preview.url, 'home');
    await rpc.idle();
    return await violationsOn(page, frame, rpc);
  } finally {
    await context.close();
  }
}

async function violationsOn(page: Page, frame: FrameLocator, rpc: ReturnType<typeof trackRpc>): Promise<string[]> {
  for (let round = 0; round < 2; round++) {
    await frame.locator('details').evaluateAll((all) => {
      for (const d of all) (d as HTMLDetailsElement).open = true;
    });
    await rpc.idle();
  }
  const result = await new AxeBuilder({ page }).include({ fromFrames: ['#sidebar-frame', 'html'] }).analyze();
  const checked = [...result.passes, ...result.violations, ...result.incomplete].map((r) => r.id);
  expect(checked).toEqual(expect.arrayContaining(['color-contrast', 'landmark-one-main', 'page-has-heading-one', 'list']));
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Elements that stick out to the right of the 300 px sidebar (what a scrolling box clips is inside it). */
function overflowing(frame: FrameLocator): Promise<string[]> {
  return frame.locator('body').evaluate(() => {
    const limit = document.documentElement.clientWidth;
    const clippedInside = (e: Element) => {
      for (let a = e.parentElement; a && a !== document.body; a = a.parentElement)
        if (getComputedStyle(a).overflowX !== 'visible') return a.getBoundingClientRect().right <= limit + 1;
      return false;
    };
    return [...document.querySelectorAll<HTMLElement>('#panel *')]
      .filter((e) => e.getBoundingClientRect().right > limit + 1 && e.offsetParent !== null && !clippedInside(e))
      .map((e) => `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}: ${e.textContent?.trim().slice(0, 40)}`)
      .slice(0, 5);
  });
}

describe('Home before setup: the checklist and nothing else', () => {
  it('shows the five steps, each to do in words, the setup button, and no desk; the steps lead to their tabs', async () => {
    await reset('empty');
    const rpc = trackRpc(session.page);
    const frame = await openSidebar(session.page, session.preview.url);
    await rpc.idle();
    const steps = frame.locator('#home-steps li.step');
    await expect(steps.count()).resolves.toBe(5);
    await expect(steps.locator('.badge').allTextContents()).resolves.toEqual(['to do', 'to do', 'to do', 'to do', 'to do']);
    await expect(steps.first().textContent()).resolves.toContain('Set up the programme’s sheets');
    await expect(frame.locator('#setup-button').isVisible()).resolves.toBe(true);
    await expect(frame.locator('#home-desk').count()).resolves.toBe(0);
    await expect(frame.locator('#home-nothing').count()).resolves.toBe(0);
    await expect(homeViolations()).resolves.toEqual([]);

    // Forms and automatic import are done in Intake, training and the first match in Matching.
    await expect(frame.locator('#home-steps [data-area]').evaluateAll((all) => all.map((b) => b.getAttribute('data-area')))).resolves.toEqual([
      'intake',
      'intake',
      'matching',
      'matching',
    ]);
    // Before setup Intake draws no forms section: focus stays on the tab.
    await frame.locator('#step-go-2').click();
    await expect(frame.locator('#tab-intake').getAttribute('aria-selected')).resolves.toBe('true');
    await rpc.idle();
    await expect(focusedIn(frame)).resolves.toBe('#tab-intake');
  });

  it('after setup: the first step is done, the next ones are still to do, and the desk says nothing needs you yet', async () => {
    await reset('empty');
    const rpc = trackRpc(session.page);
    const frame = await openSidebar(session.page, session.preview.url);
    await frame.locator('#setup-button').click();
    await expect.poll(() => frame.locator('#message').textContent()).toContain('sheets created');
    await rpc.idle();
    await expect(frame.locator('#home-steps li.step .badge').allTextContents()).resolves.toEqual(['done', 'to do', 'to do', 'to do', 'to do']);
    await expect(frame.locator('#setup-button').count()).resolves.toBe(0);
    await expect(frame.locator('#home-nothing').textContent()).resolves.toBe('Nothing needs you right now.');

    // The forms made, each with its link to send (to copy or open) and its edit link, in the forms step.
    const made = await fetch(`${session.preview.url}/__rpc`, {
      method: 'POST',
      body: JSON.stringify({ fn: 'createStandardForms', args: [{ kinds: ['mentee', 'mentor'] }] }),
    });
    expect(((await made.json()) as { ok: boolean }).ok).toBe(true);
    await frame.locator('#tab-intake').click();
    await rpc.idle();
    await frame.locator('#tab-home').click();
    await rpc.idle();
    await expect(frame.locator('#home-steps li.step .badge').allTextContents()).resolves.toEqual(['done', 'done', 'to do', 'to do', 'to do']);
    const forms = frame.locator('#home-forms > li');
    await expect(forms.count()).resolves.toBe(2);
    await expect(frame.locator('#form-link-mentee').inputValue()).resolves.toMatch(/^https:\/\/docs\.google\.com\/forms\/d\/e\/[\w-]+\/viewform$/);
    await expect(frame.locator('#form-open-mentee').getAttribute('href')).resolves.toBe(await frame.locator('#form-link-mentee').inputValue());
    await expect(frame.locator('#form-edit-mentee').getAttribute('href')).resolves.toMatch(/^https:\/\/docs\.google\.com\/forms\/d\/[\w-]+\/edit$/);
    await expect(frame.locator('#form-copy-mentee').isVisible()).resolves.toBe(true);
    await expect(overflowing(frame)).resolves.toEqual([]);
    await session.page.locator('#sidebar-frame').screenshot({ path: artifactPath('home-en-checklist.png') });

    // The automatic import step leads to its card in Intake, focused once Intake has drawn.
    await frame.locator('#home-steps li.step:nth-child(3) [data-area]').click();
    await rpc.idle();
    await expect.poll(() => frame.locator('#automatic-import').evaluate((e) => e === document.activeElement)).toBe(true);
  });
});

describe('Home on the demo programme: the desk', () => {
  it('draws from the state written into the page and asks for the desk once; a reload of the frame asks for a fresh state', async () => {
    const calls: { fn: string; start: number; end?: number }[] = [];
    const onRequest = (r: import('playwright-core').Request) => {
      if (new URL(r.url()).pathname === '/__rpc') calls.push({ fn: (JSON.parse(r.postData() ?? '{}') as { fn: string }).fn, start: Date.now() });
    };
    const onFinished = (r: import('playwright-core').Request) => {
      const call = calls.find(
        (c) => c.end === undefined && new URL(r.url()).pathname === '/__rpc' && c.fn === (JSON.parse(r.postData() ?? '{}') as { fn: string }).fn,
      );
      if (call) call.end = Date.now();
    };
    session.page.on('request', onRequest);
    session.page.on('requestfinished', onFinished);
    try {
      const rpc = trackRpc(session.page);
      // The sidebar opens on Home (no tab clicked: a click on a tab draws it again, with its call).
      const frame = await openSidebar(session.page, session.preview.url);
      await rpc.idle();
      await expect(frame.locator('#desk-items').count()).resolves.toBe(1);
      // The menu's openSidebar wrote the state into the page: Home's desk is the only call the sidebar made.
      expect(calls.map((c) => c.fn)).toEqual(['getHomeDesk']);
      // A reload serves the page without that state, which may be old by then: the sidebar asks for it, and for the desk alongside it.
      calls.length = 0;
      await session.page.locator('#sidebar-frame').evaluate((frame) => (frame as HTMLIFrameElement).contentWindow!.location.reload());
      await frame.locator('#desk-items').waitFor();
      await rpc.idle();
      const desk = calls.filter((c) => c.fn === 'getHomeDesk');
      const state = calls.find((c) => c.fn === 'getSidebarState')!;
      expect(desk).toHaveLength(1);
      // Sent before the state's answer came back: the first render waits for the slower, not the sum.
      expect(desk[0]!.start).toBeLessThanOrEqual(state.end!);
    } finally {
      session.page.off('request', onRequest);
      session.page.off('requestfinished', onFinished);
    }
  });

  it('lists what needs the coordinator, most urgent first, each leading to its tab', async () => {
    const rpc = trackRpc(session.page);
    const frame = await openSidebar(session.page, session.preview.url);
    await rpc.idle();
    await expect(frame.locator('#home-steps').count()).resolves.toBe(0);
    const keys = await frame.locator('#desk-items > li').evaluateAll((all) => all.map((li) => li.getAttribute('data-key')));
    expect(keys[0]).toBe('home.desk.urgentWarnings');
    expect(keys).toEqual(expect.arrayContaining(['home.desk.waiting', 'home.desk.documentsDue']));
    await expect(frame.locator('#desk-items > li').first().locator('.badge').textContent()).resolves.toBe('Urgent');

    // Each leads to its tab, and once the tab has drawn, to the place where it is done, focused.
    const expected: Record<string, [string, string]> = {
      'home.desk.urgentWarnings': ['pairs', 'week-block'],
      'home.desk.waiting': ['matching', 'mentee-select'],
      'home.desk.documentsDue': ['documents', 'document-kind'],
    };
    for (const [key, [area, section]] of Object.entries(expected)) {
      await frame.locator('#tab-home').click();
      await rpc.idle();
      await frame.locator(`#desk-items > li[data-key="${key}"] > .buttons button`).click();
      await expect(frame.locator(`#tab-${area}`).getAttribute('aria-selected')).resolves.toBe('true');
      await rpc.idle();
      const inSection = () => frame.locator(`#${section}`).evaluate((e) => e === document.activeElement || e.contains(document.activeElement));
      await expect.poll(inSection).toBe(true);
    }
  });

  it('leads from “mentors missing training” into Matching with Mentor readiness open and focused', async () => {
    const rpc = trackRpc(session.page);
    const frame = await openSidebar(session.page, session.preview.url);
    await rpc.idle();
    await frame.locator('#desk-items > li[data-key="home.desk.training"] > .buttons button').click();
    await rpc.idle();
    await expect(frame.locator('#tab-matching').getAttribute('aria-selected')).resolves.toBe('true');
    await expect(frame.locator('#readiness').evaluate((d) => (d as HTMLDetailsElement).open)).resolves.toBe(true);
    await expect(frame.locator('#readiness-search').isVisible()).resolves.toBe(true);
    await expect(frame.locator('#readiness > summary').evaluate((s) => s === document.activeElement)).resolves.toBe(true);
  });

  it('opens the waiting list: how long each waits, why no mentor fits, and a message to keep them informed', async () => {
    const rpc = trackRpc(session.page);
    const frame = await openSidebar(session.page, session.preview.url);
    await rpc.idle();
    const summary = frame.locator('#waiting-list > summary');
    await expect(summary.textContent()).resolves.toMatch(/^\d+ mentees waiting more than 30 days$/);
    await summary.click();
    await rpc.idle();
    const mentees = frame.locator('#waiting-mentees > li');
    expect(await mentees.count()).toBeGreaterThan(0);
    const first = mentees.first();
    await expect(first.locator('.hint').first().textContent()).resolves.toMatch(/^Waiting for \d+ days$/);
    const whys = await mentees.evaluateAll((all) => all.map((li) => li.querySelector(':scope > p:not(.hint)')?.textContent ?? ''));
    for (const why of whys) expect(why).toMatch(/mentors? fits?|No mentor fits\. Among \d+ mentors, most often: /);
    await first.locator('details > summary').click();
    await expect(first.locator('.message-text').textContent()).resolves.toContain('We are still looking for a good mentor for you.');
    // Each channel is a link of the shape the server builds, or the reason it is not offered.
    const channels = await first.locator('details .buttons > *').evaluateAll((all) => all.map((e) => (e as HTMLAnchorElement).href || e.textContent));
    expect(channels[0]).toMatch(/^https:\/\/wa\.me\/\d+\?text=|^WhatsApp: /);
    expect(channels[1]).toMatch(/^mailto:|^Email draft: /);
    // The open list survives a visit to another tab.
    await frame.locator('#tab-matching').click();
    await rpc.idle();
    await frame.locator('#tab-home').click();
    await rpc.idle();
    await expect(frame.locator('#waiting-list').getAttribute('open')).resolves.toBe('');
    await expect.poll(() => frame.locator('#waiting-mentees > li').count()).toBeGreaterThan(0);
    await frame.locator('#waiting-go-matching').click();
    await expect(frame.locator('#tab-matching').getAttribute('aria-selected')).resolves.toBe('true');
  });

  it('sends the waiting message by email after a confirmation that says to whom, with the quota; focus comes back to the button', async () => {
    const auditRows = async () => {
      const workbook = (await (await fetch(`${session.preview.url}/__dev/workbook`)).json()) as { sheets: { name: string; values: string[][] }[] };
      return workbook.sheets.find((s) => s.name === 'Audit log')!.values;
    };
    const sentBefore = (await auditRows()).filter((row) => row.includes('ME-0003 menteeWaiting')).length;
    const rpc = trackRpc(session.page);
    const frame = await openSidebar(session.page, session.preview.url);
    await rpc.idle();
    await frame.locator('#waiting-list > summary').click();
    await rpc.idle();
    // A mentee with no usable address gets no email draft and no send button either.
    const noEmail = frame.locator('#waiting-mentees > li[data-mentee="ME-0006"]');
    await expect(noEmail.locator('button[id^="waiting-send-"]').count()).resolves.toBe(0);
    const iryna = frame.locator('#waiting-mentees > li[data-mentee="ME-0003"]');
    await iryna.locator('details > summary').click();
    const button = iryna.locator('#waiting-send-ME-0003');
    await expect(button.textContent()).resolves.toBe('Send by email');
    await button.click();
    await rpc.idle();
    const panel = iryna.locator('#waiting-send-panel-ME-0003');
    await expect(panel.locator('p').first().textContent()).resolves.toBe(
      'This message will be sent by email to Iryna Shevchenko at iryna.shev@example.org, from your Google account.',
    );
    await expect(panel.textContent()).resolves.toContain('Subject: We are still looking for a mentor');
    await expect(iryna.locator('#waiting-quota-ME-0003').textContent()).resolves.toMatch(/^\d+ emails? left today$/);
    await expect(focusedIn(frame)).resolves.toBe('#waiting-send-now-ME-0003');
    // Nothing is sent before "Send now".
    expect((await auditRows()).filter((row) => row.includes('ME-0003 menteeWaiting')).length).toBe(sentBefore);
    await panel.locator('#waiting-send-now-ME-0003').click();
    await expect.poll(() => frame.locator('#message').textContent()).toBe('Email sent to Iryna Shevchenko. The audit log records it with ids only.');
    await expect(panel.isHidden()).resolves.toBe(true);
    await expect(focusedIn(frame)).resolves.toBe('#waiting-send-ME-0003');
    const rows = await auditRows();
    expect(rows.filter((row) => row.includes('ME-0003 menteeWaiting')).length).toBe(sentBefore + 1);
    expect(JSON.stringify(rows)).not.toContain('iryna');
  });

  it('follows the waiting limit saved in Settings, which refuses a limit out of range before sending', async () => {
    const rpc = trackRpc(session.page);
    const frame = await openSidebar(session.page, session.preview.url, 'settings');
    await rpc.idle();
    const days = frame.locator('#waiting-days');
    await expect(days.inputValue()).resolves.toBe('30');
    for (const bad of ['0', '366']) {
      await days.fill(bad);
      await frame.locator('#waiting-save').click();
      await expect
        .poll(() => frame.locator('#message').textContent())
        .toBe('The waiting limit (days) must be a whole number from 1 to 365. Nothing was saved.');
      // Nothing typed is lost.
      await expect(days.inputValue()).resolves.toBe(bad);
    }
    await days.fill('365');
    await frame.locator('#waiting-save').click();
    await expect.poll(() => frame.locator('#message').textContent()).toBe('Waiting limit saved: 365 days.');
    await frame.locator('#tab-home').click();
    await rpc.idle();
    await expect(frame.locator('#waiting-none').textContent()).resolves.toBe('No mentee has waited more than 365 days.');
  });

  it('has no serious or critical axe-core violation, with every section open', async () => {
    await expect(homeViolations()).resolves.toEqual([]);
  });

  it('is reachable with the keyboard: Tab from the tab bar to a desk link, Enter moves to its tab', async () => {
    const rpc = trackRpc(session.page);
    const frame = await openSidebar(session.page, session.preview.url);
    await rpc.idle();
    await frame.locator('#tab-home').focus();
    let reached = false;
    for (let i = 0; i < 40 && !reached; i++) {
      await session.page.keyboard.press('Tab');
      reached = (await focusedIn(frame)) === '#desk-go-1';
    }
    expect(reached).toBe(true);
    await session.page.keyboard.press('Enter');
    await expect(frame.locator('#tab-pairs').getAttribute('aria-selected')).resolves.toBe('true');
    // The first item is the urgent warnings: Enter leads to This week, focused once it has drawn.
    await rpc.idle();
    await expect.poll(() => frame.locator('#week-block').evaluate((e) => e.contains(document.activeElement))).toBe(true);
    await frame.locator('#tab-pairs').focus();
    // Back with the arrow keys of the tab bar (Home is the first tab).
    await session.page.keyboard.press('Home');
    await expect(frame.locator('#tab-home').getAttribute('aria-selected')).resolves.toBe('true');
  });
});

describe.each(['en', 'de', 'el'])('Home at 300 px in %s', (language) => {
  it('fits without sideways scrolling, with the waiting list and a message open', async () => {
    // The language saved as Settings saves it, before the sidebar opens: the Settings tab's own walk is tested elsewhere.
    await fetch(`${session.preview.url}/__rpc`, { method: 'POST', body: JSON.stringify({ fn: 'saveSettings', args: [{ language }] }) });
    const rpc = trackRpc(session.page);
    const frame = await openSidebar(session.page, session.preview.url);
    await frame.locator(`html[lang="${language}"]`).waitFor();
    await rpc.idle();
    await frame.locator('#waiting-list > summary').click();
    await rpc.idle();
    await frame
      .locator('#waiting-mentees details')
      .first()
      .evaluate((d) => {
        (d as HTMLDetailsElement).open = true;
      });
    await expect(overflowing(frame)).resolves.toEqual([]);
    await session.page.locator('#sidebar-frame').screenshot({ path: artifactPath(`home-${language}.png`) });
  }, 120_000);
});
