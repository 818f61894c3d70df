import { formatDatePattern } from './cellValues';
import { type FakeContext, gasError, tracked } from './core';
import { userObject } from './people';
import type { ClockSchedule, TriggerState } from './state';

/**
 * Properties limits (same for consumer and Workspace accounts): "Properties value size 9 KB / val",
 * "Properties total storage 500 KB / property store" (Apps Script quotas,
 * https://developers.google.cn/apps-script/guides/services/quotas?authuser=3). Counted here in
 * characters, not bytes; the texts are not in our sources (assumed).
 */
export const PROPERTY_VALUE_LIMIT = 9 * 1024;
export const PROPERTY_STORE_LIMIT = 500 * 1024;

class FakeProperties {
  constructor(
    readonly _ctx: FakeContext,
    readonly _store: () => Record<string, string>,
  ) {
    // biome-ignore lint/correctness/noConstructorReturn: every service object is a counted proxy
    return tracked(this, 'Properties', _ctx);
  }
  _checkSize(next: Record<string, string>) {
    let total = 0;
    for (const [key, value] of Object.entries(next)) {
      if (value.length > PROPERTY_VALUE_LIMIT) throw gasError('Argument too large: value');
      total += key.length + value.length;
    }
    if (total > PROPERTY_STORE_LIMIT) {
      throw gasError('You have exceeded the property storage quota. Please remove some properties and try again.');
    }
  }
  getProperty(key: string) {
    return this._store()[key] ?? null;
  }
  getProperties() {
    return { ...this._store() };
  }
  getKeys() {
    return Object.keys(this._store());
  }
  setProperty(key: string, value: string) {
    const store = this._store();
    const next = { ...store, [key]: String(value) };
    this._checkSize(next);
    store[key] = String(value);
    return this;
  }
  setProperties(properties: Record<string, string>, deleteAllOthers = false) {
    const store = this._store();
    const next = deleteAllOthers ? {} : { ...store };
    for (const [k, v] of Object.entries(properties)) next[k] = String(v);
    this._checkSize(next);
    for (const key of Object.keys(store)) delete store[key];
    Object.assign(store, next);
    return this;
  }
  deleteProperty(key: string) {
    delete this._store()[key];
    return this;
  }
  deleteAllProperties() {
    const store = this._store();
    for (const key of Object.keys(store)) delete store[key];
    return this;
  }
}

export function createPropertiesService(ctx: FakeContext) {
  // Looked up on every call, never captured: restoring a snapshot replaces the whole state.
  const properties = () => ctx.state.properties;
  return tracked(
    {
      getScriptProperties: () => new FakeProperties(ctx, () => properties().script),
      getUserProperties: () => new FakeProperties(ctx, () => (properties().user[ctx.state.activeUser] ??= {})),
      getDocumentProperties: () => new FakeProperties(ctx, () => (properties().document[ctx.state.activeSpreadsheetId] ??= {})),
    },
    'PropertiesService',
    ctx,
  );
}

/**
 * The document lock. The current execution is "us"; `holdByOtherExecution` plays a second
 * execution (a collaborator's trigger) that holds the lock until a given time. Waiting advances
 * the clock, as real waiting would.
 */
export class DocumentLockState {
  ownedByUs = false;
  otherHeldUntil = 0;
  constructor(private readonly ctx: FakeContext) {}

  holdByOtherExecution(forMs: number): void {
    this.otherHeldUntil = this.ctx.clock.now() + forMs;
  }

  releaseOther(): void {
    this.otherHeldUntil = 0;
  }

  tryAcquire(timeoutMs: number): boolean {
    if (this.ownedByUs) return true;
    const now = this.ctx.clock.now();
    if (this.otherHeldUntil <= now) {
      this.ownedByUs = true;
      return true;
    }
    if (this.otherHeldUntil <= now + timeoutMs) {
      this.ctx.clock.advance(this.otherHeldUntil - now);
      this.ownedByUs = true;
      return true;
    }
    this.ctx.clock.advance(timeoutMs);
    return false;
  }
}

