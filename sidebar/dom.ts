/**
 * The only way the sidebar builds its page: elements with text content, never HTML strings.
 * People's answers are untrusted; an XSS here could call every public server function as the
 * coordinator.
 */
type Attributes = Record<string, string | number | boolean | undefined>;
type Child = Node | string | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Attributes = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    if (name.startsWith('on')) throw new Error('Use on() for event handlers');
    element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return element;
}

const SVG = 'http://www.w3.org/2000/svg';

/** An SVG element, the same way: attributes and text content only (the sidebar's charts, the preview's sheet charts). */
export function svg<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Record<string, string | number>, text?: string): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  if (text !== undefined) element.textContent = text;
  return element;
}

export function on<E extends HTMLElement>(element: E, event: string, handler: (e: Event) => void): E {
  element.addEventListener(event, handler);
  return element;
}

/** An id part from a code or a server id (a warning's id holds colons and dots): stable, and valid in an id and a selector. */
export const idPart = (text: string) => text.replace(/[^\w-]/g, '_');

export function replaceChildren(parent: Element, ...children: Child[]): void {
  parent.replaceChildren(...children.filter((c): c is Node | string => c !== null && c !== undefined && c !== false));
}
