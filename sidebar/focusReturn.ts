/**
 * Where focus goes after an action redraws part of a tab. Removing the focused element drops
 * focus to the page body, and a keyboard or screen-reader user would start again from the top.
 * So the shell remembers the control acted on and, when focus is lost, puts it back on that
 * control (found again by id, or by its data attributes when it has no id), or, if it is gone,
 * on the message that says what happened.
 */

const CONTROL = 'button, a[href], input, select, textarea, summary, [tabindex]';

/** A selector that finds `element` again after a redraw, or null when nothing names it. */
export function locatorOf(element: Element): string | null {
  if (element.id) return `#${CSS.escape(element.id)}`;
  const data = [...element.attributes].filter((a) => a.name.startsWith('data-'));
  if (!data.length) return null;
  return element.tagName.toLowerCase() + data.map((a) => `[${a.name}="${CSS.escape(a.value)}"]`).join('');
}

function focusable(element: HTMLElement): boolean {
  return element.isConnected && !(element as HTMLButtonElement).disabled && element.getClientRects().length > 0;
}

export class FocusReturn {
  private acted: { element: HTMLElement; locator: string | null } | null = null;

  constructor(
    private readonly root: HTMLElement,
    private readonly message: () => HTMLElement | null,
  ) {}

  /** The control a click or key press acted on, or null when it was not on a control. */
  get control(): HTMLElement | null {
    return this.acted?.element ?? null;
  }

  noteAction(target: EventTarget | null): void {
    const element = target instanceof Element ? target.closest<HTMLElement>(CONTROL) : null;
    // Focus moved to the message by settle() is not a new place the person chose.
    if (element && element === this.message()) return;
    this.acted = element && this.root.contains(element) ? { element, locator: locatorOf(element) } : null;
  }

  forget(): void {
    this.acted = null;
  }

  /**
   * Called after each change of the tab's DOM. Does nothing while focus is somewhere meaningful;
   * once it has fallen to the body (or sits on the message while the control comes back), it
   * returns to the control acted on.
   */
  settle(): void {
    if (!this.acted) return;
    const active = document.activeElement;
    const message = this.message();
    const lost = !active || active === document.body || !active.isConnected;
    const onMessage = message !== null && active === message;
    if (!lost && !onMessage) return;
    const again = this.find();
    if (again && again !== active) {
      again.focus();
      if (document.activeElement === again) {
        this.acted = { element: again, locator: this.acted.locator };
        return;
      }
    }
    if (lost && message?.textContent?.trim()) message.focus();
  }

  private find(): HTMLElement | null {
    const { element, locator } = this.acted!;
    if (focusable(element)) return element;
    if (!locator) return null;
    const found = this.root.querySelectorAll<HTMLElement>(locator);
    return found.length === 1 && focusable(found[0]!) ? found[0]! : null;
  }
}
