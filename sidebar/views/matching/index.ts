import { attempt, type ViewContext } from '../../context';
import { h, on } from '../../dom';
import { loadingNote, loadProblem } from '../../loading';
import { type ApiResult, call } from '../../rpc';
import { cohortSection } from './cohort';
import { pairsSection } from './pairs';
import { readinessSection } from './readiness';
import { mentorSuggestionsPanel, suggestionsPanel } from './suggestions';

type Overview = ApiResult<'getMatchingOverview'>;

/** Matching: suggestions for one waiting mentee, the whole cohort, and the pairs' lifecycle. */
export function matchingView(ctx: ViewContext): HTMLElement {
  const { t } = ctx;
  const body = h('div', {}, loadingNote(t));
  const section = h('section', { class: 'section', 'aria-labelledby': 'matching-title' }, h('h2', { id: 'matching-title' }, t('matching.title')), body);

  const reload = async () => {
    try {
      draw(await call('getMatchingOverview'));
    } catch (error) {
      body.replaceChildren(loadProblem((error as Error).message || t('matching.notSetUp')));
    }
  };
  const draw = (overview: Overview) => {
    const panel = h('div', { id: 'suggestions-panel' });
    const select = h('select', { id: 'mentee-select' });
    select.append(h('option', { value: '' }, '—'));
    for (const m of overview.waiting) select.append(h('option', { value: m.id }, `${m.name} · ${m.id}`));
    on(select, 'change', async () => {
      if (!select.value) return panel.replaceChildren();
      panel.replaceChildren(loadingNote(t));
      await attempt(ctx, async () => {
        panel.replaceChildren(suggestionsPanel(ctx, await call('getSuggestions', { menteeId: select.value }), () => void reload()));
      });
    });
    const mentorSelect = h('select', { id: 'mentor-select' });
    mentorSelect.append(h('option', { value: '' }, '—'));
    for (const m of overview.mentors.filter((x) => x.free > 0)) mentorSelect.append(h('option', { value: m.id }, `${m.name} · ${m.id}`));
    on(mentorSelect, 'change', async () => {
      if (!mentorSelect.value) return panel.replaceChildren();
      select.value = '';
      await attempt(ctx, async () => {
        panel.replaceChildren(mentorSuggestionsPanel(ctx, await call('getMentorSuggestions', { mentorId: mentorSelect.value }), () => void reload()));
      });
    });
    body.replaceChildren(
      h('h3', {}, t('matching.waiting', { count: overview.waiting.length })),
      overview.waiting.length
        ? h(
            'div',
            {},
            h('label', { for: 'mentee-select' }, t('matching.chooseMentee')),
            select,
            h('label', { for: 'mentor-select' }, t('matching.forMentor')),
            mentorSelect,
            panel,
          )
        : h('p', { class: 'notice ok' }, t('matching.noneWaiting')),
      // A mentor's readiness changes who is suggested: the open suggestions are asked for again.
      readinessSection(ctx, overview.mentors, () => select.value && select.dispatchEvent(new Event('change'))),
      cohortSection(ctx, () => void reload()),
      pairsSection(ctx, overview, () => void reload()),
    );
  };
  void reload();
  return section;
}
