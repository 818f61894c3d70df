import { describe, expect, it } from 'vitest';
import { PAIRS } from '../../src/core/schema/sheets';
import { sidebarApi } from '../../src/server/api';
import { intakeApi } from '../../src/server/intake/api';
import { eraseParticipant } from '../../src/server/privacy/erase';
import { setUpProgrammeSheets } from '../../src/server/programme';
import { publicFunctions } from '../../src/server/publicSurface';
import { appendRecords, readTable } from '../../src/server/workspace/table';
import { recordsOf, useWorkspace } from '../support/workspace';

function programme(locale = 'en_GB') {
  const ws = useWorkspace({ locale });
  ws.setFunctionResolver((name) => (publicFunctions as Record<string, unknown>)[name] as ((e: unknown) => unknown) | undefined);
  setUpProgrammeSheets();
  intakeApi.installIngestion();
  return ws;
}

describe('standard forms', () => {
  it('creates the forms in the spreadsheet’s language, linked to it, each with its exact mapping', () => {
    const ws = programme('it_IT');
    const created = intakeApi.createStandardForms({ kinds: ['mentee', 'mentor', 'diary', 'mentorSatisfaction', 'menteeSatisfaction', 'assessment'] });
    expect(created.map((f) => f.sheetName)).toEqual([
      'Risposte del modulo 1',
      'Risposte del modulo 2',
      'Risposte del modulo 3',
      'Risposte del modulo 4',
      'Risposte del modulo 5',
      'Risposte del modulo 6',
    ]);
    expect(created[0]!.title).toBe('Questionario di iscrizione mentee – Mentoring programme');
    const form = Object.values(ws.state.forms)[0]!;
    expect(form.items.map((i) => i.title)).toContain('Il tuo permesso di soggiorno è in regola?');
    expect(form.items.find((i) => i.title === 'Per cosa ti serve aiuto? (scegli fino a 3)')).toMatchObject({
      type: 'CHECKBOX',
      required: true,
      hasOther: true,
    });
    // Only the mentor form's consent says what a background check leaves in the records.
    const consentHelp = (f: (typeof ws.state.forms)[string]) => f.items.find((i) => i.title === 'Acconsento al trattamento dei miei dati')!.helpText;
    const [menteeForm, mentorForm] = Object.values(ws.state.forms);
    expect(consentHelp(mentorForm!)).toMatch(/casellario giudiziale.*foglio protetto/);
    expect(consentHelp(menteeForm!)).not.toMatch(/casellario/);
    const overview = intakeApi.getIntakeOverview();
    expect(overview.responseSheets.map((s) => [s.kind, s.standard])).toEqual(
      ['assessment', 'menteeSatisfaction', 'mentorSatisfaction', 'diary', 'mentor', 'mentee'].map((k) => [k, true]),
    );

    ws.submitFormResponse('Risposte del modulo 1', {
      'Nome e cognome': 'Fatima Noori',
      'Anno di nascita': '1999',
      'Lingue che parli': 'dari, inglese',
      Comune: 'San Lazzaro di Savena',
      'Il tuo permesso di soggiorno è in regola?': 'Sì',
      'Per cosa ti serve aiuto? (scegli fino a 3)': ['Istruzione', 'Casa'],
      'Quando sei disponibile?': ['Pomeriggi', 'Fine settimana'],
      'Acconsento al trattamento dei miei dati': ['Sì, acconsento'],
    });
    const [record] = recordsOf(ws, 'Mentee');
    expect(record).toMatchObject({
      Nome: 'Fatima Noori',
      Lingue: 'prs, en',
      'Bisogni e priorità': 'Istruzione, Casa',
      Disponibilità: 'afternoons, weekends',
      'Consenso al trattamento dei dati': 'TRUE',
      'Problemi di iscrizione': '',
    });
    expect(record!['Versione del consenso']).toMatch(/^standard form v2 \(2026-\d\d-\d\d\)$/);
    expect(recordsOf(ws, 'Dati riservati')).toEqual([
      expect.objectContaining({ 'ID persona': 'ME-0001', Dato: 'Permesso di soggiorno in regola', Valore: 'Yes' }),
    ]);
  });

  it('erases a person from the form’s own copy of the responses too, and no one else', () => {
    const ws = programme();
    intakeApi.createStandardForms({ kinds: ['mentee'] });
    const answers = (name: string, email: string) => ({
      'Full name': name,
      Email: email,
      'Year of birth': '1999',
      'Languages you speak': 'dari, english',
      'Is your residence permit in order?': 'Yes',
      'What do you need help with? (choose up to 3)': ['Education'],
      'I agree to the processing of my data': ['Yes, I agree'],
    });
    ws.submitFormResponse('Form responses 1', answers('Fatima Noori', 'fatima@example.org'));
    ws.submitFormResponse('Form responses 1', answers('Other Person', 'other@example.org'));
    const form = Object.values(ws.state.forms)[0]!;
    expect(form.responses).toHaveLength(2);
    const result = eraseParticipant({ role: 'mentee', id: 'ME-0001', confirm: 'ME-0001' });
    expect(result.formCopiesKept).toBe(0);
    expect(form.responses!.map((r) => r.answers['Full name'])).toEqual(['Other Person']);
    expect(JSON.stringify(ws.state)).not.toContain('Fatima');
  });
});