class FakeLock {
  constructor(
    readonly _ctx: FakeContext,
    readonly _lock: DocumentLockState,
  ) {
    // biome-ignore lint/correctness/noConstructorReturn: every service object is a counted proxy
    return tracked(this, 'Lock', _ctx);
  }
  tryLock(timeoutInMillis: number) {
    return this._lock.tryAcquire(timeoutInMillis);
  }
  waitLock(timeoutInMillis: number) {
    if (!this._lock.tryAcquire(timeoutInMillis)) throw gasError('Lock timeout: another process was holding the lock for too long.');
  }
  hasLock() {
    return this._lock.ownedByUs;
  }
  releaseLock() {
    this._lock.ownedByUs = false;
  }
}

export function createLockService(ctx: FakeContext, lock: DocumentLockState) {
  return tracked(
    {
      // "If this method is called outside of the context of a containing document ... null is returned."
      getDocumentLock: () => (ctx.execution.inDocument ? new FakeLock(ctx, lock) : null),
      getScriptLock: () => {
        throw gasError('The fake refuses the script lock: one add-on script serves every customer; use getDocumentLock().');
      },
      getUserLock: () => new FakeLock(ctx, new DocumentLockState(ctx)),
    },
    'LockService',
    ctx,
  );
}

class FakeTrigger {
  constructor(
    readonly _ctx: FakeContext,
    readonly _state: TriggerState,
  ) {
    // biome-ignore lint/correctness/noConstructorReturn: every service object is a counted proxy
    return tracked(this, 'Trigger', _ctx);
  }
  getUniqueId() {
    return this._state.id;
  }
  getHandlerFunction() {
    return this._state.handler;
  }
  getEventType() {
    return this._state.eventType;
  }
  getTriggerSource() {
    return this._state.source;
  }
  getTriggerSourceId() {
    return this._state.sourceId;
  }
}

/**
 * "Each add-on can only have one trigger of each type, per user, per document" (Editor add-on
 * triggers, https://developers-dot-devsite-v2-prod.appspot.com/workspace/add-ons/concepts/editor-triggers).
 * Google does not document the text; a user transcribes it for a time-driven trigger as
 * `The add-on created too many "time-based" triggers for this Google user account in this
 * document.` (https://github.com/ljay79/jira-tools/issues/47), used verbatim. For the other types
 * no report was found: the same sentence names the event (assumed).
 */
const TRIGGER_KIND: Record<TriggerState['eventType'], string> = {
  CLOCK: 'time-based',
  ON_FORM_SUBMIT: 'on form submit',
  ON_OPEN: 'on open',
  ON_EDIT: 'on edit',
  ON_CHANGE: 'on change',
};

export function tooManyTriggersMessage(eventType: TriggerState['eventType']): string {
  return `The add-on created too many "${TRIGGER_KIND[eventType]}" triggers for this Google user account in this document.`;
}

/**
 * "Time-driven triggers cannot run more frequently than once per hour" for add-ons (same page;
 * "an add-on can use a time-driven trigger once per hour at most",
 * https://developers.google.com/apps-script/guides/triggers/installable). The text is what users
 * report (https://github.com/ttsukagoshi/mail-merge-for-gmail/issues/165), without Apps Script's
 * "Exception: " prefix, as every message here.
 */
export const ADDON_TRIGGER_INTERVAL_MESSAGE = 'The recurrence interval for an Add-on trigger must be at least one hour.';

/**
 * "Triggers: 20 / user / script" (Apps Script quotas,
 * https://developers.google.com/apps-script/guides/services/quotas), the same for consumer and
 * Workspace accounts. For an add-on the script is the add-on, so a user's triggers in every
 * document count together. Google's text is not in our sources; this is how users quote it (assumed).
 */
export const TRIGGERS_PER_USER_PER_SCRIPT = 20;
export const TOO_MANY_TRIGGERS_MESSAGE = 'This script has too many triggers. Triggers must be deleted from the script before more can be added.';

/**
 * ClockTriggerBuilder (https://developers.google.com/apps-script/reference/script/clock-trigger-builder):
 * `everyDays(n)` "Specifies to run the trigger every n days", `atHour(hour)` "the hour at which
 * the trigger runs", `nearMinute(minute)` "plus or minus 15 minutes", `inTimezone(timezone)` "the
 * timezone for the specified dates/time ... By default, the timezone is that of the script".
 * The reference gives no ranges or error texts; the fake takes the stricter reading: n a whole
 * number of at least 1, hour 0–23, minute 0–59, a zone Intl knows, and `atHour` only with a
 * daily recurrence (the reference's own example is `.atHour(5).everyDays(1)`), refused with
 * `Invalid argument: <name>` (assumed text). A builder with no recurrence cannot be created.
 */
