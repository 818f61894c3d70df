import type { Catalogue } from '../catalogue';
import { documents, sameAsEnglish as sameInDocuments } from './documents';
import { forms, sameAsEnglish as sameInForms } from './forms';
import { messages, sameAsEnglish as sameInMessages } from './messages';
import { sameAsEnglish as sameInSheets, sheets } from './sheets';

export const catalogue: Catalogue = {
  messages,
  sheets,
  forms,
  documents,
  sameAsEnglish: { messages: sameInMessages, forms: sameInForms, sheets: sameInSheets, documents: sameInDocuments },
};
