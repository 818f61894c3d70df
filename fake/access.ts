/**
 * What a call needs before Google runs it: the OAuth scopes its reference page lists, and an
 * authorisation mode that allows it. Checked by `tracked` (core.ts) on every counted call, so no
 * service of the in-memory Workspace can be reached without them. Sources: docs/fidelity.md.
 */

const SCOPE = 'https://www.googleapis.com/auth/';
const s = (...names: string[]) => names.map((n) => SCOPE + n);

/** Scopes, any one of which lets a call through. */
type ScopeRule = readonly string[];

const SHEETS = s('spreadsheets.currentonly', 'spreadsheets');
const DOCS = s('documents.currentonly', 'documents');
const DRIVE = s('drive', 'drive.file');
const DRIVE_READ = s('drive', 'drive.file', 'drive.readonly');
const FORMS = s('forms.currentonly', 'forms');
const SCRIPTAPP = s('script.scriptapp');
const CONTAINER_UI = s('script.container.ui');
const EMAIL = s('userinfo.email');
const SEND_MAIL = s('script.send_mail');

/** Reference pages list scopes per method; where every method of a class shares them, the class is listed. */
const BY_TYPE: Record<string, ScopeRule> = {
  Spreadsheet: SHEETS,
  Sheet: SHEETS,
  Range: SHEETS,
  Protection: SHEETS,
  // The DeveloperMetadata, …Finder and …Location pages list spreadsheets.currentonly or spreadsheets.
  DeveloperMetadata: SHEETS,
  DeveloperMetadataFinder: SHEETS,
  DeveloperMetadataLocation: SHEETS,
  // Every TextFinder method lists spreadsheets.currentonly or spreadsheets (TextFinder reference).
  TextFinder: SHEETS,
  EmbeddedChart: SHEETS,
  EmbeddedChartBuilder: SHEETS,
  DocumentApp: DOCS,
  Document: DOCS,
  Body: DOCS,
  HeaderSection: DOCS,
  FooterSection: DOCS,
  Paragraph: DOCS,
  ListItem: DOCS,
  Table: DOCS,
  TableRow: DOCS,
  TableCell: DOCS,
  Text: DOCS,
  Element: DOCS,
  'Drive.Files': DRIVE,
  'Drive.Permissions': DRIVE,
  // documents.batchUpdate: "documents", "drive" or "drive.file" (Docs API reference).
  'Docs.Documents': [...s('documents'), ...DRIVE],
  FormApp: FORMS,
  Form: FORMS,
  Item: FORMS,
  FormResponse: FORMS,
  ItemResponse: FORMS,
  TriggerBuilder: SCRIPTAPP,
  SpreadsheetTriggerBuilder: SCRIPTAPP,
  ClockTriggerBuilder: SCRIPTAPP,
  Trigger: SCRIPTAPP,
  MailApp: SEND_MAIL,
};

const BY_METHOD: Record<string, ScopeRule> = {
  'SpreadsheetApp.getActive': SHEETS,
  'SpreadsheetApp.getActiveSpreadsheet': SHEETS,
  'SpreadsheetApp.getActiveSheet': SHEETS,
  'SpreadsheetApp.flush': SHEETS,
  // Opening another spreadsheet by id is outside "current only".
  'SpreadsheetApp.openById': s('spreadsheets'),
  'SpreadsheetApp.openByUrl': s('spreadsheets'),
  // Opening or creating a document other than the one a script is bound to is outside "current
  // only" (documents.currentonly is for bound scripts). Users report the refusal as "You do not
  // have permission to call DocumentApp.openById. Required permissions:
  // https://www.googleapis.com/auth/documents" (https://github.com/ftomassetti/DriveInvoicing/issues/1).
  // No per-method list was found for create; the stricter reading, as for SpreadsheetApp.openById.
  'DocumentApp.create': s('documents'),
  'DocumentApp.openById': s('documents'),
  'DocumentApp.openByUrl': s('documents'),
  'FormApp.create': s('forms'),
  'FormApp.openById': s('forms'),
  'FormApp.openByUrl': s('forms'),
  'Drive.Files.get': DRIVE_READ,
  'Drive.Files.list': DRIVE_READ,
  'Drive.Permissions.list': DRIVE_READ,
  // The reference lists userinfo.email on the getters themselves, not on User.getEmail.
  'Session.getActiveUser': EMAIL,
  'Session.getEffectiveUser': EMAIL,
  'ScriptApp.newTrigger': SCRIPTAPP,
  'ScriptApp.getProjectTriggers': SCRIPTAPP,
  'ScriptApp.getUserTriggers': SCRIPTAPP,
  'ScriptApp.deleteTrigger': SCRIPTAPP,
  'Ui.showSidebar': CONTAINER_UI,
  'Ui.showModalDialog': CONTAINER_UI,
  'Ui.showModelessDialog': CONTAINER_UI,
  'Ui.alert': CONTAINER_UI,
  'Ui.prompt': CONTAINER_UI,
};

