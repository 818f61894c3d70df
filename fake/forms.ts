import { type FakeContext, gasError, tracked } from './core';
import type { DriveState } from './drive';
import { newSheetState } from './spreadsheet';
import type { FormItemState, FormState, SpreadsheetState } from './state';

export const FORM_MIME = 'application/vnd.google-apps.form';

/** What Google Forms calls the first two columns, in the spreadsheet's language. */
const RESPONSE_HEADERS: Record<string, { sheet: string; timestamp: string; email: string }> = {
  en: { sheet: 'Form responses', timestamp: 'Timestamp', email: 'Email address' },
  it: { sheet: 'Risposte del modulo', timestamp: 'Informazioni cronologiche', email: 'Indirizzo email' },
  es: { sheet: 'Respuestas de formulario', timestamp: 'Marca temporal', email: 'Dirección de correo electrónico' },
  fr: { sheet: 'Réponses au formulaire', timestamp: 'Horodateur', email: 'Adresse e-mail' },
  de: { sheet: 'Formularantworten', timestamp: 'Zeitstempel', email: 'E-Mail-Adresse' },
  nl: { sheet: 'Formulierreacties', timestamp: 'Tijdstempel', email: 'E-mailadres' },
};

export function responseHeaders(locale: string) {
  return RESPONSE_HEADERS[locale.split('_')[0] ?? 'en'] ?? RESPONSE_HEADERS.en!;
}

/** The response-sheet columns of one item: grids give one column per row, as "Title [Row]". */
export function itemColumns(item: FormItemState): string[] {
  if (item.type === 'SECTION_HEADER' || item.type === 'PAGE_BREAK') return [];
  if (item.type === 'GRID' || item.type === 'CHECKBOX_GRID') return item.rows.map((row) => `${item.title} [${row}]`);
  return [item.title];
}

class FakeItem {
  constructor(
    readonly _ctx: FakeContext,
    readonly _state: FormItemState,
  ) {
    // biome-ignore lint/correctness/noConstructorReturn: every service object is a counted proxy
    return tracked(this, 'Item', _ctx);
  }
  getId() {
    return this._state.id;
  }
  getType() {
    return this._state.type;
  }
  getTitle() {
    return this._state.title;
  }
  setTitle(title: string) {
    this._state.title = title;
    return this;
  }
  getHelpText() {
    return this._state.helpText;
  }
  setHelpText(text: string) {
    this._state.helpText = text;
    return this;
  }
  isRequired() {
    return this._state.required;
  }
  setRequired(required: boolean) {
    this._state.required = required;
    return this;
  }
  setChoiceValues(values: string[]) {
    this._state.choices = values.map(String);
    return this;
  }
  getChoices() {
    return this._state.choices.map((value) => ({ getValue: () => value }));
  }
  showOtherOption(enabled: boolean) {
    this._state.hasOther = enabled;
    return this;
  }
  setRows(rows: string[]) {
    this._state.rows = rows.map(String);
    return this;
  }
  setColumns(columns: string[]) {
    this._state.columns = columns.map(String);
    return this;
  }
  setBounds(lower: number, upper: number) {
    this._state.bounds = [lower, upper];
    return this;
  }
  setLabels(lower: string, upper: string) {
    this._state.labels = [lower, upper];
    return this;
  }
  setValidation(_validation: unknown) {
    return this;
  }
  /** Google refuses a cast to the wrong kind of item; the text is assumed (not sourced). */
  asTextItem() {
    if (this._state.type !== 'TEXT') throw gasError(`Item ${this._state.id} is not a TextItem.`);
    return this;
  }
  asParagraphTextItem() {
    if (this._state.type !== 'PARAGRAPH_TEXT') throw gasError(`Item ${this._state.id} is not a ParagraphTextItem.`);
    return this;
  }
  /** TextItem.createResponse(text): an answer to this item, for a FormResponse being built. */
  createResponse(response: string) {
    if (this._state.type !== 'TEXT' && this._state.type !== 'PARAGRAPH_TEXT') throw gasError(`Item ${this._state.id} does not take a text response.`);
    return new FakeItemResponse(this._ctx, this._state, String(response));
  }
}

