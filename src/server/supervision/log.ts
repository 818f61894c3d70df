import { ID_PREFIX } from '../../core/ids';
import type { RecordValues } from '../../core/schema/types';
import { newId } from '../workspace/idMarks';
import { appendRecords, type Table } from '../workspace/table';

/** Adds one row to the Supervision sheet (contacts, sharing, messages sent) with a new entry id; returns the id. */
export function appendSupervisionEntry(supervision: Table, values: RecordValues): string {
  const entryId = newId(
    ID_PREFIX.supervision,
    supervision.rows.map((r) => r.values.entryId),
  );
  appendRecords(supervision, [{ entryId, ...values }], { byCoordinator: true });
  return entryId;
}
