import { describe, expect, it } from 'vitest';
import { sidebarApi } from '../../src/server/api';
import { matchingApi } from '../../src/server/matching/api';
import { PERSON, programmeWith } from '../support/matchingPeople';

/**
 * Issue 16, item 3, from a mentor's side: getMentorSuggestions carries the excluded mentees as
 * counts per rule only, and getExcludedMentees gives the names and reasons of the group the
 * coordinator opens, twenty at a time.
 */
const MENTOR = { id: 'MT-0001', name: 'Samira Haddad', offers: 'Housing, Employment', trainingModules: 5, capacity: 2, ...PERSON };

/** `count` waiting mentees who share no language with the mentor, ids ME-1000 onwards. */
function strangers(count: number) {
  return Array.from({ length: count }, (_, i) => ({ id: `ME-${1000 + i}`, name: `Stranger ${i}`, needs: 'Housing', ...PERSON, languages: 'ti' }));
}

function programme(extra: Parameters<typeof programmeWith>[0]['mentees'] = []) {
  return programmeWith({
    mentors: [MENTOR, { id: 'MT-0002', name: 'Not Trained', offers: 'Housing', trainingModules: 2, capacity: 1, ...PERSON }],
    mentees: [
      { id: 'ME-0001', name: 'Amina Yusuf', needs: 'Housing', ...PERSON },
      { id: 'ME-0002', name: 'Iryna Shevchenko', needs: 'Housing', ...PERSON, languages: 'uk' },
      { id: 'ME-0003', name: 'Carlos Mendes', needs: 'Housing', ...PERSON, availability: 'mornings' },
      { id: 'ME-0004', name: 'Dawit Tesfaye', needs: 'Health', ...PERSON },
      // Not selected: not waiting, so neither counted nor listed on a mentor's side.
      { id: 'ME-0005', name: 'Not Waiting', needs: 'Housing', ...PERSON, languages: 'uk', screeningDecision: 'Not selected' },
      ...extra,
    ],
  });
}

describe('a mentor’s suggestions', () => {
  it('carry the excluded mentees as counts per rule, in words, and none of their names', () => {
    const ws = programme();
    const result = matchingApi.getMentorSuggestions({ mentorId: 'MT-0001' });
    expect(ws.counter.get('Range.getValues')).toBe(4); // Mentors, Mentees, Pairs, Settings
    expect(result.suggestions.map((s) => s.menteeId)).toEqual(['ME-0001']);
    expect(result.excluded).toEqual({
      count: 3,
      summary: '3 mentees excluded: 1 with no common language, 1 with no common free time, 1 not offering help with the first need.',
      byRule: [
        { rule: 'language', count: 1, label: '1 with no common language' },
        { rule: 'availability', count: 1, label: '1 with no common free time' },
        { rule: 'firstNeed', count: 1, label: '1 not offering help with the first need' },
      ],
    });
    const reply = JSON.stringify(result);
    for (const excluded of ['Iryna', 'Carlos', 'Dawit', 'ME-0002', 'ME-0003', 'ME-0004', 'Not Waiting']) expect(reply).not.toContain(excluded);
  });

  it('say "no mentee excluded" when none is, and name the mentor for a rule that reads the mentor alone', () => {
    programmeWith({ mentors: [MENTOR], mentees: [{ id: 'ME-0001', name: 'Amina Yusuf', needs: 'Housing', ...PERSON }] });
    expect(matchingApi.getMentorSuggestions({ mentorId: 'MT-0001' }).excluded).toEqual({ count: 0, summary: 'No mentee excluded.', byRule: [] });
    programme();
    expect(matchingApi.getMentorSuggestions({ mentorId: 'MT-0002' }).excluded).toEqual({
      count: 4,
      summary:
        '4 mentees excluded: 1 with no common language, 1 with no common free time, 1 not offering help with the first need, 1 because this mentor’s training is not completed or not recorded.',
      byRule: [
        { rule: 'language', count: 1, label: '1 with no common language' },
        { rule: 'availability', count: 1, label: '1 with no common free time' },
        { rule: 'firstNeed', count: 1, label: '1 not offering help with the first need' },
        { rule: 'training', count: 1, label: '1 because this mentor’s training is not completed or not recorded' },
      ],
    });
  });

  it('are put in the coordinator’s language', () => {
    programme();
    sidebarApi.saveSettings({ language: 'it' });
    expect(matchingApi.getMentorSuggestions({ mentorId: 'MT-0002' }).excluded.summary).toBe(
      '4 mentee esclusi: 1 senza una lingua comune, 1 senza orari liberi in comune, 1 non offre aiuto per il primo bisogno, 1 perché la formazione di questo mentore non è completata o non è registrata.',
    );
    expect(matchingApi.getExcludedMentees({ mentorId: 'MT-0001', rule: 'language' }).mentees[0]!.rules).toEqual([
      'Nessuna lingua comune a un livello utilizzabile.',
    ]);
  });

  it('stay the same size however many mentees are excluded', () => {
    programme(strangers(30));
    const few = JSON.stringify(matchingApi.getMentorSuggestions({ mentorId: 'MT-0001' }));
    programme(strangers(1500));
    const many = JSON.stringify(matchingApi.getMentorSuggestions({ mentorId: 'MT-0001' }));
    expect(many).toContain('1503 mentees excluded: 1501 with no common language');
    // Only the digits of five counts grow, two each: the total and the summary's, the group's count, its label's and the summary's.
    expect(many.length - few.length).toBe(10);
  });
});

