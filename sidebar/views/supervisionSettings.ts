import { attempt, type ViewContext } from '../context';
import { h, on } from '../dom';
import { loadingNote } from '../loading';
import { COUNT_LIMITS, countProblem, NUMBER_LIMITS, RHYTHM_LIMITS, TEXT_LIMITS } from '../../src/core/inputLimits';
import { limitNumber, limitText, withinLimits } from '../limits';
import { type ApiResult, call } from '../rpc';

type Settings = ApiResult<'getSupervisionSettings'>;

/** Every single-number field of the rhythm, in the order core/inputLimits.ts lists them for settings. */
const RHYTHM_FIELDS = Object.keys(RHYTHM_LIMITS) as (keyof typeof RHYTHM_LIMITS)[];
const FOLLOW_UP_MONTH = NUMBER_LIMITS['rhythm.followUpMonth'];

/**
 * The months after the start with a follow-up contact (1 and 2 by default), one field each: a
 * month out of range is refused with its range like any number here, and the list is held to its
 * count before sending. The months after the last are every "Then a contact every … months".
 */
function followUpMonthsEditor(ctx: ViewContext, months: readonly number[]) {
  const { t } = ctx;
  const list = h('ul', { class: 'plain', id: 'follow-up-months', 'aria-labelledby': 'follow-up-months-title' });
  const name = t(FOLLOW_UP_MONTH.label);
  const row = (month: number | '') => {
    const input = limitNumber(ctx, h('input', { type: 'number', value: month, 'data-follow-up-month': '', 'aria-label': name }), FOLLOW_UP_MONTH);
    const item = h('li', { class: 'custom-item' }, input);
    item.append(
      on(h('button', { class: 'button', type: 'button' }, t('settings.remove')), 'click', () => {
        item.remove();
        // The button went with its row: the keyboard goes on from "Add a month", not from the top of the page.
        add.focus();
      }),
    );
    list.append(item);
    return input;
  };
  for (const month of months) row(month);
  const add = on(h('button', { class: 'button', type: 'button', id: 'follow-up-month-add' }, t('settings.rhythm.addFollowUpMonth')), 'click', () =>
    row('').focus(),
  );
  const node = h('div', { id: 'follow-up-months-field' }, h('h4', { id: 'follow-up-months-title' }, name), list, add);
  const values = () => [...list.querySelectorAll<HTMLInputElement>('input[data-follow-up-month]')].map((i) => Number(i.value));
  /** The refusal of a list longer than the server keeps, in words, or null. */
  const tooMany = () => {
    const problem = countProblem(list.children.length, COUNT_LIMITS.followUpMonths);
    return problem ? t(problem.key, { field: t(COUNT_LIMITS.followUpMonths.label), ...problem.params }) : null;
  };
  return { node, values, tooMany };
}

