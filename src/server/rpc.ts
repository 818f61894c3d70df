import { UserError } from '../core/errors';
import { translator } from '../core/i18n';
import { BusyError } from './workspace/lock';
import { currentLanguage } from './workspace/preferences';
import { MissingSheetError } from './workspace/table';

/**
 * Wraps a function the sidebar calls. Errors reach the browser as one readable sentence in the
 * coordinator's language; unexpected ones are reported without their text (which could hold
 * people's data), with a reference the logs can be searched by.
 */
export function rpc<Args extends unknown[], Result>(name: string, fn: (...args: Args) => Result): (...args: Args) => Result {
  return (...args: Args) => {
    try {
      return fn(...args);
    } catch (error) {
      throw new Error(describeError(error, name));
    }
  };
}

const NEEDS_AUTHORISATION = /^(You do not have permission to call|Authorization is required)/;

export function describeError(error: unknown, where: string): string {
  const t = translator(currentLanguage(SpreadsheetApp.getActiveSpreadsheet()));
  if (error instanceof UserError) return t(error.key, error.params);
  if (error instanceof BusyError) return t('error.busy');
  if (error instanceof MissingSheetError) return error.message;
  // Google's own words when a grant is missing or lapsed: the way out is to authorise again.
  if (error instanceof Error && NEEDS_AUTHORISATION.test(error.message)) return t('error.authorisation');
  const reference = `${where}-${Date.now().toString(36)}`;
  // Only the error's kind goes to the log: messages from services can quote cell contents.
  console.error(`Unexpected error in ${where} (${error instanceof Error ? error.name : typeof error}), reference ${reference}`);
  return t('error.generic', { message: `reference ${reference}` });
}

/** Wraps every function of an API object with `rpc`, keeping their types. */
export function rpcAll<T extends Record<string, (...args: never[]) => unknown>>(api: T): T {
  const wrapped: Record<string, unknown> = {};
  for (const [name, fn] of Object.entries(api)) wrapped[name] = rpc(name, fn as (...args: unknown[]) => unknown);
  return wrapped as T;
}