describe('the excluded mentees the coordinator opens', () => {
  it('list one rule’s group with names and every rule in words, twenty at a time', () => {
    const ws = programme(strangers(20));
    const first = matchingApi.getExcludedMentees({ mentorId: 'MT-0001', rule: 'language' });
    expect(ws.counter.get('Range.getValues')).toBe(4);
    expect(first).toMatchObject({ rule: 'language', total: 21, offset: 0, next: 20 });
    expect(first.mentees[0]).toEqual({
      menteeId: 'ME-0002',
      menteeName: 'Iryna Shevchenko',
      rules: ['No common language at a usable level.'],
      endedBefore: false,
    });
    expect(first.mentees.map((m) => m.menteeId)).toEqual(['ME-0002', ...strangers(19).map((m) => m.id)]);
    const last = matchingApi.getExcludedMentees({ mentorId: 'MT-0001', rule: 'language', offset: 20 });
    expect(last).toEqual({
      rule: 'language',
      total: 21,
      offset: 20,
      next: null,
      mentees: [{ menteeId: 'ME-1019', menteeName: 'Stranger 19', rules: ['No common language at a usable level.'], endedBefore: false }],
    });
  });

  it('fill exactly one page with no next, and give an empty page past the end', () => {
    programme(strangers(19));
    expect(matchingApi.getExcludedMentees({ mentorId: 'MT-0001', rule: 'language' })).toMatchObject({ total: 20, next: null });
    expect(matchingApi.getExcludedMentees({ mentorId: 'MT-0001', rule: 'language' }).mentees).toHaveLength(20);
    expect(matchingApi.getExcludedMentees({ mentorId: 'MT-0001', rule: 'language', offset: 20 })).toEqual({
      rule: 'language',
      total: 20,
      offset: 20,
      next: null,
      mentees: [],
    });
    expect(sidebarApi.getExcludedMentees({ mentorId: 'MT-0001', offset: 1_000_000 })).toMatchObject({ rule: null, total: 22, mentees: [], next: null });
  });

  it('open one mentee, none for one who passes or is not waiting, and every group without a rule', () => {
    programme();
    expect(matchingApi.getExcludedMentees({ mentorId: 'MT-0002', menteeId: 'ME-0002' }).mentees).toEqual([
      {
        menteeId: 'ME-0002',
        menteeName: 'Iryna Shevchenko',
        rules: ['No common language at a usable level.', 'Training not completed (2 of 5 modules).'],
        endedBefore: false,
      },
    ]);
    expect(matchingApi.getExcludedMentees({ mentorId: 'MT-0001', menteeId: 'ME-0001' })).toMatchObject({ total: 0, mentees: [] });
    expect(matchingApi.getExcludedMentees({ mentorId: 'MT-0001', menteeId: 'ME-0005' })).toMatchObject({ total: 0, mentees: [] });
    expect(matchingApi.getExcludedMentees({ mentorId: 'MT-0001' }).mentees.map((m) => m.menteeId)).toEqual(['ME-0002', 'ME-0003', 'ME-0004']);
  });

  it('offer "Allow this pair again" on a mentee whose pair with this mentor was declined', () => {
    programme();
    const { codes } = matchingApi.acceptMatches({ pairs: [{ menteeId: 'ME-0001', mentorId: 'MT-0001' }] });
    matchingApi.updatePairStatus({ code: codes[0]!, status: 'Mentor declined', reason: 'Moved away' });
    expect(matchingApi.getMentorSuggestions({ mentorId: 'MT-0001' }).excluded.byRule).toContainEqual({
      rule: 'endedBefore',
      count: 1,
      label: '1 paired before, ended early or declined',
    });
    expect(matchingApi.getExcludedMentees({ mentorId: 'MT-0001', rule: 'endedBefore' }).mentees).toEqual([
      { menteeId: 'ME-0001', menteeName: 'Amina Yusuf', rules: ['Paired before, and it ended early or was declined.'], endedBefore: true },
    ]);
  });

  it('refuses a bad request with a clear message', () => {
    programme();
    expect(() => sidebarApi.getExcludedMentees(null as never)).toThrow(/input must be an object/);
    expect(() => sidebarApi.getExcludedMentees({ mentorId: 'MT-0001', rule: 'nonsense' })).toThrow(/rule must be one of/);
    expect(() => sidebarApi.getExcludedMentees({ mentorId: 'MT-0001', rule: 'language', offset: -1 })).toThrow(/offset/);
    expect(() => sidebarApi.getExcludedMentees({ mentorId: 'MT-0001', offset: 2.5 })).toThrow(/offset/);
    expect(() => sidebarApi.getExcludedMentees({ mentorId: 'MT-0001', offset: 1_000_001 })).toThrow(/offset/);
    expect(() => sidebarApi.getExcludedMentees({ mentorId: 'MT-0001', offset: '3' as never })).toThrow(/offset/);
    expect(() => sidebarApi.getExcludedMentees({ mentorId: 'MT-9999' })).toThrow(/no mentor with this id/);
    expect(() => sidebarApi.getExcludedMentees({ mentorId: 'MT-0001', menteeId: 'ME-9999' })).toThrow(/no mentee with this id/);
    expect(() => sidebarApi.getExcludedMentees({ mentorId: 'x'.repeat(41) })).toThrow(/mentorId/);
    expect(sidebarApi.getExcludedMentees({ mentorId: 'MT-0001', rule: 'language', offset: 0 })).toMatchObject({ total: 1, offset: 0 });
  });
});
