/** The preview page: the workbook as tabs and grids, the add-on menu, and the sidebar panel. */
interface SheetView {
  name: string;
  frozenRows: number;
  isFormResponses: boolean;
  values: string[][];
}
interface UiInfo {
  menus: { title: string; items: { caption: string; functionName: string }[] }[];
  events: { kind: string; title: string; detail: string; at: string }[];
  sidebar: { title: string; opens: number } | null;
}

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
let activeSheet = '';
let lastWorkbook = '';
let lastEventAt = '';
/** Sidebar openings seen; as in Sheets, a reloaded page starts with the sidebar closed. */
let sidebarOpensSeen = -1;

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
  const width = Math.max(10, ...(sheet?.values.map((r) => r.length) ?? [0]));
  const head = el('tr');
  head.append(el('th'));
  for (let c = 1; c <= width; c++) head.append(el('th', columnLetter(c)));
  table.append(head);
  const rows = Math.max(30, (sheet?.values.length ?? 0) + 5);
  for (let r = 0; r < rows; r++) {
    const tr = el('tr');
    if (sheet && r < sheet.frozenRows) tr.className = 'frozen';
    const num = el('td', String(r + 1));
    num.className = 'rownum';
    tr.append(num);
    for (let c = 0; c < width; c++) {
      const value = sheet?.values[r]?.[c] ?? '';
      tr.append(el('td', value, value ? { title: value } : {}));
    }
    table.append(tr);
  }
  wrap.replaceChildren(table);
}

function drawTabs(sheets: SheetView[]) {
  const tabs = $('sheet-tabs');
  tabs.replaceChildren(
    ...sheets.map((sheet) => {
      const tab = el('button', sheet.name, { role: 'tab', 'aria-selected': String(sheet.name === activeSheet), 'data-sheet': sheet.name });
      tab.addEventListener('click', () => {
        activeSheet = sheet.name;
        lastWorkbook = '';
        void refresh();
      });
      return tab;
    }),
  );
}

async function refreshWorkbook() {
  const workbook = await getJson<{ name: string; sheets: SheetView[] }>('/__dev/workbook');
  const text = JSON.stringify(workbook);
  if (text === lastWorkbook) return;
  lastWorkbook = text;
  $('spreadsheet-name').textContent = workbook.name;
  document.title = `${workbook.name} – local preview`;
  // Like Sheets after a reload: open on a sheet with something in it.
  if (!workbook.sheets.some((s) => s.name === activeSheet)) activeSheet = (workbook.sheets.find((s) => s.values.length > 0) ?? workbook.sheets[0])?.name ?? '';
  drawTabs(workbook.sheets);
  drawGrid(workbook.sheets.find((s) => s.name === activeSheet));
}

function drawMenu(ui: UiInfo) {
  const list = $('extensions-list');
  const items: HTMLElement[] = [];
  for (const menu of ui.menus) {
    items.push(el('div', menu.title, { class: 'menu-title' }));
    for (const item of menu.items) {
      if (!item.functionName) {
        items.push(el('hr'));
        continue;
      }
      const button = el('button', item.caption, { role: 'menuitem', 'data-function': item.functionName });
      button.addEventListener('click', async () => {
        closeMenu();
        const reply = await getJson<{ ok: boolean; error?: { message: string } }>('/__dev/menu', { functionName: item.functionName });
        if (!reply.ok) showToast(reply.error?.message ?? 'Error');
        await refresh();
      });
      items.push(button);
    }
  }
  if (ui.menus.length === 0) items.push(el('div', 'No add-on menu (the add-on is not installed).', { class: 'menu-title' }));
  list.replaceChildren(...items);
}

function showToast(text: string) {
  const toast = $('toast');
  toast.textContent = text;
  toast.hidden = false;
  window.setTimeout(() => {
    toast.hidden = true;
  }, 5000);
}

async function refreshUi() {
  const ui = await getJson<UiInfo>('/__dev/ui');
  drawMenu(ui);
  const opens = ui.sidebar?.opens ?? 0;
  if (sidebarOpensSeen === -1) sidebarOpensSeen = opens;
  if (ui.sidebar && opens > sidebarOpensSeen) {
    sidebarOpensSeen = opens;
    $('sidebar').hidden = false;
    $('sidebar-title').textContent = ui.sidebar.title || 'Peer Mentoring Desk';
    $<HTMLIFrameElement>('sidebar-frame').src = `/sidebar?t=${Date.now()}`;
  }
  const latest = ui.events.filter((e) => e.kind === 'toast' || e.kind === 'alert').pop();
  if (latest && latest.at + latest.detail !== lastEventAt) {
    if (lastEventAt !== '') showToast([latest.title, latest.detail].filter(Boolean).join(': '));
    lastEventAt = latest.at + latest.detail;
  }
}

async function refresh() {
  await Promise.all([refreshWorkbook(), refreshUi()]);
}

function closeMenu() {
  $('extensions-list').hidden = true;
  $('extensions-menu').setAttribute('aria-expanded', 'false');
}

$('extensions-menu').addEventListener('click', () => {
  const list = $('extensions-list');
  list.hidden = !list.hidden;
  $('extensions-menu').setAttribute('aria-expanded', String(!list.hidden));
  if (!list.hidden) list.querySelector('button')?.focus();
});
document.addEventListener('keydown', (e) => {
  if (e.key === 'Escape') closeMenu();
});
$('sidebar-close').addEventListener('click', () => {
  $('sidebar').hidden = true;
});
window.addEventListener('message', (event) => {
  const type = (event.data as { type?: string })?.type;
  if (type === 'pmd-close-sidebar') $('sidebar').hidden = true;
  if (type === 'pmd-rpc-done') void refresh();
});
$('reset-button').addEventListener('click', async () => {
  await getJson('/__dev/reset', { scenario: 'demo' });
  sidebarOpensSeen = -1;
  $('sidebar').hidden = true;
  await refresh();
});
$('documents-button').addEventListener('click', async () => {
  const { documents } = await getJson<{ documents: { id: string; name: string; folderPath: string }[] }>('/__dev/docs');
  const list = $('documents-list');
  list.replaceChildren(
    ...(documents.length
      ? documents.map((doc) => {
          const li = el('li');
          li.append(el('a', doc.name, { href: `/docs/${encodeURIComponent(doc.id)}`, target: '_blank', rel: 'noopener' }), el('span', ` — ${doc.folderPath}`));
          return li;
        })
      : [el('li', 'No documents generated yet.')]),
  );
  $<HTMLDialogElement>('documents-dialog').showModal();
});

void refresh();
// Server functions change the workbook; the page follows like Sheets does.
window.setInterval(() => void refresh(), 1500);
