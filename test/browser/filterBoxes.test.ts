import type { FrameLocator } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { foldForFilter } from '../../sidebar/filterMatch';
import { openSidebar, trackRpc, usePreviewBrowser } from '../support/browser';

/**
 * The sidebar's three type-to-filter boxes match one way (sidebar/filterMatch.ts, unit-tested in
 * test/unit/filterMatch.test.ts): here, that each box really uses it. The same kind of query,
 * capitals, an accent the data does not have and its words in the other order, finds the entry in
 * every box; a word the entry does not hold finds nothing.
 */
const session = usePreviewBrowser({ beforeAll, afterAll, beforeEach });

async function rpc<T>(fn: string, args: unknown[] = []): Promise<T> {
  const reply = (await (await fetch(`${session.preview.url}/__rpc`, { method: 'POST', body: JSON.stringify({ fn, args }) })).json()) as { value: T };
  return reply.value;
}

/** "Iryna" as someone might type it: in capitals, with an accent on its first vowel. */
function shouted(word: string): string {
  const upper = word.toUpperCase();
  const vowel = upper.search(/[AEIOU]/);
  return vowel < 0 ? upper : `${upper.slice(0, vowel + 1)}\u0301${upper.slice(vowel + 1)}`.normalize('NFC');
}

const shown = (frame: FrameLocator, selector: string) =>
  frame.locator(selector).evaluateAll((all) => all.filter((el) => !(el as HTMLElement).closest('[hidden]')).length);

describe('the filter boxes of the sidebar match the same way', () => {
  it('the Documents pair list: first name and code, any order, case and accents aside', async () => {
    const { pairs } = await rpc<{ pairs: { code: string; menteeFirstName: string }[] }>('getDocumentsOverview');
    const pair = pairs.find((p) => /^[A-Za-z]+$/.test(p.menteeFirstName) && /[aeiou]/i.test(p.menteeFirstName))!;
    const frame = await openSidebar(session.page, session.preview.url, 'documents');
    await frame.locator('#document-find').waitFor();
    const query = `${shouted(pair.menteeFirstName)}   ${pair.code.toLowerCase()}`;
    expect(foldForFilter(query)).not.toBe(query);
    await frame.locator('#document-find').fill(query);
    await expect.poll(() => shown(frame, '#document-pairs li')).toBe(1);
    await expect(frame.locator(`#document-pairs li:not([hidden]) [data-pair="${pair.code}"]`).count()).resolves.toBe(1);
    await frame.locator('#document-find').fill(`${query} zzz`);
    await expect.poll(() => shown(frame, '#document-pairs li')).toBe(0);
    await frame.locator('#document-find').fill('   ');
    await expect.poll(() => shown(frame, '#document-pairs li')).toBe(pairs.length);
  });

  it('the mentor readiness picker: name and code, any order, case and accents aside', async () => {
    const { mentors } = await rpc<{ mentors: { id: string; name: string }[] }>('getMatchingOverview');
    const mentor = mentors.find((m) => /^[A-Za-z]+ [A-Za-z]+$/.test(m.name))!;
    const [first, last] = mentor.name.split(' ') as [string, string];
    const frame = await openSidebar(session.page, session.preview.url, 'matching');
    await frame.locator('#readiness > summary').click();
    const search = frame.locator('#readiness-search');
    await search.fill(`${mentor.id.toLowerCase()} ${shouted(last)} ${first.slice(0, 3).toLowerCase()}`);
    await expect.poll(() => frame.locator('#readiness-options [role="option"]').count()).toBe(1);
    await expect(frame.locator('#readiness-options [role="option"]').getAttribute('data-mentor')).resolves.toBe(mentor.id);
    await search.fill(`${mentor.id} zzz`);
    await expect.poll(() => frame.locator('#readiness-options [role="option"]').count()).toBe(0);
    // An empty picker lists nobody: it is a picker, not a list.
    await search.fill('  ');
    await expect(frame.locator('#readiness-search-status').textContent()).resolves.toBe('');
  });

  it('"This week": an item’s words and its pair code, any order, case and accents aside', async () => {
    const { items } = await rpc<{ items: { pairCode: string; text: string; action: string }[] }>('getWeekView');
    const item = items.find((i) => /[A-Za-z]{4,}/.test(i.text))!;
    const word = /[A-Za-z]{4,}/.exec(item.text)![0];
    // An item is found by its text or by what to do about it.
    const expected = items.filter((i) => i.pairCode === item.pairCode && foldForFilter(`${i.text} ${i.action}`).includes(foldForFilter(word))).length;
    const rpcIdle = trackRpc(session.page);
    const frame = await openSidebar(session.page, session.preview.url, 'pairs');
    await frame.locator('#week-filter').waitFor();
    await rpcIdle.idle();
    await frame.locator('#week-group').selectOption('pair');
    await frame.locator('#week-filter').fill(`${shouted(word)} ${item.pairCode.toLowerCase()}`);
    const groups = frame.locator('#week details[id^="week-pair-"]');
    await expect.poll(() => groups.count()).toBe(1);
    await expect(groups.first().getAttribute('id')).resolves.toBe(`week-pair-${item.pairCode}`);
    await expect(frame.locator('#week-count').textContent()).resolves.toBe(`${expected} item${expected === 1 ? '' : 's'} for 1 pair`);
    await frame.locator('#week-filter').fill(`${item.pairCode} zzz`);
    await expect.poll(() => groups.count()).toBe(0);
  });
});
