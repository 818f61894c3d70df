import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { artifactPath, openSidebar, trackRpc, usePreviewBrowser } from '../support/browser';

/**
 * A team pair in Reach out: one card per mentor for each mentor reminder, told apart by first
 * name, and "Send email" on the second mentor's card sends to her (the Supervision row names her id).
 */
const session = usePreviewBrowser({ beforeAll, afterAll, beforeEach }, { width: 1280, height: 1200 });

async function rpc<T>(fn: string, args: unknown[] = []): Promise<T> {
  const reply = (await (await fetch(`${session.preview.url}/__rpc`, { method: 'POST', body: JSON.stringify({ fn, args }) })).json()) as {
    ok: boolean;
    value: T;
    error?: { message: string };
  };
  if (!reply.ok) throw new Error(reply.error?.message ?? 'rpc failed');
  return reply.value;
}

type Message = { kind: string; to: string; personId: string; firstName: string; canSendEmail: boolean };

describe('reaching both mentors of a team pair', () => {
  it('shows a card for each mentor, named, and sends to the one whose card is clicked', async () => {
    const cohort = await rpc<{ pairs: { menteeId: string; mentorId: string; secondMentorId: string | null }[] }>('proposeCohort', [
      { maximiseMatched: true, teamMode: true },
    ]);
    const pick = cohort.pairs.find((p) => p.secondMentorId);
    expect(pick, 'the demo cohort proposes a team').toBeDefined();
    const { codes } = await rpc<{ codes: string[] }>('acceptMatches', [{ pairs: [pick] }]);
    const code = codes[0]!;
    // Accepted, the pair is in the supervision list, and the welcome is due to each mentor.
    await rpc('updatePairStatus', [{ code, status: 'Mentor accepted' }]);
    const outreach = await rpc<{ messages: Message[] }>('getOutreach', [{ code }]);
    const proposals = outreach.messages.filter((m) => m.kind === 'welcome' && m.to === 'mentor');
    expect(proposals.map((m) => m.personId)).toEqual([pick!.mentorId, pick!.secondMentorId]);

    const rpcs = trackRpc(session.page);
    const frame = await openSidebar(session.page, session.preview.url, 'pairs');
    await frame.locator('#pair-select').selectOption(code);
    await frame.locator('#pair-panel').waitFor();
    await frame.locator('#outreach > summary').click();
    const cards = frame.locator('#outreach li.outreach-message[data-kind="welcome"][data-to="mentor"]');
    await expect.poll(() => cards.count()).toBe(2);
    const headings = await cards.locator('strong').allTextContents();
    for (const [i, m] of proposals.entries()) {
      expect(headings[i]).toBe(`Welcome · To the mentor (${m.firstName})`);
      await expect(cards.nth(i).getAttribute('data-person')).resolves.toBe(m.personId);
    }
    await frame.locator('#outreach').screenshot({ path: artifactPath('outreach-team.png') });

    const second = proposals[1]!;
    expect(second.canSendEmail, 'the demo second mentor may be emailed').toBe(true);
    await cards.nth(1).locator('button.action').click();
    await rpcs.idle();
    const workbook = (await (await fetch(`${session.preview.url}/__dev/workbook`)).json()) as { sheets: { name: string; values: string[][] }[] };
    const log = workbook.sheets.find((s) => s.name === 'Supervision')!.values;
    const topics = log[0]!.indexOf('Topics');
    expect(
      log
        .slice(1)
        .map((r) => r[topics])
        .filter((t) => t?.startsWith('welcome')),
    ).toEqual([`welcome by email to mentor ${second.personId}`]);
  });
});
