import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { AuthMode } from './access';
import { displayValue, zonedParts } from './cellValues';
import { asGoogle, type CallCost, CallCounter, Clock, DEFAULT_CALL_COST, type FakeContext, gasError, isDate } from './core';
import { createDocsService, createDocumentApp, documentText } from './documents';
import { createDriveService, DriveState } from './drive';
import { addPendingResponseSheets, createFormApp, delayFormDestinations, prefilledAnswers, responseHeaders } from './forms';
import { createMailApp, type SentEmail } from './mail';
import { createLockService, createPropertiesService, createScriptApp, createSession, createUtilities, DocumentLockState } from './services';
import { CHART_TYPES, columnLetter, createSpreadsheetApp, FakeSpreadsheet, type FakeSheet, newSheetState } from './spreadsheet';
import { type ChartState, deserialiseState, type SheetState, serialiseState, type WorkspaceState } from './state';
import { createHtmlService, FakeUi } from './ui';

export { CallCounter, isRemoteCall } from './core';
export { PROTECTION_DENIED_MESSAGE } from './spreadsheet';
export type { WorkspaceState } from './state';
export type { SentEmail } from './mail';

export interface WorkspaceOptions {
  spreadsheetName?: string;
  locale?: string;
  timeZone?: string;
  /** Who runs the calls (default coordinator@example.org); also the spreadsheet's owner unless `owner` is given. */
  user?: string;
  owner?: string;
  /** People the spreadsheet is shared with for editing (each a Google user). */
  collaborators?: readonly string[];
  /** The OAuth scopes the add-on was granted: by default the project's manifest (appsscript.json). */
  scopes?: readonly string[];
  /** What each call costs on the clock (default: the benchmark's model). */
  callCost?: Partial<CallCost>;
  now?: string | number | Date;
  accountType?: 'consumer' | 'workspace';
  projectFiles?: Record<string, string>;
}

export type FormAnswers = Record<string, string | string[] | number>;

export interface TriggerRun {
  handler: string;
  user: string;
  ok: boolean;
  error?: string;
}

/** The scopes a manifest asks for: what users grant when they authorise the add-on. */
export function manifestScopes(manifestPath = path.resolve(process.env.PMD_ROOT ?? process.cwd(), 'appsscript.json')): string[] {
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { oauthScopes?: string[] };
  return manifest.oauthScopes ?? [];
}

function initialState(options: WorkspaceOptions): WorkspaceState {
  const spreadsheetId = 'spreadsheet-1';
  const first = newSheetState(1, 'Sheet1');
  const user = options.user ?? 'coordinator@example.org';
  const owner = options.owner ?? user;
  const people: WorkspaceState['people'] = {};
  const collaborators = [...new Set([user, ...(options.collaborators ?? [])])].filter((e) => e !== owner);
  for (const email of [owner, ...collaborators]) people[email] = { googleAccount: true, addonUsedIn: [], addonInstalled: email === user || email === owner };
  return {
    clockMs: new Date(options.now ?? '2026-11-23T09:00:00Z').getTime(),
    activeUser: user,
    people,
    accountType: options.accountType ?? 'consumer',
    usersNeedingAuthorisation: [],
    spreadsheets: [
      {
        id: spreadsheetId,
        name: options.spreadsheetName ?? 'Mentoring programme',
        owner,
        editors: collaborators,
        locale: options.locale ?? 'en_GB',
        timeZone: options.timeZone ?? 'Europe/Rome',
        sheets: [first],
        activeSheetId: first.id,
      },
    ],
    activeSpreadsheetId: spreadsheetId,
    documents: {},
    driveFiles: {},
    forms: {},
    properties: { script: {}, user: {}, document: {} },
    triggers: [],
    quotaByUser: {},
    menus: [],
    uiEvents: [],
    nextId: 100,
  };
}

/**
 * An in-memory Google Workspace for one spreadsheet-bound add-on: the slice of Apps Script
 * services our adapters use, with call counters, an advanceable clock and a simulated second
 * execution. `globals` is what Apps Script puts in the script's global scope.
 */
