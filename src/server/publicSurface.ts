import { sidebarApi } from './api';
import { handleFormSubmit } from './intake/trigger';
import { menuFunctions } from './menu';
import { handleDigest } from './outreach/digest';

/**
 * The add-on's whole public surface, listed once. The build turns each entry into a top-level
 * `function` of the Apps Script project; nothing else is callable from the browser or a menu.
 * Trigger handlers that the browser must not call end in "_" (google.script.run refuses them).
 */
export const publicFunctions = {
  ...menuFunctions,
  ...sidebarApi,
  /** Installable form-submit trigger (see src/server/intake/trigger.ts). */
  onFormSubmit_: handleFormSubmit,
  /** Daily digest, time-driven (see src/server/outreach/digest.ts). */
  onDigest_: handleDigest,
} as const;

export type PublicFunctionName = keyof typeof publicFunctions;