describe('diary, satisfaction and assessment responses', () => {
  it('link a diary entry to its pair by code, or by the mentor’s only open pair', () => {
    const ws = programme();
    intakeApi.createStandardForms({ kinds: ['mentor', 'diary'] });
    ws.submitFormResponse('Form responses 1', {
      'Full name': 'Samira Haddad',
      Email: 'samira@example.org',
      'Year of birth': '1986',
      'Languages you speak': 'Arabic, Italian',
      Municipality: 'Bologna',
      'What help can you offer?': ['Housing'],
      'When are you available?': ['Evenings'],
      'Why do you want to be a mentor?': 'To help',
      'I agree to the processing of my data': ['Yes, I agree'],
    });
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    appendRecords(readTable(spreadsheet, PAIRS), [{ code: 'P-0001', mentorId: 'MT-0001', menteeId: 'ME-0001', status: 'Active' }]);

    ws.submitFormResponse('Form responses 2', {
      'Email address': 'samira@example.org',
      'Date of the meeting': '2026-11-20',
      'Duration (minutes)': '1h30',
      'Do you need support from the coordinator now?': 'Yes',
      'Concerns (conflict, boundaries, the mentee cannot be reached…)': 'The mentee did not answer twice',
    });
    ws.submitFormResponse('Form responses 2', {
      'Email address': 'nobody@example.org',
      'Pair code': 'P-9999',
      'Date of the meeting': '2026-11-21',
      'Do you need support from the coordinator now?': 'No',
    });
    const meetings = recordsOf(ws, 'Meetings');
    expect(meetings[0]).toMatchObject({
      'Mentor ID': 'MT-0001',
      'Pair code': 'P-0001',
      'Meeting date': '2026-11-20',
      'Duration (minutes)': '90',
      'Needs coordinator support': 'TRUE',
      'Intake problems': '',
    });
    expect(meetings[1]!['Intake problems']).toContain('The pair could not be found from "P-9999"');
    expect(meetings[1]!['Intake problems']).toContain('No mentor with the email "nobody@example.org"');
  });

  it('link satisfaction answers to the person and their pair', () => {
    const ws = programme();
    intakeApi.createStandardForms({ kinds: ['mentee', 'menteeSatisfaction'] });
    ws.submitFormResponse('Form responses 1', {
      'Full name': 'Yonas T',
      Email: 'yonas@example.org',
      'Year of birth': '2001',
      'Languages you speak': 'Tigrinya',
      Municipality: 'Bologna',
      'Is your residence permit in order?': 'Yes',
      'What do you need help with? (choose up to 3)': ['Employment'],
      'When are you available?': ['Weekends'],
      'I agree to the processing of my data': ['Yes, I agree'],
    });
    appendRecords(readTable(SpreadsheetApp.getActiveSpreadsheet(), PAIRS), [
      { code: 'P-0003', mentorId: 'MT-0002', menteeId: 'ME-0001', status: 'Closed – completed' },
    ]);
    ws.submitFormResponse('Form responses 2', { 'Email address': 'yonas@example.org', 'How happy are you with your mentor? (1 to 5)': 5 });
    expect(recordsOf(ws, 'Satisfaction')[0]).toMatchObject({
      'Respondent role': 'mentee',
      'Person ID': 'ME-0001',
      'Pair code': 'P-0003',
      'Overall satisfaction (1-5)': '5',
    });
  });

  it('makes a bilingual mentee form: questions in the programme’s language with the mentee’s under them, answers read from either side', () => {
    const ws = programme('it_IT');
    const [form] = intakeApi.createStandardForms({ kinds: ['mentee'], secondLanguage: 'ar' });
    expect(form!.title).toMatch(/^Questionario di iscrizione mentee \/ \u200F[\u0600-\u06FF][^–]* – Mentoring programme$/);
    const state = Object.values(ws.state.forms)[0]!;
    const needs = state.items.find((i) => i.title === 'Per cosa ti serve aiuto? (scegli fino a 3)')!;
    // The title stays Italian (the sheet's header, which the mapping matches); the Arabic is under it, marked right to left.
    expect(needs.helpText.startsWith('\u200F')).toBe(true);
    expect(needs.helpText).toMatch(/[\u0600-\u06FF]/);
    expect(needs.choices[0]).toMatch(/^Lavoro \/ \u200F[\u0600-\u06FF]/);
    const consent = state.items.find((i) => i.title === 'Acconsento al trattamento dei miei dati')!;
    // The consent's own help comes first, then the question and its help in Arabic.
    expect(consent.helpText.split('\n\n')).toHaveLength(2);

    const choice = (title: string, italian: string) => state.items.find((i) => i.title === title)!.choices.find((c) => c.startsWith(`${italian} /`))!;
    ws.submitFormResponse('Risposte del modulo 1', {
      'Nome e cognome': 'Fatima Noori',
      'Anno di nascita': '1999',
      Genere: choice('Genere', 'Donna'),
      'Lingue che parli': 'العربية (اللغة الأم)، الإنجليزية B1',
      Comune: 'Bologna',
      'Il tuo permesso di soggiorno è in regola?': choice('Il tuo permesso di soggiorno è in regola?', 'Sì'),
      'Per cosa ti serve aiuto? (scegli fino a 3)': [choice('Per cosa ti serve aiuto? (scegli fino a 3)', 'Casa')],
      'Quando sei disponibile?': [choice('Quando sei disponibile?', 'Mattine'), choice('Quando sei disponibile?', 'Sere')],
      'Acconsento al trattamento dei miei dati': [choice('Acconsento al trattamento dei miei dati', 'Sì, acconsento')],
    });
    const [record] = recordsOf(ws, 'Mentee');
    expect(record).toMatchObject({
      Genere: 'Woman',
      Disponibilità: 'mornings, evenings',
      'Consenso al trattamento dei dati': 'TRUE',
      'Problemi di iscrizione': '',
    });
    expect(record!.Lingue).toBe('ar:native, en:B1');
    expect(record!['Bisogni e priorità']).toContain('Casa');

    // One form per community: a Ukrainian one is another form; asking again for Arabic makes none.
    expect(intakeApi.createStandardForms({ kinds: ['mentee'], secondLanguage: 'ar' })[0]!.status).toBe('existing');
    expect(intakeApi.createStandardForms({ kinds: ['mentee'], secondLanguage: 'uk' })[0]!.status).toBe('created');
    expect(Object.keys(ws.state.forms)).toHaveLength(2);
    // The diary has no second language: the mentee's language is for the mentee's forms only.
    intakeApi.createStandardForms({ kinds: ['diary'], secondLanguage: 'ar' });
    const diary = Object.values(ws.state.forms).find((f) => f.title.startsWith('Diario'))!;
    expect(diary.items.every((i) => !/[\u0600-\u06FF]/.test(i.helpText + i.choices.join('')))).toBe(true);
  });

  it('refuses a second language the add-on does not have, with a clear message', () => {
    programme();
    expect(() => sidebarApi.createStandardForms({ kinds: ['mentee'], secondLanguage: 'xx' as never })).toThrow(/secondLanguage/);
  });
});
