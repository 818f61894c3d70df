import { attempt, type ViewContext } from '../../context';
import { h, on } from '../../dom';
import { type ApiResult, call } from '../../rpc';

type Proposal = ApiResult<'proposeMapping'>;

/**
 * The coordinator confirms or corrects the proposed mapping of each question to a field.
 * Questions left unmapped are kept as "Other answers", never discarded.
 */
export function mappingEditor(ctx: ViewContext, proposal: Proposal, kinds: readonly string[], done: (message: string) => void, cancel: () => void): HTMLElement {
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
      if (column.role === 'timestamp' || column.role === 'key') {
        return h('li', {}, title, h('div', { class: 'muted-inline' }, t(column.role === 'key' ? 'intake.keyColumn' : 'intake.timestampColumn')));
      }
      const select = h('select', { 'aria-label': column.header, 'data-column': index });
      select.append(h('option', { value: '' }, t('intake.notAField')));
      for (const field of p.fields) select.append(h('option', { value: field, selected: column.field === field }, p.fieldLabels[field] ?? field));
      selects[index] = select;
      const confidence = column.field && !p.confirmed ? h('span', { class: column.confidence >= 0.8 ? 'badge ok' : 'badge warn' }, t('intake.confidence', { percent: Math.round(column.confidence * 100) })) : null;
      return h('li', {}, title, select, confidence);
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
