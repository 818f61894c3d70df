import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { artifactPath, openSidebar, usePreviewBrowser } from '../support/browser';

/**
 * Issue 16, item 3, from a mentor's side: the excluded mentees arrive as counts per rule, and a
 * rule's group loads its mentees and their reasons when the coordinator opens it, twenty at a time.
 */
const session = usePreviewBrowser({ beforeAll, afterAll, beforeEach });

interface Counts {
  count: number;
  summary: string;
  byRule: { rule: string; count: number; label: string }[];
}
interface MenteesPage {
  mentees: { menteeId: string; menteeName: string; rules: string[] }[];
  next: number | null;
}

async function rpc<T>(fn: string, args: unknown[] = []): Promise<T> {
  const reply = (await (await fetch(`${session.preview.url}/__rpc`, { method: 'POST', body: JSON.stringify({ fn, args }) })).json()) as { value: T };
  return reply.value;
}

/** The first mentor with a free place (the only ones the sidebar offers) who has a rule's group of at least `size` excluded mentees. */
async function mentorWithGroup(size: number): Promise<{ mentorId: string; excluded: Counts; group: Counts['byRule'][number] }> {
  const { mentors } = await rpc<{ mentors: { id: string; free: number }[] }>('getMatchingOverview');
  for (const { id } of mentors.filter((m) => m.free > 0)) {
    const { excluded } = await rpc<{ excluded: Counts }>('getMentorSuggestions', [{ mentorId: id }]);
    const group = excluded.byRule.find((g) => g.count >= size);
    if (group) return { mentorId: id, excluded, group };
  }
  throw new Error(`no mentor with a free place and a group of ${size} excluded mentees`);
}

/** Mentees who speak only Tigrinya, through the intake form: waiting, and without a common language with most mentors. */
async function submitMentees(count: number) {
  for (let i = 0; i < count; i++) {
    const reply = (await (
      await fetch(`${session.preview.url}/__dev/form-submit`, {
        method: 'POST',
        body: JSON.stringify({
          sheet: 'Mentee intake',
          answers: { 'Full name': `Tigrinya Speaker ${i}`, 'Languages you speak': ['Tigrinya'], 'I agree to the processing of my data': 'Yes, I agree' },
        }),
      })
    ).json()) as { ok: boolean };
    expect(reply.ok).toBe(true);
  }
}

async function openMentor(mentorId: string) {
  const frame = await openSidebar(session.page, session.preview.url, 'matching');
  await frame.locator('#mentor-select').selectOption(mentorId);
  await frame.locator('#excluded-mentees > summary').waitFor();
  return frame;
}

describe('a mentor’s excluded mentees in the sidebar', () => {
  it('are counted per rule, and a group opened lists its mentees with their reasons, then the rest on "Show more"', async () => {
    await submitMentees(21);
    const { mentorId, excluded, group: rule } = await mentorWithGroup(21);
    const frame = await openMentor(mentorId);
    const section = frame.locator('#excluded-mentees');
    await expect(section.locator(':scope > summary').textContent()).resolves.toBe(excluded.summary);
    expect(excluded.summary).toMatch(/^\d+ mentees? excluded: \d+ .+\.$/);
    await section.locator(':scope > summary').click();
    await expect(section.locator('details.excluded-group').count()).resolves.toBe(excluded.byRule.length);
    const group = section.locator(`details[data-rule="${rule.rule}"]`);
    await expect(group.locator('summary').textContent()).resolves.toBe(rule.label);
    // Nothing is asked for until the group is opened.
    expect(await group.locator('[data-excluded]').count()).toBe(0);
    await group.locator('summary').click();
    const first = await rpc<MenteesPage>('getExcludedMentees', [{ mentorId, rule: rule.rule }]);
    expect(first.mentees).toHaveLength(20);
    await expect.poll(() => group.locator('[data-excluded]').count()).toBe(20);
    const item = group.locator(`[data-excluded="${first.mentees[0]!.menteeId}"]`);
    await expect(item.locator('strong').textContent()).resolves.toBe(`${first.mentees[0]!.menteeName} · ${first.mentees[0]!.menteeId}`);
    await expect(item.locator('.reasons li').allTextContents()).resolves.toEqual(first.mentees[0]!.rules);
    await session.page.locator('#sidebar-frame').screenshot({ path: artifactPath('matching-mentor-excluded.png') });
    await group.getByRole('button', { name: 'Show more' }).click();
    await expect.poll(() => group.locator('[data-excluded]').count()).toBe(rule.count);
    await expect(group.getByRole('button', { name: 'Show more' }).count()).resolves.toBe(0);
    const ids = await group.locator('[data-excluded]').evaluateAll((items) => items.map((li) => li.getAttribute('data-excluded')));
    expect(new Set(ids).size).toBe(rule.count);
  });

  it('says so where the mentees would be when a page fails, with Try again', async () => {
    const { mentorId, group: rule } = await mentorWithGroup(1);
    let failures = 1;
    await session.page.route('**/__rpc', async (route) => {
      const { fn } = JSON.parse(route.request().postData() ?? '{}') as { fn?: string };
      if (fn === 'getExcludedMentees' && failures > 0) {
        failures--;
        await route.fulfill({ contentType: 'application/json', body: JSON.stringify({ ok: false, error: { message: 'Exceeded maximum execution time' } }) });
      } else await route.continue();
    });
    const frame = await openMentor(mentorId);
    await frame.locator('#excluded-mentees > summary').click();
    const group = frame.locator(`#excluded-mentees details[data-rule="${rule.rule}"]`);
    await group.locator('summary').click();
    const notice = group.locator('[role="alert"]');
    await expect.poll(() => notice.textContent()).toBe('The excluded mentees could not be loaded: Exceeded maximum execution time');
    await expect(group.textContent()).resolves.not.toContain('Loading…');
    expect(await group.locator('[data-excluded]').count()).toBe(0);
    await group.getByRole('button', { name: 'Try again' }).click();
    await expect.poll(() => group.locator('[data-excluded]').count()).toBe(Math.min(20, rule.count));
    await expect(notice.count()).resolves.toBe(0);
  });
});
