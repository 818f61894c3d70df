import { isSupported, resolveLanguage, type SupportedLanguage } from '../../core/i18n';

const LANGUAGE_KEY = 'pmd.language';

/** The coordinator's language override, kept per spreadsheet in the document properties. */
export function languageOverride(): SupportedLanguage | null {
  try {
    const value = PropertiesService.getDocumentProperties().getProperty(LANGUAGE_KEY);
    return isSupported(value) ? value : null;
  } catch {
    // In AuthMode.NONE (onOpen before the add-on is enabled) properties are not available.
    return null;
  }
}

export function saveLanguageOverride(language: SupportedLanguage | null): void {
  const properties = PropertiesService.getDocumentProperties();
  if (language) properties.setProperty(LANGUAGE_KEY, language);
  else properties.deleteProperty(LANGUAGE_KEY);
}

export function spreadsheetLocale(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet | null): string {
  try {
    return spreadsheet?.getSpreadsheetLocale() ?? 'en';
  } catch {
    return 'en';
  }
}

export function currentLanguage(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet | null): SupportedLanguage {
  return resolveLanguage(spreadsheetLocale(spreadsheet), languageOverride());
}
