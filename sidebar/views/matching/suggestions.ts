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

type ExcludedCounts = Suggestions['excluded'];
type ExcludedGroup = ExcludedCounts['byRule'][number];

/** One opened exclusion, from either side: the person excluded, every rule in words, and the pair. */
interface ExcludedPerson {
  id: string;
  name: string;
  rules: string[];
  endedBefore: boolean;
  pair: { mentorId: string; menteeId: string };
}

/** A page of one rule's group, from either side: getExcludedMentors or getExcludedMentees. */
type ExcludedPageLoader = (rule: string, offset: number) => Promise<{ people: ExcludedPerson[]; next: number | null }>;

/** How one side's excluded are asked for and said when a page did not load. */
interface ExcludedSource {
  load: ExcludedPageLoader;
  failedKey: 'matching.excludedLoadFailed' | 'matching.excludedMenteesLoadFailed';
}

function excludedItem(ctx: ViewContext, e: ExcludedPerson, done: () => void): HTMLElement {
  const { t } = ctx;
  return h(
    'li',
    { 'data-excluded': e.id },
    h('strong', {}, `${e.name} · ${e.id}`),
    h('ul', { class: 'reasons' }, ...e.rules.map((r) => h('li', {}, r))),
    e.endedBefore
      ? on(h('button', { class: 'button', type: 'button' }, t('matching.allowAgain')), 'click', async () => {
          await attempt(ctx, async () => {
            await call('allowPairAgain', e.pair);
            ctx.notify('ok', t('matching.allowedAgain'));
            done();
          });
        })
      : '',
  );
}

/**
 * One rule's excluded people (a mentee's mentors, or a mentor's mentees): only the count arrives
 * with the suggestions; the people and their reasons are asked for when the coordinator opens the
 * group, a page at a time. A page that did not load says so where it would have been, with "Try
 * again" for that page: the people already listed stay, and no "Loading…" is left standing.
 */
function excludedGroup(ctx: ViewContext, group: ExcludedGroup, source: ExcludedSource, done: () => void): HTMLElement {
  const { t } = ctx;
  const list = h('ul', { class: 'plain' });
  const more = h('div', { class: 'buttons' });
  const summary = h('summary', {}, group.label);
  const load = async (offset: number) => {
    more.replaceChildren(loadingNote(t));
    try {
      const page = await source.load(group.rule, offset);
      list.append(...page.people.map((e) => excludedItem(ctx, e, done)));
      more.replaceChildren(
        page.next === null ? '' : on(h('button', { class: 'button', type: 'button' }, t('matching.excludedMore')), 'click', () => void load(page.next!)),
      );
    } catch (error) {
      const retry = () => {
        // The button goes with the notice: the keyboard stays in the group, on its summary.
        summary.focus();
        void load(offset);
      };
      more.replaceChildren(loadProblemWithRetry(t, t(source.failedKey, { message: (error as Error).message }), retry));
    }
  };
  const details = h('details', { class: 'excluded-group', 'data-rule': group.rule }, summary, list, more);
  // Asked for once: after a failure it is the button that asks again, so a page is never listed twice.
  whenFirstOpened(details, () => void load(0));
  return h('li', {}, details);
}

/** The excluded as one collapsible group per rule under their summary, from either side. */
function excludedSection(ctx: ViewContext, id: string, excluded: ExcludedCounts, listLabel: string, source: ExcludedSource, done: () => void): HTMLElement {
  return h(
    'details',
    { class: 'group', id },
    h('summary', {}, excluded.summary),
    h('ul', { class: 'plain', 'aria-label': listLabel }, ...excluded.byRule.map((g) => excludedGroup(ctx, g, source, done))),
  );
}

/** A mentee's excluded mentors, a page at a time. */
function excludedMentorsOf(menteeId: string): ExcludedSource {
  return {
    failedKey: 'matching.excludedLoadFailed',
    load: async (rule, offset) => {
      const page = await call('getExcludedMentors', { menteeId, rule, offset });
      return {
        next: page.next,
        people: page.mentors.map((e) => ({
          id: e.mentorId,
          name: e.mentorName,
          rules: e.rules,
          endedBefore: e.endedBefore,
          pair: { mentorId: e.mentorId, menteeId },
        })),
      };
    },
  };
}

/** A mentor's excluded mentees, a page at a time. */
function excludedMenteesOf(mentorId: string): ExcludedSource {
  return {
    failedKey: 'matching.excludedMenteesLoadFailed',
    load: async (rule, offset) => {
      const page = await call('getExcludedMentees', { mentorId, rule, offset });
      return {
        next: page.next,
        people: page.mentees.map((e) => ({
          id: e.menteeId,
          name: e.menteeName,
          rules: e.rules,
          endedBefore: e.endedBefore,
          pair: { mentorId, menteeId: e.menteeId },
        })),
      };
    },
  };
}

export function suggestionsPanel(ctx: ViewContext, result: Suggestions, done: () => void): HTMLElement {
  const { t } = ctx;
  const list = result.suggestions.length
    ? h('ol', { class: 'plain', id: 'suggestions' }, ...result.suggestions.map((s) => suggestionCard(ctx, result.mentee.id, s, done)))
    : h('p', { class: 'notice warning' }, t('matching.noSuggestions'));
  const excluded = excludedSection(
    ctx,
    'excluded',
    result.excluded,
    t('matching.excluded', { count: result.excluded.count }),
    excludedMentorsOf(result.mentee.id),
    done,
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
    excludedSection(
      ctx,
      'excluded-mentees',
      result.excluded,
      t('matching.excludedMentees', { count: result.excluded.count }),
      excludedMenteesOf(result.mentor.id),
      done,
    ),
  );
}
