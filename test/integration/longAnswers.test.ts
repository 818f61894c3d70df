import { describe, expect, it } from 'vitest';
import { proposeMapping } from '../../src/core/intake/mapping';
import { intakeApi } from '../../src/server/intake/api';
import { setUpProgrammeSheets } from '../../src/server/programme';
import { publicFunctions } from '../../src/server/publicSurface';
import { recordsOf, useWorkspace } from '../support/workspace';

/**
 * A Sheets cell holds 50,000 characters, and the strict Workspace refuses a longer write with
 * Google's message. A form answer can be longer: the record keeps its first part, marked and
 * flagged with the row where the whole answer stays, and the response row is never changed.
 */
const QUESTIONS = [
  'Full name',
  'Email',
  'Year of birth',
  'Languages you speak',
  'What do you need help with?',
  'What would you like to achieve?',
  'Health conditions',
  'Anything else you want us to know?',
  'Tell us about your journey',
  'I agree to the processing of my data',
];

/** Text that differs all along, so "its first part" can be checked. */
const longText = (length: number, seed = 0) => Array.from({ length }, (_, i) => String.fromCharCode(97 + ((i * 7 + seed) % 26))).join('');

function ownFormProgramme() {
  const ws = useWorkspace();
  setUpProgrammeSheets();
  const sheet = ws.addResponseSheet('Mentee intake', QUESTIONS);
  const proposal = proposeMapping(['Timestamp', ...QUESTIONS], 'mentee');
  intakeApi.confirmMapping({ sheetId: sheet.getSheetId(), kind: 'mentee', columns: proposal.columns.map((c) => ({ header: c.header, field: c.field })) });
  intakeApi.installIngestion();
  ws.setFunctionResolver((name) => (publicFunctions as Record<string, unknown>)[name] as ((e: unknown) => unknown) | undefined);
  return ws;
}

const base = {
  'Full name': 'Amina Yusuf',
  Email: 'amina@example.org',
  'Year of birth': '1997',
  'Languages you speak': 'Somali, Arabic',
  'What do you need help with?': 'Housing',
  'I agree to the processing of my data': 'Yes, I agree',
};

/** The whole answer, as the response sheet holds it. */
function responseCell(ws: ReturnType<typeof useWorkspace>, row: number, question: string): string {
  const sheet = ws.sheet('Mentee intake');
  const column = QUESTIONS.indexOf(question) + 2;
  return String(sheet.getRange(row, column).getValue());
}

describe('answers longer than a cell holds', () => {
  it('keeps a 60,000-character free-text answer: its first part in the record, flagged with the row that holds it whole', () => {
    const ws = ownFormProgramme();
    const answer = longText(60_000);
    const { row, runs } = ws.submitFormResponse('Mentee intake', { ...base, 'What would you like to achieve?': answer });
    expect(runs.every((run) => run.ok)).toBe(true);

    const [record] = recordsOf(ws, 'Mentees');
    const kept = record!['What they hope to achieve']!;
    expect(kept.length).toBeLessThanOrEqual(50_000);
    expect(kept.length).toBeGreaterThan(49_000);
    expect(answer.startsWith(kept.slice(0, kept.indexOf(' […]')))).toBe(true);
    expect(kept.endsWith(`(cut here: the whole answer is in row ${row} of the sheet "Mentee intake")`)).toBe(true);
    expect(record!['Intake problems']).toBe(
      `What they hope to achieve: the answer has 60,000 characters, more than a cell can hold (50,000). The record keeps its first part; the whole answer stays in row ${row} of the sheet "Mentee intake".`,
    );
    // The response row is never changed: all 60,000 characters are still there.
    expect(responseCell(ws, row, 'What would you like to achieve?')).toBe(answer);
  });

  it('flags a composed "Other answers" value over the limit, and a sensitive answer without quoting it', () => {
    const ws = ownFormProgramme();
    const first = longText(30_000, 1);
    const second = longText(30_000, 2);
    const health = longText(55_000, 3);
    ws.submitFormResponse('Mentee intake', { ...base, 'Year of birth': '1990' });
    const { row, runs } = ws.submitFormResponse('Mentee intake', {
      ...base,
      'Full name': 'Yonas Tesfay',
      Email: 'yonas@example.org',
      'Anything else you want us to know?': first,
      'Tell us about your journey': second,
      'Health conditions': health,
    });
    expect(row).toBe(3);
    expect(runs.every((run) => run.ok)).toBe(true);

    const record = recordsOf(ws, 'Mentees').find((r) => r.Name === 'Yonas Tesfay')!;
    const other = record['Other answers']!;
    expect(other.length).toBeLessThanOrEqual(50_000);
    expect(other.startsWith(`Anything else you want us to know?: ${first.slice(0, 1000)}`)).toBe(true);
    expect(other.endsWith('(cut here: the whole answer is in row 3 of the sheet "Mentee intake")')).toBe(true);
    const composed = `Anything else you want us to know?: ${first}\nTell us about your journey: ${second}`;
    const problems = record['Intake problems']!.split('\n');
    expect(problems).toContain(
      `Other answers: the answer has ${composed.length.toLocaleString('en-GB')} characters, more than a cell can hold (50,000). The record keeps its first part; the whole answer stays in row 3 of the sheet "Mentee intake".`,
    );
    // The sensitive answer is cut in the protected sheet too, and the problem names it without a word of it.
    expect(problems.some((p) => p.startsWith('Health') && p.includes('55,000 characters') && p.includes('row 3'))).toBe(true);
    expect(record['Intake problems']).not.toContain(health.slice(0, 20));
    const sensitive = recordsOf(ws, 'Sensitive details').find((r) => r['Person ID'] === record['Mentee ID'])!;
    expect(sensitive.Value!.length).toBeLessThanOrEqual(50_000);
    expect(sensitive.Value!.startsWith(health.slice(0, 1000))).toBe(true);

    // Both answers stay whole in the response row, and the other response is untouched.
    expect(responseCell(ws, 3, 'Anything else you want us to know?')).toBe(first);
    expect(responseCell(ws, 3, 'Tell us about your journey')).toBe(second);
    expect(responseCell(ws, 3, 'Health conditions')).toBe(health);
    expect(recordsOf(ws, 'Mentees').find((r) => r.Name === 'Amina Yusuf')!['Intake problems']).toBe('');
  });

  it('gives the same record on a re-import: the cut is stable, nothing is added twice', () => {
    const ws = ownFormProgramme();
    ws.submitFormResponse('Mentee intake', { ...base, 'What would you like to achieve?': longText(70_000) });
    const before = recordsOf(ws, 'Mentees');
    const sheetId = ws.sheet('Mentee intake').getSheetId();
    const progress = intakeApi.importResponses({ sheetId });
    expect(progress.result).toMatchObject({ created: 0, updated: 0, unchanged: 1 });
    expect(recordsOf(ws, 'Mentees')).toEqual(before);
  });
});
