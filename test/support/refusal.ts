import { UserError } from '../../src/core/errors';

/** The UserError `action` refuses with; fails the test if it is accepted or throws anything else. */
export function refusal(action: () => unknown): UserError {
  try {
    action();
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error('accepted what it should refuse');
}
