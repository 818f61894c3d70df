import { addDays, type CalendarDate } from '../../../src/core/calendarDate';
import { formatCalendarDate } from '../../../src/core/calendarDate';
import type { MessageKey } from '../../../src/core/i18n/en/messages';
import { MENTOR_TYPE_VALUES, type ReadinessField, type ReadinessForm, validateReadiness } from '../../../src/core/matching/readinessEdit';
import type { ViewContext } from '../../context';
import { h, on } from '../../dom';
import { textFilter } from '../../filterMatch';
import { limitText } from '../../limits';
import { loadingNote, loadProblem } from '../../loading';
import { type ApiResult, call } from '../../rpc';

type Readiness = ApiResult<'getMentorReadiness'>;
interface MentorChoice {
  id: string;
  name: string;
}

/** At most this many matches are listed: with hundreds of mentors, the coordinator types more, not scrolls. */
const SHOWN = 8;

/**
 * Mentor readiness (docs/matching.md): find a mentor by name or code, then record the training
 * modules with their days, capacity, peer or local, and the background check. The same checks as
 * the server's run before sending; a refusal keeps every value typed.
 */
export function readinessSection(ctx: ViewContext, mentors: readonly MentorChoice[], saved: () => void): HTMLElement {
  const { t } = ctx;
  const panel = h('div', { id: 'readiness-panel' });
  const details = h(
    'details',
    { id: 'readiness' },
    h('summary', {}, t('readiness.title')),
    h('p', { class: 'hint' }, t('readiness.help')),
    mentors.length ? mentorPicker(ctx, mentors, (id) => void open(id)) : h('p', { class: 'hint' }, t('readiness.none')),
    panel,
  );
  const open = async (mentorId: string) => {
    panel.replaceChildren(loadingNote(t));
    try {
      panel.replaceChildren(readinessForm(ctx, await call('getMentorReadiness', { mentorId }), saved));
    } catch (error) {
      panel.replaceChildren(loadProblem(t('readiness.loadFailed', { message: (error as Error).message })));
    }
  };
  return details;
}

/** A combobox (WAI-ARIA pattern): filter as you type, arrows to move, Enter to choose, Escape to close. */
function mentorPicker(ctx: ViewContext, mentors: readonly MentorChoice[], choose: (id: string) => void): HTMLElement {
  const { t } = ctx;
  const input = h('input', {
    type: 'text',
    id: 'readiness-search',
    role: 'combobox',
    autocomplete: 'off',
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': 'readiness-options',
    // The count of matches is read with the field, not announced: the sidebar has one live region, its messages.
    'aria-describedby': 'readiness-search-help readiness-search-status',
  });
  const list = h('ul', { id: 'readiness-options', role: 'listbox', class: 'plain', 'aria-label': t('readiness.search'), hidden: true });
  const status = h('p', { class: 'hint', id: 'readiness-search-status' });
  let shown: MentorChoice[] = [];
  let active = -1;

  const mark = () => {
    // The chosen option is drawn from aria-selected (styles.css), so what is seen is what is read.
    for (const [i, li] of [...list.children].entries()) li.setAttribute('aria-selected', String(i === active));
    if (active >= 0) input.setAttribute('aria-activedescendant', `readiness-option-${active}`);
    else input.removeAttribute('aria-activedescendant');
  };
  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    active = -1;
    mark();
  };
  const pick = (m: MentorChoice) => {
    input.value = `${m.name} · ${m.id}`;
    close();
    status.textContent = '';
    choose(m.id);
  };
  const filter = () => {
    // The same matching as every filter box (sidebar/filterMatch.ts); an empty box lists nobody, as a picker should.
    const typed = textFilter(input.value);
    const found = typed.words.length ? mentors.filter((m) => typed.matches(`${m.name} ${m.id}`)) : [];
    shown = found.slice(0, SHOWN);
    active = shown.length ? 0 : -1;
    list.replaceChildren(
      ...shown.map((m, i) =>
        on(h('li', { id: `readiness-option-${i}`, role: 'option', 'data-mentor': m.id }, `${m.name} · ${m.id}`), 'mousedown', (e) => {
          // Before the input loses focus, so the choice is not lost to the blur that closes the list.
          e.preventDefault();
          pick(m);
        }),
      ),
    );
    list.hidden = shown.length === 0;
    input.setAttribute('aria-expanded', String(!list.hidden));
    mark();
    status.textContent = typed.words.length
      ? [t('readiness.found', { count: found.length }), found.length > SHOWN ? t('readiness.more', { count: found.length - SHOWN }) : '']
          .filter(Boolean)
          .join(' ')
      : '';
  };
  on(input, 'input', filter);
  on(input, 'blur', close);
  on(input, 'keydown', (event) => {
    const key = (event as KeyboardEvent).key;
    if (key === 'ArrowDown' || key === 'ArrowUp') {
      event.preventDefault();
      if (list.hidden) return filter();
      active = (active + (key === 'ArrowDown' ? 1 : shown.length - 1)) % Math.max(1, shown.length);
      mark();
    } else if (key === 'Enter' && !list.hidden && shown[active]) {
      event.preventDefault();
      pick(shown[active]!);
    } else if (key === 'Escape' && !list.hidden) {
      event.preventDefault();
      close();
    }
  });
  return h(
    'div',
    {},
    h('label', { for: 'readiness-search' }, t('readiness.search')),
    input,
    h('p', { class: 'hint', id: 'readiness-search-help' }, t('readiness.searchHelp')),
    list,
    status,
  );
}

