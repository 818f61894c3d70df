import { attempt, type ViewContext } from '../../context';
import { TEXT_LIMITS } from '../../../src/core/inputLimits';
import { h, on } from '../../dom';
import { limitText, withinLimits } from '../../limits';
import { documentHref } from '../../links';
import { type ApiResult, call } from '../../rpc';

type Overview = ApiResult<'getIntakeOverview'>;
type Applicant = Overview['applicants'][number];

/** One applicant: who, what is known to be wrong, the screening decision and the feedback message. */
function applicantItem(ctx: ViewContext, applicant: Applicant, decisions: readonly string[], refresh: () => void, isCoordinator: boolean): HTMLElement {
  const { t } = ctx;
  const tags = [
    !applicant.consent ? t('intake.noConsent') : '',
    applicant.possibleDuplicateOf ? t('intake.duplicate', { id: applicant.possibleDuplicateOf }) : '',
    applicant.updatedAt && applicant.submittedAt && applicant.updatedAt.slice(0, 10) !== applicant.submittedAt.slice(0, 10)
      ? t('intake.changed', { date: applicant.updatedAt.slice(0, 10) })
      : '',
  ].filter(Boolean);
  const summary = h(
    'summary',
    {},
    h('strong', {}, applicant.name || applicant.id),
    ` · ${t(`intake.role.${applicant.role}` as never)} · ${applicant.id}`,
    applicant.decision ? ` · ${ctx.choice('screeningDecision', applicant.decision)}` : '',
    tags.length ? h('span', { class: 'badge warn' }, tags.join(', ')) : '',
  );
  const select = h('select', { 'aria-label': t('intake.decision'), id: `decision-${applicant.id}` });
  select.append(h('option', { value: '', selected: !applicant.decision }, t('intake.noDecision')));
  for (const decision of decisions)
    select.append(h('option', { value: decision, selected: applicant.decision === decision }, ctx.choice('screeningDecision', decision)));
  const reason = h('input', {
    type: 'text',
    id: `reason-${applicant.id}`,
    'aria-label': t('intake.reason'),
    placeholder: t('intake.reason'),
    value: applicant.reason,
  });
  // Counted and refused before sending with the limit the server checks (core/inputLimits.ts), never cut by a maxlength.
  const reasonField = limitText(ctx, reason, TEXT_LIMITS.screeningReason);
  const message = h('textarea', { rows: 8, readonly: true, 'aria-label': t('intake.feedback'), hidden: true });
  const save = on(h('button', { class: 'button action', type: 'button' }, t('intake.saveDecision')), 'click', async () => {
    if (!withinLimits(ctx, reasonField)) return;
    await attempt(ctx, async () => {
      await call('setScreeningDecision', { role: applicant.role, id: applicant.id, decision: select.value, reason: reason.value });
      ctx.notify('ok', t('intake.decisionSaved', { id: applicant.id }));
      refresh();
    });
  });
  const feedback = on(h('button', { class: 'button', type: 'button' }, t('intake.feedback')), 'click', async () => {
    await attempt(ctx, async () => {
      const { subject, body } = await call('getFeedbackMessage', { role: applicant.role, id: applicant.id });
      message.value = `${subject}\n\n${body}`;
      message.hidden = false;
      message.select();
    });
  });
  return h(
    'li',
    { 'data-applicant': applicant.id },
    h(
      'details',
      { id: `applicant-${applicant.id}` },
      summary,
      h('label', {}, t('intake.decision')),
      select,
      reasonField,
      h('div', { class: 'buttons' }, save, feedback),
      h('p', { class: 'hint' }, t('intake.feedbackHelp')),
      message,
      // Erasure and anonymisation need a coordinator; the export (a read) does not.
      eraseSection(ctx, applicant, refresh, isCoordinator),
    ),
  );
}

type Forgotten = ApiResult<'eraseParticipant'>;

/** What erasure could not remove (form copies, files another person owns), each said with where it is. */
function leftBehind(ctx: ViewContext, result: Forgotten): string[] {
  const { t } = ctx;
  const messages: string[] = [];
  if (result.formCopiesKept) messages.push(t('privacy.formCopyKept', { count: result.formCopiesKept }));
  const files = result.filesNotDeleted.map((f) => (f.folder ? t('privacy.fileWhere', { name: f.name ?? f.id, folder: f.folder }) : (f.name ?? f.id)));
  if (files.length) messages.push(t('privacy.filesNotDeleted', { count: files.length, files: files.join('; ') }));
  return messages;
}

/** Erasure asks for the person's id to be typed again: it cannot be undone. */
function eraseSection(ctx: ViewContext, applicant: Applicant, refresh: () => void, isCoordinator: boolean): HTMLElement {
  const { t } = ctx;
  const confirm = h('input', { type: 'text', 'aria-label': t('privacy.eraseHelp', { id: applicant.id }), placeholder: applicant.id, class: 'erase-confirm' });
  const act = (fn: 'eraseParticipant' | 'anonymiseParticipant', done: 'privacy.erased' | 'privacy.anonymised') => async () => {
    await attempt(ctx, async () => {
      const result = await call(fn, { role: applicant.role, id: applicant.id, confirm: confirm.value.trim() });
      // Done, but copies may be left where the add-on cannot reach: a warning that says where.
      const left = leftBehind(ctx, result);
      ctx.notify(left.length ? 'warning' : 'ok', [t(done, { id: applicant.id }), ...left].join(' '));
      refresh();
    });
  };
  const erase = on(
    h('button', { class: 'button danger', type: 'button', disabled: !isCoordinator }, t('privacy.eraseConfirm')),
    'click',
    act('eraseParticipant', 'privacy.erased'),
  );
  const anonymise = on(
    h('button', { class: 'button', type: 'button', disabled: !isCoordinator }, t('privacy.anonymise')),
    'click',
    act('anonymiseParticipant', 'privacy.anonymised'),
  );
  const link = h('div', {});
  const exportButton = on(h('button', { class: 'button', type: 'button' }, t('privacy.export')), 'click', async () => {
    await attempt(ctx, async () => {
      const href = documentHref((await call('exportParticipant', { role: applicant.role, id: applicant.id })).url);
      if (href) link.replaceChildren(h('a', { href, target: '_blank', rel: 'noopener' }, t('privacy.exported')));
    });
  });
  return h(
    'details',
    { class: 'erase', id: `erase-${applicant.id}` },
    h('summary', {}, t('privacy.erase')),
    h('p', { class: 'hint' }, t('privacy.eraseHelp', { id: applicant.id })),
    confirm,
    h('div', { class: 'buttons' }, erase, anonymise),
    h('div', { class: 'buttons' }, exportButton),
    link,
  );
}

export function applicantsSection(ctx: ViewContext, overview: Overview, refresh: () => void): HTMLElement {
  const { t } = ctx;
  const list = overview.applicants.length
    ? h(
        'ul',
        { class: 'plain', id: 'applicants' },
        ...overview.applicants.map((a) => applicantItem(ctx, a, overview.decisions, refresh, overview.isCoordinator)),
      )
    : h('p', {}, t('intake.noApplicants'));
  return h('details', { class: 'group', id: 'applicants-group' }, h('summary', {}, t('intake.applicants', { count: overview.applicants.length })), list);
}
