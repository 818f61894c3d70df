import { ID_PREFIX } from '../../core/ids';
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
  mentor: { schema: MENTORS, idKey: 'id', idPrefix: ID_PREFIX.mentor, required: ['name', 'birthYear', 'languages', 'consentData'], isPerson: true },
  mentee: { schema: MENTEES, idKey: 'id', idPrefix: ID_PREFIX.mentee, required: ['name', 'birthYear', 'languages', 'needs', 'consentData'], isPerson: true },
  diary: { schema: MEETINGS, idKey: null, idPrefix: '', required: ['date'], isPerson: false },
  mentorSatisfaction: { schema: SATISFACTION, idKey: null, idPrefix: '', required: ['overall'], isPerson: false },
  menteeSatisfaction: { schema: SATISFACTION, idKey: null, idPrefix: '', required: ['overall'], isPerson: false },
  assessment: { schema: ASSESSMENTS, idKey: null, idPrefix: '', required: ['pairCode'], isPerson: false },
};
