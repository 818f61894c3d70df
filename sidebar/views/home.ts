import type { MessageKey } from '../../src/core/i18n/en/messages';
import { type AreaId, attempt, type ViewContext } from '../context';
import { h, on } from '../dom';
import { whenFirstOpened } from '../lazy';
import { loadingNote, loadProblem } from '../loading';
import { mailtoHref, whatsappHref } from '../links';
import { type ApiResult, call, claimEarly } from '../rpc';

type Desk = ApiResult<'getHomeDesk'>;
type Form = Desk['forms'][number];
type WaitingMentee = ApiResult<'getWaitingList'>['mentees'][number];

/**
 * Home, the programme's desk: for a new programme the steps from an empty spreadsheet to a first
 * match, then what needs the coordinator now, most urgent first, each with a button to the tab
 * where it is done. Everything shown is text (people's names and messages included), and links
 * only when they have the shape Google gives them.
 */

/** The links Google Forms gives (getPublishedUrl, getEditUrl), and nothing else: no other scheme, no other host. */
const PUBLISHED_FORM = /^https:\/\/docs\.google\.com\/forms\/d\/e\/[A-Za-z0-9_-]+\/viewform$/;
const EDIT_FORM = /^https:\/\/docs\.google\.com\/forms\/d\/[A-Za-z0-9_-]+\/edit$/;
const formHref = (url: string, shape: RegExp) => (shape.test(url) ? url : null);

const areaName = (ctx: ViewContext, area: AreaId) => ctx.t(`nav.${area}` as MessageKey);

function goButton(ctx: ViewContext, area: AreaId, id: string, section?: string): HTMLButtonElement {
  return on(h('button', { class: 'button', type: 'button', id, 'data-area': area }, ctx.t('home.desk.go', { area: areaName(ctx, area) })), 'click', () =>
    ctx.go(area, section),
  );
}

const external = (href: string, label: string, id: string) => h('a', { class: 'button', href, id, target: '_blank', rel: 'noopener noreferrer' }, label);

/** One form: its link to send (to copy or open) and its edit link. */
function formItem(ctx: ViewContext, form: Form): HTMLElement {
  const { t } = ctx;
  const published = formHref(form.publishedUrl, PUBLISHED_FORM);
  const edit = formHref(form.editUrl, EDIT_FORM);
  const fieldId = `form-link-${form.kind}`;
  const field = h('input', {
    type: 'text',
    readonly: true,
    value: form.publishedUrl,
    id: fieldId,
    'data-keep': 'off',
    'aria-label': t('home.forms.linkLabel', { title: form.title }),
  });
  const copy = on(h('button', { class: 'button', type: 'button', id: `form-copy-${form.kind}` }, t('outreach.copy')), 'click', async () => {
    field.select();
    await attempt(ctx, async () => {
      await navigator.clipboard.writeText(form.publishedUrl);
      ctx.notify('ok', t('outreach.copied'));
    });
  });
  return h(
    'li',
    { class: 'form-link', 'data-kind': form.kind },
    h('strong', {}, form.title),
    h('label', { for: fieldId, class: 'hint' }, t('home.forms.public')),
    field,
    h(
      'div',
      { class: 'buttons' },
      copy,
      published ? external(published, t('home.forms.open'), `form-open-${form.kind}`) : '',
      edit ? external(edit, t('home.forms.edit'), `form-edit-${form.kind}`) : '',
    ),
  );
}

const formList = (ctx: ViewContext, forms: readonly Form[]) => h('ul', { class: 'plain', id: 'home-forms' }, ...forms.map((f) => formItem(ctx, f)));

/** The setup button: it creates the sheets, then Home draws itself again (the new state redraws the tab). */
function setUpButton(ctx: ViewContext): HTMLButtonElement {
  const { t } = ctx;
  const button = h('button', { class: 'button action', type: 'button', id: 'setup-button' }, t('home.setUpButton'));
  on(button, 'click', async () => {
    button.disabled = true;
    button.textContent = t('common.loading');
    try {
      const result = await call('setUpProgramme');
      ctx.update(result.state);
      ctx.notify('ok', result.message);
    } catch (error) {
      button.disabled = false;
      button.textContent = t('home.setUpButton');
      ctx.notify('error', (error as Error).message);
    }
  });
  return button;
}

/** The first-time path: each step done or not in words (not colour only), with the way to where it is done. */
function stepsCard(ctx: ViewContext, desk: Desk): HTMLElement {
  const { t } = ctx;
  const steps = desk.steps.map((step, i) => {
    const area = step.area as AreaId;
    // Setting up is done here, with the button above the checklist.
    const action = step.done || area === 'home' ? '' : goButton(ctx, area, `step-go-${i + 1}`, step.section ?? undefined);
    return h(
      'li',
      { class: `step ${step.done ? 'done' : 'to-do'}`, 'data-step': step.key },
      h('span', { class: `badge ${step.done ? 'ok' : 'warn'}` }, t(step.done ? 'home.step.done' : 'home.step.toDo')),
      ' ',
      t(step.key as MessageKey),
      step.key === 'home.step.forms' && desk.forms.length > 0 ? formList(ctx, desk.forms) : '',
      action ? h('div', { class: 'buttons' }, action) : '',
    );
  });
  return h(
    'section',
    { class: 'card', id: 'home-steps', 'aria-labelledby': 'home-steps-title' },
    h('h3', { id: 'home-steps-title' }, t('home.steps.title')),
    h('ol', { class: 'plain' }, ...steps),
  );
}

