import type { MessageKey } from '../src/core/i18n/en/messages';
import { prepareFormatters } from '../src/core/i18n/format';
import { type AreaId, choiceWordsFor, type SidebarState, translatorFor, type ViewContext } from './context';
import { INITIAL_STATE_ELEMENT, readInitialState } from '../src/core/initialState';
import { h, on, replaceChildren } from './dom';
import { FocusReturn, locatorOf } from './focusReturn';
import type { SidebarApi } from '../src/server/api';
import { call, callEarly } from './rpc';
import { SECTION, ViewMemory } from './viewState';
import { documentsView } from './views/documents';
import { homeView } from './views/home';
import { indicatorsView } from './views/indicators';
import { intakeView } from './views/intake';
import { matchingView } from './views/matching';
import { settingsView } from './views/settings';
import { supervisionView } from './views/supervision';

const AREAS: { id: AreaId; label: MessageKey; view: (ctx: ViewContext) => HTMLElement; first?: keyof SidebarApi }[] = [
  // `first`: the call the tab makes as it opens, started with the state when the sidebar opens on it.
  { id: 'home', label: 'nav.home', view: homeView, first: 'getHomeDesk' },
  { id: 'intake', label: 'nav.intake', view: intakeView },
  { id: 'matching', label: 'nav.matching', view: matchingView },
  { id: 'pairs', label: 'nav.pairs', view: supervisionView },
  { id: 'documents', label: 'nav.documents', view: documentsView },
  { id: 'indicators', label: 'nav.indicators', view: indicatorsView },
  { id: 'settings', label: 'nav.settings', view: settingsView },
];

const root = document.getElementById('app')!;
const memory = new ViewMemory();
let current: AreaId = AREAS.find((a) => a.id === memory.lastTab)?.id ?? 'home';
let state: SidebarState | null = null;

/*
 * The shell is built once and kept: the tab bar and the message region are never redrawn, so
 * focus on a tab survives a redraw and only the message region is live (a live region rebuilt
 * with the whole page is read out whole, or not at all).
 */
const heading = h('h1', { class: 'sr-only', id: 'app-title' });
const tablist = h('div', { role: 'tablist', class: 'tabs' });
const message = h('div', { id: 'message', role: 'status', 'aria-live': 'polite', 'aria-atomic': 'true', tabindex: -1 });
const closeMessage = h('button', { type: 'button', class: 'message-close', id: 'message-close' }, '×');
const messageBar = h('div', { class: 'message-bar', hidden: true }, message, closeMessage);
const panel = h('div', { id: 'panel', role: 'tabpanel' });
const shell = h('main', { 'aria-labelledby': 'app-title' }, heading, h('div', { class: 'top' }, tablist, messageBar), panel);
const focus = new FocusReturn(shell, () => (messageBar.hidden ? null : message));
/** The last control clicked (or pressed with Enter or Space, which clicks), and when. */
let activation: { element: HTMLElement; at: number } | null = null;

const tabs = AREAS.map((area, index) => {
  const tab = h('button', { type: 'button', role: 'tab', id: `tab-${area.id}`, 'aria-controls': 'panel' });
  on(tab, 'click', () => showChosen(area.id));
  on(tab, 'keydown', (event) => {
    const target = areaForKey((event as KeyboardEvent).key, index);
    if (target) {
      event.preventDefault();
      showChosen(target.id);
      document.getElementById(`tab-${target.id}`)?.focus();
    }
  });
  tablist.append(tab);
  return tab;
});

/** The tab a key moves to from tab `index`: arrows wrap around, Home and End jump; other keys do nothing. */
function areaForKey(key: string, index: number): (typeof AREAS)[number] | undefined {
  if (key === 'ArrowRight' || key === 'ArrowDown') return AREAS[(index + 1) % AREAS.length];
  if (key === 'ArrowLeft' || key === 'ArrowUp') return AREAS[(index - 1 + AREAS.length) % AREAS.length];
  if (key === 'Home') return AREAS[0];
  if (key === 'End') return AREAS[AREAS.length - 1];
  return undefined;
}

/** Tabs follow the WAI-ARIA pattern: one tab stop, arrow keys move, Home/End jump. The bar scrolls the chosen tab into view. */
function updateTabs(t: ViewContext['t']) {
  tablist.setAttribute('aria-label', t('nav.label'));
  AREAS.forEach((area, index) => {
    const tab = tabs[index]!;
    const selected = area.id === current;
    tab.textContent = t(area.label);
    tab.setAttribute('aria-selected', String(selected));
    tab.tabIndex = selected ? 0 : -1;
  });
  const tab = tabs[AREAS.findIndex((a) => a.id === current)]!;
  const bar = tablist.getBoundingClientRect();
  const box = tab.getBoundingClientRect();
  // Centred, so the neighbours on both sides show there is more (the browser stops at either end).
  tablist.scrollLeft += box.left + box.width / 2 - (bar.left + bar.width / 2);
}

function clearMessage() {
  message.replaceChildren();
  messageBar.hidden = true;
}

/**
 * Shows a message without redrawing the tab. After a success the drafts of the section that was
 * submitted are forgotten (typed after the click, they are kept), so a saved form is not refilled.
 */
