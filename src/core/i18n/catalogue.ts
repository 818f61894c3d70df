import type { DocumentTexts } from './en/documents';
import type { FormTexts } from './en/forms';
import type { Messages } from './en/messages';
import type { SheetTexts } from './en/sheets';

/**
 * Everything a person reads in one language, part by part: the sidebar's and the server's
 * messages, the sheets' words (names, headers, dropdown values, setting descriptions), the
 * standard forms and the default documents. English is the source; each part's type is the
 * English part's keys, so a translation missing a key does not compile.
 */
export interface Catalogue {
  readonly messages: Messages;
  readonly sheets: SheetTexts;
  readonly forms: FormTexts;
  readonly documents: DocumentTexts;
  /** Per part, the keys (or whole texts) rightly the same words as the English: a loan word such as "Mentee", a product name. */
  readonly sameAsEnglish: Readonly<Partial<Record<CataloguePart, readonly string[]>>>;
}

export type CataloguePart = 'messages' | 'sheets' | 'forms' | 'documents';
export const CATALOGUE_PARTS: readonly CataloguePart[] = ['messages', 'sheets', 'forms', 'documents'];
