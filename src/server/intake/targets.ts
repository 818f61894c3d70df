import type { FormKind } from '../../core/intake/fields';
import { ASSESSMENTS, MEETINGS, MENTEES, MENTORS, SATISFACTION } from '../../core/schema/sheets';
import type { SheetSchema } from '../../core/schema/types';

/** Where each kind of response lands, and the prefix of the ids it gets. */
export interface Target {
  schema: SheetSchema;
  idKey: string | null;
  idPrefix: string;
  /** Fields a response of this kind must answer. */
  required: readonly string[];
  isPerson: boolean;
}

export const TARGETS: Record<FormKind, Target> = {
  mentor: { schema: MENTORS, idKey: 'id', idPrefix: 'MT-', required: ['name', 'birthYear', 'languages', 'consentData'], isPerson: true },
  mentee: { schema: MENTEES, idKey: 'id', idPrefix: 'ME-', required: ['name', 'birthYear', 'languages', 'needs', 'consentData'], isPerson: true },
  diary: { schema: MEETINGS, idKey: null, idPrefix: '', required: ['date'], isPerson: false },
  mentorSatisfaction: { schema: SATISFACTION, idKey: null, idPrefix: '', required: ['overall'], isPerson: false },
  menteeSatisfaction: { schema: SATISFACTION, idKey: null, idPrefix: '', required: ['overall'], isPerson: false },
  assessment: { schema: ASSESSMENTS, idKey: null, idPrefix: '', required: ['pairCode'], isPerson: false },
};

/** The next id after the highest one in use, e.g. "ME-0013" (ids are never reused). */
export function nextId(prefix: string, existing: Iterable<unknown>): string {
  let max = 0;
  for (const id of existing) {
    const match = typeof id === 'string' && id.startsWith(prefix) ? /(\d+)$/.exec(id) : null;
    if (match) max = Math.max(max, Number(match[1]));
  }
  return `${prefix}${String(max + 1).padStart(4, '0')}`;
}
