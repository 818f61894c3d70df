import { afterEach, describe, expect, it, vi } from 'vitest';
import { FakeRange } from '../../fake/spreadsheet';
import { sensitiveKind } from '../../src/core/privacy/sensitive';
import { SENSITIVE } from '../../src/core/schema/sheets';
import { sidebarApi } from '../../src/server/api';
import { matchingApi } from '../../src/server/matching/api';
import { backgroundChecks } from '../../src/server/privacy/backgroundChecks';
import { appendRecords, readTable } from '../../src/server/workspace/table';
import { PERSON, programmeWith } from '../support/matchingPeople';
import { recordsOf } from '../support/workspace';

/**
 * The background check gate on the programme's sheets (docs/matching.md, "Background checks"):
 * the checks are read from Sensitive details only while the programme requires one, an unchecked
 * mentor is excluded with the reason in words wherever exclusions are explained, and accepting a
 * match checks again.
 */
const person = {
  ...PERSON,
  offers: 'Housing',
  trainingModules: 5,
  capacity: 1,
};
/** What the coordinator typed as the check's kind in Sensitive details: it must never reach matching's answers. */
const RECORDED_LABEL = 'Verklaring Omtrent het Gedrag nr 2025-0042';
const CHECK = sensitiveKind('backgroundCheck')!.detail;

/** 3 March 2026: MT-0001's check expires today, MT-0002's tomorrow, MT-0003 has none. */
function programme(required: { label?: string } | null) {
  return programmeWith({
    today: new Date('2026-03-03T10:00:00Z'),
    mentors: [
      { id: 'MT-0001', name: 'Samira Haddad', interests: 'Cooking', ...person },
      { id: 'MT-0002', name: 'Olena K', ...person },
      { id: 'MT-0003', name: 'Nadia B', ...person },
    ],
    mentees: [
      { id: 'ME-0001', name: 'Amina Yusuf', needs: 'Housing', interests: 'Cooking', ...person },
      { id: 'ME-0002', name: 'Iryna S', needs: 'Housing', ...person },
    ],
    more: () => {
      appendRecords(
        readTable(SpreadsheetApp.getActiveSpreadsheet(), SENSITIVE),
        [
          { personId: 'MT-0001', detail: CHECK, value: RECORDED_LABEL, checkDoneOn: '2025-03-01', checkExpiresOn: '2026-03-03' },
          { personId: 'MT-0002', detail: CHECK, value: RECORDED_LABEL, checkDoneOn: '2025-03-02', checkExpiresOn: '2026-03-04' },
          // Another person's detail of another kind: not a check.
          { personId: 'MT-0003', detail: sensitiveKind('exclusionReason')!.detail, value: 'private', relatedId: 'ME-0002' },
        ],
        { byCoordinator: true },
      );
      if (required) matchingApi.saveMatchingSettings({ backgroundCheckRequired: true, backgroundCheckLabel: required.label ?? '' });
    },
  });
}

