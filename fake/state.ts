import type { SentEmail } from './mail';
import type { StyleRun } from './textStyle';
/**
 * The in-memory Workspace keeps all of its data as plain objects, so that the local
 * preview can save and restore it as JSON. The service classes are thin views over it.
 */
export type CellValue = string | number | boolean | Date;

export interface ValidationState {
  type: 'VALUE_IN_LIST' | 'CHECKBOX' | 'DATE_IS_VALID_DATE' | 'NUMBER_BETWEEN';
  values: unknown[];
  allowInvalid: boolean;
  helpText: string;
}

export interface CellState {
  v: CellValue;
  f?: string;
  fmt?: string;
  dv?: ValidationState;
}

export interface ProtectionState {
  id: number;
  kind: 'SHEET' | 'RANGE';
  description: string;
  warningOnly: boolean;
  /**
   * A new protection "mirrors" the spreadsheet's permissions until a script changes its editors
   * (Sheet.protect reference): while true, everyone who can edit the spreadsheet can edit it.
   */
  mirrorsSpreadsheet?: boolean;
  editors: string[];
  domainEdit?: boolean;
  /** A1 bounds of a range protection: [row, col, numRows, numCols]. */
  bounds?: [number, number, number, number];
}

export interface SheetState {
  id: number;
  name: string;
  rows: (CellState | undefined)[][];
  maxRows: number;
  maxColumns: number;
  frozenRows: number;
  hidden: boolean;
  protections: ProtectionState[];
  /** Set when a Form writes its responses here. */
  formId?: string;
  charts?: ChartState[];
  /** Developer metadata on whole columns (fake/developerMetadata.ts). */
  columnMetadata?: ColumnMetadataState[];
}

export interface ColumnMetadataState {
  id: number;
  key: string;
  value: string | null;
  /** 1-based column it is attached to; moves with inserted and deleted columns. */
  column: number;
  visibility: 'DOCUMENT' | 'PROJECT';
}

