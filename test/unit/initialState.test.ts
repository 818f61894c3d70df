import { describe, expect, it } from 'vitest';
import { embedInitialState, initialStatePlaceholder, localisePage, PAGE_LANGUAGE, PAGE_LOADING, readInitialState } from '../../src/core/initialState';
import { initialStateText } from '../support/initialState';

const page = `<body><div id="app"></div>\n    ${initialStatePlaceholder()}\n<script>run()</script></body>`;

describe('the sidebar’s first state, written into its page', () => {
  it('reads back what the server wrote, words in any script included', () => {
    const state = { spreadsheetName: 'Mentoring 2026 — ملف', language: 'it', messages: { 'common.retry': 'Riprova' } };
    const html = embedInitialState(page, { state, retry: 'Riprova' });
    expect(readInitialState(initialStateText(html))).toEqual({ state, retry: 'Riprova' });
    // The rest of the page is untouched.
    expect(html.endsWith('\n<script>run()</script></body>')).toBe(true);
  });

  it('keeps a name that looks like markup inside the element: no "<" is written, so nothing can end it or open a comment', () => {
    const name = '</script><script>alert(1)</script><!-- $& $1';
    const html = embedInitialState(page, { state: { spreadsheetName: name }, retry: '$&' });
    const text = initialStateText(html);
    expect(text).not.toContain('<');
    expect(readInitialState<{ spreadsheetName: string }>(text)).toEqual({ state: { spreadsheetName: name }, retry: '$&' });
    expect(html.match(/<script/g)).toHaveLength(2);
  });

  it('writes a state the server could not build as null, with the word to try again', () => {
    expect(readInitialState(initialStateText(embedInitialState(page, { state: null, retry: 'Try again' })))).toEqual({ state: null, retry: 'Try again' });
  });

  it('leaves a page without the placeholder as it is (the sidebar then asks for its state)', () => {
    expect(embedInitialState('<p>sidebar</p>', { state: {}, retry: 'x' })).toBe('<p>sidebar</p>');
  });

  it('reads nothing from an empty, unfilled or malformed element', () => {
    for (const text of [
      null,
      undefined,
      '',
      'null',
      '{',
      '[]',
      '"text"',
      '{"state":{}}',
      '{"state":[],"retry":"x"}',
      '{"state":3,"retry":"x"}',
      '{"state":{},"retry":4}',
    ])
      expect(readInitialState(text)).toBeNull();
  });

  it('puts the page’s language and its loading word in the person’s words, escaped, and leaves a page without them as it is', () => {
    const html = localisePage(`${PAGE_LANGUAGE}<body>${PAGE_LOADING}</body></html>`, { language: 'it', loading: 'Caricamento…' });
    expect(html).toBe('<html lang="it"><body><p class="muted">Caricamento…</p></body></html>');
    expect(localisePage(PAGE_LOADING, { language: 'x', loading: '<b>"&' })).toBe('<p class="muted">&lt;b&gt;&quot;&amp;</p>');
    expect(localisePage('<p>sidebar</p>', { language: 'it', loading: 'Caricamento…' })).toBe('<p>sidebar</p>');
  });
});