export class FakeWorkspace {
  readonly counter = new CallCounter();
  readonly clock: Clock;
  readonly documentLock: DocumentLockState;
  readonly logs: string[] = [];
  readonly triggerRuns: TriggerRun[] = [];
  /** Google's work that lands when an execution ends (a form's response sheet, …): run in order, in `finally`. */
  readonly afterExecution: (() => void)[] = [() => addPendingResponseSheets(this.ctx, 'executionEnd')];
  state: WorkspaceState;
  private readonly ctx: FakeContext;
  private resolveFunction: (name: string) => ((event: unknown) => unknown) | undefined = () => undefined;
  readonly ui: FakeUi;
  readonly drive: DriveState;
  globals!: Record<string, unknown>;

  constructor(options: WorkspaceOptions = {}) {
    this.state = initialState(options);
    const self = this;
    this.ctx = {
      get state() {
        return self.state;
      },
      counter: this.counter,
      clock: undefined as unknown as Clock,
      execution: { authMode: 'FULL', scopes: new Set(options.scopes ?? manifestScopes()), inDocument: true, startedAt: null },
      cost: { ...DEFAULT_CALL_COST, ...options.callCost },
      nextId: (prefix: string) => `${prefix}-${self.state.nextId++}`,
      projectFiles: options.projectFiles ?? {},
      faults: new Map(),
      seamDepth: 0,
    };
    this.clock = new Clock({
      get clockMs() {
        return self.state.clockMs;
      },
      set clockMs(value: number) {
        self.state.clockMs = value;
      },
    });
    this.ctx.clock = this.clock;
    this.documentLock = new DocumentLockState(this.ctx);
    this.ui = new FakeUi(this.ctx);
    this.drive = new DriveState(this.ctx);
    this.buildGlobals();
  }

