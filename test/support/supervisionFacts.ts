import { parseCalendarDate } from '../../src/core/calendarDate';
import type { PairRecords } from '../../src/core/supervision/checklist';
import type { MeetingFacts, PairFacts } from '../../src/core/supervision/model';

/**
 * Plain facts for the supervision rules' unit tests: one pair mentoring from 1 September 2026 and
 * its diaries, each test changing only what it is about. Days are calendar days, as the table
 * module reads date columns.
 */
const d = (iso: string) => parseCalendarDate(iso)!;

export function pairFacts(extra: Partial<PairFacts> = {}): PairFacts {
  return {
    code: 'P-0001',
    mentorId: 'MT-0001',
    secondMentorId: '',
    menteeId: 'ME-0001',
    status: 'Active',
    proposedOn: d('2026-08-20'),
    acceptedOn: d('2026-08-25'),
    introMeetingOn: d('2026-09-01'),
    startedOn: d('2026-09-01'),
    plannedEndOn: null,
    closedOn: null,
    ...extra,
  };
}

/** A diary of `date`, sent that day; its key is unique per day and pair. */
export function meetingFacts(date: string, extra: Partial<MeetingFacts> = {}): MeetingFacts {
  return {
    key: `k-${date}-${extra.pairCode ?? 'P-0001'}`,
    pairCode: 'P-0001',
    mentorId: 'MT-0001',
    date: d(date),
    submittedOn: d(date),
    communityActivity: false,
    needsSupport: false,
    concernKind: null,
    themes: '',
    ...extra,
  };
}

/** A pair's records, none unless given. */
export const records = (extra: Partial<PairRecords> = {}): PairRecords => ({
  meetings: [],
  contacts: [],
  goals: [],
  hasAssessment: false,
  satisfactionRoles: new Set(),
  ticked: new Set(),
  ...extra,
});
