import type { Catalogue } from '../catalogue';
import { documents } from './documents';
import { forms } from './forms';
import { messages } from './messages';
import { sheets } from './sheets';

export const catalogue: Catalogue = { messages, sheets, forms, documents, sameAsEnglish: {} };
