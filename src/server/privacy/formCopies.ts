import { isDate } from '../../core/values';
import { type FoundResponses, type Identity, namesPerson } from './person';

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

/** A response's answers (checkbox and grid answers one by one) and the respondent's email. */
function answersOf(response: GoogleAppsScript.Forms.FormResponse): unknown[] {
  return [response.getRespondentEmail(), ...response.getItemResponses().flatMap((item) => [item.getResponse() as unknown].flat(2))];
}

/** Deletes the form's copy of each row; a row whose copy cannot be told apart is counted as kept. */
function deleteFromForm(form: GoogleAppsScript.Forms.Form, rows: FoundResponses['rows'], identity: Identity): FormCopiesResult {
  const responses = form.getResponses();
  const result: FormCopiesResult = { deleted: 0, kept: 0 };
  for (const row of rows) {
    const time = row.values[0];
    // Sheets keeps whole seconds; the form keeps milliseconds.
    const theirs = isDate(time)
      ? responses.filter((r) => Math.abs(r.getTimestamp().getTime() - time.getTime()) < SECOND && namesPerson(answersOf(r), identity))
      : [];
    for (const response of theirs) form.deleteResponse(response.getId());
    result.deleted += theirs.length;
    if (theirs.length === 0) result.kept++;
  }
  return result;
}

/** Call before the rows are deleted from the sheets: their timestamps find the form's copies. */
export function deleteFormCopies(found: readonly FoundResponses[], identity: Identity): FormCopiesResult {
  const result: FormCopiesResult = { deleted: 0, kept: 0 };
  for (const { sheet, rows } of found) {
    const url = sheet.getFormUrl();
    if (!url) continue; // Rows pasted into a sheet no form feeds: nothing kept elsewhere.
    try {
      const done = deleteFromForm(FormApp.openByUrl(url), rows, identity);
      result.deleted += done.deleted;
      result.kept += done.kept;
    } catch {
      // A form the add-on cannot open or change (not the coordinator's, or deleted): said, not hidden.
      result.kept += rows.length;
    }
  }
  return result;
}