/**
 * Google's entry ids (the `entry.<n>` of a prefill link) are not the items' ids: `Item.getId()`
 * and the entry id differ (community code reads entry ids out of `toPrefilledUrl()` for that
 * reason). Google does not say how they are made; the fake derives a fixed, different number per
 * form and item, so only links built through `toPrefilledUrl()` prefill anything.
 */
export function entryIdOf(formId: string, item: FormItemState): number {
  let hash = 2166136261;
  for (const ch of `${formId}:${item.id}`) hash = Math.imul(hash ^ ch.charCodeAt(0), 16777619) >>> 0;
  return 1_000_000_000 + (hash % 900_000_000);
}

class FakeItemResponse {
  constructor(
    readonly _ctx: FakeContext,
    readonly _item: FormItemState,
    readonly _response: string,
  ) {
    // biome-ignore lint/correctness/noConstructorReturn: every service object is a counted proxy
    return tracked(this, 'ItemResponse', _ctx);
  }
  getItem() {
    return { getId: () => this._item.id, getTitle: () => this._item.title };
  }
  getResponse() {
    return this._response;
  }
}

/** A response the script builds (`Form.createResponse()`): only to make a prefill link here; `submit` is not modelled. */
class FakeFormResponse {
  readonly _answers: FakeItemResponse[] = [];
  constructor(
    readonly _ctx: FakeContext,
    readonly _form: FormState,
  ) {
    // biome-ignore lint/correctness/noConstructorReturn: every service object is a counted proxy
    return tracked(this, 'FormResponse', _ctx);
  }
  withItemResponse(response: FakeItemResponse) {
    if (!this._form.items.includes(response._item)) throw gasError('Invalid argument: response');
    const others = this._answers.filter((a) => a._item !== response._item);
    this._answers.splice(0, this._answers.length, ...others, response);
    return this;
  }
  getItemResponses() {
    return [...this._answers];
  }
  /**
   * Google's format: the published URL, `?usp=pp_url`, then `&entry.<entryId>=<answer>` per
   * answer, spaces as "+" (https://developers.google.com/apps-script/reference/forms/form-response#toPrefilledUrl()).
   */
  toPrefilledUrl() {
    const entries = this._answers.map((a) => `entry.${entryIdOf(this._form.id, a._item)}=${encodeURIComponent(a._response).replace(/%20/g, '+')}`);
    return [`https://docs.google.com/forms/d/e/${this._form.id}/viewform?usp=pp_url`, ...entries].join('&');
  }
}

/** What a respondent sees filled in when they open a prefill link: item title → answer. Unknown entry ids are ignored, as Forms does. */
export function prefilledAnswers(ctx: FakeContext, url: string): { formId: string; answers: Record<string, string> } {
  const formId = /\/forms\/d\/e\/([^/]+)\/viewform/.exec(url)?.[1] ?? '';
  const form = ctx.state.forms[formId];
  if (!form) throw new Error(`No form published at ${url}`);
  const answers: Record<string, string> = {};
  for (const part of (url.split('?')[1] ?? '').split('&')) {
    const match = /^entry\.(\d+)=(.*)$/.exec(part);
    const item = match && form.items.find((i) => String(entryIdOf(form.id, i)) === match[1]);
    if (item) answers[item.title] = decodeURIComponent(match[2]!.replace(/\+/g, ' '));
  }
  return { formId, answers };
}

