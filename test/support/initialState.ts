import { INITIAL_STATE_ELEMENT } from '../../src/core/initialState';

/** The text of the sidebar page's state element, as the browser hands it to the script: up to the first "</script". */
export function initialStateText(html: string): string {
  const open = `<script type="application/json" id="${INITIAL_STATE_ELEMENT}">`;
  const from = html.indexOf(open);
  if (from < 0) return '';
  const start = from + open.length;
  return html.slice(start, html.indexOf('</script', start));
}
