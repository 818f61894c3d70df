import { asCalendarDate, calendarDateOf, formatCalendarDate } from '../../src/core/calendarDate';
import { endonym } from '../../src/core/i18n/languages';
import { NUMBER_LIMITS } from '../../src/core/inputLimits';
import { attempt, type ViewContext } from '../context';
import { h, on } from '../dom';
import { limitNumber, withinLimits } from '../limits';
import { loadingNote } from '../loading';
import { type ApiResult, call } from '../rpc';
import { coordinatorsCard } from './coordinators';
import { matchingSettingsCard } from './matchingSettings';
import { supervisionSettingsCard } from './supervisionSettings';

/** Who is due for erasure or anonymisation under the retention setting. */
function retentionCard(ctx: Parameters<typeof settingsView>[0]): HTMLElement {
  const { t } = ctx;
  const card = h('div', { class: 'card', id: 'retention' }, h('h3', {}, t('privacy.retention')), loadingNote(t));
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

type WaitingDays = ApiResult<'getWaitingDays'>;

/**
 * The waiting list's limit (Settings sheet, "matching.waitingDays"): checked here with the limits
 * the server sends, so a refusal is said before sending and the typed value stays.
 */
function waitingCard(ctx: ViewContext): HTMLElement {
  const { t } = ctx;
  const title = () => h('h3', {}, t('waiting.setting.title'));
  const card = h('div', { class: 'card', id: 'waiting-settings' }, title(), loadingNote(t));
  const draw = (setting: WaitingDays) => {
    // The server's limit (NUMBER_LIMITS.waitingDays), shown and checked here in the same words.
    const input = limitNumber(
      ctx,
      h('input', { type: 'number', id: 'waiting-days', step: 1, value: setting.days, inputmode: 'numeric' }),
      NUMBER_LIMITS.waitingDays,
    );
    const save = on(h('button', { class: 'button action', type: 'button', id: 'waiting-save' }, t('waiting.setting.save')), 'click', async () => {
      if (!withinLimits(ctx, card)) return;
      const days = Number(input.value);
      save.disabled = true;
      const ok = await attempt(ctx, async () => {
        const saved = await call('saveWaitingDays', { days });
        draw(saved);
        ctx.notify('ok', t('waiting.setting.saved', { days: saved.days }));
      });
      if (!ok) save.disabled = false;
    });
    card.replaceChildren(
      title(),
      h('p', { class: 'hint' }, t('waiting.setting.help')),
      setting.invalid !== null
        ? h(
            'div',
            { class: 'notice warning', id: 'waiting-invalid' },
            t('waiting.setting.badSheet', { value: setting.invalid, min: setting.min, max: setting.max, days: setting.days }),
          )
        : '',
      h('label', { for: 'waiting-days' }, t('waiting.setting.label')),
      input,
      h('div', { class: 'buttons' }, save),
    );
  };
  call('getWaitingDays')
    .then(draw)
    .catch((error: Error) => card.replaceChildren(title(), h('div', { class: 'notice warning' }, error.message)));
  return card;
}

type Digest = ApiResult<'getDigest'>;

const hourText = (hour: number) => `${String(hour % 24).padStart(2, '0')}:00`;

/**
 * The coordinator's own daily digest: on or off, at which hour, and every recent run with its
 * date, failures included, so a digest that did not come is never a mystery.
 */
function digestCard(ctx: ViewContext): HTMLElement {
  const { t, state } = ctx;
  const title = () => h('h3', {}, t('digest.title'));
  const card = h('div', { class: 'card', id: 'digest' }, title(), loadingNote(t));
  const dayText = (iso: string) => {
    const day = asCalendarDate(iso);
    return day ? formatCalendarDate(day, state.locale) : iso;
  };
  const draw = (digest: Digest) => {
    const enable = h('input', { type: 'checkbox', id: 'digest-enabled', checked: digest.enabled });
    const hour = h('select', { id: 'digest-hour' });
    for (let i = 0; i < 24; i++) hour.append(h('option', { value: String(i), selected: i === digest.hour }, hourText(i)));
    const save = on(h('button', { class: 'button action', type: 'button', id: 'digest-save' }, t('digest.save')), 'click', async () => {
      save.disabled = true;
      try {
        draw(await call('saveDigest', { enabled: enable.checked, hour: Number(hour.value) }));
        ctx.notify('ok', t('digest.saved'));
      } catch (error) {
        save.disabled = false;
        ctx.notify('error', (error as Error).message);
      }
    });
    const since = digest.since ? dayText(calendarDateOf(new Date(digest.since), digest.timeZone)) : '';
    const latest = digest.runs[0];
    card.replaceChildren(
      title(),
      h('p', { class: 'hint' }, t('digest.help', { email: digest.recipient })),
      digest.needsPermission && latest
        ? h(
            'div',
            { class: 'notice warning', role: 'alert', id: 'digest-permission' },
            h('strong', {}, t('digest.needsPermission')),
            h('p', {}, t('digest.needsPermission.do', { date: dayText(latest.day) })),
          )
        : '',
      h(
        'p',
        { id: 'digest-state' },
        digest.enabled ? t('digest.on', { date: since, from: hourText(digest.hour), to: hourText(digest.hour + 1) }) : t('digest.off'),
      ),
      h('label', { class: 'inline' }, enable, ` ${t('digest.enable')}`),
      h('label', { for: 'digest-hour' }, t('digest.hour', { zone: digest.timeZone })),
      hour,
      h('div', { class: 'buttons' }, save),
      h('h4', {}, t('digest.runs')),
      digest.runs.length
        ? h(
            'ul',
            { class: 'plain', id: 'digest-runs' },
            ...digest.runs.map((run) =>
              h(
                'li',
                { class: run.outcome === 'sent' || run.outcome === 'nothingDue' ? '' : 'failed' },
                t(`digest.run.${run.outcome}`, { date: dayText(run.day), count: run.reminders ?? 0 }),
              ),
            ),
          )
        : h('p', { class: 'hint' }, t('digest.noRuns')),
    );
  };
  call('getDigest')
    .then(draw)
    .catch((error: Error) => card.replaceChildren(title(), h('div', { class: 'notice warning' }, error.message)));
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
    state.isSetUp ? waitingCard(ctx) : '',
    state.isSetUp ? digestCard(ctx) : '',
    state.isSetUp ? retentionCard(ctx) : '',
  );
}
