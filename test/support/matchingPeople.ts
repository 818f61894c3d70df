import type { FakeWorkspace } from '../../fake';
import type { RecordValues } from '../../src/core/schema/types';
import { MENTEES, MENTORS } from '../../src/core/schema/sheets';
import { setUpProgrammeSheets } from '../../src/server/programme';
import { appendRecords, readTable } from '../../src/server/workspace/table';
import { useWorkspace } from './workspace';

/**
 * Answers every mentor and mentee of the matching tests' programmes give alike, so that no hard
 * rule keeps a pair apart unless a test says so: consent, a common language at a usable level, a
 * common free time, the same place, a recorded gender and no gender preference.
 */
export const PERSON = {
  consentData: true,
  languages: 'it:native, en:B2',
  availability: 'evenings, weekends',
  municipality: 'Bologna',
  gender: 'Woman',
  genderPreference: 'No preference',
};

type Row = Partial<RecordValues>;

export interface ProgrammeRows {
  /** The day the workspace's clock is set to before anything is written (else the fake's default). */
  today?: Date;
  mentors: readonly Row[];
  mentees: readonly Row[];
  /** What else the programme holds (other sheets, settings), written after the people. */
  more?: () => void;
}

/**
 * A fresh programme in the in-memory Workspace: its sheets set up, the mentors and mentees as the
 * coordinator typed them, then `more`; the call counter is reset last, so that a test counts only
 * its own calls.
 */
export function programmeWith({ today, mentors, mentees, more }: ProgrammeRows): FakeWorkspace {
  const ws = useWorkspace();
  if (today) ws.clock.set(today);
  setUpProgrammeSheets();
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  appendRecords(readTable(spreadsheet, MENTORS), mentors, { byCoordinator: true });
  appendRecords(readTable(spreadsheet, MENTEES), mentees, { byCoordinator: true });
  more?.();
  ws.counter.reset();
  return ws;
}
