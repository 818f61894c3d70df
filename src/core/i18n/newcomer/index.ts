import { documentTexts, formTexts, type SupportedLanguage } from '..';
import type { NewcomerLanguage } from '../languages';
import { catalogue as ar } from './ar';
import { catalogue as fa } from './fa';
import { NEWCOMER_FORM_KEYS, type NewcomerCatalogue, type NewcomerFormKey } from './keys';
import { catalogue as ps } from './ps';
import { catalogue as ru } from './ru';
import { catalogue as so } from './so';
import { catalogue as ti } from './ti';
import { catalogue as tr } from './tr';
import { catalogue as uk } from './uk';

/** A coordinator language serves as a newcomer language too: its own forms and IIP. */
function fromCoordinatorLanguage(language: SupportedLanguage): NewcomerCatalogue {
  const forms = formTexts(language);
  return {
    forms: Object.fromEntries(NEWCOMER_FORM_KEYS.map((key) => [key, forms[key]])) as Record<NewcomerFormKey, string>,
    iip: documentTexts(language).templates.iip,
  };
}

const catalogues: Readonly<Record<NewcomerLanguage, NewcomerCatalogue | (() => NewcomerCatalogue)>> = {
  ar,
  uk,
  fa,
  ps,
  ti,
  so,
  tr,
  ru,
  fr: () => fromCoordinatorLanguage('fr'),
  en: () => fromCoordinatorLanguage('en'),
};

/** The mentee's forms and IIP in a newcomer language. */
export function newcomerCatalogue(language: NewcomerLanguage): NewcomerCatalogue {
  const entry = catalogues[language];
  return typeof entry === 'function' ? entry() : entry;
}
