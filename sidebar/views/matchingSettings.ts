import { CHECK_NAME_MAX, tidyCheckName } from '../../src/core/matching/settings';
import { attempt, type ViewContext } from '../context';
import { h, on } from '../dom';
import { loadingNote } from '../loading';
import { NUMBER_LIMITS, type TextLimit } from '../../src/core/inputLimits';
import { limitNumber, limitText, withinLimits } from '../limits';
import { type ApiResult, call } from '../rpc';

type Settings = ApiResult<'getMatchingSettings'>;

const ALWAYS_ON = ['consent', 'exclusion', 'capacity'];

/**
 * The check's name, held to the length the server keeps (core/matching/settings.ts, measured
 * once spaces are tidied): counted and refused here, never cut by a maxlength.
 */
const CHECK_NAME_LIMIT: TextLimit = { max: CHECK_NAME_MAX, label: 'settings.backgroundCheckLabel' };
/** Switched by a setting of its own (Background checks below), not from the list of rules. */
const OWN_SETTING = ['backgroundCheck'];

/** The programme's matching criteria: weights, which hard rules apply, language policy, training, background checks; reset to defaults. */
export function matchingSettingsCard(ctx: ViewContext): HTMLElement {
  const { t } = ctx;
  const card = h('div', { class: 'card', id: 'matching-settings' }, h('h3', {}, t('settings.matching')), loadingNote(t));
  const draw = (settings: Settings) => {
    // Ranges from the table the server checks too (core/inputLimits.ts): out of range is refused here, with the limit.
    const weightInputs = settings.criteria.map((c) =>
      limitNumber(
        ctx,
        h('input', {
          type: 'number',
          step: 5,
          value: settings.weights[c as keyof Settings['weights']],
          'data-criterion': c,
          'aria-label': t(`criterion.${c}` as never),
        }),
        NUMBER_LIMITS.weight,
        t(`criterion.${c}` as never),
      ),
    );
    const rules = settings.rules.filter((r) => !OWN_SETTING.includes(r));
    const ruleBoxes = rules.map((r) =>
      h('input', { type: 'checkbox', 'data-rule': r, checked: !settings.disabledRules.includes(r as never), disabled: ALWAYS_ON.includes(r) }),
    );
    const policy = h('select', { id: 'language-policy' });
    for (const p of ['any', 'host', 'hostOrLinguaFranca'])
      policy.append(h('option', { value: p, selected: settings.languagePolicy === p }, t(`settings.languagePolicy.${p}` as never)));
    const training = limitNumber(
      ctx,
      h('input', { type: 'number', id: 'training-required', value: settings.trainingModulesRequired }),
      NUMBER_LIMITS.trainingModulesRequired,
    );
    const minors = h('input', { type: 'checkbox', id: 'minors-same-gender', checked: settings.minorsSameGenderOnly });
    const count = limitNumber(ctx, h('input', { type: 'number', id: 'suggestion-count', value: settings.suggestions }), NUMBER_LIMITS.suggestions);
    const checkRequired = h('input', { type: 'checkbox', id: 'background-check-required', checked: settings.backgroundCheckRequired });
    const checkName = h('input', {
      type: 'text',
      id: 'background-check-label',
      value: settings.backgroundCheckLabel,
      'aria-describedby': 'background-check-help',
    });
    const checkNameField = limitText(ctx, checkName, CHECK_NAME_LIMIT, undefined, tidyCheckName);
    const save = on(h('button', { class: 'button action', type: 'button', id: 'matching-settings-save' }, t('settings.saveMatching')), 'click', async () => {
      if (!withinLimits(ctx, card)) return;
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
            backgroundCheckRequired: checkRequired.checked,
            backgroundCheckLabel: checkName.value,
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
        ...rules.map((r, i) =>
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
      h('h4', {}, t('settings.backgroundCheck')),
      h('label', { class: 'inline', for: 'background-check-required' }, checkRequired, ` ${t('settings.backgroundCheckRequired')}`),
      h('label', { for: 'background-check-label' }, t('settings.backgroundCheckLabel')),
      checkNameField,
      h('p', { class: 'hint', id: 'background-check-help' }, t('settings.backgroundCheckHelp')),
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
