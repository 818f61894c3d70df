import type { MessageKey } from '../src/core/i18n/en/messages';
import { format } from '../src/core/i18n/format';
import type { ApiResult } from './rpc';

export type SidebarState = ApiResult<'getSidebarState'>;

/** The sidebar's tabs, as the shell (main.ts) lists them. */
export type AreaId = 'home' | 'intake' | 'matching' | 'pairs' | 'documents' | 'indicators' | 'settings';

export interface ViewContext {
  state: SidebarState;
  t: (key: MessageKey, params?: Record<string, string | number>) => string;
  /** A dropdown value (a pair's status, a screening decision…) in the sidebar's language. */
  choice: (set: string, value: string) => string;
  /** Replaces the sidebar state after a server call and redraws the tab (the shell keeps its view state). */
  update(state: SidebarState): void;
  /**
   * Shows a message in the sidebar's one message region, without redrawing anything: a view that
   * changed data draws again itself. After 'ok' or 'warning' the drafts of the section acted on are forgotten.
   */
  notify(kind: 'ok' | 'error' | 'warning', text: string): void;
  /** Moves to another tab, as a click on it would, and puts focus on that tab (Home's links to where a task is done). */
  /** Shows a tab; with `section`, the section of that id is opened and focused once the tab has drawn it. */
  go(area: AreaId, section?: string): void;
}

export function choiceWordsFor(state: SidebarState): ViewContext['choice'] {
  return (set, value) => state.choices[set]?.[value] || value;
}

export function translatorFor(state: SidebarState): ViewContext['t'] {
  return (key, params = {}) => format(state.messages[key] ?? key, params, state.locale);
}

/**
 * Runs an action the coordinator started. A failure is shown as the server worded it (user
 * errors arrive translated; unexpected ones carry only a reference). Resolves to whether it worked.
 */
export async function attempt(ctx: Pick<ViewContext, 'notify'>, action: () => Promise<unknown>): Promise<boolean> {
  try {
    await action();
    return true;
  } catch (error) {
    ctx.notify('error', (error as Error).message);
    return false;
  }
}
