import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { artifactPath, openSidebar, usePreviewBrowser } from '../support/browser';

const session = usePreviewBrowser({ beforeAll, afterAll, beforeEach });

describe('reaching mentors and mentees from a pair', () => {
  it('shows the prefilled diary link and messages with their channels, as text', async () => {
    const frame = await openSidebar(session.page, session.preview.url, 'pairs');
    await frame.locator('#pair-select').selectOption('P-0001');
    await frame.locator('#pair-panel').waitFor();
    await frame.locator('#outreach > summary').click();
    const link = frame.locator('#outreach-diary-link');
    await link.waitFor();
    await expect(link.inputValue()).resolves.toMatch(/^https:\/\/docs\.google\.com\/forms\/d\/e\/[^/]+\/viewform\?usp=pp_url&entry\.\d+=P-0001/);
    const hrefs = await frame.locator('#outreach a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    // Every link is one of the channels, never text from a cell.
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toMatch(/^(https:\/\/wa\.me\/\d+\?text=|mailto:)/);
    await frame.locator('#outreach').screenshot({ path: artifactPath('outreach-pair.png') });
  });
});
