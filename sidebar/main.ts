import type { MessageKey } from '../src/core/i18n/en/messages';
import { choiceWordsFor, type SidebarState, translatorFor, type ViewContext } from './context';
import { h, on, replaceChildren } from './dom';
import { call } from './rpc';
import { documentsView } from './views/documents';
import { homeView } from './views/home';
import { indicatorsView } from './views/indicators';
import { intakeView } from './views/intake';
import { matchingView } from './views/matching';
import { settingsView } from './views/settings';
import { supervisionView } from './views/supervision';

type AreaId = 'home' | 'intake' | 'matching' | 'pairs' | 'documents' | 'indicators' | 'settings';

const AREAS: { id: AreaId; label: MessageKey; view: (ctx: ViewContext) => HTMLElement }[] = [
  { id: 'home', label: 'nav.home', view: homeView },
  { id: 'intake', label: 'nav.intake', view: intakeView },
  { id: 'matching', label: 'nav.matching', view: matchingView },
  { id: 'pairs', label: 'nav.pairs', view: supervisionView },
  { id: 'documents', label: 'nav.documents', view: documentsView },
  { id: 'indicators', label: 'nav.indicators', view: indicatorsView },
  { id: 'settings', label: 'nav.settings', view: settingsView },
];

const root = document.getElementById('app')!;
let current: AreaId = 'home';
let state: SidebarState | null = null;
let message: { kind: 'ok' | 'error' | 'warning'; text: string } | null = null;

function focusTab(id: AreaId) {
  document.getElementById(`tab-${id}`)?.focus();
}

/** The tab a key moves to from tab `index`: arrows wrap around, Home and End jump; other keys do nothing. */
function areaForKey(key: string, index: number): (typeof AREAS)[number] | undefined {
  if (key === 'ArrowRight' || key === 'ArrowDown') return AREAS[(index + 1) % AREAS.length];
  if (key === 'ArrowLeft' || key === 'ArrowUp') return AREAS[(index - 1 + AREAS.length) % AREAS.length];
  if (key === 'Home') return AREAS[0];
  if (key === 'End') return AREAS[AREAS.length - 1];
  return undefined;
}

/** Tabs follow the WAI-ARIA pattern: one tab stop, arrow keys move, Home/End jump. */
function navigation(t: ViewContext['t']): HTMLElement {
  const nav = h('nav', { role: 'tablist', 'aria-label': t('nav.label') });
  AREAS.forEach((area, index) => {
    const selected = area.id === current;
    const tab = h(
      'button',
      { type: 'button', role: 'tab', id: `tab-${area.id}`, 'aria-selected': String(selected), 'aria-controls': 'panel', tabindex: selected ? 0 : -1 },
      t(area.label),
    );
    on(tab, 'click', () => show(area.id));
    on(tab, 'keydown', (event) => {
      const target = areaForKey((event as KeyboardEvent).key, index);
      if (target) {
        event.preventDefault();
        show(target.id);
        focusTab(target.id);
      }
    });
    nav.append(tab);
  });
  return nav;
}

function render() {
  if (!state) return;
  const s = state;
  document.documentElement.lang = s.language;
  const ctx: ViewContext = {
    state: s,
    t: translatorFor(s),
    choice: choiceWordsFor(s),
    update(next) {
      state = next;
      render();
    },
    notify(kind, text) {
      message = { kind, text };
      render();
    },
  };
  const area = AREAS.find((a) => a.id === current) ?? AREAS[0]!;
  const panel = h('main', { id: 'panel', role: 'tabpanel', 'aria-labelledby': `tab-${area.id}` });
  if (message) panel.append(h('div', { class: `notice ${message.kind}`, role: message.kind === 'error' ? 'alert' : 'status' }, message.text));
  panel.append(area.view(ctx));
  replaceChildren(root, navigation(ctx.t), panel);
}

function show(id: AreaId) {
  current = id;
  message = null;
  render();
}

function showLoadError(error: Error) {
  const retry = on(h('button', { class: 'button', type: 'button' }, 'Try again'), 'click', () => void load());
  replaceChildren(root, h('div', { class: 'section' }, h('div', { class: 'notice error', role: 'alert' }, error.message), retry));
}

async function load() {
  try {
    state = await call('getSidebarState');
    render();
  } catch (error) {
    showLoadError(error as Error);
  }
}

void load();
