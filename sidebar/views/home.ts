import type { ViewContext } from '../context';
import { h, on } from '../dom';
import { call } from '../rpc';

export function homeView(ctx: ViewContext): HTMLElement {
  const { state, t } = ctx;
  const section = h('section', { class: 'section', 'aria-labelledby': 'home-title' }, h('h2', { id: 'home-title' }, t('home.title')));
  section.append(h('p', {}, state.spreadsheetName));
  if (!state.isSetUp) {
    const button = h('button', { class: 'button action', type: 'button', id: 'setup-button' }, t('home.setUpButton'));
    on(button, 'click', async () => {
      button.disabled = true;
      button.textContent = t('common.loading');
      try {
        const result = await call('setUpProgramme');
        ctx.update(result.state);
        ctx.notify('ok', result.message);
      } catch (error) {
        button.disabled = false;
        button.textContent = t('home.setUpButton');
        ctx.notify('error', (error as Error).message);
      }
    });
    section.append(h('div', { class: 'notice warning' }, t('home.notSetUp')), h('div', { class: 'buttons' }, button));
  } else {
    section.append(h('div', { class: 'notice ok' }, t('home.ready')));
  }
  section.append(h('p', {}, t('home.sheetCount', { count: state.sheetCount })));
  section.append(
    h('p', {}, state.responseSheets.length > 0 ? t('home.responseSheets', { names: state.responseSheets.join(', ') }) : t('home.noResponseSheets')),
  );
  return section;
}
