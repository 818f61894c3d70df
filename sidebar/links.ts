/**
 * The server builds every document link from a Drive file id. The sidebar still shows only what
 * has that shape, so that a link can never run script in the page, whatever reaches it.
 */
const DOCUMENT_LINK = /^https:\/\/docs\.google\.com\/document\/d\/[A-Za-z0-9_-]+\/edit$/;

export function documentHref(url: string | null | undefined): string | null {
  return url && DOCUMENT_LINK.test(url) ? url : null;
}
