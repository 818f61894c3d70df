import type { Language } from '../../core/i18n';
import type { FormKind } from '../../core/intake/fields';
import type { ColumnMapping } from '../../core/intake/mapping';
import { type QuestionSpec, standardForm } from '../../core/forms/standardForms';
import { currentTime } from '../workspace/services';
import { saveMapping } from './mappingStore';

export interface CreatedForm {
  kind: FormKind;
  title: string;
  sheetName: string;
  editUrl: string;
  publishedUrl: string;
}

function addQuestion(form: GoogleAppsScript.Forms.Form, q: QuestionSpec, language: Language): void {
  const title = q.title[language];
  const choices = (q.choices ?? []).map((c) => c[language]);
  const help = q.help ? q.help[language] : '';
  switch (q.type) {
    case 'text':
      form.addTextItem().setTitle(title).setHelpText(help).setRequired(!!q.required);
      return;
    case 'paragraph':
      form.addParagraphTextItem().setTitle(title).setHelpText(help).setRequired(!!q.required);
      return;
    case 'date':
      form.addDateItem().setTitle(title).setHelpText(help).setRequired(!!q.required);
      return;
    case 'scale':
      form.addScaleItem().setTitle(title).setHelpText(help).setBounds(1, 5).setRequired(!!q.required);
      return;
    case 'choice': {
      const item = form.addMultipleChoiceItem().setTitle(title).setHelpText(help).setChoiceValues(choices).setRequired(!!q.required);
      if (q.otherOption) item.showOtherOption(true);
      return;
    }
    case 'checkbox': {
      const item = form.addCheckboxItem().setTitle(title).setHelpText(help).setChoiceValues(choices).setRequired(!!q.required);
      if (q.otherOption) item.showOtherOption(true);
      return;
    }
    case 'list':
      form.addListItem().setTitle(title).setHelpText(help).setChoiceValues(choices).setRequired(!!q.required);
      return;
  }
}

/**
 * Creates one standard form in the coordinator's Drive, in the spreadsheet's language, with this
 * spreadsheet as its destination, and records its exact mapping.
 */
export function createStandardForm(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, kind: FormKind, language: Language, programme: string): CreatedForm {
  const spec = standardForm(kind);
  const title = `${spec.title[language]} – ${programme}`;
  const form = FormApp.create(title).setDescription(spec.description[language]).setCollectEmail(spec.collectEmail);
  for (const question of spec.questions) addQuestion(form, question, language);
  const before = new Set(spreadsheet.getSheets().map((s) => s.getSheetId()));
  form.setDestination(FormApp.DestinationType.SPREADSHEET, spreadsheet.getId());
  const sheet = spreadsheet.getSheets().find((s) => !before.has(s.getSheetId()));
  if (!sheet) throw new Error('The response sheet of the new form was not found');
  const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0]!.map(String);
  const byTitle = new Map(spec.questions.map((q) => [q.title[language], q.field]));
  const columns: ColumnMapping[] = header.map((h, i) => {
    if (i === 0) return { header: h, role: 'timestamp', field: null, confidence: 1 };
    if (spec.collectEmail && i === 1) return { header: h, role: 'field', field: kind === 'diary' ? 'mentorEmail' : 'personEmail', confidence: 1 };
    const field = byTitle.get(h) ?? null;
    return { header: h, role: field ? 'field' : 'extra', field, confidence: 1 };
  });
  saveMapping({ sheetId: sheet.getSheetId(), kind, columns, confirmedAt: currentTime().toISOString(), standard: true, pendingQuestions: [], consentVersion: 'standard form v1' });
  return { kind, title, sheetName: sheet.getName(), editUrl: form.getEditUrl(), publishedUrl: form.getPublishedUrl() };
}
