import { type FakeContext, gasError, tracked } from './core';
import type { MenuState, UiEvent } from './state';

export class FakeHtmlOutput {
  _title = '';
  _width = 300;
  _height = 500;
  constructor(
    readonly _ctx: FakeContext,
    public _content: string,
  ) {
    // biome-ignore lint/correctness/noConstructorReturn: every service object is a counted proxy
    return tracked(this, 'HtmlOutput', _ctx);
  }
  getContent() {
    return this._content;
  }
  setContent(content: string) {
    this._content = content;
    return this;
  }
  append(content: string) {
    this._content += content;
    return this;
  }
  setTitle(title: string) {
    this._title = title;
    return this;
  }
  getTitle() {
    return this._title;
  }
  setWidth(width: number) {
    this._width = width;
    return this;
  }
  setHeight(height: number) {
    this._height = height;
    return this;
  }
  setSandboxMode(_mode: string) {
    return this;
  }
  setXFrameOptionsMode(_mode: string) {
    return this;
  }
  addMetaTag(_name: string, _content: string) {
    return this;
  }
}

export function createHtmlService(ctx: FakeContext) {
  return tracked(
    {
      createHtmlOutput: (html = '') => new FakeHtmlOutput(ctx, String(html)),
      createHtmlOutputFromFile: (name: string) => {
        const content = ctx.projectFiles[`${name}.html`] ?? ctx.projectFiles[name];
        if (content === undefined) throw gasError(`No HTML file named ${name} was found.`);
        return new FakeHtmlOutput(ctx, content);
      },
      SandboxMode: { IFRAME: 'IFRAME', NATIVE: 'NATIVE', EMULATED: 'EMULATED' },
      XFrameOptionsMode: { ALLOWALL: 'ALLOWALL', DEFAULT: 'DEFAULT' },
    },
    'HtmlService',
    ctx,
  );
}

class FakeMenu {
  readonly _state: MenuState;
  constructor(
    readonly _ui: FakeUi,
    title: string,
  ) {
    this._state = { title, items: [] };
    // biome-ignore lint/correctness/noConstructorReturn: every service object is a counted proxy
    return tracked(this, 'Menu', _ui._ctx);
  }
  addItem(caption: string, functionName: string) {
    if (!/^[A-Za-z_$][\w$]*$/.test(functionName)) throw gasError(`Invalid function name: ${functionName}`);
    this._state.items.push({ caption, functionName });
    return this;
  }
  addSeparator() {
    this._state.items.push({ caption: '—', functionName: '' });
    return this;
  }
  addSubMenu(menu: FakeMenu) {
    for (const item of menu._state.items) this._state.items.push({ caption: `${menu._state.title} › ${item.caption}`, functionName: item.functionName });
    return this;
  }
  addToUi() {
    const menus = this._ui._ctx.state.menus;
    const existing = menus.findIndex((m) => m.title === this._state.title);
    if (existing >= 0) menus.splice(existing, 1, this._state);
    else menus.push(this._state);
    this._ui._record('menu', this._state.title, this._state.items.map((i) => i.caption).join(' | '));
  }
}

/**
 * SpreadsheetApp.getUi(). Alerts answer with the next queued response (default OK), so a test can
 * play the coordinator clicking Yes or Cancel.
 */
export class FakeUi {
  readonly _alertAnswers: string[] = [];
  constructor(readonly _ctx: FakeContext) {
    // biome-ignore lint/correctness/noConstructorReturn: every service object is a counted proxy
    return tracked(this, 'Ui', _ctx);
  }
  _record(kind: UiEvent['kind'], title: string, detail: string) {
    this._ctx.state.uiEvents.push({ kind, title, detail, at: new Date(this._ctx.clock.now()).toISOString() });
    if (this._ctx.state.uiEvents.length > 200) this._ctx.state.uiEvents.splice(0, this._ctx.state.uiEvents.length - 200);
  }
  createAddonMenu() {
    return new FakeMenu(this, 'Peer Mentoring Desk');
  }
  createMenu(title: string) {
    return new FakeMenu(this, title);
  }
  showSidebar(output: FakeHtmlOutput) {
    this._ctx.state.sidebarHtml = output._content;
    this._ctx.state.sidebarTitle = output._title;
    this._record('sidebar', output._title, `${output._content.length} characters`);
  }
  showModalDialog(output: FakeHtmlOutput, title: string) {
    this._record('dialog', title, output._content);
  }
  showModelessDialog(output: FakeHtmlOutput, title: string) {
    this._record('dialog', title, output._content);
  }
  alert(titleOrPrompt: string, prompt?: string, _buttons?: string) {
    this._record('alert', prompt === undefined ? '' : titleOrPrompt, prompt ?? titleOrPrompt);
    return this._alertAnswers.shift() ?? 'OK';
  }
  Button = { OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO', CLOSE: 'CLOSE' };
  ButtonSet = { OK: 'OK', OK_CANCEL: 'OK_CANCEL', YES_NO: 'YES_NO', YES_NO_CANCEL: 'YES_NO_CANCEL' };
}