/** No scope, but Google lists them as needing none: menus, the locale, builders and the like. */
export function requiredScopes(name: string): ScopeRule {
  const method = BY_METHOD[name];
  if (method) return method;
  const type = name.slice(0, name.lastIndexOf('.'));
  return BY_TYPE[type] ?? [];
}

export type AuthMode = 'NONE' | 'LIMITED' | 'FULL';

/**
 * AuthMode.NONE (an add-on installed but not yet used in this document): "no access to any
 * services that require authorization"; menus can be built and the user's locale read.
 */
const ALLOWED_IN_NONE = new Set([
  'SpreadsheetApp.getUi',
  'Ui.createAddonMenu',
  'Ui.createMenu',
  'Menu.addItem',
  'Menu.addSeparator',
  'Menu.addSubMenu',
  'Menu.addToUi',
  'Session.getActiveUserLocale',
]);
/** "Other services: Logger, Utilities" in NONE (authorisation lifecycle table). */
const TYPES_ALLOWED_IN_NONE = new Set(['Utilities', 'Logger']);

/**
 * AuthMode.LIMITED (a simple trigger once the add-on is used in the document): the document it
 * is bound to and the UI, nothing that reaches beyond it. Where the guide is vague (Session,
 * Utilities), we take the stricter reading and allow only the locale and the lock.
 */
const ALLOWED_TYPES_IN_LIMITED = new Set([
  'SpreadsheetApp',
  'Spreadsheet',
  'Sheet',
  'Range',
  'Protection',
  'DeveloperMetadata',
  'DeveloperMetadataFinder',
  'DeveloperMetadataLocation',
  'TextFinder',
  'EmbeddedChart',
  'EmbeddedChartBuilder',
  'Ui',
  'Menu',
  'PropertiesService',
  'Properties',
  'LockService',
  'Lock',
  'Utilities',
  'Logger',
]);
/** "Add-ons can't open sidebars or dialogs while executing in AuthMode.LIMITED." */
const REFUSED_IN_LIMITED = new Set(['SpreadsheetApp.openById', 'SpreadsheetApp.openByUrl', 'Ui.showSidebar', 'Ui.showModalDialog', 'Ui.showModelessDialog']);

export function allowedInMode(name: string, mode: AuthMode): boolean {
  if (mode === 'FULL') return true;
  const type = name.slice(0, name.lastIndexOf('.'));
  if (ALLOWED_IN_NONE.has(name) || TYPES_ALLOWED_IN_NONE.has(type)) return true;
  if (mode === 'NONE') return false;
  return ALLOWED_TYPES_IN_LIMITED.has(type) && !REFUSED_IN_LIMITED.has(name);
}

/**
 * Google's text when a script calls a method it lacks the scope for, as users report it: "You do
 * not have permission to call Session.getActiveUser. Required permissions:
 * https://www.googleapis.com/auth/userinfo.email", several scopes as "(a || b)". In NONE the text
 * is undocumented; the same family is used, naming the call.
 */
export function permissionMessage(name: string, scopes: ScopeRule): string {
  if (scopes.length === 0) return `You do not have permission to call ${name}`;
  const required = scopes.length === 1 ? scopes[0] : `(${scopes.join(' || ')})`;
  return `You do not have permission to call ${name}. Required permissions: ${required}`;
}

/** The refusal for `name`, or null when the call may go ahead. */
export function refusal(name: string, granted: ReadonlySet<string>, mode: AuthMode): string | null {
  const scopes = requiredScopes(name);
  if (!allowedInMode(name, mode)) return permissionMessage(name, scopes);
  if (scopes.length && !scopes.some((scope) => granted.has(scope))) return permissionMessage(name, scopes);
  return null;
}
