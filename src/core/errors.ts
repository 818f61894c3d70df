import type { MessageKey } from './i18n';

/**
 * An error whose message the coordinator may see. Its text comes from the message catalogue and
 * its parameters never carry personal data; any other error is reported generically.
 */
export class UserError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly params: Record<string, string | number> = {},
  ) {
    super(key);
    this.name = 'UserError';
  }
}

export function badArgument(detail: string): UserError {
  return new UserError('error.badArgument', { detail });
}