class FakeForm {
  constructor(
    readonly _ctx: FakeContext,
    readonly _drive: DriveState,
    readonly _state: FormState,
  ) {
    // biome-ignore lint/correctness/noConstructorReturn: every service object is a counted proxy
    return tracked(this, 'Form', _ctx);
  }
  _add(type: string) {
    const item: FormItemState = {
      id: this._state.nextItemId++,
      type,
      title: '',
      helpText: '',
      required: false,
      choices: [],
      rows: [],
      columns: [],
      hasOther: false,
    };
    this._state.items.push(item);
    return new FakeItem(this._ctx, item);
  }
  getId() {
    return this._state.id;
  }
  getTitle() {
    return this._state.title;
  }
  setTitle(title: string) {
    this._state.title = title;
    const file = this._drive.file(this._state.id);
    if (file) file.name = title;
    return this;
  }
  setDescription(text: string) {
    this._state.description = text;
    return this;
  }
  getDescription() {
    return this._state.description;
  }
  setCollectEmail(collect: boolean) {
    this._state.collectEmail = collect;
    return this;
  }
  setConfirmationMessage(_text: string) {
    return this;
  }
  setAllowResponseEdits(_allow: boolean) {
    return this;
  }
  setProgressBar(_show: boolean) {
    return this;
  }
  getEditUrl() {
    return `https://docs.google.com/forms/d/${this._state.id}/edit`;
  }
  getPublishedUrl() {
    return `https://docs.google.com/forms/d/e/${this._state.id}/viewform`;
  }
  getItems() {
    return this._state.items.map((item) => new FakeItem(this._ctx, item));
  }
  addTextItem() {
    return this._add('TEXT');
  }
  addParagraphTextItem() {
    return this._add('PARAGRAPH_TEXT');
  }
  addMultipleChoiceItem() {
    return this._add('MULTIPLE_CHOICE');
  }
  addCheckboxItem() {
    return this._add('CHECKBOX');
  }
  addListItem() {
    return this._add('LIST');
  }
  addScaleItem() {
    return this._add('SCALE');
  }
  addDateItem() {
    return this._add('DATE');
  }
  addGridItem() {
    return this._add('GRID');
  }
  addCheckboxGridItem() {
    return this._add('CHECKBOX_GRID');
  }
  addSectionHeaderItem() {
    return this._add('SECTION_HEADER');
  }
  addPageBreakItem() {
    return this._add('PAGE_BREAK');
  }
  createResponse() {
    return new FakeFormResponse(this._ctx, this._state);
  }
  getResponses() {
    return (this._state.responses ?? []).map((r) => ({
      getId: () => r.id,
      getTimestamp: () => new Date(r.timestamp),
      getRespondentEmail: () => '',
      getItemResponses: () => Object.entries(r.answers).map(([title, answer]) => ({ getItem: () => ({ getTitle: () => title }), getResponse: () => answer })),
    }));
  }
  deleteResponse(responseId: string) {
    const before = this._state.responses?.length ?? 0;
    this._state.responses = (this._state.responses ?? []).filter((r) => r.id !== responseId);
    // From memory: Forms refuses an id it does not hold.
    if (this._state.responses.length === before) throw gasError('Invalid argument: responseId');
    return this;
  }
  /**
   * With no destination set, Apps Script throws `Exception: The form currently has no response
   * destination` (user-reported, community code; Google's reference does not give the text).
   */
  getDestinationId() {
    if (!this._state.destinationId) throw gasError('The form currently has no response destination');
    return this._state.destinationId;
  }
  getDestinationType() {
    return this._state.destinationId ? 'SPREADSHEET' : null;
  }
  removeDestination() {
    delete this._state.destinationId;
    delete this._state.responseSheetId;
    delete (this._state as PendingForm).pendingResponseSheet;
    return this;
  }
  /**
   * Links the form to a spreadsheet. Google adds a "Form responses N" sheet with the header row,
   * but not within the call: see `addPendingResponseSheets` for when it appears here.
   */
  setDestination(_type: string, spreadsheetId: string) {
    const spreadsheet = this._ctx.state.spreadsheets.find((s) => s.id === spreadsheetId);
    if (!spreadsheet) throw gasError('No item with the given ID could be found, or you do not have permission to access it.');
    this._state.destinationId = spreadsheetId;
    delete this._state.responseSheetId;
    (this._state as PendingForm).pendingResponseSheet = { spreadsheetId, untilExecutionEnd: takeDelay(this._ctx) };
    return this;
  }
}

/**
 * When does a form's response sheet appear after `Form.setDestination`? Google's reference
 * (https://developers.google.com/apps-script/reference/forms/form#setDestination(DestinationType,String))
 * does not say; scripts that need the sheet flush and then look for the sheet whose
 * `Sheet.getFormUrl()` names the form (e.g. https://github.com/Moonie8t7/Find-the-URL-and-ID-of-a-Google-Form,
 * getFormInfo.gs, reads the form id out of that URL). We take the stricter choice: the sheet is
 * not there during the call, only after `SpreadsheetApp.flush()` ("applies all pending
 * Spreadsheet changes") or when the execution ends; `ws.delayFormDestinations(n)` makes the next
 * n of them ignore the flush and come only with the end of the execution.
 */
