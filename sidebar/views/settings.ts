import { endonym } from '../../src/core/i18n/languages';
import type { ViewContext } from '../context';
import { h, on } from '../dom';
import { call } from '../rpc';
import { coordinatorsCard } from './coordinators';
import { matchingSettingsCard } from './matchingSettings';
import { supervisionSettingsCard } from './supervisionSettings';

/** Who is due for erasure or anonymisation under the retention setting. */
function retentionCard(ctx: Parameters<typeof settingsView>[0]): HTMLElement {
  const { t } = ctx;
  const card = h('div', { class: 'card', id: 'retention' }, h('h3', {}, t('privacy.retention')), h('p', { class: 'hint' }, t('common.loading')));
  call('getRetentionDue')
    .then(({ months, due }) =>
      card.replaceChildren(
        h('h3', {}, t('privacy.retention')),
        h('p', { class: 'hint' }, t('privacy.retentionHelp', { months })),
        due.length
          ? h(
              'ul',
              { class: 'plain' },
              ...due.map((d) => h('li', {}, t('privacy.dueSince', { role: t(`intake.role.${d.role}` as never), id: d.id, since: d.since }))),
            )
          : h('p', {}, t('privacy.noneDue')),
      ),
    )
    .catch((error: Error) => card.replaceChildren(h('div', { class: 'notice warning' }, error.message)));
  return card;
}

export function settingsView(ctx: ViewContext): HTMLElement {
  const { state, t } = ctx;
  const select = h('select', { id: 'language-select' });
  const options: [string, string][] = [
    ['auto', t('settings.languageAuto', { language: endonym(state.localeLanguage) })],
    ...state.languages.map((language): [string, string] => [language, endonym(language)]),
  ];
  for (const [value, label] of options) {
    select.append(h('option', { value, selected: value === state.languageSetting }, label));
  }
  const save = h('button', { class: 'button action', type: 'button', id: 'settings-save' }, t('settings.save'));
  on(save, 'click', async () => {
    save.disabled = true;
    try {
      const next = await call('saveSettings', { language: select.value as 'auto' | 'en' | 'it' });
      ctx.update(next);
      ctx.notify('ok', next.messages['settings.saved']);
    } catch (error) {
      save.disabled = false;
      ctx.notify('error', (error as Error).message);
    }
  });
  return h(
    'section',
    { class: 'section', 'aria-labelledby': 'settings-title' },
    h('h2', { id: 'settings-title' }, t('settings.title')),
    h('label', { for: 'language-select' }, t('settings.language')),
    select,
    h('div', { class: 'buttons' }, save),
    h('div', { class: 'notice warning', role: 'note' }, t('settings.viewersWarning')),
    state.isSetUp ? coordinatorsCard(ctx) : '',
    state.isSetUp ? matchingSettingsCard(ctx) : '',
    state.isSetUp ? supervisionSettingsCard(ctx) : '',
    state.isSetUp ? retentionCard(ctx) : '',
  );
}
