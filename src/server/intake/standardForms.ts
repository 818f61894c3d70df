import { nextStep, responseSheetOf, type StandardFormRecord } from '../../core/forms/destination';
import type { SupportedLanguage } from '../../core/i18n';
import { formTexts } from '../../core/i18n';
import type { FormKind } from '../../core/intake/fields';
import type { ColumnMapping } from '../../core/intake/mapping';
import { BILINGUAL_KINDS, formWords, questionWords, type SecondLanguage } from '../../core/forms/bilingual';
import { type QuestionSpec, standardForm } from '../../core/forms/standardForms';
import { direction, type NewcomerLanguage } from '../../core/i18n/languages';
import { newcomerCatalogue } from '../../core/i18n/newcomer';
import { readJson, writeJson } from '../workspace/jsonProperties';
import { currentTime } from '../workspace/services';
import { mappingFor, saveMapping } from './mappingStore';

/**
 * created: made now and linked; linked: made by an earlier call, its response sheet found now;
 * existing: made and linked before, nothing new made; waiting: Google has not added its response
 * sheet yet; the next call links it.
 */
export type CreatedFormStatus = 'created' | 'linked' | 'existing' | 'waiting';

export interface CreatedForm {
  kind: FormKind;
  title: string;
  /** Its response sheet; null while the form is waiting for it. */
  sheetName: string | null;
  editUrl: string;
  publishedUrl: string;
  status: CreatedFormStatus;
}

/** The standard forms made for this spreadsheet (core/forms/destination.ts): document properties. */
const KEY = 'pmd.standardForms';

/** The standard forms made for this spreadsheet, as recorded. */
export function readRecords(): StandardFormRecord[] {
  return readJson<StandardFormRecord[]>(KEY) ?? [];
}

function saveRecord(record: StandardFormRecord): void {
  writeJson(KEY, [...readRecords().filter((r) => r.formId !== record.formId), record]);
}

function dropRecord(formId: string): void {
  writeJson(
    KEY,
    readRecords().filter((r) => r.formId !== formId),
  );
}

function addQuestion(form: GoogleAppsScript.Forms.Form, q: QuestionSpec, language: SupportedLanguage, second: SecondLanguage | null): void {
  const { title, help, choices } = questionWords(q, formTexts(language), second);
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

/** The sheet whose `getFormUrl()` names this form, by id (each URL ends differently). */
function findResponseSheet(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, formId: string): GoogleAppsScript.Spreadsheet.Sheet | null {
  const sheets = spreadsheet.getSheets().map((sheet) => ({ sheet, sheetId: sheet.getSheetId(), formUrl: sheet.getFormUrl() }));
  const sheetId = responseSheetOf(formId, sheets);
  return sheets.find((s) => s.sheetId === sheetId)?.sheet ?? null;
}

/**
 * Sets this spreadsheet as the form's destination, then flushes and looks for the response sheet:
 * Google adds it some time after the call (it does not say when), so it may not be there yet.
 */
function setDestinationHere(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  form: GoogleAppsScript.Forms.Form,
  formId: string,
): GoogleAppsScript.Spreadsheet.Sheet | null {
  form.setDestination(FormApp.DestinationType.SPREADSHEET, spreadsheet.getId());
  SpreadsheetApp.flush();
  return findResponseSheet(spreadsheet, formId);
}

function sendsHere(form: GoogleAppsScript.Forms.Form, spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): boolean {
  try {
    return form.getDestinationType() === FormApp.DestinationType.SPREADSHEET && form.getDestinationId() === spreadsheet.getId();
  } catch {
    // "The form currently has no response destination"
    return false;
  }
}

/** The exact mapping of a standard form's response sheet; a mapping the coordinator confirmed meanwhile is kept. */
function mapResponseSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet, kind: FormKind, language: SupportedLanguage): void {
  if (mappingFor(sheet.getSheetId())) return;
  const spec = standardForm(kind);
  const header = sheet.getRange(1, 1, 1, Math.max(1, sheet.getLastColumn())).getValues()[0]!.map(String);
  const texts = formTexts(language);
  const byTitle = new Map(spec.questions.map((q) => [texts[q.title], q.field]));
  const columns: ColumnMapping[] = header.map((h, i) => {
    if (i === 0) return { header: h, role: 'timestamp', field: null, confidence: 1 };
    if (spec.collectEmail && i === 1) return { header: h, role: 'field', field: kind === 'diary' ? 'mentorEmail' : 'personEmail', confidence: 1 };
    const field = byTitle.get(h) ?? null;
    return { header: h, role: field ? 'field' : 'extra', field, confidence: 1 };
  });
  saveMapping({
    sheetId: sheet.getSheetId(),
    kind,
    columns,
    confirmedAt: currentTime().toISOString(),
    standard: true,
    pendingQuestions: [],
    // v2: the mentor form's consent says what a background check leaves in the records.
    consentVersion: 'standard form v2',
  });
}

