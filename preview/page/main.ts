/**
 * The preview page: the workbook as tabs and grids, the add-on menu, and the sidebar panel.
 *
 * The page follows the server by polling, as Sheets follows a script's changes. A poll only
 * redraws what changed, and never moves the focus: a coordinator may be typing in the sidebar or
 * walking the menu with the keyboard while the workbook changes underneath.
 */
import { type ChartView, chartExtent, placeCharts } from './chart';

interface SheetView {
  name: string;
  frozenRows: number;
  isFormResponses: boolean;
  values: string[][];
  /** The sheet's embedded charts, drawn over the grid at their anchors (./chart.ts). */
  charts?: ChartView[];
}
interface UiEvent {
  kind: string;
  title: string;
  detail: string;
  at: string;
  seq: number;
}
interface UiInfo {
  menus: { title: string; items: { caption: string; functionName: string }[] }[];
  events: UiEvent[];
  sidebar: { title: string; opens: number } | null;
}

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
let activeSheet = '';
let lastSheets = '';
let lastGrid = '';
let lastMenus = '';
/** The last UI event shown (toasts, alerts); -1 until the first poll, which shows nothing older. */
let lastEventSeq = -1;
/** Sidebar openings seen; as in Sheets, a reloaded page starts with the sidebar closed. */
let sidebarOpensSeen = -1;
let polling = false;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text = '', attrs: Record<string, string> = {}) {
  const node = document.createElement(tag);
  if (text) node.textContent = text;
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  return node;
}