function invalidArgument(name: string): Error {
  return gasError(`Invalid argument: ${name}`);
}

const isWhole = (n: unknown, min: number, max: number) => typeof n === 'number' && Number.isInteger(n) && n >= min && n <= max;

function knownZone(zone: unknown): boolean {
  if (typeof zone !== 'string' || !zone) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

function clockBuilder(ctx: FakeContext, create: (schedule: ClockSchedule) => FakeTrigger) {
  const schedule: ClockSchedule = {};
  const clock = {
    // Every interval in minutes is under an hour for an add-on.
    everyMinutes: (_minutes: number) => {
      throw gasError(ADDON_TRIGGER_INTERVAL_MESSAGE);
    },
    everyHours: (hours: number) => {
      if (typeof hours === 'number' && hours < 1) throw gasError(ADDON_TRIGGER_INTERVAL_MESSAGE);
      if (!isWhole(hours, 1, Number.MAX_SAFE_INTEGER)) throw invalidArgument('n');
      schedule.everyHours = hours;
      return clock;
    },
    everyDays: (days: number) => {
      if (!isWhole(days, 1, Number.MAX_SAFE_INTEGER)) throw invalidArgument('n');
      schedule.everyDays = days;
      return clock;
    },
    atHour: (hour: number) => {
      if (!isWhole(hour, 0, 23)) throw invalidArgument('hour');
      schedule.atHour = hour;
      return clock;
    },
    nearMinute: (minute: number) => {
      if (!isWhole(minute, 0, 59)) throw invalidArgument('minute');
      schedule.nearMinute = minute;
      return clock;
    },
    inTimezone: (timeZone: string) => {
      if (!knownZone(timeZone)) throw invalidArgument('timezone');
      schedule.timeZone = timeZone;
      return clock;
    },
    create: () => {
      if (schedule.everyHours === undefined && schedule.everyDays === undefined) throw invalidArgument('recurrence');
      if (schedule.atHour !== undefined && schedule.everyDays === undefined) throw invalidArgument('hour');
      return create({ ...schedule });
    },
  };
  return tracked(clock, 'ClockTriggerBuilder', ctx);
}

function triggerBuilder(ctx: FakeContext, handler: string) {
  const make = (eventType: TriggerState['eventType'], source: TriggerState['source'], sourceId: string, schedule?: ClockSchedule) => {
    const { state } = ctx;
    const mine = state.triggers.filter((t) => t.user === state.activeUser);
    const sameKind = mine.filter((t) => t.sourceId === sourceId && t.eventType === eventType);
    if (sameKind.length >= 1) throw gasError(tooManyTriggersMessage(eventType));
    if (mine.length >= TRIGGERS_PER_USER_PER_SCRIPT) throw gasError(TOO_MANY_TRIGGERS_MESSAGE);
    const trigger: TriggerState = {
      id: ctx.nextId('trigger'),
      user: state.activeUser,
      handler,
      eventType,
      source,
      sourceId,
      ...(schedule ? { schedule } : {}),
    };
    state.triggers.push(trigger);
    return new FakeTrigger(ctx, trigger);
  };
  const create = (eventType: TriggerState['eventType'], source: TriggerState['source'], sourceId: string) => () => make(eventType, source, sourceId);
  return tracked(
    {
      forSpreadsheet: (spreadsheet: string | { getId(): string }) => {
        const id = typeof spreadsheet === 'string' ? spreadsheet : spreadsheet.getId();
        return tracked(
          {
            onFormSubmit: () => tracked({ create: create('ON_FORM_SUBMIT', 'SPREADSHEETS', id) }, 'SpreadsheetTriggerBuilder', ctx),
            onOpen: () => tracked({ create: create('ON_OPEN', 'SPREADSHEETS', id) }, 'SpreadsheetTriggerBuilder', ctx),
            onEdit: () => tracked({ create: create('ON_EDIT', 'SPREADSHEETS', id) }, 'SpreadsheetTriggerBuilder', ctx),
            onChange: () => tracked({ create: create('ON_CHANGE', 'SPREADSHEETS', id) }, 'SpreadsheetTriggerBuilder', ctx),
          },
          'SpreadsheetTriggerBuilder',
          ctx,
        );
      },
      // An add-on's time-driven trigger belongs to the document it was made in (one per user per document).
      timeBased: () => clockBuilder(ctx, (schedule) => make('CLOCK', 'CLOCK', ctx.state.activeSpreadsheetId, schedule)),
    },
    'TriggerBuilder',
    ctx,
  );
}

export function createScriptApp(ctx: FakeContext) {
  const mine = () => ctx.state.triggers.filter((t) => t.user === ctx.state.activeUser);
  return tracked(
    {
      newTrigger: (handler: string) => triggerBuilder(ctx, handler),
      getProjectTriggers: () => mine().map((t) => new FakeTrigger(ctx, t)),
      getUserTriggers: (doc: { getId(): string }) =>
        mine()
          .filter((t) => t.sourceId === doc.getId())
          .map((t) => new FakeTrigger(ctx, t)),
      deleteTrigger: (trigger: FakeTrigger) => {
        ctx.state.triggers = ctx.state.triggers.filter((t) => t.id !== trigger._state.id);
      },
      getAuthorizationInfo: (_mode: string) => {
        const required = ctx.state.usersNeedingAuthorisation.includes(ctx.state.activeUser);
        return tracked(
          {
            getAuthorizationStatus: () => (required ? 'REQUIRED' : 'NOT_REQUIRED'),
            getAuthorizationUrl: () => (required ? 'https://script.google.com/macros/authorize' : null),
          },
          'AuthorizationInfo',
          ctx,
        );
      },
      getScriptId: () => 'fake-script-id',
      AuthMode: { NONE: 'NONE', LIMITED: 'LIMITED', FULL: 'FULL', CUSTOM_FUNCTION: 'CUSTOM_FUNCTION' },
      AuthorizationStatus: { REQUIRED: 'REQUIRED', NOT_REQUIRED: 'NOT_REQUIRED' },
      EventType: { ON_FORM_SUBMIT: 'ON_FORM_SUBMIT', ON_OPEN: 'ON_OPEN', ON_EDIT: 'ON_EDIT', ON_CHANGE: 'ON_CHANGE', CLOCK: 'CLOCK' },
      TriggerSource: { SPREADSHEETS: 'SPREADSHEETS', CLOCK: 'CLOCK' },
    },
    'ScriptApp',
    ctx,
  );
}

export function createSession(ctx: FakeContext) {
  const user = () => userObject(ctx, ctx.state.activeUser);
  return tracked(
    {
      getActiveUser: user,
      getEffectiveUser: user,
      getActiveUserLocale: () => ctx.state.spreadsheets[0]?.locale.split('_')[0] ?? 'en',
      getScriptTimeZone: () => 'Europe/Rome',
      getTemporaryActiveUserKey: () => `key-${ctx.state.activeUser.length}-${ctx.state.activeUser.charCodeAt(0)}`,
    },
    'Session',
    ctx,
  );
}

/** Java SimpleDateFormat tokens that Utilities.formatDate understands, mapped to the fake's formatter. */
function javaPatternToSheets(pattern: string): string {
  // Java's MM (month) and HH (hour) become the Sheets tokens; mm after an hour stays minutes.
  return pattern.replace(/MM/g, 'mm').replace(/HH/g, 'hh');
}

export function createUtilities(ctx: FakeContext) {
  let uuid = 0;
  return tracked(
    {
      formatDate: (date: Date, timeZone: string, pattern: string) => {
        // Month and minute are both "mm" after translation; the formatter reads mm after hh as minutes.
        return formatDatePattern(date, javaPatternToSheets(pattern), timeZone);
      },
      getUuid: () => {
        uuid += 1;
        const hex = (uuid + ctx.state.nextId * 65_536).toString(16).padStart(12, '0');
        return `00000000-0000-4000-8000-${hex}`;
      },
      sleep: (ms: number) => ctx.clock.advance(ms),
      base64Encode: (text: string) => Buffer.from(text, 'utf8').toString('base64'),
      base64Decode: (text: string) => [...Buffer.from(text, 'base64')],
    },
    'Utilities',
    ctx,
  );
}
