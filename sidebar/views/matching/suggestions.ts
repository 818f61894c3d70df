import { attempt, type ViewContext } from '../../context';
import { h, on } from '../../dom';
import { whenFirstOpened } from '../../lazy';
import { loadingNote, loadProblemWithRetry } from '../../loading';
import { TEXT_LIMITS } from '../../../src/core/inputLimits';
import { limitText, withinLimits } from '../../limits';
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
    h(
      'table',
      { class: 'breakdown' },
      ...s.breakdown.map((b) => h('tr', {}, h('td', {}, b.label), h('td', {}, `${Math.round(b.score * 100)}% × ${b.weight}`), h('td', {}, `${b.points}`))),
    ),
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
    neverPair(ctx, s.mentorId, menteeId, done),
  );
}

/** "Never pair these two", with a private reason: kept out of the sheets and of every message. */
function neverPair(ctx: ViewContext, mentorId: string, menteeId: string, done: () => void): HTMLElement {
  const { t } = ctx;
  const reason = h('input', { type: 'text', placeholder: t('matching.excludeReason'), 'aria-label': t('matching.excludeReason') });
  const reasonField = limitText(ctx, reason, TEXT_LIMITS.excludeReason);
  const confirm = on(h('button', { class: 'button', type: 'button' }, t('matching.neverPairConfirm')), 'click', async () => {
    if (!withinLimits(ctx, reasonField)) return;
    await attempt(ctx, async () => {
      await call('excludePair', { mentorId, menteeId, reason: reason.value });
      ctx.notify('ok', t('matching.excludedSaved'));
      done();
    });
  });
  return h('details', { class: 'never-pair' }, h('summary', {}, t('matching.neverPair')), reasonField, h('div', { class: 'buttons' }, confirm));
}

type ExcludedGroup = Suggestions['excluded']['byRule'][number];
type ExcludedMentor = ApiResult<'getExcludedMentors'>['mentors'][number];

function excludedMentorItem(ctx: ViewContext, menteeId: string, e: ExcludedMentor, done: () => void): HTMLElement {
  const { t } = ctx;
  return h(
    'li',
    { 'data-excluded': e.mentorId },
    h('strong', {}, `${e.mentorName} · ${e.mentorId}`),
    h('ul', { class: 'reasons' }, ...e.rules.map((r) => h('li', {}, r))),
    e.endedBefore
      ? on(h('button', { class: 'button', type: 'button' }, t('matching.allowAgain')), 'click', async () => {
          await attempt(ctx, async () => {
            await call('allowPairAgain', { mentorId: e.mentorId, menteeId });
            ctx.notify('ok', t('matching.allowedAgain'));
            done();
          });
        })
      : '',
  );
}

/**
 * One rule's excluded mentors: only the count arrives with the suggestions; the mentors and their
 * reasons are asked for when the coordinator opens the group, a page at a time. A page that did not
 * load says so where it would have been, with "Try again" for that page: the mentors already
 * listed stay, and no "Loading…" is left standing.
 */
function excludedGroup(ctx: ViewContext, menteeId: string, group: ExcludedGroup, done: () => void): HTMLElement {
  const { t } = ctx;
  const list = h('ul', { class: 'plain' });
  const more = h('div', { class: 'buttons' });
  const summary = h('summary', {}, group.label);
  const load = async (offset: number) => {
    more.replaceChildren(loadingNote(t));
    try {
      const page = await call('getExcludedMentors', { menteeId, rule: group.rule, offset });
      list.append(...page.mentors.map((e) => excludedMentorItem(ctx, menteeId, e, done)));
      more.replaceChildren(
        page.next === null ? '' : on(h('button', { class: 'button', type: 'button' }, t('matching.excludedMore')), 'click', () => void load(page.next!)),
      );
    } catch (error) {
      const retry = () => {
        // The button goes with the notice: the keyboard stays in the group, on its summary.
        summary.focus();
        void load(offset);
      };
      more.replaceChildren(loadProblemWithRetry(t, t('matching.excludedLoadFailed', { message: (error as Error).message }), retry));
    }
  };
  const details = h('details', { class: 'excluded-group', 'data-rule': group.rule }, summary, list, more);
  // Asked for once: after a failure it is the button that asks again, so a page is never listed twice.
  whenFirstOpened(details, () => void load(0));
  return h('li', {}, details);
}

export function suggestionsPanel(ctx: ViewContext, result: Suggestions, done: () => void): HTMLElement {
  const { t } = ctx;
  const list = result.suggestions.length
    ? h('ol', { class: 'plain', id: 'suggestions' }, ...result.suggestions.map((s) => suggestionCard(ctx, result.mentee.id, s, done)))
    : h('p', { class: 'notice warning' }, t('matching.noSuggestions'));
  const excluded = h(
    'details',
    { class: 'group', id: 'excluded' },
    h('summary', {}, result.excluded.summary),
    h(
      'ul',
      { class: 'plain', 'aria-label': t('matching.excluded', { count: result.excluded.count }) },
      ...result.excluded.byRule.map((g) => excludedGroup(ctx, result.mentee.id, g, done)),
    ),
  );
  return h('div', {}, h('h3', {}, `${t('matching.suggestions')}: ${result.mentee.name}`), h('p', { class: 'hint' }, result.mentee.detail), list, excluded);
}

type MentorSide = ApiResult<'getMentorSuggestions'>;

/** The same from a mentor's side: the waiting mentees this mentor suits best. */
export function mentorSuggestionsPanel(ctx: ViewContext, result: MentorSide, done: () => void): HTMLElement {
  const { t } = ctx;
  const items = result.suggestions.map((s) => {
    const accept = on(h('button', { class: 'button action', type: 'button' }, t('matching.accept')), 'click', async () => {
      accept.disabled = true;
      try {
        const { codes } = await call('acceptMatches', { pairs: [{ menteeId: s.menteeId, mentorId: result.mentor.id }] });
        ctx.notify('ok', t('matching.accepted', { code: codes[0] ?? '' }));
        done();
      } catch (error) {
        accept.disabled = false;
        ctx.notify('error', (error as Error).message);
      }
    });
    return h(
      'li',
      { class: 'card suggestion', 'data-mentee': s.menteeId },
      h('strong', {}, `${s.menteeName} · ${s.menteeId}`),
      scoreBar(s.total, t('matching.score', { score: s.total })),
      h('ul', { class: 'reasons' }, ...s.reasons.map((r) => h('li', {}, r))),
      s.missing.length ? h('p', { class: 'hint' }, t('matching.missing', { items: s.missing.join(', ') })) : '',
      h('div', { class: 'buttons' }, accept),
    );
  });
  return h(
    'div',
    {},
    h('h3', {}, t('matching.mentorSuggestions', { name: result.mentor.name, free: result.mentor.free })),
    items.length ? h('ol', { class: 'plain', id: 'mentee-suggestions' }, ...items) : h('p', { class: 'notice warning' }, t('matching.noMenteeSuggestions')),
    h(
      'details',
      { class: 'group' },
      h('summary', {}, t('matching.excludedMentees', { count: result.excluded.length })),
      h(
        'ul',
        { class: 'plain' },
        ...result.excluded.map((e) =>
          h('li', {}, h('strong', {}, `${e.menteeName} · ${e.menteeId}`), h('ul', { class: 'reasons' }, ...e.rules.map((r) => h('li', {}, r)))),
        ),
      ),
    ),
  );
}
