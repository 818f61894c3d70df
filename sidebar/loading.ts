import type { ViewContext } from './context';
import { h, on } from './dom';

/**
 * What a view shows while a server call it cannot draw without is answering, and when that call
 * failed: the same line and the same notice in every tab. The notice is an alert, so a reader
 * hears that the part did not load, where it would have been.
 */
export function loadingNote(t: ViewContext['t'], id?: string): HTMLElement {
  return h('p', { class: 'hint', id }, t('common.loading'));
}

export function loadProblem(text: string, id?: string): HTMLElement {
  return h('div', { class: 'notice warning', role: 'alert', id }, text);
}

/**
 * The notice with a "Try again" button under it, for a part that loads on its own: a call that
 * failed once (a timeout, a busy spreadsheet) usually works the second time, and the rest of the
 * tab need not be drawn again for it. `retry` is run on the click.
 */
export function loadProblemWithRetry(t: ViewContext['t'], text: string, retry: () => void, id?: string): HTMLElement {
  const button = on(h('button', { class: 'button', type: 'button', 'data-retry': true }, t('common.retry')), 'click', retry);
  return h('div', {}, loadProblem(text, id), h('div', { class: 'buttons' }, button));
}
