import type { ViewContext } from './context';
import { h } from './dom';

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
