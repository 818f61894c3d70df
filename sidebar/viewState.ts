/**
 * What a coordinator had on screen in each tab: chosen pair or mentee, open sections, typed text.
 * Views rebuild their DOM freely (after a save, a reload, a language change); the shell keeps this
 * state beside them, so no view has to. A control is remembered when it has a stable name: a
 * `data-keep` attribute, else its `id`, else its `name` (radios by name and value).
 * `data-keep="off"` opts a control out, for values that belong to the server rather than to the
 * person typing (a ticked checklist item is a write, not a draft).
 *
 * What is remembered is what the person changed (input, change and toggle events), never what a
 * view drew by default: restoring a default would hide a newer one from the server.
 */

interface Saved {
  /** value of a text field or a select */
  v?: string;
  /** checked state of a checkbox or radio */
  c?: boolean;
  /** open state of a <details> */
  o?: boolean;
  /** order of the change, to tell drafts typed after an action from the ones it submitted */
  n: number;
}

type TabMemory = Record<string, Saved>;

interface Stored {
  tab?: string;
  tabs: Record<string, TabMemory>;
}

const STORAGE_KEY = 'peer-mentoring-desk.view-state.v1';
const KEPT = 'input, select, textarea, details';
const NOT_KEPT_INPUTS = new Set(['password', 'file', 'hidden', 'button', 'submit', 'reset', 'image']);

/** The key a control is remembered by in its tab, or null when it has no stable name. */
export function keyOf(element: Element): string | null {
  if (!element.matches(KEPT)) return null;
  const keep = element.getAttribute('data-keep');
  if (keep === 'off') return null;
  if (element instanceof HTMLInputElement && NOT_KEPT_INPUTS.has(element.type)) return null;
  if (keep) return `keep:${keep}`;
  if (element.id) return `id:${element.id}`;
  const name = element.getAttribute('name');
  if (!name) return null;
  return element instanceof HTMLInputElement && element.type === 'radio' ? `name:${name}=${element.value}` : `name:${name}`;
}

/** The sections a draft belongs to; the same list the shell uses to forget what was submitted. */
export const SECTION = 'details, .card, form, section';

/**
 * The choices a draft depends on: selects with a stable name at the top of a view (not inside
 * a section or card), such as the chosen pair or mentee. A view draws the same form, with the
 * same ids, for each pair: a note typed for one pair must not reappear in another's form.
 */
function choosers(root: Element): HTMLSelectElement[] {
  return [...root.querySelectorAll('select')].filter((s) => !s.parentElement?.closest('details, .card') && keyOf(s) !== null);
}

/**
 * The key of `element` within its tab: its own name, after the current value of each chooser
 * above it that is outside the element's own section (the pair chosen above the contact log,
 * not the kind of contact beside it).
 */
function scopedKey(element: Element, choices: HTMLSelectElement[]): string | null {
  const key = keyOf(element);
  if (!key) return null;
  const section = element.parentElement?.closest(SECTION);
  const scope = choices
    .filter((c) => c !== element && !section?.contains(c) && c.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING)
    .map((c) => `${keyOf(c)}=${c.value}`);
  return scope.length ? `${scope.join('&')}|${key}` : key;
}

function isToggle(element: Element): element is HTMLInputElement {
  return element instanceof HTMLInputElement && (element.type === 'checkbox' || element.type === 'radio');
}

/**
 * sessionStorage, when the page may use it: the Apps Script iframe can refuse it (third-party
 * storage blocked), and then the state lives in memory only, for as long as the sidebar is open.
 */
function sessionStore(): Storage | null {
  try {
    const storage = window.sessionStorage;
    const probe = `${STORAGE_KEY}.probe`;
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return storage;
  } catch {
    return null;
  }
}

function readStored(storage: Storage | null): Stored {
  try {
    const parsed = JSON.parse(storage?.getItem(STORAGE_KEY) ?? 'null') as Stored | null;
    if (parsed && typeof parsed === 'object' && parsed.tabs && typeof parsed.tabs === 'object') return parsed;
  } catch {
    // A damaged entry is worth less than a working sidebar: start afresh.
  }
  return { tabs: {} };
}

