import type { ViewContext } from '../../context';
import { h, on } from '../../dom';
import { type ApiResult, call } from '../../rpc';

type Suggestions = ApiResult<'getSuggestions'>;
type Suggestion = Suggestions['suggestions'][number];

/** A score bar with its number: the bar is decoration, the number is what screen readers read. */
export function scoreBar(score: number, label: string): HTMLElement {
  const bar = h('div', { class: 'bar', 'aria-hidden': 'true' }, h('div', { class: 'bar-fill', style: `width:${Math.max(0, Math.min(100, score))}%` }));
  return h('div', { class: 'score' }, bar, h('span', { class: 'score-label' }, label));
}

function suggestionCard(ctx: ViewContext, menteeId: string, s: Suggestion, done: () => void): HTMLElement {
  const { t } = ctx;
  const accept = on(h('button', { class: 'button action', type: 'button', 'data-accept': s.mentorId }, t('matching.accept')), 'click', async () => {
    accept.disabled = true;
    try {
      const { codes } = await call('acceptMatches', { pairs: [{ menteeId, mentorId: s.mentorId }] });
      ctx.notify('ok', t('matching.accepted', { code: codes[0] ?? '' }));
      done();
    } catch (error) {
      accept.disabled = false;
      ctx.notify('error', (error as Error).message);
    }
  });
  const breakdown = h(
    'details',
    {},
    h('summary', {}, t('matching.breakdown')),
    h('table', { class: 'breakdown' }, ...s.breakdown.map((b) => h('tr', {}, h('td', {}, b.label), h('td', {}, `${Math.round(b.score * 100)}% × ${b.weight}`), h('td', {}, `${b.points}`)))),
  );
  return h(
    'li',
    { class: 'card suggestion', 'data-mentor': s.mentorId },
    h('strong', {}, `${s.mentorName} · ${s.mentorId}`),
    scoreBar(s.total, t('matching.score', { score: s.total })),
    h('ul', { class: 'reasons' }, ...s.reasons.map((r) => h('li', {}, r))),
    s.missing.length ? h('p', { class: 'hint' }, t('matching.missing', { items: s.missing.join(', ') })) : '',
    s.demand > 0 ? h('p', { class: 'hint' }, t('matching.demand', { count: s.demand })) : '',
    breakdown,
    h('div', { class: 'buttons' }, accept),
  );
}

export function suggestionsPanel(ctx: ViewContext, result: Suggestions, done: () => void): HTMLElement {
  const { t } = ctx;
  const list = result.suggestions.length
    ? h('ol', { class: 'plain', id: 'suggestions' }, ...result.suggestions.map((s) => suggestionCard(ctx, result.mentee.id, s, done)))
    : h('p', { class: 'notice warning' }, t('matching.noSuggestions'));
  const excluded = h(
    'details',
    { class: 'group', id: 'excluded' },
    h('summary', {}, t('matching.excluded', { count: result.excluded.length })),
    h('ul', { class: 'plain' }, ...result.excluded.map((e) => h('li', {}, h('strong', {}, `${e.mentorName} · ${e.mentorId}`), h('ul', { class: 'reasons' }, ...e.rules.map((r) => h('li', {}, r)))))),
  );
  return h('div', {}, h('h3', {}, `${t('matching.suggestions')}: ${result.mentee.name}`), h('p', { class: 'hint' }, result.mentee.detail), list, excluded);
}
