import { attempt, type ViewContext } from '../../context';
import { h, on } from '../../dom';
import { call } from '../../rpc';
import { scoreBar } from './suggestions';

/** The whole waiting cohort at once: the proposal is reviewed, and only the ticked pairs are written. */
export function cohortSection(ctx: ViewContext, done: () => void): HTMLElement {
  const { t } = ctx;
  const maximise = h('input', { type: 'checkbox', id: 'cohort-maximise', checked: true });
  const team = h('input', { type: 'checkbox', id: 'cohort-team' });
  const result = h('div', { id: 'cohort-result' });
  const run = async (pinned: { menteeId: string; mentorId: string }[]) => {
    await attempt(ctx, async () => {
      const proposal = await call('proposeCohort', { maximiseMatched: maximise.checked, teamMode: team.checked, pinned });
      const boxes = proposal.pairs.map((p) => h('input', { type: 'checkbox', checked: true, 'aria-label': `${p.menteeName} – ${p.mentorName}` }));
      const accept = on(h('button', { class: 'button action', type: 'button', id: 'cohort-accept' }, t('matching.acceptSelected')), 'click', async () => {
        const pairs = proposal.pairs
          .filter((_, i) => boxes[i]!.checked)
          .map((p) => ({ menteeId: p.menteeId, mentorId: p.mentorId, secondMentorId: p.secondMentorId }));
        if (!pairs.length) return;
        try {
          const { codes } = await call('acceptMatches', { pairs });
          ctx.notify('ok', t('matching.acceptedMany', { count: codes.length }));
          done();
        } catch (error) {
          ctx.notify('error', (error as Error).message);
        }
      });
      // The coordinator keeps the pairs they like and asks for the best arrangement of the rest.
      const again = on(
        h('button', { class: 'button', type: 'button', id: 'cohort-again' }, t('matching.proposeKeeping')),
        'click',
        () => void run(proposal.pairs.filter((_, i) => boxes[i]!.checked).map((p) => ({ menteeId: p.menteeId, mentorId: p.mentorId }))),
      );
      result.replaceChildren(
        h('p', {}, t('matching.proposal', { pairs: proposal.pairs.length, unmatched: proposal.unmatched.length })),
        h(
          'ul',
          { class: 'plain' },
          ...proposal.pairs.map((p, i) =>
            h(
              'li',
              {},
              h('label', { class: 'inline' }, boxes[i]!, ` ${p.menteeName} – ${p.mentorName}${p.secondMentorName ? ` + ${p.secondMentorName}` : ''}`),
              scoreBar(p.total, t('matching.score', { score: p.total })),
              h('div', { class: 'hint' }, p.reasons.slice(0, 3).join('; ')),
            ),
          ),
        ),
        proposal.pairs.length ? h('div', { class: 'buttons' }, accept, again) : '',
        proposal.unmatched.length ? h('h3', {}, t('matching.unmatched')) : '',
        h(
          'ul',
          { class: 'plain' },
          ...proposal.unmatched.map((u) =>
            h(
              'li',
              {},
              h('strong', {}, u.menteeName),
              h('div', {}, u.why),
              u.alternatives.length ? h('div', { class: 'hint' }, t('matching.alternatives', { items: u.alternatives.join('; ') })) : '',
            ),
          ),
        ),
      );
    });
  };
  const propose = on(h('button', { class: 'button', type: 'button', id: 'cohort-propose' }, t('matching.propose')), 'click', () => void run([]));
  return h(
    'details',
    { class: 'group', id: 'cohort' },
    h('summary', {}, t('matching.cohort')),
    h('p', { class: 'hint' }, t('matching.cohortHelp')),
    h('label', { class: 'inline', for: 'cohort-maximise' }, maximise, ` ${t('matching.maximiseMatched')}`),
    h('br'),
    h('label', { class: 'inline', for: 'cohort-team' }, team, ` ${t('matching.teamMode')}`),
    h('div', { class: 'buttons' }, propose),
    result,
  );
}
