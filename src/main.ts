/**
 * Entry point of the Apps Script bundle. The build wraps this module in a global
 * `PeerMentoringDesk` object and then declares one top-level function per entry of
 * `publicFunctions` (see scripts/build.mjs). Loading the bundle must touch no service.
 */
export { publicFunctions } from './server/publicSurface';
