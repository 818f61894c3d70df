/**
 * The server builds every document link from a Drive file id. The sidebar still shows only what
 * has that shape, so that a link can never run script in the page, whatever reaches it.
 */
const DOCUMENT_LINK = /^https:\/\/docs\.google\.com\/document\/d\/[A-Za-z0-9_-]+\/edit$/;

export function documentHref(url: string | null | undefined): string | null {
  return url && DOCUMENT_LINK.test(url) ? url : null;
}

/** What encodeURIComponent leaves: unreserved characters and %XX escapes (Google's prefill links also write spaces as "+"). */
const ENCODED = "[A-Za-z0-9\\-_.!~*'()%+]*";
const WHATSAPP_LINK = new RegExp(`^https://wa\\.me/[1-9]\\d{7,14}\\?text=${ENCODED}$`);
const MAILTO_LINK = new RegExp(`^mailto:[A-Za-z0-9\\-_.!~*'()%+]+@[A-Za-z0-9\\-.]+\\?subject=${ENCODED}&body=${ENCODED}$`);
const PREFILL_LINK = new RegExp(`^https://docs\\.google\\.com/forms/d/e/[A-Za-z0-9_-]+/viewform\\?usp=pp_url(&entry\\.\\d+=${ENCODED})*$`);

/** A WhatsApp click-to-chat link, and nothing else (no other scheme, no other host). */
export function whatsappHref(url: string | null | undefined): string | null {
  return url && WHATSAPP_LINK.test(url) ? url : null;
}

/** A mailto draft with only a subject and a body. */
export function mailtoHref(url: string | null | undefined): string | null {
  return url && MAILTO_LINK.test(url) ? url : null;
}

/** A Google Forms prefill link. */
export function prefillHref(url: string | null | undefined): string | null {
  return url && PREFILL_LINK.test(url) ? url : null;
}