/** The follow-up rhythm the checklists follow, and the indicator targets; reset to defaults. */
export function supervisionSettingsCard(ctx: ViewContext): HTMLElement {
  const { t } = ctx;
  const card = h('div', { class: 'card', id: 'supervision-settings' }, h('h3', {}, t('settings.supervision')), loadingNote(t));
  const draw = (settings: Settings) => {
    const rhythmInputs = RHYTHM_FIELDS.map((field) =>
      limitNumber(
        ctx,
        h('input', { type: 'number', value: settings.rhythm[field], 'data-rhythm': field, 'aria-label': t(RHYTHM_LIMITS[field].label) }),
        RHYTHM_LIMITS[field],
      ),
    );
    const followUpMonths = followUpMonthsEditor(ctx, settings.rhythm.followUpMonths);
    const targetIds = Object.keys(settings.defaults.targets);
    const targetInputs = targetIds.map((id) =>
      limitNumber(
        ctx,
        h('input', {
          type: 'number',
          step: 5,
          value: Math.round(((settings.targets as Record<string, number>)[id] ?? 0) * 100),
          'data-target': id,
          'aria-label': t(`indicator.${id}` as never),
        }),
        NUMBER_LIMITS.target,
        t(`indicator.${id}` as never),
      ),
    );
    const itemBoxes = settings.templateItems.map((item) =>
      h('input', { type: 'checkbox', checked: !settings.template.off.includes(item.key), 'data-template': item.key }),
    );
    const customList = h('ul', { class: 'plain', id: 'custom-items' });
    const customRow = (text = '', days = 30) => {
      const textInput = h('input', { type: 'text', value: text, 'aria-label': t('settings.customItems') });
      const daysInput = limitNumber(ctx, h('input', { type: 'number', value: days, 'aria-label': t('settings.customItems') }), NUMBER_LIMITS.customItemDays);
      const row = h('li', { class: 'custom-item' }, limitText(ctx, textInput, TEXT_LIMITS.customItem), daysInput);
      row.append(on(h('button', { class: 'button', type: 'button' }, t('settings.remove')), 'click', () => row.remove()));
      customList.append(row);
    };
    for (const c of settings.template.custom) customRow(c.text, c.daysAfterStart);
    const addItem = on(h('button', { class: 'button', type: 'button', id: 'custom-add' }, t('settings.addItem')), 'click', () => customRow());
    const save = on(
      h('button', { class: 'button action', type: 'button', id: 'supervision-settings-save' }, t('settings.saveSupervision')),
      'click',
      async () => {
        if (!withinLimits(ctx, card)) return;
        const tooManyMonths = followUpMonths.tooMany();
        if (tooManyMonths) return ctx.notify('error', tooManyMonths);
        const tooMany = countProblem(customList.children.length, COUNT_LIMITS.customItems);
        if (tooMany) return ctx.notify('error', t(tooMany.key, { field: t(COUNT_LIMITS.customItems.label), ...tooMany.params }));
        try {
          const rhythm = {
            ...settings.rhythm,
            ...Object.fromEntries(rhythmInputs.map((i) => [i.dataset.rhythm!, Number(i.value)])),
            followUpMonths: followUpMonths.values(),
          };
          const targets = Object.fromEntries(targetInputs.map((i) => [i.dataset.target!, Number(i.value) / 100]));
          const custom = [...customList.querySelectorAll('li')].map((li, i) => {
            const [text, days] = [...li.querySelectorAll('input')];
            // Empty rows are the ones added and not filled: nothing to keep.
            return { id: `c${i + 1}`, text: text!.value, daysAfterStart: Number(days!.value) };
          });
          const template = { off: itemBoxes.filter((b) => !b.checked).map((b) => b.dataset.template!), custom };
          draw(await call('saveSupervisionSettings', { rhythm, targets, template }));
          ctx.notify('ok', t('settings.supervisionSaved'));
        } catch (error) {
          ctx.notify('error', (error as Error).message);
        }
      },
    );
    const reset = on(h('button', { class: 'button', type: 'button' }, t('settings.resetSupervision')), 'click', async () => {
      await attempt(ctx, async () => {
        draw(await call('saveSupervisionSettings', null));
        // Said, and the drafts of this card forgotten by the shell: the defaults are what is saved now.
        ctx.notify('ok', t('settings.supervisionSaved'));
      });
    });
    card.replaceChildren(
      h('h3', {}, t('settings.supervision')),
      h(
        'table',
        { class: 'breakdown' },
        ...RHYTHM_FIELDS.map((field, i) => h('tr', {}, h('td', {}, t(RHYTHM_LIMITS[field].label)), h('td', {}, rhythmInputs[i]!))),
      ),
      followUpMonths.node,
      h('h4', {}, t('settings.template')),
      h('ul', { class: 'plain' }, ...settings.templateItems.map((item, i) => h('li', {}, h('label', { class: 'inline' }, itemBoxes[i]!, ` ${item.text}`)))),
      h('h4', {}, t('settings.customItems')),
      customList,
      addItem,
      h('h4', {}, t('settings.targets')),
      h('table', { class: 'breakdown' }, ...targetIds.map((id, i) => h('tr', {}, h('td', {}, t(`indicator.${id}` as never)), h('td', {}, targetInputs[i]!)))),
      h('div', { class: 'buttons' }, save, reset),
    );
  };
  call('getSupervisionSettings')
    .then(draw)
    .catch((error: Error) => card.replaceChildren(h('div', { class: 'notice warning' }, error.message)));
  return card;
}