function columnLetter(n: number): string {
  let s = '';
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

async function getJson<T>(url: string, body?: unknown): Promise<T> {
  const response = await fetch(url, body === undefined ? {} : { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  return (await response.json()) as T;
}

function drawGrid(sheet: SheetView | undefined) {
  const wrap = $('grid-wrap');
  const table = el('table');
  table.className = 'grid';
  const charts = sheet?.charts ?? [];
  const extent = chartExtent(charts);
  const width = Math.max(10, extent.columns, ...(sheet?.values.map((r) => r.length) ?? [0]));
  const head = el('tr');
  head.append(el('th', '', { scope: 'col', 'aria-label': 'Row' }));
  for (let c = 1; c <= width; c++) head.append(el('th', columnLetter(c), { scope: 'col' }));
  const thead = el('thead');
  thead.append(head);
  const tbody = el('tbody');
  const rows = Math.max(30, extent.rows, (sheet?.values.length ?? 0) + 5);
  for (let r = 0; r < rows; r++) {
    const tr = el('tr');
    if (sheet && r < sheet.frozenRows) tr.className = 'frozen';
    tr.append(el('th', String(r + 1), { scope: 'row', class: 'rownum' }));
    for (let c = 0; c < width; c++) {
      const value = sheet?.values[r]?.[c] ?? '';
      tr.append(el('td', value, value ? { title: value } : {}));
    }
    tbody.append(tr);
  }
  table.append(thead, tbody);
  // Same place after a redraw: a changed cell must not scroll the sheet away from what is read.
  const { scrollTop, scrollLeft } = wrap;
  const layer = el('div', '', { class: 'chart-layer' });
  wrap.replaceChildren(table, layer);
  // Charts lie over the cells they are anchored to, as in Sheets; measured once the grid is laid out.
  if (charts.length) placeCharts(layer, table, charts);
  wrap.scrollTop = scrollTop;
  wrap.scrollLeft = scrollLeft;
  wrap.setAttribute('aria-label', sheet ? `Sheet ${sheet.name}` : 'Sheet contents');
}

function selectSheet(name: string, focus: boolean) {
  activeSheet = name;
  lastGrid = '';
  for (const tab of $('sheet-tabs').querySelectorAll<HTMLButtonElement>('[role="tab"]')) {
    const selected = tab.dataset.sheet === name;
    tab.setAttribute('aria-selected', String(selected));
    tab.tabIndex = selected ? 0 : -1;
    if (selected && focus) tab.focus();
  }
  void refresh();
}

/** The sheet tabs, updated in place: a tab keeps its element (and the focus) while others come and go. */
function drawTabs(sheets: SheetView[]) {
  const tabs = $('sheet-tabs');
  const existing = new Map([...tabs.querySelectorAll<HTMLButtonElement>('[role="tab"]')].map((tab) => [tab.dataset.sheet ?? '', tab]));
  const wanted = sheets.map((sheet) => {
    let tab = existing.get(sheet.name);
    if (!tab) {
      tab = el('button', sheet.name, { type: 'button', role: 'tab', 'data-sheet': sheet.name, 'aria-controls': 'grid-wrap' });
      tab.addEventListener('click', () => selectSheet(sheet.name, false));
    }
    const selected = sheet.name === activeSheet;
    tab.setAttribute('aria-selected', String(selected));
    tab.tabIndex = selected ? 0 : -1;
    return tab;
  });
  for (const [name, tab] of existing) if (!sheets.some((s) => s.name === name)) tab.remove();
  wanted.forEach((tab, i) => {
    if (tabs.children[i] !== tab) tabs.insertBefore(tab, tabs.children[i] ?? null);
  });
}

$('sheet-tabs').addEventListener('keydown', (event) => {
  const tabs = [...$('sheet-tabs').querySelectorAll<HTMLButtonElement>('[role="tab"]')];
  const index = tabs.indexOf(document.activeElement as HTMLButtonElement);
  if (index < 0) return;
  const moves: Record<string, number> = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: tabs.length - 1 };
  const target = moves[event.key];
  if (target === undefined) return;
  event.preventDefault();
  const tab = tabs[(target + tabs.length) % tabs.length];
  if (tab?.dataset.sheet) selectSheet(tab.dataset.sheet, true);
});

async function refreshWorkbook() {
  const workbook = await getJson<{ name: string; sheets: SheetView[] }>('/__dev/workbook');
  if ($('spreadsheet-name').textContent !== workbook.name) {
    $('spreadsheet-name').textContent = workbook.name;
    document.title = `${workbook.name} – local preview`;
  }
  // Like Sheets after a reload: open on a sheet with something in it, the programme's own before the forms' raw responses.
  if (!workbook.sheets.some((s) => s.name === activeSheet)) {
    const filled = workbook.sheets.filter((s) => s.values.length > 0);
    activeSheet = (filled.find((s) => !s.isFormResponses) ?? filled[0] ?? workbook.sheets[0])?.name ?? '';
  }
  const names = JSON.stringify(workbook.sheets.map((s) => s.name));
  if (names !== lastSheets) {
    lastSheets = names;
    drawTabs(workbook.sheets);
  }
  const sheet = workbook.sheets.find((s) => s.name === activeSheet);
  const grid = JSON.stringify([activeSheet, sheet ?? null]);
  if (grid !== lastGrid) {
    lastGrid = grid;
    drawGrid(sheet);
  }
}

function menuItems(): HTMLButtonElement[] {
  return [...$('extensions-list').querySelectorAll<HTMLButtonElement>('[role="menuitem"]')];
}

/** Runs a menu item as Sheets does, and shows what it showed: an alert as a dialog, a toast as a toast. */
async function runMenuItem(functionName: string) {
  closeMenu(true);
  const reply = await getJson<{ ok: boolean; error?: { message: string }; events?: UiEvent[] }>('/__dev/menu', { functionName });
  const shown = reply.events ?? [];
  for (const event of shown) lastEventSeq = Math.max(lastEventSeq, event.seq);
  const alert = shown.filter((e) => e.kind === 'alert').pop();
  const toast = shown.filter((e) => e.kind === 'toast').pop();
  if (toast) showToast(eventText(toast));
  if (alert) showAlert(alert.title, alert.detail);
  else if (!reply.ok) showAlert('Peer Mentoring Desk', reply.error?.message ?? 'Error');
  await refresh();
}

/** The add-on menu, drawn again only when the add-on changed it; the focused item stays focused. */
function drawMenu(ui: UiInfo) {
  const signature = JSON.stringify(ui.menus);
  if (signature === lastMenus) return;
  lastMenus = signature;
  const list = $('extensions-list');
  const focused = list.contains(document.activeElement) ? (document.activeElement as HTMLElement).dataset.function : undefined;
  const groups: HTMLElement[] = [];
  ui.menus.forEach((menu, m) => {
    const group = el('div', '', { role: 'group', 'aria-labelledby': `menu-title-${m}` });
    group.append(el('div', menu.title, { class: 'menu-title', id: `menu-title-${m}`, role: 'presentation' }));
    for (const item of menu.items) {
      if (!item.functionName) {
        group.append(el('div', '', { role: 'separator', class: 'menu-separator' }));
        continue;
      }
      const button = el('button', item.caption, { type: 'button', role: 'menuitem', tabindex: '-1', 'data-function': item.functionName });
      button.addEventListener('click', () => void runMenuItem(item.functionName));
      group.append(button);
    }
    groups.push(group);
  });
  if (ui.menus.length === 0) groups.push(el('div', 'No add-on menu (the add-on is not installed).', { class: 'menu-title', role: 'presentation' }));
  list.replaceChildren(...groups);
  if (focused) list.querySelector<HTMLElement>(`[data-function="${CSS.escape(focused)}"]`)?.focus();
}

const eventText = (event: UiEvent) => [event.title, event.detail].filter(Boolean).join(': ');

let toastTimer = 0;
function showToast(text: string) {
  const toast = $('toast');
  // The live region stays in the page (a region added with its text is often not read out); empty, it shows nothing.
  toast.textContent = text;
  window.clearTimeout(toastTimer);
  toastTimer = window.setTimeout(() => {
    toast.textContent = '';
  }, 5000);
}

/** Ui.alert: a dialog with the add-on's title and message and an OK button, as Sheets shows it. */
function showAlert(title: string, message: string) {
  $('alert-title').textContent = title || 'Peer Mentoring Desk';
  $('alert-message').textContent = message;
  const dialog = $<HTMLDialogElement>('alert-dialog');
  if (!dialog.open) dialog.showModal();
}

async function refreshUi() {
  const ui = await getJson<UiInfo>('/__dev/ui');
  drawMenu(ui);
  const opens = ui.sidebar?.opens ?? 0;
  if (sidebarOpensSeen === -1) sidebarOpensSeen = opens;
  if (ui.sidebar && opens > sidebarOpensSeen) {
    sidebarOpensSeen = opens;
    showSidebar(ui.sidebar.title);
  }
  // Toasts and alerts a server call showed since the last poll, as a toast: a poll never opens a dialog (it would take the focus).
  const fresh = ui.events.filter((e) => (e.kind === 'toast' || e.kind === 'alert') && e.seq > lastEventSeq);
  const newest = ui.events.at(-1)?.seq ?? 0;
  if (lastEventSeq !== -1 && fresh.length) showToast(eventText(fresh.at(-1)!));
  lastEventSeq = Math.max(lastEventSeq, newest);
}

function showSidebar(title: string) {
  $('sidebar').hidden = false;
  $('sidebar-title').textContent = title || 'Peer Mentoring Desk';
  $<HTMLIFrameElement>('sidebar-frame').src = `/sidebar?t=${Date.now()}`;
  $('sidebar-hint').hidden = true;
}

function closeSidebar() {
  const sidebar = $('sidebar');
  const hadFocus = sidebar.contains(document.activeElement);
  sidebar.hidden = true;
  $('sidebar-frame').removeAttribute('src');
  $('sidebar-hint').hidden = false;
  if (hadFocus) $('extensions-menu').focus();
}

async function refresh() {
  await Promise.all([refreshWorkbook(), refreshUi()]);
}

/** One poll at a time: a slow answer must not pile redraws on top of each other. */
async function poll() {
  if (polling) return;
  polling = true;
  try {
    await refresh();
  } catch {
    // The server restarting: the next poll tries again.
  } finally {
    polling = false;
  }
}

function openMenu() {
  $('extensions-list').hidden = false;
  $('extensions-menu').setAttribute('aria-expanded', 'true');
  menuItems()[0]?.focus();
}

/** `returnFocus`: the menu was closed from inside (Escape, a choice), so the focus goes back to its button. */
function closeMenu(returnFocus: boolean) {
  const list = $('extensions-list');
  if (list.hidden) return;
  const hadFocus = list.contains(document.activeElement);
  list.hidden = true;
  $('extensions-menu').setAttribute('aria-expanded', 'false');
  if (returnFocus && hadFocus) $('extensions-menu').focus();
}

$('extensions-menu').addEventListener('click', () => {
  if ($('extensions-list').hidden) openMenu();
  else closeMenu(false);
});
$('extensions-menu').addEventListener('keydown', (event) => {
  if (event.key === 'ArrowDown' || event.key === 'Enter' || event.key === ' ') {
    event.preventDefault();
    openMenu();
  }
});
// The menu keys of the WAI-ARIA menu pattern: arrows move, Home and End jump, Escape and Tab close.
$('extensions-list').addEventListener('keydown', (event) => {
  const items = menuItems();
  const index = items.indexOf(document.activeElement as HTMLButtonElement);
  const moves: Record<string, number> = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: items.length - 1 };
  const target = moves[event.key];
  if (target !== undefined && items.length) {
    event.preventDefault();
    items[(target + items.length) % items.length]?.focus();
  } else if (event.key === 'Escape') {
    event.preventDefault();
    closeMenu(true);
  } else if (event.key === 'Tab') {
    closeMenu(false);
  }
});
document.addEventListener('click', (event) => {
  if (!(event.target instanceof Node) || !$('extensions-menu').parentElement?.contains(event.target)) closeMenu(false);
});
$('sidebar-close').addEventListener('click', closeSidebar);
window.addEventListener('message', (event) => {
  if (event.source !== $<HTMLIFrameElement>('sidebar-frame').contentWindow) return;
  const type = (event.data as { type?: string })?.type;
  if (type === 'pmd-close-sidebar') closeSidebar();
  if (type === 'pmd-rpc-done') void poll();
});
$('reset-button').addEventListener('click', async () => {
  await getJson('/__dev/reset', { scenario: 'demo' });
  sidebarOpensSeen = -1;
  lastEventSeq = -1;
  closeSidebar();
  await refresh();
  showToast('The demo programme was reset.');
});
$('documents-button').addEventListener('click', async () => {
  const { documents } = await getJson<{ documents: { id: string; name: string; folderPath: string; trashed: boolean }[] }>('/__dev/docs');
  const list = $('documents-list');
  const shown = documents.filter((doc) => !doc.trashed);
  list.replaceChildren(
    ...(shown.length
      ? shown.map((doc) => {
          const li = el('li');
          li.append(el('a', doc.name, { href: `/docs/${encodeURIComponent(doc.id)}`, target: '_blank', rel: 'noopener' }), el('span', ` — ${doc.folderPath}`));
          return li;
        })
      : [el('li', 'No documents generated yet.')]),
  );
  $<HTMLDialogElement>('documents-dialog').showModal();
});

void poll();
// Server functions change the workbook; the page follows like Sheets does.
window.setInterval(() => void poll(), 1500);
