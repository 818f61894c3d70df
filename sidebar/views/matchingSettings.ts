import { attempt, type ViewContext } from '../context';
import { h, on } from '../dom';
import { type ApiResult, call } from '../rpc';

type Settings = ApiResult<'getMatchingSettings'>;

const ALWAYS_ON = ['consent', 'exclusion', 'capacity'];

/** The programme's matching criteria: weights, which hard rules apply, language policy, training; reset to defaults. */
export function matchingSettingsCard(ctx: ViewContext): HTMLElement {
  const { t } = ctx;
  const card = h('div', { class: 'card', id: 'matching-settings' }, h('h3', {}, t('settings.matching')), h('p', { class: 'hint' }, t('common.loading')));
  const draw = (settings: Settings) => {
    const weightInputs = settings.criteria.map((c) =>
      h('input', {
        type: 'number',
        min: 0,
        max: 100,
        step: 5,
        value: settings.weights[c as keyof Settings['weights']],
        'data-criterion': c,
        'aria-label': t(`criterion.${c}` as never),
      }),
    );
    const ruleBoxes = settings.rules.map((r) =>
      h('input', { type: 'checkbox', 'data-rule': r, checked: !settings.disabledRules.includes(r as never), disabled: ALWAYS_ON.includes(r) }),
    );
    const policy = h('select', { id: 'language-policy' });
    for (const p of ['any', 'host', 'hostOrLinguaFranca'])
      policy.append(h('option', { value: p, selected: settings.languagePolicy === p }, t(`settings.languagePolicy.${p}` as never)));
    const training = h('input', { type: 'number', id: 'training-required', min: 0, max: 5, value: settings.trainingModulesRequired });
    const minors = h('input', { type: 'checkbox', id: 'minors-same-gender', checked: settings.minorsSameGenderOnly });
    const count = h('input', { type: 'number', id: 'suggestion-count', min: 1, max: 20, value: settings.suggestions });
    const save = on(h('button', { class: 'button action', type: 'button', id: 'matching-settings-save' }, t('settings.saveMatching')), 'click', async () => {
      await attempt(ctx, async () => {
        const weights = Object.fromEntries(weightInputs.map((i) => [i.dataset.criterion!, Number(i.value)]));
        const disabledRules = ruleBoxes.filter((b) => !b.checked && !b.disabled).map((b) => b.dataset.rule!);
        draw(
          await call('saveMatchingSettings', {
            weights: weights as never,
            disabledRules: disabledRules as never,
            languagePolicy: policy.value as never,
            trainingModulesRequired: Number(training.value),
            minorsSameGenderOnly: minors.checked,
            suggestions: Number(count.value),
          }),
        );
        ctx.notify('ok', t('settings.matchingSaved'));
      });
    });
    const reset = on(h('button', { class: 'button', type: 'button' }, t('settings.resetMatching')), 'click', async () => {
      await attempt(ctx, async () => {
        draw(await call('saveMatchingSettings', null));
        // Said, and the drafts of this card forgotten by the shell: the defaults are what is saved now.
        ctx.notify('ok', t('settings.matchingSaved'));
      });
    });
    card.replaceChildren(
      h('h3', {}, t('settings.matching')),
      h('h4', {}, t('settings.weights')),
      h(
        'table',
        { class: 'breakdown' },
        ...settings.criteria.map((c, i) => h('tr', {}, h('td', {}, t(`criterion.${c}` as never)), h('td', {}, weightInputs[i]!))),
      ),
      h('h4', {}, t('settings.rules')),
      h(
        'ul',
        { class: 'plain' },
        ...settings.rules.map((r, i) =>
          h(
            'li',
            {},
            h(
              'label',
              { class: 'inline' },
              ruleBoxes[i]!,
              ` ${t(`match.ruleName.${r}` as never)}`,
              ALWAYS_ON.includes(r) ? h('span', { class: 'badge' }, t('settings.ruleAlwaysOn')) : '',
            ),
          ),
        ),
      ),
      h('label', { for: 'language-policy' }, t('settings.languagePolicy')),
      policy,
      h('label', { for: 'training-required' }, t('settings.training')),
      training,
      h('label', { class: 'inline', for: 'minors-same-gender' }, minors, ` ${t('settings.minors')}`),
      h('label', { for: 'suggestion-count' }, t('settings.suggestionCount')),
      count,
      h('div', { class: 'buttons' }, save, reset),
    );
  };
  call('getMatchingSettings')
    .then(draw)
    .catch((error: Error) => card.replaceChildren(h('div', { class: 'notice warning' }, error.message)));
  return card;
}
