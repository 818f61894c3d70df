import type { SupportedLanguage } from '../i18n';
import type { NewcomerLanguage } from '../i18n/languages';
import type { FormKind } from '../intake/fields';

/**
 * The standard forms the add-on made for this spreadsheet, and which response sheet is each one's.
 * Google adds a form's response sheet some time after `setDestination` (it does not say when), so
 * a form is recorded before its destination is set and stays "waiting" until its sheet is found:
 * a retry then links the same form instead of making another.
 */
export interface StandardFormRecord {
  kind: FormKind;
  formId: string;
  title: string;
  /** The language its questions are in: the mapping matches the sheet's header in it. */
  language: SupportedLanguage;
  /** A mentee form's second language (each question also in it), or none; records made before it existed have none. */
  secondLanguage?: NewcomerLanguage | null;
  editUrl: string;
  publishedUrl: string;
  createdAt: string;
  /** Its response sheet once found; null while the form waits for Google to add it. */
  sheetId: number | null;
}

/**
 * The form id in a Google Forms URL: ".../forms/d/<id>/edit", ".../forms/d/<id>/viewform",
 * ".../forms/u/0/d/<id>/...". A published ".../forms/d/e/<id>/viewform" URL carries another id,
 * not the form's, so it gives null. URLs are compared by id, never as whole strings: the sheet's
 * `getFormUrl()` and the form's own URLs differ in their ending.
 */
export function formIdFromUrl(url: string | null | undefined): string | null {
  const match = /\/forms\/(?:u\/\d+\/)?d\/(e\/)?([-\w]+)/.exec(String(url ?? ''));
  return match && !match[1] ? match[2]! : null;
}

/** The sheet (among `sheets`, each with its `getFormUrl()`) that receives the form's responses. */
export function responseSheetOf(formId: string, sheets: readonly { sheetId: number; formUrl: string | null }[]): number | null {
  return sheets.find((sheet) => formIdFromUrl(sheet.formUrl) === formId)?.sheetId ?? null;
}

export type StandardFormStep =
  /** Made and linked before, its sheet still there: nothing to make. */
  | { action: 'existing'; record: StandardFormRecord }
  /** Made before, its sheet not found yet: look for it again, never make a second form. */
  | { action: 'link'; record: StandardFormRecord }
  | { action: 'create' };

/**
 * What to do for one kind of standard form in one second language (none, Arabic, Ukrainian…: a
 * programme may have a mentee form for each community it serves). A recorded form is reused while
 * it waits for its sheet or while its sheet exists; a new one is made only when there is none, or
 * its sheet was deleted.
 */
export function nextStep(
  kind: FormKind,
  records: readonly StandardFormRecord[],
  sheetIds: ReadonlySet<number>,
  secondLanguage: NewcomerLanguage | null = null,
): StandardFormStep {
  const mine = records.filter((r) => r.kind === kind && (r.secondLanguage ?? null) === secondLanguage);
  const waiting = mine.find((r) => r.sheetId === null);
  if (waiting) return { action: 'link', record: waiting };
  const linked = mine.find((r) => r.sheetId !== null && sheetIds.has(r.sheetId));
  return linked ? { action: 'existing', record: linked } : { action: 'create' };
}
