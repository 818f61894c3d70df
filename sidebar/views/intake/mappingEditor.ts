import { attempt, type ViewContext } from '../../context';
import { h, on } from '../../dom';
import { type ApiResult, call } from '../../rpc';

type Proposal = ApiResult<'proposeMapping'>;

type Column = Proposal['columns'][number];

/** The timestamp column and our key column are not questions: they are named, never mapped. */
function fixedColumnNote(role: 'timestamp' | 'key', t: ViewContext['t']): HTMLElement {
  return h('div', { class: 'muted-inline' }, t(role === 'key' ? 'intake.keyColumn' : 'intake.timestampColumn'));
}

/** The field a question fills, or none ("Other answers"), preselected as proposed. */
function fieldSelect(column: Column, index: number, p: Proposal, t: ViewContext['t']): HTMLSelectElement {
  const select = h('select', { 'aria-label': column.header, 'data-column': index });
  select.append(h('option', { value: '' }, t('intake.notAField')));
  for (const field of p.fields) select.append(h('option', { value: field, selected: column.field === field }, p.fieldLabels[field] ?? field));
  return select;
}

/** How sure the proposal is, shown only for a guess: a confirmed mapping is the coordinator's own. */
function confidenceBadge(column: Column, p: Proposal, t: ViewContext['t']): HTMLElement | null {
  if (!column.field || p.confirmed) return null;
  return h('span', { class: column.confidence >= 0.8 ? 'badge ok' : 'badge warn' }, t('intake.confidence', { percent: Math.round(column.confidence * 100) }));
}

/**
 * The coordinator confirms or corrects the proposed mapping of each question to a field.
 * Questions left unmapped are kept as "Other answers", never discarded.
 */
export function mappingEditor(
  ctx: ViewContext,
  proposal: Proposal,
  kinds: readonly string[],
  done: (message: string) => void,
  cancel: () => void,
): HTMLElement {
  const { t } = ctx;
  const root = h('div', { class: 'card', id: 'mapping-editor' });
  const draw = (p: Proposal) => {
    const kindSelect = h('select', { id: 'mapping-kind' });
    for (const kind of kinds) kindSelect.append(h('option', { value: kind, selected: kind === p.kind }, t(`kind.${kind}` as never)));
    on(kindSelect, 'change', async () => {
      await attempt(ctx, async () => {
        draw(await call('proposeMapping', { sheetId: p.sheetId, kind: kindSelect.value as never }));
      });
    });
    const selects: HTMLSelectElement[] = [];
    const rows = p.columns.map((column, index) => {
      const title = h('div', { class: 'question' }, column.header || '—');
      if (column.role === 'timestamp' || column.role === 'key') return h('li', {}, title, fixedColumnNote(column.role, t));
      const select = fieldSelect(column, index, p, t);
      selects[index] = select;
      return h('li', {}, title, select, confidenceBadge(column, p, t));
    });
    const save = h('button', { class: 'button action', type: 'button', id: 'mapping-save' }, t('intake.saveMapping'));
    on(save, 'click', async () => {
      save.disabled = true;
      try {
        const columns = p.columns.map((column, index) => ({ header: column.header, field: selects[index] ? selects[index]!.value || null : null }));
        await call('confirmMapping', { sheetId: p.sheetId, kind: kindSelect.value as never, columns });
        done(t('intake.mappingSaved'));
      } catch (error) {
        save.disabled = false;
        ctx.notify('error', (error as Error).message);
      }
    });
    const missing = p.missingRequired.length
      ? h('div', { class: 'notice warning' }, t('intake.missingRequired', { fields: p.missingRequired.map((f) => p.fieldLabels[f] ?? f).join(', ') }))
      : null;
    root.replaceChildren(
      h('h3', {}, t('intake.mappingTitle', { sheet: p.sheetName })),
      h('label', { for: 'mapping-kind' }, t('intake.formKind')),
      kindSelect,
      missing ?? '',
      h('ul', { class: 'plain mapping' }, ...rows),
      h('div', { class: 'buttons' }, save, on(h('button', { class: 'button', type: 'button' }, t('intake.cancel')), 'click', cancel)),
    );
  };
  draw(proposal);
  return root;
}
