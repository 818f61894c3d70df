/**
 * The sidebar's first state, written into its HTML by the execution that opens it (openSidebar),
 * so the sidebar draws at once instead of asking for it with a google.script.run call: in Apps
 * Script each call is one more execution, started and answered over the network. The state goes
 * in a `<script type="application/json">` element, which the browser never runs and whose text
 * it does not decode; only `</script` could end it early, so every "<" in the JSON is written as
 * the escape \u003c, which JSON.parse reads back as "<" (a spreadsheet named "</script>" stays a name).
 */
export const INITIAL_STATE_ELEMENT = 'pmd-initial-state';

/** The element in sidebar/index.html that the server fills (a function, so the sidebar's bundle, which only reads it, leaves it out). */
export function initialStatePlaceholder(): string {
  return `<script type="application/json" id="${INITIAL_STATE_ELEMENT}">null</script>`;
}

export interface InitialPayload<State> {
  /** Null when the server could not build it: the sidebar then asks with a call, which says why if it fails again. */
  state: State | null;
  /** The "Try again" button's word, in the person's language, for when even that call fails. */
  retry: string;
}

/** The HTML with the payload in its placeholder; HTML without one (another build) is returned as it is, and the sidebar asks. */
export function embedInitialState(html: string, payload: InitialPayload<unknown>): string {
  const placeholder = initialStatePlaceholder();
  if (!html.includes(placeholder)) return html;
  const json = JSON.stringify(payload).replace(/</g, '\\u003c');
  return html.replace(placeholder, () => placeholder.replace('>null<', () => `>${json}<`));
}

/** What sidebar/index.html says before its script has run: in English, for a page served without an opening (the preview's bare /sidebar). */
export const PAGE_LANGUAGE = '<html lang="en">';
export const PAGE_LOADING = '<p class="muted">Loading…</p>';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => HTML_ESCAPES[c]!);

/**
 * The page in the person's words from its first paint: its language (which a screen reader
 * pronounces it in) and the "Loading…" shown until the script draws. Whichever of them is missing
 * from the HTML (another build) is left out.
 */
export function localisePage(html: string, words: { language: string; loading: string }): string {
  return html
    .replace(PAGE_LANGUAGE, () => `<html lang="${escapeHtml(words.language)}">`)
    .replace(PAGE_LOADING, () => `<p class="muted">${escapeHtml(words.loading)}</p>`);
}

/** The payload read back from the element's text, or null when there is none or it is not one. */
export function readInitialState<State>(text: string | null | undefined): InitialPayload<State> | null {
  if (!text) return null;
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null) return null;
    const { state, retry } = value as Record<string, unknown>;
    if (typeof retry !== 'string' || (state !== null && (typeof state !== 'object' || Array.isArray(state)))) return null;
    return { state: state as State | null, retry };
  } catch {
    return null;
  }
}