/** A message's lines as text with line breaks between them (never markup). */
const withBreaks = (text: string) => text.split('\n').flatMap((line, i) => (i === 0 ? [line] : [h('br'), line]));

/**
 * "Send by email" from the add-on: a first click asks the server what it would send (the text is
 * made there, never here) and shows it with the address and today's quota; only "Send now" sends.
 * The address is shown to the coordinator here and nowhere else. Focus comes back to the button.
 */
function waitingSendButton(ctx: ViewContext, mentee: WaitingMentee): HTMLElement {
  const { t } = ctx;
  const name = mentee.name || mentee.menteeId;
  const panelId = `waiting-send-panel-${mentee.menteeId}`;
  const button = h(
    'button',
    { class: 'button action', type: 'button', id: `waiting-send-${mentee.menteeId}`, 'aria-controls': panelId, 'aria-expanded': 'false' },
    t('waiting.sendEmail'),
  );
  const panel = h('div', { class: 'notice', id: panelId, hidden: true });
  const close = () => {
    panel.replaceChildren();
    panel.hidden = true;
    button.setAttribute('aria-expanded', 'false');
    button.disabled = false;
    button.focus();
  };
  on(button, 'click', async () => {
    button.disabled = true;
    const ok = await attempt(ctx, async () => {
      const email = await call('getWaitingEmail', { menteeId: mentee.menteeId });
      const send = h(
        'button',
        { class: 'button action', type: 'button', id: `waiting-send-now-${mentee.menteeId}`, disabled: email.emailQuota < 1 },
        t('waiting.email.send'),
      );
      const cancel = on(h('button', { class: 'button', type: 'button' }, t('waiting.email.cancel')), 'click', close);
      on(send, 'click', async () => {
        send.disabled = true;
        const sent = await attempt(ctx, async () => {
          await call('sendWaitingEmail', { menteeId: mentee.menteeId });
          close();
          ctx.notify('ok', t('waiting.email.sent', { name }));
        });
        if (!sent) send.disabled = false;
      });
      panel.replaceChildren(
        h('p', {}, t('waiting.email.confirm', { name, address: email.to })),
        h('p', { class: 'hint' }, t('waiting.email.subject', { subject: email.subject })),
        h('p', { class: 'message-text', lang: email.language }, ...withBreaks(email.text)),
        h('p', { class: 'hint', id: `waiting-quota-${mentee.menteeId}` }, t('outreach.quota', { count: email.emailQuota })),
        h('div', { class: 'buttons' }, send, cancel),
      );
      panel.hidden = false;
      button.setAttribute('aria-expanded', 'true');
      // The choice to make now: send, or cancel back to the button.
      (email.emailQuota < 1 ? cancel : send).focus();
    });
    if (!ok) {
      button.disabled = false;
      button.focus();
    }
  });
  return h('div', {}, h('div', { class: 'buttons' }, button), panel);
}

/** The message outreach writes for a mentee still waiting, with the channels she agreed to. */
function waitingMessage(ctx: ViewContext, mentee: WaitingMentee): HTMLElement {
  const { t } = ctx;
  const { message } = mentee;
  const link = (href: string | null, label: string, refused: string | null) =>
    href ? h('a', { class: 'button', href, target: '_blank', rel: 'noopener noreferrer' }, label) : h('span', { class: 'hint' }, `${label}: ${refused ?? ''}`);
  return h(
    'details',
    { id: `waiting-message-${mentee.menteeId}` },
    h('summary', {}, t('waiting.keepInformed')),
    h('p', { class: 'notice message-text', lang: message.language }, ...withBreaks(message.text)),
    h(
      'div',
      { class: 'buttons' },
      link(whatsappHref(message.whatsappUrl), t('outreach.whatsapp'), message.refused.whatsapp),
      link(mailtoHref(message.mailtoUrl), t('outreach.emailDraft'), message.refused.email),
    ),
    // Offered only where the email draft is: a mentee who declined email, or has no address, gets neither.
    message.mailtoUrl ? waitingSendButton(ctx, mentee) : '',
  );
}

function waitingItem(ctx: ViewContext, mentee: WaitingMentee): HTMLElement {
  return h(
    'li',
    { class: 'card', 'data-mentee': mentee.menteeId },
    h('strong', {}, mentee.name || mentee.menteeId),
    h('p', { class: 'hint' }, mentee.waited),
    h('p', {}, mentee.why),
    waitingMessage(ctx, mentee),
  );
}

