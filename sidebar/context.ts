import type { MessageKey } from '../src/core/i18n/en';
import type { ApiResult } from './rpc';

export type SidebarState = ApiResult<'getSidebarState'>;

export interface ViewContext {
  state: SidebarState;
  t: (key: MessageKey, params?: Record<string, string | number>) => string;
  /** Replaces the sidebar state after a server call and redraws. */
  update(state: SidebarState): void;
  /** Shows a message at the top of the current view. */
  notify(kind: 'ok' | 'error' | 'warning', text: string): void;
}

export function translatorFor(state: SidebarState): ViewContext['t'] {
  return (key, params = {}) => (state.messages[key] ?? key).replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
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
