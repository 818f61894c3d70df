import { describe, expect, it } from 'vitest';
import { checkOfRow } from '../../src/server/privacy/backgroundChecks';

// Criminal-record data lives only in Sensitive details, among every other kind of sensitive row
// (health, concerns, origin). A row of another kind read as a check would count for the gate
// and show its value (a health note) as the check's name in the sidebar.
describe('a Sensitive details row read as a background check', () => {
  const check = { detail: 'backgroundCheck', personId: ' MR-7 ', value: ' DBS enhanced ', checkDoneOn: '2026-01-10', checkExpiresOn: '2029-01-10' };

  it('is the person (trimmed), the check named as typed (trimmed) and its two days', () => {
    expect(checkOfRow(check)).toEqual({ personId: 'MR-7', check: { label: 'DBS enhanced', doneOn: '2026-01-10', expiresOn: '2029-01-10' } });
    // The detail as a coordinator sees it, in any case and with spaces, is the same kind.
    expect(checkOfRow({ ...check, detail: '  Background check ' })?.personId).toBe('MR-7');
  });

  it('is no check for a row of another kind about the same person, whatever its dates', () => {
    for (const detail of ['health', 'Health', 'concerns', 'origin', '', null, 'Background checks'])
      expect(checkOfRow({ ...check, detail, value: 'asthma' })).toBeNull();
  });

  it('is about no one without a person, and keeps unknown days and an unnamed check as unknown', () => {
    expect(checkOfRow({ ...check, personId: '   ' })).toBeNull();
    expect(checkOfRow({ ...check, personId: null })).toBeNull();
    expect(checkOfRow({ detail: 'backgroundCheck', personId: 'MR-7', value: null, checkDoneOn: 'soon', checkExpiresOn: null })).toEqual({
      personId: 'MR-7',
      check: { label: '', doneOn: null, expiresOn: null },
    });
  });
});
