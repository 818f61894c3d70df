import { on } from './dom';

/**
 * Runs `fill` the first time `details` is open: at once if it is drawn open, else when it opens
 * (a click, the keyboard, or the shell restoring it open). A closed group costs its summary line
 * only, so a programme with hundreds of pairs does not build or ask the server for what nobody
 * opened. A `fill` that resolves to false (its call failed, and said so) is run again at the next
 * opening.
 */
export function whenFirstOpened(details: HTMLDetailsElement, fill: () => Promise<boolean> | undefined): HTMLDetailsElement {
  let filled = false;
  const run = async () => {
    if (filled || !details.open) return;
    filled = true;
    if ((await fill()) === false) filled = false;
  };
  on(details, 'toggle', () => void run());
  void run();
  return details;
}
