import { describe, expect, it } from 'vitest';
import { BLANK_FORM, type ReadinessForm } from '../../src/core/matching/readinessEdit';
import { sidebarApi } from '../../src/server/api';
import { matchingApi } from '../../src/server/matching/api';
import { readinessApi } from '../../src/server/matching/readiness';
import { PERSON, programmeWith } from '../support/matchingPeople';
import { recordsOf } from '../support/workspace';

/** A new programme: one mentor with nothing recorded by the coordinator, one waiting mentee she would suit. */
function programme() {
  return programmeWith({
    today: new Date('2026-06-15T10:00:00Z'),
    mentors: [{ id: 'MT-0001', name: 'Samira Haddad', offers: 'Housing', mentorKinds: 'Peer', ...PERSON }],
    mentees: [{ id: 'ME-0001', name: 'Amina Yusuf', needs: 'Housing', ...PERSON }],
  });
}

const ready: ReadinessForm = {
  modules: ['2026-03-02', '2026-03-09', '2026-03-16', '2026-03-23', '2026-03-30'],
  capacity: '2',
  mentorType: 'Peer',
  checkLabel: 'Certificato del casellario giudiziale',
  checkDoneOn: '2026-02-10',
  checkExpiresOn: '2026-08-10',
};

describe('mentor readiness recorded from the sidebar', () => {
  it('saves training with its days, capacity, kind and check; reads them back; the mentor becomes matchable', () => {
    const ws = programme();
    const before = readinessApi.getMentorReadiness({ mentorId: 'MT-0001' });
    expect(before).toMatchObject({
      name: 'Samira Haddad',
      form: BLANK_FORM,
      sheetCount: null,
      requiredModules: 5,
      askedKinds: 'Peer',
      check: { state: 'missing' },
    });
    expect(matchingApi.getSuggestions({ menteeId: 'ME-0001' }).excluded.byRule.map((r) => r.rule)).toEqual(['training']);

    const { saved, readiness } = readinessApi.saveMentorReadiness({ mentorId: 'MT-0001', base: before.form, values: ready });
    expect(saved).toBe(true);
    expect(readiness).toMatchObject({ form: ready, sheetCount: 5, check: { state: 'valid', until: '2026-08-10', expiresInDays: null } });

    const [mentor] = recordsOf(ws, 'Mentors');
    expect(mentor).toMatchObject({
      'Training modules completed (of 5)': '5',
      'Training module 1 done on': '2026-03-02',
      'Training module 5 done on': '2026-03-30',
      'Capacity (mentees at once)': '2',
      'Peer or local mentor': 'Peer',
    });
    // The check is in Sensitive details only: nowhere in the Mentors sheet.
    expect(JSON.stringify(recordsOf(ws, 'Mentors'))).not.toContain('casellario');
    expect(recordsOf(ws, 'Sensitive details')).toEqual([
      expect.objectContaining({
        'Person ID': 'MT-0001',
        Detail: 'Background check',
        Value: 'Certificato del casellario giudiziale',
        'Done on': '2026-02-10',
        'Expires on': '2026-08-10',
      }),
    ]);

    const suggestions = matchingApi.getSuggestions({ menteeId: 'ME-0001' });
    expect(suggestions.suggestions.map((s) => s.mentorId)).toEqual(['MT-0001']);
    expect(suggestions.excluded.count).toBe(0);
  });

  it('audits each save with ids and column keys only: no name, no kind of check, no day', () => {
    const ws = programme();
    const { form } = readinessApi.getMentorReadiness({ mentorId: 'MT-0001' });
    readinessApi.saveMentorReadiness({ mentorId: 'MT-0001', base: form, values: ready });
    const audit = recordsOf(ws, 'Audit log');
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ Action: 'mentor.readiness', 'Subject (ids)': 'MT-0001' });
    const row = JSON.stringify(audit[0]);
    for (const personal of ['Samira', 'casellario', 'Certificato', '2026-02-10', '2026-03-02']) expect(row).not.toContain(personal);
    expect(audit[0]!.Detail!.split(',')).toEqual([
      'trainingModule1On',
      'trainingModule2On',
      'trainingModule3On',
      'trainingModule4On',
      'trainingModule5On',
      'capacity',
      'mentorType',
      'backgroundCheck',
    ]);
    // A save with nothing changed writes nothing, and logs nothing.
    ws.counter.reset();
    expect(readinessApi.saveMentorReadiness({ mentorId: 'MT-0001', base: ready, values: ready }).saved).toBe(false);
    expect(ws.counter.get('Range.setValues')).toBe(0);
    expect(recordsOf(ws, 'Audit log')).toHaveLength(1);
  });

  it('writes only the changed cells, and never a value typed in the sheet since the form was opened', () => {
    const ws = programme();
    const { form } = readinessApi.getMentorReadiness({ mentorId: 'MT-0001' });
    readinessApi.saveMentorReadiness({ mentorId: 'MT-0001', base: form, values: ready });
    const opened = readinessApi.getMentorReadiness({ mentorId: 'MT-0001' }).form;
    // Meanwhile a coordinator types another capacity and a note in the sheet.
    const sheet = ws.sheet('Mentors');
    const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0]!;
    sheet.getRange(2, header.indexOf('Capacity (mentees at once)') + 1).setValue(3);
    sheet.getRange(2, header.indexOf('Coordinator notes') + 1).setValue('=SUM(1,2)');

    // The form changes only the kind: the capacity typed in the sheet stays, the formula too.
    ws.counter.reset();
    readinessApi.saveMentorReadiness({ mentorId: 'MT-0001', base: opened, values: { ...opened, mentorType: 'Local' } });
    expect(ws.counter.get('Range.setValues')).toBe(2); // the kind's cell, the audit row
    expect(recordsOf(ws, 'Mentors')[0]).toMatchObject({ 'Capacity (mentees at once)': '3', 'Peer or local mentor': 'Local' });
    expect(sheet.getRange(2, header.indexOf('Coordinator notes') + 1).getFormulas()).toEqual([['=SUM(1,2)']]);

    // The form changes the capacity the sheet changed too: refused, nothing written.
    ws.counter.reset();
    // Through the public surface, as the sidebar gets it: in words.
    expect(() => sidebarApi.saveMentorReadiness({ mentorId: 'MT-0001', base: opened, values: { ...opened, capacity: '1', mentorType: 'Local' } })).toThrow(
      /changed this mentor in the sheet/,
    );
    expect(ws.counter.get('Range.setValues')).toBe(0);
    expect(recordsOf(ws, 'Mentors')[0]!['Capacity (mentees at once)']).toBe('3');
  });

  it('renews the check in its own row, and clears it when all three are blank', () => {
    const ws = programme();
    const { form } = readinessApi.getMentorReadiness({ mentorId: 'MT-0001' });
    readinessApi.saveMentorReadiness({ mentorId: 'MT-0001', base: form, values: ready });
    const renewed = { ...ready, checkDoneOn: '2026-06-15', checkExpiresOn: '2029-06-15' };
    readinessApi.saveMentorReadiness({ mentorId: 'MT-0001', base: ready, values: renewed });
    expect(recordsOf(ws, 'Sensitive details')).toHaveLength(1);
    expect(recordsOf(ws, 'Sensitive details')[0]).toMatchObject({ 'Done on': '2026-06-15', 'Expires on': '2029-06-15' });
    const cleared = readinessApi.saveMentorReadiness({
      mentorId: 'MT-0001',
      base: renewed,
      values: { ...renewed, checkLabel: '', checkDoneOn: '', checkExpiresOn: '' },
    });
    expect(cleared.readiness.check.state).toBe('missing');
    expect(recordsOf(ws, 'Sensitive details')[0]).toMatchObject({ Value: '', 'Done on': '', 'Expires on': '' });
  });

  it('warns of an expiry within 30 days', () => {
    programme();
    const { form } = readinessApi.getMentorReadiness({ mentorId: 'MT-0001' });
    const soon = readinessApi.saveMentorReadiness({ mentorId: 'MT-0001', base: form, values: { ...ready, checkExpiresOn: '2026-07-15' } });
    expect(soon.readiness.check).toEqual({ state: 'valid', until: '2026-07-15', expiresInDays: 30 });
  });

  it('refuses bad input on the server with the catalogue’s words, writing nothing', () => {
    const ws = programme();
    const { form } = readinessApi.getMentorReadiness({ mentorId: 'MT-0001' });
    const refused = (values: ReadinessForm) => () => readinessApi.saveMentorReadiness({ mentorId: 'MT-0001', base: form, values });
    ws.counter.reset();
    expect(refused({ ...ready, capacity: '11' })).toThrow(expect.objectContaining({ key: 'readiness.error.capacity', params: { min: 0, max: 10 } }));
    expect(refused({ ...ready, checkDoneOn: '2026-06-16' })).toThrow(expect.objectContaining({ key: 'readiness.error.checkFuture' }));
    expect(refused({ ...ready, modules: ['2026-02-30', '', '', '', ''] })).toThrow(expect.objectContaining({ key: 'readiness.error.moduleDate' }));
    expect(refused({ ...ready, checkExpiresOn: ready.checkDoneOn })).toThrow(expect.objectContaining({ key: 'readiness.error.expiryOrder' }));
    expect(() => readinessApi.saveMentorReadiness({ mentorId: 'MT-0001', base: form, values: { ...ready, modules: [] } as never })).toThrow(
      expect.objectContaining({ key: 'error.badArgument' }),
    );
    expect(() => readinessApi.getMentorReadiness({ mentorId: 'MT-9999' })).toThrow(expect.objectContaining({ key: 'readiness.error.noMentor' }));
    expect(ws.counter.get('Range.setValues')).toBe(0);
  });

  it('refuses a colleague who is not a coordinator, to read as to save', () => {
    const ws = programme();
    const { form } = readinessApi.getMentorReadiness({ mentorId: 'MT-0001' });
    expect(() => ws.execution(() => readinessApi.getMentorReadiness({ mentorId: 'MT-0001' }), 'volunteer@example.org')).toThrow(
      expect.objectContaining({ key: 'privacy.notCoordinator' }),
    );
    expect(() => ws.execution(() => readinessApi.saveMentorReadiness({ mentorId: 'MT-0001', base: form, values: ready }), 'volunteer@example.org')).toThrow(
      expect.objectContaining({ key: 'privacy.notCoordinator' }),
    );
    expect(recordsOf(ws, 'Sensitive details')).toHaveLength(0);
    expect(recordsOf(ws, 'Mentors')[0]!['Capacity (mentees at once)']).toBe('');
  });

  it('finds its columns by key after a coordinator renames their headers', () => {
    const ws = programme();
    const sheet = ws.sheet('Mentors');
    const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0]!;
    sheet.getRange(1, header.indexOf('Training module 2 done on') + 1).setValue('Unit 2 (trust)');
    const { form } = readinessApi.getMentorReadiness({ mentorId: 'MT-0001' });
    readinessApi.saveMentorReadiness({ mentorId: 'MT-0001', base: form, values: ready });
    expect(recordsOf(ws, 'Mentors')[0]).toMatchObject({ 'Unit 2 (trust)': '2026-03-09', 'Training modules completed (of 5)': '5' });
  });
});
