import { attempt, type ViewContext } from '../../context';
import { h, on } from '../../dom';
import { mailtoHref, prefillHref, whatsappHref } from '../../links';
import { type ApiResult, call } from '../../rpc';

type Outreach = ApiResult<'getOutreach'>;
type Message = Outreach['messages'][number];

/**
 * "Reach out": the pair's diary link and each due reminder, ready to send. WhatsApp and the email
 * draft open in the coordinator's own apps; "Send email" sends through Google after this click.
 * Every text is put in as text, and links only when they have the shape the server builds.
 */
function diaryLinkBlock(ctx: ViewContext, link: string | null): HTMLElement {
  const { t } = ctx;
  const href = prefillHref(link);
  if (!href) return h('p', { class: 'hint', id: 'outreach-diary' }, t('outreach.noDiaryLink'));
  const field = h('input', { type: 'text', readonly: true, value: href, id: 'outreach-diary-link', 'aria-label': t('outreach.diaryLink') });
  const copy = on(h('button', { class: 'button', type: 'button', id: 'outreach-copy' }, t('outreach.copy')), 'click', async () => {
    field.select();
    await attempt(ctx, async () => {
      await navigator.clipboard.writeText(href);
      ctx.notify('ok', t('outreach.copied'));
    });
  });
  return h('div', { id: 'outreach-diary' }, h('label', { for: 'outreach-diary-link' }, t('outreach.diaryLink')), field, h('div', { class: 'buttons' }, copy));
}

function messageBlock(ctx: ViewContext, code: string, message: Message, quota: { left: number; show: (n: number) => void }): HTMLElement {
  const { t } = ctx;
  const link = (href: string | null, label: string, refused: string | null) =>
    href ? h('a', { class: 'button', href, target: '_blank', rel: 'noopener noreferrer' }, label) : h('span', { class: 'hint' }, `${label}: ${refused ?? ''}`);
  const send = h(
    'button',
    {
      class: 'button action',
      type: 'button',
      disabled: !message.canSendEmail || quota.left < 1,
      'data-kind': message.kind,
      'data-to': message.to,
      'data-person': message.personId,
    },
    t('outreach.sendEmail'),
  );
  on(send, 'click', async () => {
    send.disabled = true;
    const ok = await attempt(ctx, async () => {
      const result = await call('sendOutreachEmail', { code, kind: message.kind, to: message.to, personId: message.personId });
      quota.show(result.emailQuota);
      ctx.notify('ok', t('outreach.sent'));
    });
    if (!ok) send.disabled = false;
  });
  // The first name tells a team's two mentors apart ("Welcome · To the mentor (Samira)").
  const to = t(message.to === 'mentor' ? 'outreach.to.mentor' : 'outreach.to.mentee');
  return h(
    'li',
    { class: 'card outreach-message', 'data-kind': message.kind, 'data-to': message.to, 'data-person': message.personId },
    h('strong', {}, `${message.label} · ${message.firstName ? `${to} (${message.firstName})` : to}`),
    h('p', { class: 'message-text' }, message.text),
    h(
      'div',
      { class: 'buttons' },
      link(whatsappHref(message.whatsappUrl), t('outreach.whatsapp'), message.refused.whatsapp),
      link(mailtoHref(message.mailtoUrl), t('outreach.emailDraft'), message.refused.email),
      message.canSendEmail ? send : '',
    ),
  );
}

export function outreachSection(ctx: ViewContext, code: string): HTMLElement {
  const { t } = ctx;
  const body = h('div', {}, h('p', { class: 'hint' }, t('common.loading')));
  const details = h('details', { class: 'group', id: 'outreach' }, h('summary', {}, t('outreach.title')), body);
  let loaded = false;
  on(details, 'toggle', async () => {
    if (!details.open || loaded) return;
    loaded = true;
    try {
      const outreach = await call('getOutreach', { code });
      const quotaText = h('p', { class: 'hint', id: 'outreach-quota' }, t('outreach.quota', { count: outreach.emailQuota }));
      const quota = {
        left: outreach.emailQuota,
        show: (n: number) => {
          quota.left = n;
          quotaText.replaceChildren(t('outreach.quota', { count: n }));
        },
      };
      const messages = outreach.messages.map((m) => messageBlock(ctx, code, m, quota));
      body.replaceChildren(
        diaryLinkBlock(ctx, outreach.diaryLink),
        quotaText,
        messages.length ? h('ul', { class: 'plain' }, ...messages) : h('p', { class: 'hint' }, t('outreach.nothingDue')),
      );
    } catch (error) {
      loaded = false;
      body.replaceChildren(h('div', { class: 'notice warning', role: 'alert' }, (error as Error).message));
    }
  });
  return details;
}
