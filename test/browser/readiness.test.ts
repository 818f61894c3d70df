import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { artifactPath, chooseSidebarLanguage, openSidebar, trackRpc, usePreviewBrowser } from '../support/browser';

const session = usePreviewBrowser({ beforeAll, afterAll, beforeEach });

async function rpc<T>(fn: string, args: unknown[] = []): Promise<T> {
  const reply = (await (await fetch(`${session.preview.url}/__rpc`, { method: 'POST', body: JSON.stringify({ fn, args }) })).json()) as { value: T };
  return reply.value;
}

type Form = { modules: string[]; capacity: string; mentorType: string; checkLabel: string; checkDoneOn: string; checkExpiresOn: string };

/**
 * A waiting mentee and a mentor suggested for them, whose training is then recorded as one module
 * done (through the add-on's own save): a mentor of a new programme, excluded by training alone.
 */
async function mentorExcludedByTrainingOnly(): Promise<{ mentorId: string; name: string; menteeId: string }> {
  const { mentors, waiting } = await rpc<{ mentors: { id: string; name: string }[]; waiting: { id: string }[] }>('getMatchingOverview');
  for (const { id: menteeId } of waiting) {
    const { suggestions } = await rpc<{ suggestions: { mentorId: string }[] }>('getSuggestions', [{ menteeId }]);
    const mentorId = suggestions[0]?.mentorId;
    if (!mentorId) continue;
    const { form } = await rpc<{ form: Form }>('getMentorReadiness', [{ mentorId }]);
    await rpc('saveMentorReadiness', [{ mentorId, base: form, values: { ...form, modules: ['2026-03-02', '', '', '', ''] } }]);
    return { mentorId, name: mentors.find((m) => m.id === mentorId)!.name, menteeId };
  }
  throw new Error('The demo has no waiting mentee with a suggestion');
}

async function excludedByTraining(menteeId: string, mentorId: string): Promise<boolean> {
  const page = await rpc<{ mentors: unknown[] }>('getExcludedMentors', [{ menteeId, rule: 'training', mentorId }]);
  return page.mentors.length > 0;
}

/** Whether the sidebar's page is wider than its 300 px frame (something overflows). */
async function overflows(frame: ReturnType<typeof session.page.frameLocator>): Promise<number> {
  return frame.locator('html').evaluate((html) => html.scrollWidth - html.clientWidth);
}

