import { type FakeContext, tracked } from './core';

/** A Google user as Session and Protection hand them out; reading the email needs userinfo.email. */
export function userObject(ctx: FakeContext, email: string) {
  return tracked({ _email: email, getEmail: () => email, toString: () => email }, 'User', ctx);
}

/** The fake's own reading of a user argument: not the script's call, so not counted or checked. */
export function emailOf(user: string | { getEmail(): string; _email?: string }): string {
  return typeof user === 'string' ? user : (user._email ?? user.getEmail());
}
