import { describe, expect, it } from 'vitest';
import { planGeneration } from '../../src/core/documents/generationPlan';

const mentors = new Map([
  ['MT-1', { id: 'MT-1', consentData: true }],
  ['MT-2', { id: 'MT-2', consentData: false }],
]);
const mentees = new Map([['ME-1', { id: 'ME-1', consentData: true }]]);
const pairs = new Map([
  ['P-1', { rowNumber: 2, values: { code: 'P-1', mentorId: 'MT-1', menteeId: 'ME-1' } }],
  ['P-2', { rowNumber: 3, values: { code: 'P-2', mentorId: 'MT-2', menteeId: 'ME-1' } }],
  ['P-3', { rowNumber: 4, values: { code: 'P-3', mentorId: 'MT-1', menteeId: 'ME-1' } }],
]);

describe('planGeneration', () => {
  it('generates for consenting pairs, skips the others, from the index asked', () => {
    expect(planGeneration(['P-1', 'P-2', 'P-3'], 0, pairs, { mentors, mentees }, 10)).toEqual([
      { action: 'generate', index: 0, code: 'P-1', rowNumber: 2 },
      { action: 'skipNoConsent', index: 1, code: 'P-2' },
      { action: 'generate', index: 2, code: 'P-3', rowNumber: 4 },
    ]);
    expect(planGeneration(['P-1', 'P-2', 'P-3'], 2, pairs, { mentors, mentees }, 10).map((s) => s.index)).toEqual([2]);
  });

  it('stops at the day’s quota: at 1 left one document, at 0 none; skipped pairs use none', () => {
    expect(planGeneration(['P-1', 'P-2', 'P-3'], 0, pairs, { mentors, mentees }, 1).map((s) => s.action)).toEqual([
      'generate',
      'skipNoConsent',
      'stopForQuota',
    ]);
    expect(planGeneration(['P-1'], 0, pairs, { mentors, mentees }, 0)).toEqual([{ action: 'stopForQuota', index: 0, code: 'P-1' }]);
    expect(planGeneration(['P-1', 'P-3'], 0, pairs, { mentors, mentees }, 2).map((s) => s.action)).toEqual(['generate', 'generate']);
  });

  it('ends at a code the Pairs sheet does not hold', () => {
    expect(planGeneration(['P-1', 'P-9', 'P-3'], 0, pairs, { mentors, mentees }, 10).map((s) => s.action)).toEqual(['generate', 'unknownPair']);
  });
});
