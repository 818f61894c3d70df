import { waDigits } from './phone';

/**
 * Links that open a message ready to send in the coordinator's own apps: nothing is sent until
 * the coordinator presses send there.
 */

/** WhatsApp click-to-chat (https://faq.whatsapp.com/5913398998672934): the number as digits, the text encoded. */
export function whatsappUrl(e164: string, text: string): string {
  return `https://wa.me/${waDigits(e164)}?text=${encodeURIComponent(text)}`;
}

const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]+$/;

export function isEmailAddress(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 254 && EMAIL.test(value);
}

/** RFC 6068: line breaks in a mailto body are CRLF, encoded %0D%0A. */
export function mailtoUrl(address: string, subject: string, body: string): string {
  if (!isEmailAddress(address)) throw new Error('not an email address');
  const crlf = body.replace(/\r?\n/g, '\r\n');
  return `mailto:${encodeURIComponent(address).replace(/%40/g, '@')}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(crlf)}`;
}

/** The published id of a form from its published URL (…/forms/d/e/<publishedId>/viewform), or null. */
export function publishedFormId(publishedUrl: string): string | null {
  return /^https:\/\/docs\.google\.com\/forms\/d\/e\/([A-Za-z0-9_-]+)\/viewform(?:[?#].*)?$/.exec(publishedUrl)?.[1] ?? null;
}

/**
 * A Google Forms prefill link: `…/viewform?usp=pp_url&entry.<entryId>=<value>&…`. The entry ids
 * are not the items' ids (`Item.getId()`): they come from a link Google built
 * (`FormResponse.toPrefilledUrl()`), which is how the server gets them.
 */
export function prefillUrl(publishedUrl: string, entries: readonly { entryId: string; value: string }[]): string {
  const id = publishedFormId(publishedUrl);
  if (!id) throw new Error('not a published form URL');
  const query = entries.map((e) => {
    if (!/^\d+$/.test(e.entryId)) throw new Error('an entry id is a number');
    return `entry.${e.entryId}=${encodeURIComponent(e.value)}`;
  });
  return [`https://docs.google.com/forms/d/e/${id}/viewform?usp=pp_url`, ...query].join('&');
}

/** The entries of a prefill link (entry id → value), as Google reads them back ("+" is a space). */
export function prefilledEntries(url: string): Map<string, string> {
  const entries = new Map<string, string>();
  const query = url.split('?')[1]?.split('#')[0] ?? '';
  for (const part of query.split('&')) {
    const match = /^entry\.(\d+)=(.*)$/.exec(part);
    if (match) entries.set(match[1]!, decodeURIComponent(match[2]!.replace(/\+/g, ' ')));
  }
  return entries;
}
