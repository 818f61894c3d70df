import { isDate } from '../../core/values';
import type { FoundResponses, Identity } from './person';

/**
 * Google Forms keeps its own copy of every response, apart from the response sheet. Erasure
 * deletes the person's responses there too, for each form the add-on can open (its standard
 * forms, and own forms the coordinator edits); the others are counted so the sidebar can say
 * where to delete them by hand.
 */
export interface FormCopiesResult {
  deleted: number;
  kept: number;
}

const SECOND = 1000;

function answerTexts(response: GoogleAppsScript.Forms.FormResponse): string[] {
  const texts = [response.getRespondentEmail()];
  for (const item of response.getItemResponses()) {
    const answer = item.getResponse() as unknown;
    texts.push(...(Array.isArray(answer) ? answer.flat().map(String) : [String(answer ?? '')]));
  }
  return texts.map((t) => t.trim().toLowerCase());
}

function isTheirs(response: GoogleAppsScript.Forms.FormResponse, identity: Identity): boolean {
  const texts = answerTexts(response);
  const digits = (t: string) => t.replace(/\D/g, '').slice(-9);
  return (
    (identity.email !== '' && texts.includes(identity.email)) ||
    (identity.name !== '' && texts.includes(identity.name)) ||
    (identity.phone.length >= 6 && texts.some((t) => digits(t) === identity.phone))
  );
}

/** Call before the rows are deleted from the sheets: their timestamps find the form's copies. */
export function deleteFormCopies(found: readonly FoundResponses[], identity: Identity): FormCopiesResult {
  const result: FormCopiesResult = { deleted: 0, kept: 0 };
  for (const { sheet, rows } of found) {
    const times = rows.map((r) => r.values[0]).filter(isDate).map((d) => d.getTime());
    const url = sheet.getFormUrl();
    let form: GoogleAppsScript.Forms.Form | null = null;
    try {
      form = url ? FormApp.openByUrl(url) : null;
    } catch {
      form = null; // A form the add-on cannot open (not the coordinator's, or deleted).
    }
    if (!form) {
      result.kept += url ? rows.length : 0;
      continue;
    }
    // Sheets keeps whole seconds; the form keeps milliseconds.
    const theirs = form.getResponses().filter((r) => times.some((t) => Math.abs(r.getTimestamp().getTime() - t) < SECOND) && isTheirs(r, identity));
    for (const response of theirs) form.deleteResponse(response.getId());
    result.deleted += theirs.length;
  }
  return result;
}