  private buildGlobals(): void {
    const ctx = this.ctx;
    const log = (...args: unknown[]) => {
      this.logs.push(args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' '));
    };
    this.globals = {
      SpreadsheetApp: createSpreadsheetApp(ctx, this.ui),
      HtmlService: createHtmlService(ctx),
      PropertiesService: createPropertiesService(ctx),
      LockService: createLockService(ctx, this.documentLock),
      ScriptApp: createScriptApp(ctx),
      DocumentApp: createDocumentApp(ctx, this.drive),
      Drive: createDriveService(ctx, this.drive),
      Docs: createDocsService(ctx),
      FormApp: createFormApp(ctx, this.drive),
      MailApp: createMailApp(ctx, this.drive),
      Session: createSession(ctx),
      Utilities: createUtilities(ctx),
      Charts: { ChartType: Object.fromEntries(CHART_TYPES.map((type) => [type, type])) },
      Logger: { log },
      console: { log, info: log, warn: log, error: log },
      Date: this.clock.dateClass(),
    };
  }

  /** Puts the services into a script's global scope (a vm context, or globalThis in tests). */
  installGlobals(target: Record<string, unknown>, options: { clockDate?: boolean } = {}): () => void {
    const previous = new Map<string, unknown>();
    for (const [name, value] of Object.entries(this.globals)) {
      // In the test runner's own scope the real Date stays (the runner times itself with it).
      if (name === 'Date' && options.clockDate === false) continue;
      previous.set(name, target[name]);
      target[name] = value;
    }
    return () => {
      for (const [name, value] of previous) {
        if (value === undefined) delete target[name];
        else target[name] = value;
      }
    };
  }

  /** How triggers find their handler: by name in the script's global scope. */
  setFunctionResolver(resolve: (name: string) => ((event: unknown) => unknown) | undefined): void {
    this.resolveFunction = resolve;
  }

  get spreadsheet(): FakeSpreadsheet {
    const state = this.state.spreadsheets.find((s) => s.id === this.state.activeSpreadsheetId)!;
    return new FakeSpreadsheet(this.ctx, state, this.ui);
  }

  /** Runs `fn` as Google's own work or a test's hand: not counted, not checked, no time taken. */
  asGoogle<T>(fn: () => T): T {
    return asGoogle(this.ctx, fn);
  }

  sheet(name: string): FakeSheet {
    const sheet = this.asGoogle(() => this.spreadsheet.getSheetByName(name));
    if (!sheet) throw new Error(`No sheet named ${name}`);
    return sheet;
  }

  /** The scopes users have granted the add-on (the manifest's): a rehearsal loads the built one. */
  grantScopes(scopes: readonly string[]): void {
    this.ctx.execution = { ...this.ctx.execution, scopes: new Set(scopes) };
  }

  get scopes(): ReadonlySet<string> {
    return this.ctx.execution.scopes;
  }

  /**
   * Runs `fn` as one Apps Script execution by `user` in `authMode`: the document lock it took is
   * released when it ends. A FULL execution in this spreadsheet (a menu item, the sidebar) means
   * the person has used the add-on here, so their later onOpen runs in LIMITED, not NONE.
   */
  execution<T>(fn: () => T, user = this.state.activeUser, authMode: AuthMode = 'FULL', inDocument = true): T {
    const spreadsheet = this.spreadsheet._state;
    // An add-on runs in a document its user has opened: someone without edit access gets nowhere.
    if (user !== spreadsheet.owner && !spreadsheet.editors.includes(user)) {
      throw gasError('You do not have permission to access the requested document.');
    }
    const previousUser = this.state.activeUser;
    const previous = this.ctx.execution;
    this.state.activeUser = user;
    this.ctx.execution = { ...previous, authMode, inDocument, startedAt: this.clock.now() };
    if (authMode === 'FULL') this.markAddonUsed(user);
    try {
      return fn();
    } finally {
      for (const work of this.afterExecution) work();
      this.documentLock.ownedByUs = false;
      this.state.activeUser = previousUser;
      this.ctx.execution = previous;
    }
  }

  /** A new spreadsheet in `owner`'s Drive becomes the active document (the add-on, if installed, is not yet used in it). */
  createSpreadsheet(name: string, owner = this.state.activeUser): void {
    const id = this.ctx.nextId('spreadsheet');
    const first = newSheetState(this.state.nextId++, 'Sheet1');
    const { locale, timeZone } = this.spreadsheet._state;
    this.state.spreadsheets.push({ id, name, owner, editors: [], locale, timeZone, sheets: [first], activeSheetId: first.id });
    this.state.activeSpreadsheetId = id;
  }

  /** Someone Google knows (or not): a colleague, a volunteer, a mentor without a Google account. */
  addPerson(email: string, options: { googleAccount?: boolean; addonInstalled?: boolean } = {}): void {
    this.state.people[email] = { googleAccount: options.googleAccount ?? true, addonUsedIn: [], addonInstalled: options.addonInstalled ?? false };
  }

  /** The owner shares the spreadsheet for editing (File > Share); the add-on's users need it. */
  shareSpreadsheet(email: string): void {
    const spreadsheet = this.spreadsheet._state;
    if (!this.state.people[email]) this.addPerson(email);
    if (email !== spreadsheet.owner && !spreadsheet.editors.includes(email)) spreadsheet.editors.push(email);
  }

  /** The person installs the add-on for themself (Marketplace or test deployment). */
  installAddon(email: string): void {
    if (!this.state.people[email]) this.addPerson(email);
    this.state.people[email]!.addonInstalled = true;
  }

  /**
   * The authorisation mode of the onOpen simple trigger for `email` (Editor add-on authorisation
   * lifecycle): NONE while the add-on is installed but not yet used in this document, LIMITED after.
   */
  onOpenMode(email: string): AuthMode {
    return this.state.people[email]?.addonUsedIn.includes(this.state.activeSpreadsheetId) ? 'LIMITED' : 'NONE';
  }

  private markAddonUsed(email: string): void {
    if (!this.state.people[email]) this.state.people[email] = { googleAccount: true, addonUsedIn: [], addonInstalled: true };
    const person = this.state.people[email]!;
    if (!person.addonUsedIn.includes(this.state.activeSpreadsheetId)) person.addonUsedIn.push(this.state.activeSpreadsheetId);
  }

  /** A person opens the spreadsheet: Google runs the add-on's onOpen in that person's mode. */
  openSpreadsheet(email: string): TriggerRun {
    const handler = this.resolveFunction('onOpen');
    const authMode = this.onOpenMode(email);
    const run: TriggerRun = { handler: 'onOpen', user: email, ok: true };
    if (!this.state.people[email]?.addonInstalled) return run;
    try {
      if (!handler) throw new Error('Script function not found: onOpen');
      this.execution(() => handler({ authMode, source: authMode === 'NONE' ? undefined : this.spreadsheet, user: email }), email, authMode);
    } catch (error) {
      run.ok = false;
      run.error = error instanceof Error ? error.message : String(error);
    }
    this.triggerRuns.push(run);
    return run;
  }

  /**
   * The response sheets of the next `count` forms given a destination come only when the
   * execution ends, not at a flush (Google documents no timing): what a slow Google looks like.
   */
  delayFormDestinations(count = 1): void {
    delayFormDestinations(this.ctx, count);
  }

  /** The next call of `name` ("Type.method", e.g. "Range.setValues") throws `message`, as a failing service would. */
  failNextCall(name: string, message: string): void {
    this.ctx.faults.set(name, message);
  }

  setAuthorisationRequired(user: string, required: boolean): void {
    const list = this.state.usersNeedingAuthorisation.filter((u) => u !== user);
    if (required) list.push(user);
    this.state.usersNeedingAuthorisation = list;
  }

  /** A sheet of form responses not created through FormApp (the coordinator's own, older form). */
  addResponseSheet(name: string, questions: string[], options: { collectEmail?: boolean } = {}): FakeSheet {
    return this.asGoogle(() => this.insertResponseSheet(name, questions, options));
  }

  private insertResponseSheet(name: string, questions: string[], options: { collectEmail?: boolean }): FakeSheet {
    const spreadsheet = this.spreadsheet;
    const names = responseHeaders(spreadsheet._state.locale);
    const sheet = spreadsheet.insertSheet(name);
    sheet._state.formId = this.ctx.nextId('form');
    sheet._state.frozenRows = 1;
    sheet._state.rows = [[names.timestamp, ...(options.collectEmail ? [names.email] : []), ...questions].map((v) => ({ v }))];
    return sheet;
  }

  /**
   * Appends a response row as Google Forms does (timestamp first, checkbox answers joined with
   * ", ", a column added for a question the sheet does not have yet) and fires the form-submit
   * triggers. Returns the row number.
   */
  submitFormResponse(sheetName: string, answers: FormAnswers): { row: number; runs: TriggerRun[] } {
    const row = this.asGoogle(() => this.appendResponse(sheetName, answers));
    return { row, runs: this.fireFormSubmit(sheetName, row) };
  }

  private appendResponse(sheetName: string, answers: FormAnswers): number {
    const sheet = this.sheet(sheetName);
    const header = this.ensureQuestionColumns(sheet, Object.keys(answers));
    const rowNumber = Math.max(1, sheet._lastRow()) + 1;
    if (rowNumber > sheet._state.maxRows) sheet._state.maxRows = rowNumber;
    sheet._state.rows[rowNumber - 1] = this.responseCells(header, answers, new Date(this.clock.now()));
    const form = sheet._state.formId ? this.state.forms[sheet._state.formId] : undefined;
    if (form) {
      form.responses ??= [];
      form.responses.push({ id: this.ctx.nextId('response'), timestamp: this.clock.now(), answers: { ...answers } });
    }
    return rowNumber;
  }

  /** An edited response: Forms rewrites the same row in place (new timestamp) and fires the triggers again. */
  editFormResponse(sheetName: string, row: number, answers: FormAnswers): { row: number; runs: TriggerRun[] } {
    this.asGoogle(() => this.rewriteResponse(sheetName, row, answers));
    return { row, runs: this.fireFormSubmit(sheetName, row) };
  }

  private rewriteResponse(sheetName: string, row: number, answers: FormAnswers): void {
    const sheet = this.sheet(sheetName);
    if (row < 2 || row > sheet._lastRow()) throw new Error(`Row ${row} holds no response in ${sheetName}`);
    const header = this.ensureQuestionColumns(sheet, Object.keys(answers));
    const previous = sheet._state.rows[row - 1] ?? [];
    const cells = this.responseCells(header, answers, new Date(this.clock.now()));
    const form = sheet._state.formId ? this.state.forms[sheet._state.formId] : undefined;
    const stored = form?.responses?.find((r) => r.timestamp === (previous[0]?.v as Date | undefined)?.getTime?.());
    if (stored) Object.assign(stored, { timestamp: this.clock.now(), answers: { ...stored.answers, ...answers } });
    sheet._state.rows[row - 1] = cells.map((cell, i) => (i > 0 && !(header[i]! in answers) ? previous[i] : cell));
  }

  private ensureQuestionColumns(sheet: FakeSheet, questions: string[]): string[] {
    if (!sheet._state.rows[0]) sheet._state.rows[0] = [];
    const headerCells = sheet._state.rows[0];
    const header = headerCells.map((c) => String(c?.v ?? ''));
    for (const question of questions) {
      if (!header.includes(question)) {
        header.push(question);
        headerCells[header.length - 1] = { v: question };
        if (header.length > sheet._state.maxColumns) sheet._state.maxColumns = header.length;
      }
    }
    return header;
  }

  private responseCells(header: string[], answers: FormAnswers, timestamp: Date) {
    return header.map((title, i) => {
      if (i === 0) return { v: timestamp };
      const answer = answers[title];
      if (answer === undefined) return undefined;
      const text = Array.isArray(answer) ? answer.join(', ') : answer;
      // Forms writes answers as values, not as typed input: text stays text, numbers (scales) are numbers.
      return { v: typeof text === 'number' ? text : String(text) };
    });
  }

  /** Fires every installed form-submit trigger on the spreadsheet, each as its own user's execution. */
  fireFormSubmit(sheetName: string, row: number): TriggerRun[] {
    const spreadsheetId = this.state.activeSpreadsheetId;
    const sheet = this.sheet(sheetName);
    const runs: TriggerRun[] = [];
    for (const trigger of this.state.triggers.filter((t) => t.eventType === 'ON_FORM_SUBMIT' && t.sourceId === spreadsheetId)) {
      const handler = this.resolveFunction(trigger.handler);
      const run: TriggerRun = { handler: trigger.handler, user: trigger.user, ok: true };
      if (!handler) {
        run.ok = false;
        run.error = `Script function not found: ${trigger.handler}`;
      } else {
        // Google builds the event itself: none of this counts as the script's calls.
        const width = Math.max(1, sheet._lastColumn());
        const range = sheet._range(row, 1, 1, width);
        const { locale, timeZone } = this.spreadsheet._state;
        const source = this.spreadsheet;
        const cells = (r: number) => Array.from({ length: width }, (_, c) => sheet._state.rows[r - 1]?.[c]);
        const header = cells(1).map((cell) => String(cell?.v ?? ''));
        const values = cells(row).map((cell) => displayValue(cell, locale, timeZone));
        const namedValues = Object.fromEntries(header.map((h, i) => [String(h), [values[i] ?? '']]));
        const startedAt = this.clock.now();
        try {
          this.assertTriggerRuntimeLeft(trigger.user);
          this.execution(() => handler({ authMode: 'FULL', range, source, triggerUid: trigger.id, values, namedValues }), trigger.user);
        } catch (error) {
          run.ok = false;
          run.error = error instanceof Error ? error.message : String(error);
        }
        this.addTriggerRuntime(trigger.user, this.clock.now() - startedAt);
      }
      runs.push(run);
      this.triggerRuns.push(run);
    }
    return runs;
  }

  /**
   * Fires the installed time-driven triggers (`handler`'s only, when given), each as its owner's
   * execution in the document it was made in, with Google's time-driven event object (authMode,
   * triggerUid and the time's fields: https://developers.google.com/apps-script/guides/triggers/events#time-driven_events).
   * Google picks the moment within the hour asked for ("Apps Script chooses a time between 9 a.m.
   * and 10 a.m.", installable triggers guide); here the test picks it, by advancing the clock.
   */
  fireClockTriggers(handlerName?: string): TriggerRun[] {
    const runs: TriggerRun[] = [];
    const due = this.state.triggers.filter((t) => t.eventType === 'CLOCK' && (handlerName === undefined || t.handler === handlerName));
    for (const trigger of due) {
      const handler = this.resolveFunction(trigger.handler);
      const run: TriggerRun = { handler: trigger.handler, user: trigger.user, ok: true };
      const previousDocument = this.state.activeSpreadsheetId;
      const startedAt = this.clock.now();
      try {
        if (!handler) throw new Error(`Script function not found: ${trigger.handler}`);
        this.state.activeSpreadsheetId = trigger.sourceId;
        this.assertTriggerRuntimeLeft(trigger.user);
        const timeZone = trigger.schedule?.timeZone ?? 'Europe/Rome';
        this.execution(
          () => handler({ authMode: 'FULL', triggerUid: trigger.id, timezone: timeZone, ...clockFields(this.clock.now(), timeZone) }),
          trigger.user,
        );
      } catch (error) {
        run.ok = false;
        run.error = error instanceof Error ? error.message : String(error);
      } finally {
        this.state.activeSpreadsheetId = previousDocument;
      }
      this.addTriggerRuntime(trigger.user, this.clock.now() - startedAt);
      runs.push(run);
      this.triggerRuns.push(run);
    }
    return runs;
  }

  /**
   * Triggers' total runtime per user per day: 90 minutes on a consumer account, 6 hours on
   * Workspace (quotas page). Past it Google stops running them; the text is as users report it.
   */
  private triggerUsage(user: string): { day: string; ms: number } {
    const day = new Date(this.clock.now()).toISOString().slice(0, 10);
    this.state.triggerRuntime ??= {};
    const usage = this.state.triggerRuntime[user];
    if (usage?.day === day) return usage;
    const fresh = { day, ms: 0 };
    this.state.triggerRuntime[user] = fresh;
    return fresh;
  }

  private assertTriggerRuntimeLeft(user: string): void {
    const limit = this.state.accountType === 'workspace' ? 6 * 3_600_000 : 90 * 60_000;
    if (this.triggerUsage(user).ms >= limit) throw gasError('Service using too much computer time for one day');
  }

  private addTriggerRuntime(user: string, ms: number): void {
    this.triggerUsage(user).ms += ms;
  }

  /** Every sheet with its display values: what the preview shows and acceptance checks read. */
  workbook() {
    const { locale, timeZone, sheets } = this.spreadsheet._state;
    // Read straight from the state: the dev seam must not show up in the call counters.
    return sheets.map((sheet) => {
      const width = Math.max(0, ...sheet.rows.map((row) => row?.length ?? 0));
      const rows = sheet.rows.map((row) => Array.from({ length: width }, (_, c) => displayValue(row?.[c], locale, timeZone)));
      while (rows.length && rows[rows.length - 1]!.every((v) => v === '')) rows.pop();
      const charts = (sheet.charts ?? []).map((chart) => chartView(chart, sheets, locale, timeZone));
      return { name: sheet.name, frozenRows: sheet.frozenRows, isFormResponses: !!sheet.formId, values: rows, charts };
    });
  }

  /** Every document with its folder path, sharing and full text. */
  documents() {
    return Object.values(this.state.documents).map((doc) => {
      const file = this.state.driveFiles[doc.id];
      return {
        id: doc.id,
        name: file?.name ?? '',
        folderPath: file ? this.drive.path(file.parents[0] ?? '') : '',
        trashed: file?.trashed ?? false,
        sharing: (file?.permissions ?? []).map((p) => ({ type: p.type, role: p.role, emailAddress: p.emailAddress ?? null })),
        ...documentText(doc),
      };
    });
  }

  /** Every string in every sheet, document (trashed ones too), Drive file, form and property: what an erasure check searches. */
  allText(): string {
    const parts: string[] = this.state.spreadsheets.flatMap((ss) => ss.sheets.flatMap(sheetText));
    // documents() lists trashed documents too: erasure must leave nothing in the Drive trash.
    for (const doc of this.documents()) parts.push(doc.name, doc.header, doc.body, doc.footer);
    for (const file of Object.values(this.state.driveFiles)) parts.push(file.name);
    parts.push(JSON.stringify(this.state.forms));
    parts.push(JSON.stringify(this.state.properties));
    return parts.join('\n');
  }

  snapshot(): string {
    return serialiseState(this.state);
  }

  restore(json: string): void {
    this.state = deserialiseState(json);
  }

  remainingDocumentQuota(): number {
    return this.drive.remainingDocumentQuota();
  }

  /** Every email sent with MailApp, oldest first. */
  sentEmails(): SentEmail[] {
    return [...(this.state.sentEmails ?? [])];
  }

  /** Sets how many email recipients `user` has used today (to test the daily quota). */
  setEmailRecipientsToday(count: number, user = this.state.activeUser): void {
    this.execution(() => {
      this.drive.todaysUsage().emailRecipients = count;
    }, user);
  }

  /** What a respondent sees filled in when opening a prefill link: question title → answer (Forms ignores entry ids it does not know). */
  prefilledAnswers(url: string): Record<string, string> {
    return prefilledAnswers(this.ctx, url).answers;
  }

  /** Sets how many documents `user` has created today (to test the daily quota). */
  setDocumentsCreatedToday(count: number, user = this.state.activeUser): void {
    this.execution(() => {
      this.drive.todaysUsage().documentsCreated = count;
    }, user);
  }
}

