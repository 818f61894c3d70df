import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyConcern, SENSITIVE_INTAKE_FIELDS, sensitiveKind, takeSensitive } from '../../src/core/privacy/sensitive';
import { PROGRAMME_SHEETS, SENSITIVE } from '../../src/core/schema/sheets';

describe('sensitive details', () => {
  it('takes every sensitive answer out of a record, whatever else it holds', () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.constantFrom('name', 'origin', 'permitInOrder', 'health', 'concerns', 'needs'),
          fc.oneof(fc.string(), fc.constant(null), fc.integer()),
        ),
        (values) => {
          const record = { ...values };
          const taken = takeSensitive(record);
          for (const key of SENSITIVE_INTAKE_FIELDS) expect(key in record).toBe(false);
          for (const [key, value] of Object.entries(taken)) expect(String(values[key])).toBe(value);
          expect(Object.values(taken).every((v) => v.trim() !== '')).toBe(true);
        },
      ),
    );
  });

  it('has no sensitive column left in any other sheet', () => {
    const others = PROGRAMME_SHEETS.filter((s) => s !== SENSITIVE).flatMap((s) => s.columns.map((c) => c.key));
    for (const key of SENSITIVE_INTAKE_FIELDS) expect(others).not.toContain(key);
    expect(others).not.toContain('safeguardingNotes');
  });

  it('reads a detail by its key or by the words in either language', () => {
    expect(sensitiveKind('Residence permit in order')?.key).toBe('permitInOrder');
    expect(sensitiveKind(' nota di tutela ')?.key).toBe('safeguarding');
    expect(sensitiveKind('exclusionReason')?.detail).toBe('Exclusion reason');
    expect(sensitiveKind('Favourite colour')).toBeUndefined();
  });

  it('names a concern’s kind without its words', () => {
    expect(classifyConcern('')).toBeNull();
    expect(classifyConcern('They had an argument')).toBe('conflict');
    expect(classifyConcern('Asked me to lend money')).toBe('boundaries');
    expect(classifyConcern('Non risponde da due settimane')).toBe('unreachable');
    expect(classifyConcern('She seems tired')).toBe('other');
  });

  it.each([
    ['Είχαμε μια σύγκρουση για το πρόγραμμα', 'conflict'],
    ['Μου ζήτησε χρήματα', 'boundaries'],
    ['Δεν απαντά στο τηλέφωνο', 'unreachable'],
    ['Tivemos uma discussão', 'conflict'],
    ['Pediu-me dinheiro emprestado', 'boundaries'],
    ['Não responde às mensagens', 'unreachable'],
    ['Parece cansada', 'other'],
  ])('names the kind of a concern written in Greek or Portuguese: %s', (text, kind) => {
    expect(classifyConcern(text)).toBe(kind);
  });
});
