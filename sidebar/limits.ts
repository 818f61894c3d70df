import { type NumberLimit, nearLimit, numberProblem, shownRange, type TextLimit, textProblem } from '../src/core/inputLimits';
import type { ViewContext } from './context';
import { h, on } from './dom';

/**
 * The limits of core/inputLimits.ts, shown before sending: the server holds the same table, so
 * what the sidebar lets through it accepts, and what it refuses the server would refuse too.
 *
 * Long text is never cut. The browser's `maxlength` truncates a paste without a word (50,000
 * characters pasted would keep 2,000), so text fields get no `maxlength`: the text goes in, a
 * counter says "52,000 of 2,000 characters", and sending is refused with a message while
 * everything typed stays in the field.
 */

type Check = () => string | null;
const checks = new WeakMap<Element, Check>();
let counterIds = 0;

function mark(field: HTMLElement, bad: boolean): void {
  if (bad) field.setAttribute('aria-invalid', 'true');
  else field.removeAttribute('aria-invalid');
}

/** What the server measures when it saves the text as typed. */
const asTyped = (typed: string) => typed;

/**
 * Holds a text field to `limit`: a live counter under it from the last fifth of the limit on,
 * marked when over. Returns the field and its counter together, to put where the field was.
 * `field` names it in the refusal (default: the limit's own label). `kept` is the text as the
 * server keeps and measures it (trimmed, spaces collapsed): the count and the refusal are of that,
 * so what the sidebar lets through is exactly what the server accepts.
 */
export function limitText(
  ctx: Pick<ViewContext, 't'>,
  input: HTMLInputElement | HTMLTextAreaElement,
  limit: TextLimit,
  field?: string,
  kept: (typed: string) => string = asTyped,
): HTMLElement {
  const { t } = ctx;
  const counter = h('p', { class: 'limit-counter', id: `limit-counter-${++counterIds}`, hidden: true });
  input.setAttribute('data-limit', String(limit.max));
  input.removeAttribute('maxlength');
  const describedBy = input.getAttribute('aria-describedby');
  input.setAttribute('aria-describedby', describedBy ? `${describedBy} ${counter.id}` : counter.id);
  const update = () => {
    const length = kept(input.value).length;
    const over = length > limit.max;
    counter.hidden = !nearLimit(length, limit);
    counter.classList.toggle('over', over);
    counter.textContent = t('limits.counter', { length, max: limit.max });
    mark(input, over);
  };
  on(input, 'input', update);
  checks.set(input, () => {
    const problem = textProblem(kept(input.value), limit);
    return problem ? t(problem.key, { field: field ?? t(limit.label), ...problem.params }) : null;
  });
  update();
  return h('div', { class: 'limited' }, input, counter);
}

/** The number typed, as stored (a percentage as a share); NaN when the field is empty or not a number. */
function typedNumber(input: HTMLInputElement, limit: NumberLimit): number {
  if (input.value.trim() === '' || input.validity.badInput) return Number.NaN;
  const value = Number(input.value);
  return limit.percent ? value / 100 : value;
}

/** Sets min, max and step from `limit`, marks a value out of range as it is typed, and refuses it at sending. */
export function limitNumber(ctx: Pick<ViewContext, 't'>, input: HTMLInputElement, limit: NumberLimit, field?: string): HTMLInputElement {
  const { t } = ctx;
  const range = shownRange(limit);
  input.min = String(range.min);
  input.max = String(range.max);
  if (!input.getAttribute('step')) input.step = limit.whole ? '1' : 'any';
  input.setAttribute('data-limit', `${range.min}..${range.max}`);
  const problem = () => numberProblem(typedNumber(input, limit), limit);
  on(input, 'input', () => mark(input, problem() !== null));
  checks.set(input, () => {
    const p = problem();
    return p ? t(p.key, { field: field ?? t(limit.label), ...p.params }) : null;
  });
  return input;
}

/**
 * Before sending what is under `root`: true when every limited field is within its limit. Otherwise
 * says what is wrong with the first one (the others are marked), sends nothing and keeps every
 * field as typed.
 */
export function withinLimits(ctx: Pick<ViewContext, 'notify'>, root: Element): boolean {
  let first: string | null = null;
  for (const element of root.querySelectorAll('[data-limit]')) {
    const problem = checks.get(element)?.() ?? null;
    mark(element as HTMLElement, problem !== null);
    first ??= problem;
  }
  if (first) ctx.notify('error', first);
  return first === null;
}
