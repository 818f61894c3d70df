import { describe, expect, it } from 'vitest';
import { intakeApi } from '../../src/server/intake/api';
import { AMINA, menteeProgramme, menteeRecords } from '../support/intake';

describe('ingestion of a form response', () => {
  it('turns a response into a typed, normalised record', () => {
    const { ws } = menteeProgramme();
    const { runs } = ws.submitFormResponse('Mentee intake', AMINA);
    expect(runs).toEqual([{ handler: 'onFormSubmit_', user: 'coordinator@example.org', ok: true }]);
    const [record] = menteeRecords(ws);
    expect(record).toMatchObject({
      'Mentee ID': 'ME-0001',
      Name: 'Amina Yusuf',
      Email: 'amina.yusuf@example.org',
      Phone: '+393661204545',
      'Birth year': '1997',
      Gender: 'Woman',
      'Gender preference': 'Woman',
      Languages: 'so:native, ar, en:B1',
      Municipality: 'Bologna',
      'Residence permit in order': 'Yes',
      'Needs and priorities': 'Housing, Language',
      Availability: 'evenings, weekends',
      'Consent to data processing': 'TRUE',
      Minor: 'FALSE',
      'Intake problems': '',
    });
    expect(ws.sheet('Mentee intake').getRange(1, 14).getValue()).toBe('Peer Mentoring Desk key');
  });

  it('is idempotent: a duplicate trigger fire and a re-import give one record', () => {
    const { ws, sheetId } = menteeProgramme();
    const { row } = ws.submitFormResponse('Mentee intake', AMINA);
    ws.fireFormSubmit('Mentee intake', row);
    intakeApi.importResponses({ sheetId });
    expect(menteeRecords(ws)).toHaveLength(1);
  });

  it('counts at most 4 Sheets data calls for a new response', () => {
    const { ws } = menteeProgramme();
    ws.submitFormResponse('Mentee intake', AMINA);
    ws.counter.reset();
    ws.submitFormResponse('Mentee intake', { ...AMINA, 'Full name': 'Second Person', Email: 'second@example.org', Phone: '+39 333 1111111' });
    const sheetsData = ['Range.getValues', 'Range.setValues', 'Range.getValue', 'Range.setValue', 'Sheet.appendRow'].reduce((n, name) => n + ws.counter.get(name), 0);
    expect(sheetsData).toBeLessThanOrEqual(4);
  });
});