function outcome(record: StandardFormRecord, sheet: GoogleAppsScript.Spreadsheet.Sheet | null, status: CreatedFormStatus): CreatedForm {
  return {
    kind: record.kind,
    title: record.title,
    sheetName: sheet ? sheet.getName() : null,
    editUrl: record.editUrl,
    publishedUrl: record.publishedUrl,
    status,
  };
}

function link(record: StandardFormRecord, sheet: GoogleAppsScript.Spreadsheet.Sheet, status: CreatedFormStatus): CreatedForm {
  mapResponseSheet(sheet, record.kind, record.language);
  saveRecord({ ...record, sheetId: sheet.getSheetId() });
  return outcome(record, sheet, status);
}

/**
 * A form an earlier call made, still without its response sheet: look again (and set the
 * destination if that call ended before it could). Null when the form is gone (deleted in Drive).
 */
function linkWaiting(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, record: StandardFormRecord): CreatedForm | null {
  SpreadsheetApp.flush();
  let sheet = findResponseSheet(spreadsheet, record.formId);
  if (!sheet) {
    let form: GoogleAppsScript.Forms.Form;
    try {
      form = FormApp.openById(record.formId);
    } catch {
      dropRecord(record.formId);
      return null;
    }
    if (!sendsHere(form, spreadsheet)) sheet = setDestinationHere(spreadsheet, form, record.formId);
  }
  return sheet ? link(record, sheet, 'linked') : outcome(record, null, 'waiting');
}

export function hasWaitingForms(): boolean {
  return readRecords().some((record) => record.sheetId === null);
}

/** Links every standard form still waiting for its response sheet. Call under the document lock. */
export function linkWaitingForms(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): CreatedForm[] {
  return readRecords()
    .filter((record) => record.sheetId === null)
    .map((record) => linkWaiting(spreadsheet, record))
    .filter((result): result is CreatedForm => result !== null);
}

/**
 * Makes sure one standard form of `kind` exists in the coordinator's Drive, in the spreadsheet's
 * language (a mentee's form also in `secondLanguage`, when asked: one form per second language),
 * with this spreadsheet as its destination and its exact mapping. Never a second one:
 * a form is recorded before its destination is set, so a retry (after a late response sheet, or
 * an execution cut short) links the recorded form instead of making another.
 */
export function createStandardForm(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  kind: FormKind,
  language: SupportedLanguage,
  programme: string,
  secondLanguage: NewcomerLanguage | null = null,
): CreatedForm {
  const second = secondLanguage && BILINGUAL_KINDS.includes(kind) ? secondLanguage : null;
  const sheets = spreadsheet.getSheets();
  const step = nextStep(kind, readRecords(), new Set(sheets.map((s) => s.getSheetId())), second);
  if (step.action === 'existing') return outcome(step.record, sheets.find((s) => s.getSheetId() === step.record.sheetId) ?? null, 'existing');
  if (step.action === 'link') {
    const linked = linkWaiting(spreadsheet, step.record);
    if (linked) return linked;
  }
  const spec = standardForm(kind);
  const words = second ? { texts: newcomerCatalogue(second).forms, direction: direction(second) } : null;
  const { title, description } = formWords(spec, formTexts(language), words, programme);
  const form = FormApp.create(title).setDescription(description).setCollectEmail(spec.collectEmail);
  for (const question of spec.questions) addQuestion(form, question, language, words);
  const record: StandardFormRecord = {
    kind,
    formId: form.getId(),
    title,
    language,
    secondLanguage: second,
    editUrl: form.getEditUrl(),
    publishedUrl: form.getPublishedUrl(),
    createdAt: currentTime().toISOString(),
    sheetId: null,
  };
  saveRecord(record);
  const sheet = setDestinationHere(spreadsheet, form, record.formId);
  return sheet ? link(record, sheet, 'created') : outcome(record, null, 'waiting');
}