function checkLine(ctx: ViewContext, r: Readiness): string {
  const { t } = ctx;
  const date = (d: string) => formatCalendarDate(d as CalendarDate, ctx.state.locale);
  if (r.check.state === 'missing') return t('readiness.check.missing');
  if (r.check.state === 'expired') return t('readiness.check.expired', { date: r.check.until ? date(r.check.until) : '' });
  if (!r.check.until) return t('readiness.check.valid');
  if (r.check.expiresInDays !== null) return t('readiness.check.expiresSoon', { days: r.check.expiresInDays, date: date(r.check.until) });
  return t('readiness.check.validUntil', { date: date(r.check.until) });
}

interface Field {
  field: ReadinessField;
  index?: number;
  control: HTMLInputElement | HTMLSelectElement;
  error: HTMLElement;
}

/** One mentor's form. `base` is what was loaded: the server writes only what differs from it. */
function readinessForm(ctx: ViewContext, r: Readiness, saved: () => void): HTMLElement {
  const { t } = ctx;
  const keep = (name: string) => `readiness-${r.mentorId}-${name}`;
  const fields: Field[] = [];
  /** `shown` is what stands for the control on the page: itself, or itself with its counter (limitText). */
  const field = <C extends HTMLInputElement | HTMLSelectElement>(
    spec: Omit<Field, 'error' | 'control'>,
    control: C,
    label: string,
    hint?: string,
    shown: HTMLElement = control,
  ) => {
    const id = keep(spec.index === undefined ? spec.field : `${spec.field}-${spec.index}`);
    const error = h('p', { class: 'notice error', id: `${id}-error`, hidden: true });
    control.id = id;
    control.setAttribute('data-keep', id);
    // Added to what the control is already described by (a counter), not in its place.
    const describedBy = [`${id}-error`, hint ? `${id}-hint` : '', control.getAttribute('aria-describedby') ?? ''].filter(Boolean).join(' ');
    control.setAttribute('aria-describedby', describedBy);
    fields.push({ ...spec, control, error });
    return h('div', {}, h('label', { for: id }, label), shown, hint ? h('p', { class: 'hint', id: `${id}-hint` }, hint) : null, error);
  };
  const date = (value: string, max?: string) => h('input', { type: 'date', value, max, style: 'max-width:100%' });

  const modules = r.form.modules.map((value, i) =>
    field({ field: 'modules', index: i }, date(value, r.today), t('readiness.moduleLabel', { n: i + 1, title: t(`readiness.module.${i + 1}` as MessageKey) })),
  );
  const capacity = h('input', { type: 'number', min: r.limits.capacityMin, max: r.limits.capacityMax, step: 1, value: r.form.capacity, inputmode: 'numeric' });
  const type = h('select', {});
  for (const value of MENTOR_TYPE_VALUES)
    type.append(h('option', { value, selected: r.form.mentorType === value }, value ? ctx.choice('mentorType', value) : t('readiness.mentorType.none')));
  const label = h('input', { type: 'text', value: r.form.checkLabel, placeholder: 'DBS, VOG…' });
  // Counted against the limit the server checks (validateReadiness, measured trimmed as it is sent); never cut by a maxlength.
  const labelField = limitText(ctx, label, { max: r.limits.labelMax, label: 'readiness.checkLabel' }, undefined, (typed) => typed.trim());
  const dated = r.form.modules.filter(Boolean).length;

  const form = h(
    'form',
    { class: 'card', 'data-mentor': r.mentorId, novalidate: true },
    h('h3', {}, `${r.name} · ${r.mentorId}`),
    h('p', {}, t('readiness.trainingState', { done: r.sheetCount ?? 0, total: r.totalModules, required: r.requiredModules })),
    h('p', {}, checkLine(ctx, r)),
    h(
      'fieldset',
      {},
      h('legend', {}, t('readiness.training')),
      r.sheetCount !== null && r.sheetCount !== dated ? h('p', { class: 'notice warning' }, t('readiness.sheetCount', { count: r.sheetCount, dated })) : null,
      ...modules,
    ),
    field({ field: 'capacity' }, capacity, t('readiness.capacity', { min: r.limits.capacityMin, max: r.limits.capacityMax }), t('readiness.capacityBlank')),
    field({ field: 'mentorType' }, type, t('readiness.mentorType'), r.askedKinds ? t('readiness.asked', { kinds: r.askedKinds }) : undefined),
    h(
      'fieldset',
      {},
      h('legend', {}, t('readiness.check')),
      h('p', { class: 'hint' }, t('readiness.checkHelp')),
      field({ field: 'checkLabel' }, label, t('readiness.checkLabel'), undefined, labelField),
      field({ field: 'checkDoneOn' }, date(r.form.checkDoneOn, r.today), t('readiness.checkDoneOn')),
      field({ field: 'checkExpiresOn' }, date(r.form.checkExpiresOn, addDays(r.today as CalendarDate, 365 * 20)), t('readiness.checkExpiresOn')),
    ),
    h('div', { class: 'buttons' }, h('button', { class: 'button action', type: 'submit', id: 'readiness-save' }, t('readiness.save'))),
  );

  const values = (): ReadinessForm => {
    const of = (name: ReadinessField) => fields.find((f) => f.field === name)!.control.value.trim();
    return {
      modules: fields.filter((f) => f.field === 'modules').map((f) => f.control.value.trim()),
      capacity: of('capacity'),
      mentorType: of('mentorType'),
      checkLabel: of('checkLabel'),
      checkDoneOn: of('checkDoneOn'),
      checkExpiresOn: of('checkExpiresOn'),
    };
  };
  const show = (problems: ReturnType<typeof validateReadiness>['problems']) => {
    for (const f of fields) {
      const problem = problems.find((p) => p.field === f.field && p.index === f.index);
      f.error.hidden = !problem;
      f.error.textContent = problem ? t(problem.key, problem.params) : '';
      if (problem) f.control.setAttribute('aria-invalid', 'true');
      else f.control.removeAttribute('aria-invalid');
    }
  };
  on(form, 'submit', async (event) => {
    event.preventDefault();
    const next = values();
    // A date the browser could not read (typed half-way) arrives blank: say so rather than clear it.
    const unreadable = fields.filter((f) => f.control instanceof HTMLInputElement && f.control.type === 'date' && f.control.validity.badInput);
    const { problems } = validateReadiness(next, r.today as CalendarDate);
    for (const f of unreadable)
      problems.push({
        field: f.field,
        index: f.index,
        key: f.index === undefined ? 'readiness.error.checkDate' : 'readiness.error.moduleDate',
        params: { module: (f.index ?? 0) + 1 },
      });
    show(problems);
    const first = fields.find((f) => f.control.getAttribute('aria-invalid') === 'true');
    if (first) {
      ctx.notify('error', t('readiness.fixFirst'));
      first.control.focus();
      return;
    }
    const button = form.querySelector('button')!;
    button.disabled = true;
    try {
      const result = await call('saveMentorReadiness', { mentorId: r.mentorId, base: r.form, values: next });
      ctx.notify('ok', result.saved ? t('readiness.saved', { id: r.mentorId }) : t('readiness.nothingChanged'));
      form.replaceWith(readinessForm(ctx, result.readiness, saved));
      if (result.saved) saved();
    } catch (error) {
      // Nothing typed is lost: the form stays as it is, with the server's words.
      button.disabled = false;
      ctx.notify('error', (error as Error).message);
    }
  });
  return form;
}