/** The next page of the waiting list, added below the ones shown; the button goes once the last page is in. */
function moreButton(ctx: ViewContext, list: HTMLElement, next: number | null, total: number): HTMLElement | '' {
  if (next === null) return '';
  const button = h('button', { class: 'button', type: 'button', id: 'waiting-more' }, ctx.t('supervision.showMore', { count: total - next }));
  const holder = h('div', { class: 'buttons' }, button);
  on(button, 'click', async () => {
    button.disabled = true;
    const ok = await attempt(ctx, async () => {
      const page = await call('getWaitingList', { offset: next });
      const items = page.mentees.map((m) => waitingItem(ctx, m));
      list.append(...items);
      holder.replaceWith(moreButton(ctx, list, page.next, page.total));
      // The button is gone: focus goes to the first mentee added, where reading goes on.
      items[0]?.setAttribute('tabindex', '-1');
      items[0]?.focus();
    });
    if (!ok) button.disabled = false;
  });
  return holder;
}

/**
 * The waiting list under the waiting item, closed until asked for: it reads the matching sheets
 * and puts every listed mentee's reasons into words, which Home need not pay for on each visit.
 */
function waitingList(ctx: ViewContext, list: Desk['waitingList']): HTMLElement {
  const { t } = ctx;
  if (list.count === 0) return h('p', { class: 'hint', id: 'waiting-none' }, t('waiting.none', { days: list.limit }));
  const body = h('div', {}, loadingNote(t));
  const details = h('details', { class: 'group', id: 'waiting-list' }, h('summary', {}, t('waiting.title', { count: list.count, days: list.limit })), body);
  // A failed call is tried again when the list is next opened.
  return whenFirstOpened(details, async () => {
    try {
      const result = await call('getWaitingList', {});
      const list = h('ul', { class: 'plain', id: 'waiting-mentees' }, ...result.mentees.map((m) => waitingItem(ctx, m)));
      body.replaceChildren(
        list,
        moreButton(ctx, list, result.next, result.total),
        h('div', { class: 'buttons' }, goButton(ctx, 'matching', 'waiting-go-matching')),
      );
      return true;
    } catch (error) {
      body.replaceChildren(loadProblem(t('home.loadError', { message: (error as Error).message })));
      return false;
    }
  });
}

/** What needs the coordinator now, most urgent first; a plain line when nothing does. */
function deskSection(ctx: ViewContext, desk: Desk): HTMLElement {
  const { t } = ctx;
  const items = desk.items.map((item, i) =>
    h(
      'li',
      { class: `desk-item u${item.urgency}`, 'data-key': item.key },
      item.urgency === 3 ? h('span', { class: 'badge warn' }, t('home.desk.urgent')) : '',
      item.urgency === 3 ? ' ' : '',
      t(item.key as MessageKey, item.params),
      h('div', { class: 'buttons' }, goButton(ctx, item.area as AreaId, `desk-go-${i + 1}`, item.section ?? undefined)),
      item.key === 'home.desk.waiting' || item.key === 'home.desk.waitingUndated' ? waitingList(ctx, desk.waitingList) : '',
    ),
  );
  return h(
    'section',
    { id: 'home-desk', 'aria-labelledby': 'home-desk-title' },
    h('h3', { id: 'home-desk-title' }, t('home.desk.title')),
    items.length ? h('ul', { class: 'plain', id: 'desk-items' }, ...items) : h('p', { class: 'notice ok', id: 'home-nothing' }, t('home.desk.nothing')),
  );
}

function drawDesk(ctx: ViewContext, desk: Desk): Node[] {
  const parts: Node[] = [];
  if (desk.steps.length > 0) parts.push(stepsCard(ctx, desk));
  // Before setup the checklist is all there is: its first step is what to do.
  if (ctx.state.isSetUp) parts.push(deskSection(ctx, desk));
  if (desk.steps.length === 0 && desk.forms.length > 0)
    parts.push(h('details', { class: 'group', id: 'home-forms-group' }, h('summary', {}, ctx.t('home.forms.title')), formList(ctx, desk.forms)));
  return parts;
}

export function homeView(ctx: ViewContext): HTMLElement {
  const { state } = ctx;
  const body = h('div', { id: 'home-body' }, loadingNote(ctx.t, 'home-loading'));
  const load = async () => {
    try {
      body.replaceChildren(...drawDesk(ctx, await (claimEarly('getHomeDesk') ?? call('getHomeDesk'))));
    } catch (error) {
      const retry = on(h('button', { class: 'button', type: 'button', id: 'home-retry' }, ctx.t('common.retry')), 'click', () => {
        body.replaceChildren(loadingNote(ctx.t, 'home-loading'));
        void load();
      });
      body.replaceChildren(loadProblem(ctx.t('home.loadError', { message: (error as Error).message }), 'home-error'), h('div', { class: 'buttons' }, retry));
    }
  };
  void load();
  return h(
    'section',
    { class: 'section', 'aria-labelledby': 'home-title' },
    h('h2', { id: 'home-title' }, ctx.t('home.title')),
    h('p', { class: 'hint' }, state.spreadsheetName),
    state.isSetUp ? '' : h('div', { class: 'notice warning' }, ctx.t('home.notSetUp')),
    state.isSetUp ? '' : h('div', { class: 'buttons' }, setUpButton(ctx)),
    body,
  );
}