function notify(kind: 'ok' | 'error' | 'warning', text: string) {
  if (kind !== 'error' && activation) {
    // The section of the control clicked is the one the action submitted (found again if the tab was redrawn first).
    const locator = activation.element.isConnected ? null : locatorOf(activation.element);
    const element = locator ? panel.querySelector(locator) : activation.element;
    const container = element?.isConnected ? element.closest(SECTION) : null;
    if (container) memory.forgetSubmitted(current, panel, container, activation.at);
  }
  message.replaceChildren(h('div', { class: `notice ${kind}` }, text));
  messageBar.hidden = false;
  queueMicrotask(() => focus.settle());
}

function render() {
  if (!state) return;
  const s = state;
  document.documentElement.lang = s.language;
  const t = translatorFor(s);
  const ctx: ViewContext = {
    state: s,
    t,
    choice: choiceWordsFor(s),
    update(next) {
      state = next;
      render();
    },
    notify,
    go(id, section) {
      pendingSection = section ?? null;
      show(id);
      if (!openPendingSection()) document.getElementById(`tab-${id}`)?.focus();
    },
  };
  heading.textContent = t('app.name');
  closeMessage.setAttribute('aria-label', t('common.close'));
  if (!shell.isConnected) replaceChildren(root, shell);
  updateTabs(t);
  const area = AREAS.find((a) => a.id === current) ?? AREAS[0]!;
  panel.setAttribute('aria-labelledby', `tab-${area.id}`);
  panel.replaceChildren(area.view(ctx));
  // For the bench (bench/sidebar.ts): when each tab's first draw is in the page, before its own calls answer.
  performance.mark(`pmd:rendered:${current}`);
  // At once, before a view's first call reads its fields; what arrives later is restored by the observer.
  memory.restore(current, panel);
  focus.settle();
}

/**
 * A tab the person chose in the tab bar: a place a desk link asked for earlier and that never
 * drew (a tab before setup) is forgotten, so focus does not jump there when it draws later.
 */
function showChosen(id: AreaId) {
  pendingSection = null;
  show(id);
}

function show(id: AreaId) {
  current = id;
  memory.lastTab = id;
  clearMessage();
  render();
}

// What the person changes is remembered per tab; toggle does not bubble, so listen while capturing.
for (const type of ['input', 'change', 'toggle']) {
  panel.addEventListener(type, (event) => event.target instanceof Element && memory.record(current, event.target, panel), true);
}
shell.addEventListener(
  'click',
  (event) => {
    focus.noteAction(event.target);
    const element = focus.control;
    activation = element && panel.contains(element) ? { element, at: memory.now } : null;
  },
  true,
);
shell.addEventListener('focusin', (event) => focus.noteAction(event.target));
on(closeMessage, 'click', () => {
  clearMessage();
  focus.forget();
  tabs[AREAS.findIndex((a) => a.id === current)]?.focus();
});
/** A section asked for by a link (Home's desk) that the tab draws once its call has answered. */
let pendingSection: string | null = null;

/** Opens and focuses the section asked for, if the tab has drawn it yet; true when done. */
function openPendingSection(): boolean {
  const section = pendingSection ? panel.querySelector(`#${CSS.escape(pendingSection)}`) : null;
  if (!section) return false;
  pendingSection = null;
  if (section instanceof HTMLDetailsElement) section.open = true;
  const target = section.querySelector(':scope > summary') ?? section;
  if (target instanceof HTMLElement) {
    target.focus();
    target.scrollIntoView({ block: 'start' });
  }
  return true;
}

new MutationObserver(() => {
  memory.restore(current, panel);
  focus.settle();
  openPendingSection();
}).observe(panel, { childList: true, subtree: true, attributes: true, attributeFilter: ['disabled', 'hidden'] });
window.addEventListener('pagehide', () => memory.flush());

/** The state the opening execution wrote into the page (core/initialState.ts), read once. */
const initial = readInitialState<SidebarState>(document.getElementById(INITIAL_STATE_ELEMENT)?.textContent);

function showLoadError(error: Error) {
  // Without the state there is no catalogue: the word came with the page. A page served without one (not opened from the menu) shows the symbol alone.
  const retry = on(h('button', { class: 'button', type: 'button', id: 'load-retry' }, initial?.retry ?? '↻'), 'click', () => void load());
  replaceChildren(root, h('main', { class: 'section' }, h('div', { class: 'notice error', role: 'alert' }, error.message), retry));
}

async function load() {
  const first = state ? undefined : AREAS.find((a) => a.id === current)?.first;
  if (!state && initial?.state) {
    // The first tab's data is asked for before the shell is drawn: the drawing (a layout) and the
    // formatters are made while the answer is on its way.
    if (first) callEarly(first);
    state = initial.state;
    prepareFormatters(state.locale);
    render();
    return;
  }
  try {
    const pending = call('getSidebarState');
    if (first) callEarly(first);
    state = await pending;
    prepareFormatters(state.locale);
    render();
  } catch (error) {
    showLoadError(error as Error);
  }
}

void load();