/** A range a chart reads: by sheet id, so it follows a renamed sheet. */
export interface ChartRangeState {
  sheetId: number;
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

/** An embedded chart as EmbeddedChartBuilder records it (fake/spreadsheet.ts). */
export interface ChartState {
  id: string;
  /** A Charts.ChartType name; '' until setChartType. */
  type: string;
  ranges: ChartRangeState[];
  /** Gviz options by name, JSON values. */
  options: Record<string, unknown>;
  position: { anchorRow: number; anchorColumn: number; offsetX: number; offsetY: number };
}

export interface SpreadsheetState {
  id: string;
  name: string;
  /** The file's owner: can always edit, even protected ranges, and can't be removed as an editor. */
  owner: string;
  /** Everyone else who was given edit access (the owner is not listed). */
  editors: string[];
  locale: string;
  timeZone: string;
  sheets: SheetState[];
  activeSheetId: number;
}

/** `runs`: the text's bold, italic and underline runs (fake/textStyle.ts); none when plain. */
export type DocElementState =
  | { type: 'PARAGRAPH'; text: string; heading: string; attrs?: Record<string, unknown>; rightToLeft?: boolean; runs?: StyleRun[] }
  | { type: 'LIST_ITEM'; text: string; heading: string; rightToLeft?: boolean; runs?: StyleRun[] }
  /** A cell's `runs` go with its `paragraphs`, one entry (or null for plain text) per paragraph. */
  | { type: 'TABLE'; rows: { cells: { paragraphs: string[]; runs?: (StyleRun[] | null)[] }[] }[] }
  | { type: 'HORIZONTAL_RULE' }
  | { type: 'PAGE_BREAK' };

export interface DocSectionState {
  elements: DocElementState[];
}

export interface DocumentState {
  id: string;
  body: DocSectionState;
  header?: DocSectionState;
  footer?: DocSectionState;
}

export interface PermissionState {
  id: string;
  type: 'user' | 'group' | 'domain' | 'anyone';
  role: 'owner' | 'writer' | 'commenter' | 'reader';
  emailAddress?: string;
  /** Google emailed the person about the sharing (sendNotificationEmail, the default), with this message. */
  notification?: string;
}

export interface DriveFileState {
  id: string;
  name: string;
  mimeType: string;
  parents: string[];
  trashed: boolean;
  createdTime: string;
  modifiedTime: string;
  permissions: PermissionState[];
  /**
   * drive.file is per user: the add-on reaches a file through the Drive API only for the users
   * who created it with the add-on or opened it with the add-on (and who still have access).
   */
  appAccess: string[];
}

export interface FormItemState {
  id: number;
  type: string;
  title: string;
  helpText: string;
  required: boolean;
  choices: string[];
  rows: string[];
  columns: string[];
  bounds?: [number, number];
  labels?: [string, string];
  hasOther: boolean;
}

export interface FormState {
  id: string;
  title: string;
  description: string;
  collectEmail: boolean;
  items: FormItemState[];
  destinationId?: string;
  responseSheetId?: number;
  nextItemId: number;
  /** The form's own copy of its responses (Google keeps it apart from the sheet). */
  responses?: FormResponseState[];
}

export interface FormResponseState {
  id: string;
  timestamp: number;
  answers: Record<string, string | number | string[]>;
}

export interface TriggerState {
  id: string;
  user: string;
  handler: string;
  eventType: 'ON_FORM_SUBMIT' | 'ON_OPEN' | 'ON_EDIT' | 'ON_CHANGE' | 'CLOCK';
  source: 'SPREADSHEETS' | 'CLOCK';
  sourceId: string;
  /** A time-driven trigger's recurrence, as its builder was given it (fake/services.ts). */
  schedule?: ClockSchedule;
}

export interface ClockSchedule {
  everyHours?: number;
  everyDays?: number;
  atHour?: number;
  nearMinute?: number;
  timeZone?: string;
}

export interface UiEvent {
  kind: 'menu' | 'sidebar' | 'dialog' | 'alert' | 'toast';
  title: string;
  detail: string;
  at: string;
}

export interface MenuState {
  title: string;
  items: { caption: string; functionName: string }[];
}

export interface Person {
  /** People without a Google account can receive a shared file only through an invitation email. */
  googleAccount: boolean;
  /** Documents in which this person has used the add-on (onOpen then runs in LIMITED, not NONE). */
  addonUsedIn: string[];
  /** Whether this person installed the add-on (from the Marketplace, or a test deployment). */
  addonInstalled: boolean;
}

export interface WorkspaceState {
  clockMs: number;
  activeUser: string;
  people: Record<string, Person>;
  accountType: 'consumer' | 'workspace';
  usersNeedingAuthorisation: string[];
  spreadsheets: SpreadsheetState[];
  activeSpreadsheetId: string;
  documents: Record<string, DocumentState>;
  driveFiles: Record<string, DriveFileState>;
  forms: Record<string, FormState>;
  properties: {
    script: Record<string, string>;
    user: Record<string, Record<string, string>>;
    document: Record<string, Record<string, string>>;
  };
  triggers: TriggerState[];
  /** Apps Script's daily quotas count per user. */
  quotaByUser?: Record<string, { day: string; documentsCreated: number; emailRecipients: number }>;
  /** Installable triggers' runtime per user per day (a daily quota). */
  triggerRuntime?: Record<string, { day: string; ms: number }>;
  /** Docs API write requests per user in the current minute: [minute, count]. */
  docsWrites?: Record<string, [number, number]>;
  /** Emails sent with MailApp (fake/mail.ts), for tests and the preview. */
  sentEmails?: SentEmail[];
  menus: MenuState[];
  uiEvents: UiEvent[];
  sidebarHtml?: string;
  sidebarTitle?: string;
  nextId: number;
}

/** JSON with Dates kept: the preview's save file. */
export function serialiseState(state: WorkspaceState): string {
  return JSON.stringify(state, function (this: Record<string, unknown>, key, value) {
    const raw = this[key];
    if (Object.prototype.toString.call(raw) === '[object Date]') return { $date: (raw as Date).getTime() };
    return value;
  });
}

export function deserialiseState(json: string): WorkspaceState {
  return JSON.parse(json, (_key, value) => {
    if (value && typeof value === 'object' && !Array.isArray(value) && typeof value.$date === 'number') {
      return new Date(value.$date);
    }
    return value;
  }) as WorkspaceState;
}
