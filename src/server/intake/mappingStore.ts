import type { FormMapping } from '../../core/intake/mapping';
import { readJson, writeJson } from '../workspace/jsonProperties';

/**
 * Confirmed mappings, one per response sheet, keyed by the sheet's id so that renaming the
 * sheet keeps them. Questions added to the form later are listed in `pendingQuestions`.
 */
export interface StoredMapping extends FormMapping {
  sheetId: number;
  confirmedAt: string;
  /** Set for forms the add-on created: their questions map exactly. */
  standard: boolean;
  pendingQuestions: string[];
  /** The consent text version of this form (Settings, "intake.consentTextVersion", when confirmed). */
  consentVersion?: string;
}

const KEY = 'pmd.mappings';

export function allMappings(): StoredMapping[] {
  return readJson<StoredMapping[]>(KEY) ?? [];
}

export function mappingFor(sheetId: number): StoredMapping | null {
  return allMappings().find((m) => m.sheetId === sheetId) ?? null;
}

export function saveMapping(mapping: StoredMapping): void {
  writeJson(KEY, [...allMappings().filter((m) => m.sheetId !== mapping.sheetId), mapping]);
}