/** The sheets each Range.getValues read, in order. */
function sheetsRead() {
  const spy = vi.spyOn(FakeRange.prototype, 'getValues');
  return () => spy.mock.contexts.map((range) => (range as FakeRange).getSheet().getName());
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('when the programme does not require a check (the default)', () => {
  it('matches as before, and never reads Sensitive details', () => {
    const ws = programme(null);
    const read = sheetsRead();
    const result = matchingApi.getSuggestions({ menteeId: 'ME-0001' });
    expect(ws.counter.get('Range.getValues')).toBe(4); // Mentors, Mentees, Pairs, Settings
    expect(result.suggestions.map((s) => s.mentorId)).toEqual(['MT-0001', 'MT-0002', 'MT-0003']);
    expect(result.excluded.count).toBe(0);
    matchingApi.getExcludedMentors({ menteeId: 'ME-0001' });
    matchingApi.getMentorSuggestions({ mentorId: 'MT-0003' });
    matchingApi.proposeCohort({ maximiseMatched: true, teamMode: false });
    matchingApi.getMatchingOverview();
    matchingApi.getMatchingSettings();
    matchingApi.acceptMatches({ pairs: [{ menteeId: 'ME-0001', mentorId: 'MT-0003' }] });
    expect(read()).not.toContain('Sensitive details');
    expect(read()).toContain('Mentors');
    expect(matchingApi.getMatchingSettings()).toMatchObject({ backgroundCheckRequired: false, backgroundCheckLabel: '' });
  });
});

describe('when the programme requires a check', () => {
  it('reads Sensitive details once, and excludes a check missing or expiring today with the reason in words', () => {
    const ws = programme({ label: 'VOG' });
    const read = sheetsRead();
    const result = matchingApi.getSuggestions({ menteeId: 'ME-0001' });
    expect(ws.counter.get('Range.getValues')).toBe(5);
    expect(read()).toEqual(['Mentors', 'Mentees', 'Pairs', 'Settings', 'Sensitive details']);
    // Expires tomorrow: still counts today.
    expect(result.suggestions.map((s) => s.mentorId)).toEqual(['MT-0002']);
    expect(result.excluded).toEqual({
      count: 2,
      summary: '2 mentors excluded: 2 without a valid background check.',
      byRule: [{ rule: 'backgroundCheck', count: 2, label: '2 without a valid background check' }],
    });
    const opened = matchingApi.getExcludedMentors({ menteeId: 'ME-0001', rule: 'backgroundCheck' });
    expect(opened.mentors).toEqual([
      { mentorId: 'MT-0001', mentorName: 'Samira Haddad', rules: ['Background check (VOG) expired on 3 March 2026.'], endedBefore: false },
      { mentorId: 'MT-0003', mentorName: 'Nadia B', rules: ['No background check recorded (VOG).'], endedBefore: false },
    ]);
    // The mentor's side and the cohort say the same.
    const mentorSide = matchingApi.getMentorSuggestions({ mentorId: 'MT-0001' });
    expect(mentorSide.suggestions).toEqual([]);
    // Counted for the mentor's sake, as the rule reads the mentor alone; the reasons when opened.
    expect(mentorSide.excluded).toEqual({
      count: 2,
      summary: '2 mentees excluded: 2 because this mentor has no valid background check.',
      byRule: [{ rule: 'backgroundCheck', count: 2, label: '2 because this mentor has no valid background check' }],
    });
    const openedMentees = matchingApi.getExcludedMentees({ mentorId: 'MT-0001', rule: 'backgroundCheck' });
    expect(openedMentees.mentees.map((e) => e.rules)).toEqual([
      ['Background check (VOG) expired on 3 March 2026.'],
      ['Background check (VOG) expired on 3 March 2026.'],
    ]);
    const cohort = matchingApi.proposeCohort({ maximiseMatched: true, teamMode: false });
    expect(cohort.pairs.map((p) => p.mentorId)).toEqual(['MT-0002']);
    expect(cohort.unmatched).toEqual([
      expect.objectContaining({ menteeId: 'ME-0002', why: '1 suitable mentor, given to others in this proposal: offer an alternative or the waiting list.' }),
    ]);
    // Only the state and the settings' name of the check: nothing a row of Sensitive details says.
    const answers = JSON.stringify([result, opened, mentorSide, openedMentees, cohort]);
    for (const recorded of ['Omtrent', '2025-0042', '2025-03-01', '2025-03-02', '2026-03-03', 'private']) expect(answers).not.toContain(recorded);
  });

  it('moves with the matching day: the day of expiry no longer counts, the day after neither', () => {
    const ws = programme({});
    expect(matchingApi.getSuggestions({ menteeId: 'ME-0001' }).suggestions.map((s) => s.mentorId)).toEqual(['MT-0002']);
    ws.clock.set(new Date('2026-03-04T10:00:00Z'));
    expect(matchingApi.getSuggestions({ menteeId: 'ME-0001' }).suggestions).toEqual([]);
    expect(matchingApi.getExcludedMentors({ menteeId: 'ME-0001', mentorId: 'MT-0002' }).mentors[0]!.rules).toEqual([
      'Background check expired on 4 March 2026.',
    ]);
    ws.clock.set(new Date('2026-03-05T10:00:00Z'));
    expect(matchingApi.getExcludedMentors({ menteeId: 'ME-0001', mentorId: 'MT-0001' }).mentors[0]!.rules).toEqual([
      'Background check expired on 3 March 2026.',
    ]);
  });

  it('refuses to accept a pair whose mentor’s check expired between the suggestion and the accept, with the words', () => {
    const ws = programme({ label: 'VOG' });
    const [suggestion] = matchingApi.getSuggestions({ menteeId: 'ME-0001' }).suggestions;
    expect(suggestion!.mentorId).toBe('MT-0002');
    ws.clock.set(new Date('2026-03-04T10:00:00Z'));
    expect(() => sidebarApi.acceptMatches({ pairs: [{ menteeId: 'ME-0001', mentorId: 'MT-0002' }] })).toThrow(
      /Background check \(VOG\) expired on 4 March 2026\./,
    );
    expect(recordsOf(ws, 'Pairs')).toEqual([]);
    // A renewed check, recorded in Sensitive details, lets the same pair through.
    appendRecords(
      readTable(SpreadsheetApp.getActiveSpreadsheet(), SENSITIVE),
      [{ personId: 'MT-0002', detail: CHECK, value: RECORDED_LABEL, checkDoneOn: '2026-03-04', checkExpiresOn: '2029-03-04' }],
      { byCoordinator: true },
    );
    expect(matchingApi.acceptMatches({ pairs: [{ menteeId: 'ME-0001', mentorId: 'MT-0002' }] }).codes).toEqual(['P-0001']);
  });

  it('refuses a pair once the programme starts requiring a check after the suggestion', () => {
    const ws = programme(null);
    expect(matchingApi.getSuggestions({ menteeId: 'ME-0002' }).suggestions.map((s) => s.mentorId)).toContain('MT-0003');
    matchingApi.saveMatchingSettings({ backgroundCheckRequired: true });
    expect(() => sidebarApi.acceptMatches({ pairs: [{ menteeId: 'ME-0002', mentorId: 'MT-0003' }] })).toThrow(/No background check recorded\./);
    expect(recordsOf(ws, 'Pairs')).toEqual([]);
  });

  it('reads no check where no rule is checked: overview, settings, a pair’s status', () => {
    programme({});
    const { codes } = matchingApi.acceptMatches({ pairs: [{ menteeId: 'ME-0001', mentorId: 'MT-0002' }] });
    const read = sheetsRead();
    matchingApi.getMatchingOverview();
    matchingApi.getMatchingSettings();
    matchingApi.updatePairStatus({ code: codes[0]!, status: 'Mentor accepted' });
    matchingApi.getProposalMessage({ code: codes[0]! });
    expect(read()).not.toContain('Sensitive details');
  });
});

describe('the setting in Settings', () => {
  it('is saved and read back, with the check’s name tidied', () => {
    programme(null);
    const saved = matchingApi.saveMatchingSettings({ backgroundCheckRequired: true, backgroundCheckLabel: '  Certificato   penale ' });
    expect(saved).toMatchObject({ backgroundCheckRequired: true, backgroundCheckLabel: 'Certificato penale' });
    expect(saved.rules).toContain('backgroundCheck');
    expect(matchingApi.getMatchingSettings()).toMatchObject({ backgroundCheckRequired: true, backgroundCheckLabel: 'Certificato penale' });
  });

  it('refuses a name too long with a clear message, and keeps what was saved', () => {
    programme({ label: 'VOG' });
    expect(() => sidebarApi.saveMatchingSettings({ backgroundCheckRequired: false, backgroundCheckLabel: 'x'.repeat(61) })).toThrow(/at most 60 characters/);
    expect(() => sidebarApi.saveMatchingSettings({ backgroundCheckLabel: 42 as never })).toThrow(/backgroundCheckLabel must be text/);
    expect(matchingApi.getMatchingSettings()).toMatchObject({ backgroundCheckRequired: true, backgroundCheckLabel: 'VOG' });
    expect(matchingApi.saveMatchingSettings({ backgroundCheckRequired: true, backgroundCheckLabel: 'x'.repeat(60) }).backgroundCheckLabel).toHaveLength(60);
  });
});

describe('the checks read from Sensitive details', () => {
  it('keeps every check of a person, skips checks about no one and rows of other kinds, and reads none before setup', () => {
    programme(null);
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    appendRecords(
      readTable(spreadsheet, SENSITIVE),
      [
        // A renewal: the newer check comes second, and both are kept (the status takes the best of them).
        { personId: 'MT-0001', detail: CHECK, value: 'renewed', checkDoneOn: '2026-03-01', checkExpiresOn: '2029-03-01' },
        { personId: '', detail: CHECK, value: 'about no one', checkDoneOn: '2026-03-01', checkExpiresOn: '2029-03-01' },
      ],
      { byCoordinator: true },
    );
    const checks = backgroundChecks(spreadsheet);
    expect([...checks.keys()].sort()).toEqual(['MT-0001', 'MT-0002']);
    expect(checks.get('MT-0001')!.map((c) => [c.label, c.expiresOn])).toEqual([
      [RECORDED_LABEL, '2026-03-03'],
      ['renewed', '2029-03-01'],
    ]);
    spreadsheet.deleteSheet(spreadsheet.getSheetByName(SENSITIVE.name)!);
    expect(backgroundChecks(spreadsheet).size).toBe(0);
  });
});