/** Puts one remembered state back; 'gone' when a select no longer offers the remembered choice. */
function putBack(element: Element, saved: Saved): 'done' | 'gone' {
  if (element instanceof HTMLDetailsElement) {
    if (saved.o !== undefined && element.open !== saved.o) element.open = saved.o;
    return 'done';
  }
  const field = element as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
  if (field.disabled) return 'done';
  if (isToggle(field)) {
    if (saved.c !== undefined) field.checked = saved.c;
    return 'done';
  }
  if (saved.v === undefined || field.value === saved.v) return 'done';
  if (field instanceof HTMLSelectElement) {
    // The choice is gone (the mentee was matched, the pair closed): forget it rather than keep a ghost.
    if (![...field.options].some((option) => option.value === saved.v)) return 'gone';
    field.value = saved.v;
    field.dispatchEvent(new Event('change', { bubbles: true }));
    return 'done';
  }
  if (field.readOnly) return 'done';
  field.value = saved.v;
  field.dispatchEvent(new Event('input', { bubbles: true }));
  return 'done';
}

export class ViewMemory {
  private readonly storage: Storage | null;
  private readonly stored: Stored;
  /**
   * Each control's key, fixed when it is first drawn: a text field that fires `change` as it is
   * removed, after another pair was chosen, still belongs to the pair it was drawn for.
   */
  private readonly keys = new WeakMap<Element, string | null>();
  private sequence = 0;
  private saveTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(storage: Storage | null = sessionStore()) {
    this.storage = storage;
    this.stored = readStored(storage);
    for (const tab of Object.values(this.stored.tabs)) for (const saved of Object.values(tab)) this.sequence = Math.max(this.sequence, saved.n);
  }

  /** The tab shown last in this browser tab, to come back to after a refresh. */
  get lastTab(): string | undefined {
    return this.stored.tab;
  }

  set lastTab(tab: string | undefined) {
    this.stored.tab = tab;
    this.save();
  }

  /** A number that grows with each change: drafts after an action have a higher one. */
  get now(): number {
    return this.sequence;
  }

  /** Remembers what `element` (in the tab drawn under `root`) holds now, if it has a stable name. */
  record(tab: string, element: Element, root: Element): void {
    if (!element.isConnected) return;
    const key = this.keys.has(element) ? this.keys.get(element)! : scopedKey(element, choosers(root));
    if (!key) return;
    this.stored.tabs[tab] ??= {};
    const memory = this.stored.tabs[tab];
    const saved: Saved = { n: ++this.sequence };
    if (element instanceof HTMLDetailsElement) saved.o = element.open;
    else if (isToggle(element)) saved.c = element.checked;
    else saved.v = (element as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement).value;
    // A toggle event after a restore says what was just set: keep the older order number.
    const before = memory[key];
    if (before && before.o === saved.o && before.c === saved.c && before.v === saved.v) return;
    memory[key] = saved;
    this.save();
  }

  /**
   * Puts back what was remembered into the controls under `root` that were not restored yet.
   * A select fires `change` (a view loads what it chose: a pair's panel, a mentee's suggestions),
   * a text field fires `input`; a checkbox fires nothing, because ticking can be a write.
   */
  restore(tab: string, root: Element): void {
    const memory = this.stored.tabs[tab];
    let dropped = false;
    const choices = choosers(root);
    for (const element of root.querySelectorAll(KEPT)) {
      if (this.keys.has(element)) continue;
      // In document order, so a chooser is put back before the key of what follows it is taken.
      const key = scopedKey(element, choices);
      this.keys.set(element, key);
      const saved = key ? memory?.[key] : undefined;
      if (!key || !saved) continue;
      if (putBack(element, saved) === 'gone') {
        delete memory![key];
        dropped = true;
      }
    }
    if (dropped) this.save();
  }

  /**
   * Forgets the values a successful action submitted: the controls of `container` (not those of a
   * section nested in it) changed before the action `before`. Open sections stay open.
   */
  forgetSubmitted(tab: string, root: Element, container: Element, before: number): void {
    const memory = this.stored.tabs[tab];
    if (!memory) return;
    const choices = choosers(root);
    for (const element of container.querySelectorAll('input, select, textarea')) {
      if (element.parentElement?.closest(SECTION) !== container) continue;
      const key = this.keys.has(element) ? this.keys.get(element)! : scopedKey(element, choices);
      if (key && memory[key] && memory[key].n <= before) delete memory[key];
    }
    this.save();
  }

  /** Writes to sessionStorage a moment later, so typing does not serialise on each key. */
  private save(): void {
    if (!this.storage || this.saveTimer) return;
    this.saveTimer = setTimeout(() => this.flush(), 250);
  }

  flush(): void {
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = null;
    try {
      this.storage?.setItem(STORAGE_KEY, JSON.stringify(this.stored));
    } catch {
      // Full or refused: the memory copy still serves this session.
    }
  }
}