describe('mentor readiness in the sidebar', () => {
  it('picks a mentor with the keyboard, records training and a check, and she is no longer excluded', async () => {
    const { mentorId, name, menteeId } = await mentorExcludedByTrainingOnly();
    const before = await rpc<{ mentors: { rules: string[] }[] }>('getExcludedMentors', [{ menteeId, mentorId }]);
    expect(before.mentors.map((m) => m.rules)).toEqual([['Training not completed (1 of 5 modules).']]);
    const idle = trackRpc(session.page);
    const frame = await openSidebar(session.page, session.preview.url, 'matching');
    await frame.locator('#mentee-select').selectOption(menteeId);
    await frame.locator('#excluded details[data-rule="training"]').waitFor({ state: 'attached' });
    await idle.idle();

    // Keyboard only: open the section, type part of the name, move with the arrows, choose with Enter.
    await frame.locator('#readiness > summary').focus();
    await session.page.keyboard.press('Enter');
    await session.page.keyboard.press('Tab');
    await expect(frame.locator('#readiness-search').evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await session.page.keyboard.type(name.slice(0, 4).toLowerCase());
    await expect.poll(() => frame.locator('#readiness-options [role="option"]').count()).toBeGreaterThan(0);
    expect(await frame.locator('#readiness-options [role="option"]').first().textContent()).toContain(name);
    await session.page.keyboard.press('ArrowDown');
    await expect(frame.locator('#readiness-search').getAttribute('aria-activedescendant')).resolves.toBe('readiness-option-0');
    await session.page.keyboard.press('Enter');
    const form = frame.locator(`form[data-mentor="${mentorId}"]`);
    await form.waitFor();
    await expect(form.textContent()).resolves.toContain('1 of 5 modules done');
    await frame.locator('#readiness > summary').scrollIntoViewIfNeeded();
    await session.page.locator('#sidebar-frame').screenshot({ path: artifactPath('readiness-en-top.png') });

    const days = ['2026-03-02', '2026-03-09', '2026-03-16', '2026-03-23', '2026-03-30'];
    for (const [i, day] of days.entries()) await form.locator(`#readiness-${mentorId}-modules-${i}`).fill(day);
    await form.locator(`#readiness-${mentorId}-capacity`).fill('2');
    await form.locator(`#readiness-${mentorId}-mentorType`).selectOption('Local');
    await form.locator(`#readiness-${mentorId}-checkLabel`).fill('Certificato del casellario giudiziale');
    await form.locator(`#readiness-${mentorId}-checkDoneOn`).fill('2026-02-10');
    // An expiry on the day done is refused before anything is sent, and nothing typed is lost.
    await form.locator(`#readiness-${mentorId}-checkExpiresOn`).fill('2026-02-10');
    await form.locator('#readiness-save').focus();
    await session.page.keyboard.press('Enter');
    await expect.poll(() => frame.locator('#message .notice.error').textContent()).toContain('Nothing was saved');
    await expect(form.locator(`#readiness-${mentorId}-checkExpiresOn-error`).textContent()).resolves.toContain('must be after the day it was done');
    await expect(form.locator(`#readiness-${mentorId}-checkExpiresOn`).getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(form.locator(`#readiness-${mentorId}-checkLabel`).inputValue()).resolves.toBe('Certificato del casellario giudiziale');
    expect(await excludedByTraining(menteeId, mentorId)).toBe(true);

    await form.locator(`#readiness-${mentorId}-checkExpiresOn`).fill('2029-02-10');
    await form.locator('#readiness-save').focus();
    await session.page.keyboard.press('Enter');
    await expect.poll(() => frame.locator('#message .notice.ok').textContent()).toBe(`Readiness of ${mentorId} saved.`);
    const saved = frame.locator(`form[data-mentor="${mentorId}"]`);
    await expect.poll(() => saved.textContent()).toContain('5 of 5 modules done');
    await expect(saved.textContent()).resolves.toContain('Background check: valid until 10 February 2029');
    await idle.idle();

    // The suggestions open above were asked for again: the mentor is suggested now, no longer excluded.
    await frame.locator(`#suggestions [data-mentor="${mentorId}"]`).waitFor();
    expect(await excludedByTraining(menteeId, mentorId)).toBe(false);
    const after = await rpc<{ mentors: unknown[] }>('getExcludedMentors', [{ menteeId, mentorId }]);
    expect(after.mentors).toEqual([]);

    // Only the check's kind went to Sensitive details; the audit has ids only.
    const workbook = (await (await fetch(`${session.preview.url}/__dev/workbook`)).json()) as { sheets: { name: string; values: string[][] }[] };
    const sheet = (name: string) => JSON.stringify(workbook.sheets.find((s) => s.name === name)!.values);
    expect(sheet('Mentors')).not.toContain('casellario');
    expect(sheet('Sensitive details')).toContain('Certificato del casellario giudiziale');
    const audit = workbook.sheets.find((s) => s.name === 'Audit log')!.values.filter((row) => row.includes('mentor.readiness'));
    expect(audit).toHaveLength(2); // the setup's save, then the coordinator's
    expect(JSON.stringify(audit)).not.toMatch(new RegExp(`${name.split(' ')[0]}|casellario|2029|2026-03`));

    await saved.scrollIntoViewIfNeeded();
    expect(await overflows(frame)).toBeLessThanOrEqual(0);
    await session.page.locator('#sidebar-frame').screenshot({ path: artifactPath('readiness-en.png') });
  });

  it('fits the 300 px sidebar in German, with no serious accessibility problem, and filters many names to a few', async () => {
    // AxeBuilder opens a page of its own beside this one: it needs a context it may open pages in.
    const context = await session.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const frame = await openSidebar(page, session.preview.url);
    await chooseSidebarLanguage(frame, 'de');
    await frame.locator('#tab-matching').click();
    await frame.locator('#readiness > summary').click();
    // Every mentor matches "a": the list shows a few and says how many more there are.
    await frame.locator('#readiness-search').fill('a');
    const options = frame.locator('#readiness-options [role="option"]');
    const { mentors } = await rpc<{ mentors: { name: string }[] }>('getMatchingOverview');
    const all = mentors.filter((m) => /a/i.test(m.name)).length;
    expect(all).toBeGreaterThan(8);
    await expect.poll(() => options.count()).toBe(8);
    await expect(frame.locator('#readiness-search-status').textContent()).resolves.toBe(
      `${all} Mentor:innen gefunden. ${all - 8} weitere nicht gezeigt: Tippen Sie mehr vom Namen.`,
    );
    await frame.locator('#readiness-search').fill('Giulia');
    await frame.locator('#readiness-search').press('Enter');
    const form = frame.locator('form[data-mentor]');
    await form.waitFor();
    await expect(form.textContent()).resolves.toContain('Führungszeugnis');
    // An unreal capacity, refused in German beside the field.
    const capacity = form.locator('input[type="number"]');
    await capacity.fill('11');
    await form.locator('#readiness-save').click();
    await expect.poll(() => form.locator('.notice.error:not([hidden])').first().textContent()).toContain('ganze Zahl von 0 bis 10');
    await expect(capacity.inputValue()).resolves.toBe('11');
    expect(await overflows(frame)).toBeLessThanOrEqual(0);
    const result = await new AxeBuilder({ page }).include({ fromFrames: ['#sidebar-frame', 'html'] }).analyze();
    const serious = result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(serious).toEqual([]);
    await form.scrollIntoViewIfNeeded();
    await page.locator('#sidebar-frame').screenshot({ path: artifactPath('readiness-de.png') });
    await context.close();
  });
});
