import type { FakeWorkspace, FormAnswers } from '../fake';
import { standardForm } from '../src/core/forms/standardForms';
import type { FormKind } from '../src/core/intake/fields';
import type { FormTextKey } from '../src/core/i18n/en/forms';
import { formTexts, type SupportedLanguage } from '../src/core/i18n';

/**
 * Answers to one of the add-on's standard forms, keyed as people answer it: by the question's
 * title in its response sheet (the sheet's first row, as `/__dev/workbook` shows it). Here the
 * demo names each question by its field (`pairCode`, `overall`) or, for a question that feeds no
 * field, by its text key; a title the response sheet does not have stops the demo, so a form
 * that changes cannot leave the demo's answers in new, unmapped columns.
 */
export function standardFormAnswers(
  ws: FakeWorkspace,
  sheetName: string,
  kind: FormKind,
  answers: Record<string, string | number | string[]>,
  options: { email?: string; language?: SupportedLanguage } = {},
): FormAnswers {
  const spec = standardForm(kind);
  const texts = formTexts(options.language ?? 'en');
  const sheet = ws.sheet(sheetName);
  const header = sheet
    .getRange(1, 1, 1, sheet.getLastColumn())
    .getValues()[0]!
    .map((v) => String(v));
  const out: FormAnswers = {};
  if (spec.collectEmail) {
    if (!options.email) throw new Error(`The ${kind} form collects the respondent's email: give one`);
    // Forms' own column after the timestamp ("Email address" in an English spreadsheet).
    out[header[1]!] = options.email;
  }
  for (const [key, value] of Object.entries(answers)) {
    const question = spec.questions.find((q) => q.field === key) ?? spec.questions.find((q) => q.title === key);
    if (!question) throw new Error(`The ${kind} form has no question for ${key}`);
    const title = texts[question.title as FormTextKey];
    if (!header.includes(title)) throw new Error(`${sheetName} has no column "${title}"`);
    out[title] = value;
  }
  return out;
}
