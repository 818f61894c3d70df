import type { FakeWorkspace, FormAnswers } from '../../fake';
import { publicFunctions } from '../../src/server/publicSurface';
import { setUpProgrammeSheets } from '../../src/server/programme';
import { intakeApi } from '../../src/server/intake/api';
import { proposeMapping } from '../../src/core/intake/mapping';
import { recordsOf, useWorkspace } from './workspace';

export const MENTEE_QUESTIONS = [
  'Full name',
  'Email',
  'Phone',
  'Year of birth',
  'Gender',
  'Would you prefer a mentor who is',
  'Languages you speak',
  'Municipality',
  'Is your residence permit in order?',
  'What do you need help with most? (first is most important)',
  'When are you available?',
  'I agree to the processing of my data',
];

export const AMINA: FormAnswers = {
  'Full name': 'Amina Yusuf',
  Email: 'Amina.Yusuf@Example.org ',
  Phone: '0039 366 120 4545',
  'Year of birth': '1997',
  Gender: 'Woman',
  'Would you prefer a mentor who is': 'A woman',
  'Languages you speak': ['Somali (native)', 'Arabic', 'inglese B1'],
  Municipality: 'bologna',
  'Is your residence permit in order?': 'Yes',
  'What do you need help with most? (first is most important)': ['Housing', 'Language'],
  'When are you available?': ['Evenings', 'Weekends'],
  'I agree to the processing of my data': 'Yes, I agree',
};

/** A set-up programme with a mapped mentee response sheet and the form-submit trigger installed. */
export function menteeProgramme(options: Parameters<typeof useWorkspace>[0] = {}): { ws: FakeWorkspace; sheetId: number } {
  const ws = useWorkspace(options);
  setUpProgrammeSheets();
  const sheet = ws.addResponseSheet('Mentee intake', MENTEE_QUESTIONS);
  const sheetId = sheet.getSheetId();
  const proposal = proposeMapping(['Timestamp', ...MENTEE_QUESTIONS], 'mentee');
  intakeApi.confirmMapping({ sheetId, kind: 'mentee', columns: proposal.columns.map((c) => ({ header: c.header, field: c.field })) });
  intakeApi.installIngestion();
  ws.setFunctionResolver((name) => (publicFunctions as Record<string, unknown>)[name] as ((e: unknown) => unknown) | undefined);
  return { ws, sheetId };
}

export function menteeRecords(ws: FakeWorkspace): Record<string, string>[] {
  return recordsOf(ws, 'Mentees');
}
