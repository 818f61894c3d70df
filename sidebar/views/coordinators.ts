import { attempt, type ViewContext } from '../context';
import { h, on } from '../dom';
import { type ApiResult, call } from '../rpc';

/**
 * Who may edit the protected Sensitive details sheet (and so run intake, exclusions and erasure).
 * The list is the sheet protection's own editors, so it cannot drift from what Sheets enforces.
 */
export function coordinatorsCard(ctx: ViewContext): HTMLElement {
  const { t } = ctx;
  const card = h('div', { class: 'card', id: 'coordinators' }, h('h3', {}, t('privacy.coordinators')), h('p', { class: 'hint' }, t('common.loading')));

  const change = async (email: string, add: boolean) => {
    await attempt(ctx, async () => {
      draw(await call('setCoordinator', { email, add }));
      ctx.notify('ok', t('privacy.coordinatorsSaved'));
    });
  };

  const draw = (view: ApiResult<'getCoordinators'>) => {
    const input = h('input', {
      type: 'email',
      id: 'coordinator-email',
      autocomplete: 'off',
      'aria-label': t('privacy.addCoordinator'),
      placeholder: t('privacy.addCoordinator'),
    });
    const add = on(h('button', { class: 'button', type: 'button', id: 'coordinator-add' }, t('privacy.add')), 'click', () => change(input.value.trim(), true));
    const list = view.coordinators.length
      ? h(
          'ul',
          { class: 'plain' },
          ...view.coordinators.map((email) =>
            h(
              'li',
              {},
              email,
              ' ',
              view.isCoordinator
                ? on(h('button', { class: 'button', type: 'button', 'aria-label': `${t('privacy.remove')} ${email}` }, t('privacy.remove')), 'click', () =>
                    change(email, false),
                  )
                : '',
            ),
          ),
        )
      : h('p', {}, t('privacy.noCoordinators'));
    card.replaceChildren(
      h('h3', {}, t('privacy.coordinators')),
      h('p', { class: 'hint' }, t('privacy.coordinatorsHelp')),
      list,
      view.isCoordinator ? h('div', { class: 'buttons' }, input, add) : h('div', { class: 'notice warning' }, t('privacy.youAreNot')),
    );
  };

  call('getCoordinators')
    .then(draw)
    .catch((error: Error) => card.replaceChildren(h('div', { class: 'notice warning' }, error.message)));
  return card;
}