interface PendingResponseSheet {
  spreadsheetId: string;
  /** A flush does not bring it: only the end of the execution (or Google's own later look). */
  untilExecutionEnd: boolean;
}

/** FormState plus the response sheet Google has yet to add (plain data, so it survives a snapshot). */
type PendingForm = FormState & { pendingResponseSheet?: PendingResponseSheet };

/** How many of the next destinations come only at the end of the execution, per Workspace. */
const delayedDestinations = new WeakMap<FakeContext, number>();

export function delayFormDestinations(ctx: FakeContext, count: number): void {
  delayedDestinations.set(ctx, Math.max(0, Math.floor(count)));
}

function takeDelay(ctx: FakeContext): boolean {
  const left = delayedDestinations.get(ctx) ?? 0;
  if (left > 0) delayedDestinations.set(ctx, left - 1);
  return left > 0;
}

/** Adds the response sheets Google still owes: at a flush those not delayed, at the end of an execution all. */
export function addPendingResponseSheets(ctx: FakeContext, moment: 'flush' | 'executionEnd'): void {
  for (const form of Object.values(ctx.state.forms) as PendingForm[]) {
    const pending = form.pendingResponseSheet;
    if (!pending || (moment === 'flush' && pending.untilExecutionEnd)) continue;
    delete form.pendingResponseSheet;
    const spreadsheet = ctx.state.spreadsheets.find((s) => s.id === pending.spreadsheetId);
    if (spreadsheet && form.destinationId === pending.spreadsheetId) form.responseSheetId = addResponseSheet(ctx, spreadsheet, form).id;
  }
}

export function responseHeaderRow(form: FormState, locale: string): string[] {
  const names = responseHeaders(locale);
  return [names.timestamp, ...(form.collectEmail ? [names.email] : []), ...form.items.flatMap(itemColumns)];
}

function addResponseSheet(ctx: FakeContext, spreadsheet: SpreadsheetState, form: FormState) {
  const base = responseHeaders(spreadsheet.locale).sheet;
  let n = 1;
  while (spreadsheet.sheets.some((s) => s.name === `${base} ${n}`)) n++;
  const sheet = newSheetState(ctx.state.nextId++, `${base} ${n}`);
  sheet.formId = form.id;
  sheet.frozenRows = 1;
  sheet.rows = [responseHeaderRow(form, spreadsheet.locale).map((title) => ({ v: title }))];
  spreadsheet.sheets.unshift(sheet);
  return sheet;
}

export function createFormApp(ctx: FakeContext, drive: DriveState) {
  return tracked(
    {
      create: (title: string) => {
        const file = drive.addFile(String(title), FORM_MIME, []);
        const form: FormState = { id: file.id, title: String(title), description: '', collectEmail: false, items: [], nextItemId: 1 };
        ctx.state.forms[file.id] = form;
        return new FakeForm(ctx, drive, form);
      },
      openById: (id: string) => {
        const form = ctx.state.forms[id];
        if (!form) throw gasError('No item with the given ID could be found, or you do not have permission to access it.');
        return new FakeForm(ctx, drive, form);
      },
      openByUrl: (url: string) => {
        const form = ctx.state.forms[/\/forms\/d\/([^/]+)/.exec(String(url))?.[1] ?? ''];
        if (!form) throw gasError('No item with the given ID could be found, or you do not have permission to access it.');
        return new FakeForm(ctx, drive, form);
      },
      DestinationType: { SPREADSHEET: 'SPREADSHEET' },
      ItemType: {
        TEXT: 'TEXT',
        PARAGRAPH_TEXT: 'PARAGRAPH_TEXT',
        MULTIPLE_CHOICE: 'MULTIPLE_CHOICE',
        CHECKBOX: 'CHECKBOX',
        LIST: 'LIST',
        SCALE: 'SCALE',
        DATE: 'DATE',
        GRID: 'GRID',
        CHECKBOX_GRID: 'CHECKBOX_GRID',
      },
    },
    'FormApp',
    ctx,
  );
}
