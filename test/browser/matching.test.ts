import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { artifactPath, openSidebar, usePreviewBrowser } from '../support/browser';

const session = usePreviewBrowser({ beforeAll, afterAll, beforeEach });

async function rpc<T>(fn: string, args: unknown[] = []): Promise<T> {
  const reply = (await (await fetch(`${session.preview.url}/__rpc`, { method: 'POST', body: JSON.stringify({ fn, args }) })).json()) as { value: T };
  return reply.value;
}

/** The demo's first waiting mentee who has at least one suggested mentor. */
async function waitingMenteeWithSuggestion(): Promise<string> {
  const { waiting } = await rpc<{ waiting: { id: string }[] }>('getMatchingOverview');
  for (const { id } of waiting) {
    const { suggestions } = await rpc<{ suggestions: unknown[] }>('getSuggestions', [{ menteeId: id }]);
    if (suggestions.length) return id;
  }
  throw new Error('no waiting mentee with a suggestion');
}

/** The Pairs sheet's rows, header included, as the preview's workbook shows them. */
async function pairRows(): Promise<string[][]> {
  const workbook = (await (await fetch(`${session.preview.url}/__dev/workbook`)).json()) as { sheets: { name: string; values: string[][] }[] };
  return workbook.sheets.find((s) => s.name === 'Pairs')!.values;
}

async function openMatching() {
  const frame = await openSidebar(session.page, session.preview.url, 'matching');
  await frame.locator('#mentee-select').waitFor();
  return frame;
}

describe('matching in the sidebar', () => {
  it('shows a mentee’s suggestions with reasons, accepts one, and lists the new pair', async () => {
    const menteeId = await waitingMenteeWithSuggestion();
    const frame = await openMatching();
    await frame.locator('#mentee-select').selectOption(menteeId);
    const first = frame.locator('#suggestions > li').first();
    await first.waitFor();
    const text = await first.textContent();
    expect(text).toContain('of 100');
    expect(text).toMatch(/both speak|offers help with/);
    // Excluded mentors arrive as counts per rule; a group's mentors and reasons load when it is opened.
    await frame.locator('#excluded > summary').click();
    await expect(frame.locator('#excluded > summary').textContent()).resolves.toMatch(/^\d+ mentors? excluded: \d+ .+\.$/);
    const { excluded } = await rpc<{ excluded: { byRule: { rule: string; label: string }[] } }>('getSuggestions', [{ menteeId }]);
    const group = frame.locator(`#excluded details[data-rule="${excluded.byRule[0]!.rule}"]`);
    await expect(group.locator('summary').textContent()).resolves.toBe(excluded.byRule[0]!.label);
    expect(await group.locator('[data-excluded]').count()).toBe(0);
    await group.locator('summary').click();
    const page = await rpc<{ mentors: { mentorId: string; rules: string[] }[] }>('getExcludedMentors', [{ menteeId, rule: excluded.byRule[0]!.rule }]);
    await expect.poll(() => group.locator('[data-excluded]').count()).toBe(page.mentors.length);
    await expect(group.locator(`[data-excluded="${page.mentors[0]!.mentorId}"]`).textContent()).resolves.toContain(page.mentors[0]!.rules[0]);
    await session.page.screenshot({ path: artifactPath('matching-suggestions.png') });

    const mentorId = await first.getAttribute('data-mentor');
    const before = await pairRows();
    await first.locator('[data-accept]').click();
    await expect.poll(() => frame.locator('.notice.ok').first().textContent()).toMatch(/^Pair P-\d{4} proposed/);
    const code = /P-\d{4}/.exec((await frame.locator('.notice.ok').first().textContent())!)![0];
    await frame.locator('#pairs > summary').click();
    await expect(frame.locator(`[data-pair="${code}"]`).textContent()).resolves.toContain('Proposed');

    const pairs = await pairRows();
    expect(pairs).toHaveLength(before.length + 1);
    expect(pairs.at(-1)!.slice(0, 4)).toEqual([code, mentorId, '', menteeId]);
    await session.page.screenshot({ path: artifactPath('matching-pair.png') });
  });

  it('proposes matches for the whole cohort and writes only what is accepted', async () => {
    const frame = await openMatching();
    await frame.locator('#cohort > summary').click();
    await frame.locator('#cohort-propose').click();
    await frame.locator('#cohort-accept').waitFor();
    await session.page.screenshot({ path: artifactPath('matching-cohort.png') });
    const before = await pairRows();
    const ticked = await frame.locator('#cohort-result input[type="checkbox"]:checked').count();
    expect(ticked).toBeGreaterThan(0);
    await frame.locator('#cohort-accept').click();
    await expect.poll(() => frame.locator('.notice.ok').first().textContent()).toMatch(/^(1 pair|\d+ pairs) proposed\.$/);
    expect(await pairRows()).toHaveLength(before.length + ticked);
  });

  it('edits the matching criteria in Settings and resets them to the defaults', async () => {
    const frame = await openMatching();
    await frame.locator('#tab-settings').click();
    await frame.locator('#training-required').fill('3');
    await frame.locator('[data-rule="firstNeed"]').uncheck();
    await frame.locator('#matching-settings-save').click();
    await expect.poll(() => frame.locator('.notice.ok').first().textContent()).toContain('Matching criteria saved');
    const settings = () => rpc<{ trainingModulesRequired: number; disabledRules: string[] }>('getMatchingSettings');
    expect(await settings()).toMatchObject({ trainingModulesRequired: 3, disabledRules: ['firstNeed'] });
    await session.page.screenshot({ path: artifactPath('matching-settings.png') });
    await frame.locator('#matching-settings').getByRole('button', { name: 'Reset to defaults' }).click();
    await expect.poll(async () => (await settings()).trainingModulesRequired).toBe(5);
  });

  it('shows the best mentees from a mentor’s side', async () => {
    const { mentors } = await rpc<{ mentors: { id: string; free: number }[] }>('getMatchingOverview');
    const frame = await openMatching();
    await frame.locator('#mentor-select').selectOption(mentors.find((m) => m.free > 0)!.id);
    await expect.poll(() => frame.locator('#suggestions-panel h3').textContent()).toMatch(/Best mentees for .+ \(\d free place/);
  });
});