/** A sheet's values and formulas as text (typed dates are no one's words). */
function sheetText(sheet: WorkspaceState['spreadsheets'][number]['sheets'][number]): string[] {
  return sheet.rows.flatMap((row) => (row ?? []).flatMap((cell) => (cell ? [isDate(cell.v) ? '' : String(cell.v), cell.f ?? ''] : [])));
}

export function createWorkspace(options: WorkspaceOptions = {}): FakeWorkspace {
  return new FakeWorkspace(options);
}

/** The time fields of a time-driven event object, in the trigger's zone (the cells' zoned parts, cellValues.ts). */
function clockFields(ms: number, timeZone: string): Record<string, number> {
  const { year, month, day, hour, minute, second } = zonedParts(new Date(ms), timeZone);
  return { year, month, 'day-of-month': day, hour, minute, second };
}

/**
 * An embedded chart as the preview draws it: its type, options and anchor, and each range's
 * cells (numbers as numbers, empty cells as null, anything else as Sheets shows it), read from
 * the state so the dev seam is not counted.
 */
function chartView(chart: ChartState, sheets: readonly SheetState[], locale: string, timeZone: string) {
  return {
    id: chart.id,
    type: chart.type,
    options: chart.options,
    position: chart.position,
    ranges: chart.ranges.map((range) => {
      const sheet = sheets.find((s) => s.id === range.sheetId);
      const a1 = `${columnLetter(range.column)}${range.row}:${columnLetter(range.column + range.numColumns - 1)}${range.row + range.numRows - 1}`;
      const values = Array.from({ length: range.numRows }, (_, r) =>
        Array.from({ length: range.numColumns }, (_, c) => {
          const cell = sheet?.rows[range.row - 1 + r]?.[range.column - 1 + c];
          if (!cell || cell.v === '' || cell.v === null) return null;
          return typeof cell.v === 'number' ? cell.v : displayValue(cell, locale, timeZone);
        }),
      );
      return { sheet: sheet?.name ?? '', a1, values };
    }),
  };
}
