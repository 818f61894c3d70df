import { allMappings, type StoredMapping } from '../intake/mappingStore';
import { readRecords } from '../intake/standardForms';

/**
 * A diary form the add-on can open, with the titles of its pair-code question and (when the
 * form asks for it as a question rather than collecting it) the mentor's email question.
 */
export interface DiaryForm {
  form: GoogleAppsScript.Forms.Form;
  pairCodeItem: GoogleAppsScript.Forms.Item;
  emailItem: GoogleAppsScript.Forms.Item | null;
}

const TEXT_TYPES = new Set<string>(['TEXT']);

function itemsOf(form: GoogleAppsScript.Forms.Form, mapping: StoredMapping): DiaryForm | null {
  const headerOf = (field: string) => mapping.columns.find((c) => c.field === field)?.header ?? null;
  const items = form.getItems();
  const textItem = (title: string | null) =>
    title === null ? null : (items.find((i) => i.getTitle() === title && TEXT_TYPES.has(String(i.getType()))) ?? null);
  const pairCodeItem = textItem(headerOf('pairCode'));
  if (!pairCodeItem) return null;
  // A collected email ("Email address") is Google's own column, not a question: it cannot be prefilled.
  return { form, pairCodeItem, emailItem: textItem(headerOf('mentorEmail')) };
}

function openForm(open: () => GoogleAppsScript.Forms.Form): GoogleAppsScript.Forms.Form | null {
  try {
    return open();
  } catch {
    // Deleted, or a form this coordinator cannot open: no link from it.
    return null;
  }
}

/**
 * The diary form to prefill: the standard one the add-on made, else a mapped own diary form it
 * can open (its response sheet names it). Null when there is none with a pair-code question.
 */
export function findDiaryForm(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): DiaryForm | null {
  const mappings = allMappings().filter((m) => m.kind === 'diary');
  if (!mappings.length) return null;
  const bySheet = new Map(mappings.map((m) => [m.sheetId, m]));
  for (const record of readRecords().filter((r) => r.kind === 'diary' && r.sheetId !== null)) {
    const mapping = bySheet.get(record.sheetId!);
    const form = mapping ? openForm(() => FormApp.openById(record.formId)) : null;
    const found = form && mapping ? itemsOf(form, mapping) : null;
    if (found) return found;
  }
  const own = mappings.filter((m) => !m.standard);
  if (!own.length) return null;
  const sheets = new Map(spreadsheet.getSheets().map((s) => [s.getSheetId(), s]));
  for (const mapping of own) {
    const url = sheets.get(mapping.sheetId)?.getFormUrl();
    const form = url ? openForm(() => FormApp.openByUrl(url)) : null;
    const found = form ? itemsOf(form, mapping) : null;
    if (found) return found;
  }
  return null;
}

/**
 * The pair's diary link, built by Google (`toPrefilledUrl`): the entry ids in a prefill link are
 * not the items' ids, so the link cannot be put together by hand from `Item.getId()`.
 */
export function prefilledDiaryLink(diary: DiaryForm, pairCode: string, mentorEmail: string): string {
  const response = diary.form.createResponse();
  response.withItemResponse(diary.pairCodeItem.asTextItem().createResponse(pairCode));
  if (diary.emailItem && mentorEmail) response.withItemResponse(diary.emailItem.asTextItem().createResponse(mentorEmail));
  return response.toPrefilledUrl();
}
