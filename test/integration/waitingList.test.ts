import { describe, expect, it } from 'vitest';
import { translator } from '../../src/core/i18n';
import { NUMBER_LIMITS } from '../../src/core/inputLimits';
import { MENTEES, MENTORS, SETTINGS } from '../../src/core/schema/sheets';
import { sidebarApi } from '../../src/server/api';
import { setUpProgrammeSheets } from '../../src/server/programme';
import { saveLanguageOverride } from '../../src/server/workspace/preferences';
import { appendRecords, readTable, updateRecords } from '../../src/server/workspace/table';
import { recordsOf, useWorkspace } from '../support/workspace';

const NOW = new Date('2026-11-23T10:00:00Z');
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000);

const shared = { consentData: true, availability: 'evenings', municipality: 'Bologna', gender: 'Woman', genderPreference: 'No preference' };

/**
 * A programme on 23 November: two trained mentors who speak Italian and Arabic, and mentees who
 * applied 29, 30 and 31 days ago, one who speaks only Tigrinya (no common language), one with
 * no application date.
 */
function programme() {
  const ws = useWorkspace();
  ws.clock.set(NOW);
  setUpProgrammeSheets();
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const mentor = { offers: 'Housing', trainingModules: 5, capacity: 2, mentorType: 'Peer', languages: 'it:native, ar:C1', ...shared };
  appendRecords(readTable(spreadsheet, MENTORS), [
    { id: 'MT-0001', name: 'Samira Haddad', ...mentor },
    { id: 'MT-0002', name: 'Giulia Rossi', ...mentor },
  ]);
  const mentee = { needs: 'Housing', languages: 'ar:native, it:A2', consentContact: true, ...shared };
  appendRecords(
    readTable(spreadsheet, MENTEES),
    [
      { id: 'ME-0029', name: 'Nadia Ali', submittedAt: daysAgo(29), ...mentee },
      { id: 'ME-0030', name: 'Omar Said', submittedAt: daysAgo(30), ...mentee },
      { id: 'ME-0031', name: 'Amina Yusuf', submittedAt: daysAgo(31), phone: '+39 333 123 4567', email: 'amina@example.org', ...mentee },
      { id: 'ME-0090', name: 'Tesfay Gebre', submittedAt: daysAgo(90), ...mentee, languages: 'ti:native', consentContact: false, phone: '+39 333 765 4321' },
      { id: 'ME-0000', name: 'Lina Undated', ...mentee },
    ],
    { byCoordinator: true },
  );
  ws.counter.reset();
  return ws;
}

describe('the waiting list (getWaitingList)', () => {
  it('lists who waited longer than 30 days, longest first, the undated last: 29 and 30 days are not listed, 31 is', () => {
    programme();
    const list = sidebarApi.getWaitingList();
    expect(list.limit).toBe(30);
    expect(list.waiting).toBe(5);
    expect(list.mentees.map((m) => [m.menteeId, m.days, m.waited])).toEqual([
      ['ME-0090', 90, 'Waiting for 90 days'],
      ['ME-0031', 31, 'Waiting for 31 days'],
      ['ME-0000', null, 'Waiting since an unknown day (no application date)'],
    ]);
  });

  it('says why no mentor fits in words (the rule that rules out the most), or that some do', () => {
    programme();
    const byId = Object.fromEntries(sidebarApi.getWaitingList().mentees.map((m) => [m.menteeId, m]));
    expect(byId['ME-0090']).toMatchObject({ rule: 'language', eligible: 0, why: 'No mentor fits. Among 2 mentors, most often: 2 with no common language.' });
    expect(byId['ME-0031']).toMatchObject({ rule: null, eligible: 2, why: '2 mentors fit: you can propose a match.' });
  });

  it('keeps them informed with outreach’s message, in their language, only on the channels they agreed to', () => {
    programme();
    const byId = Object.fromEntries(sidebarApi.getWaitingList().mentees.map((m) => [m.menteeId, m]));
    const amina = byId['ME-0031']!.message;
    // Arabic is not a catalogue language: her next language, Italian, is.
    expect(amina.language).toBe('it');
    expect(amina.text).toContain('Amina');
    expect(amina.text).toContain('31 giorni');
    expect(amina.whatsappUrl).toMatch(/^https:\/\/wa\.me\/393331234567\?text=/);
    expect(amina.mailtoUrl).toMatch(/^mailto:amina@example\.org\?subject=/);
    expect(amina.refused).toEqual({ whatsapp: null, email: null });
    const tesfay = byId['ME-0090']!.message;
    expect(tesfay.whatsappUrl).toBeNull();
    expect(tesfay.mailtoUrl).toBeNull();
    expect(tesfay.refused.whatsapp).toBe('No consent to be contacted: no message can be sent.');
    // An unknown wait is never written as a number of days.
    const lina = byId['ME-0000']!.message;
    expect(lina.text).not.toMatch(/\d/);
  });

  it('reads each sheet once, however many are listed: Mentors, Mentees, Pairs, Settings', () => {
    const ws = programme();
    sidebarApi.getWaitingList();
    expect(ws.counter.get('Range.getValues')).toBe(4);
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    const more = Array.from({ length: 20 }, (_, i) => ({
      id: `ME-1${String(i).padStart(3, '0')}`,
      name: `Person ${i}`,
      submittedAt: daysAgo(60 + i),
      ...shared,
    }));
    appendRecords(readTable(spreadsheet, MENTEES), more, { byCoordinator: true });
    ws.counter.reset();
    const first = sidebarApi.getWaitingList();
    expect([first.total, first.offset, first.mentees.length, first.next]).toEqual([23, 0, 20, 20]);
    expect(ws.counter.get('Range.getValues')).toBe(4);
    const second = sidebarApi.getWaitingList({ offset: 20 });
    expect([second.total, second.offset, second.next]).toEqual([23, 20, null]);
    expect(second.mentees.map((m) => m.menteeId)).toEqual(['ME-1000', 'ME-0031', 'ME-0000']);
    // Longest first across the pages, no one twice, the undated last.
    const ids = [...first.mentees, ...second.mentees].map((m) => m.menteeId);
    expect(new Set(ids).size).toBe(23);
    expect(ids.at(-1)).toBe('ME-0000');
    const days = [...first.mentees, ...second.mentees].map((m) => m.days).filter((d): d is number => d !== null);
    expect(days).toEqual([...days].sort((a, b) => b - a));
  });

  it('refuses an offset that is not a whole number from 0', () => {
    programme();
    for (const offset of [-1, 1.5, '3' as unknown as number]) expect(() => sidebarApi.getWaitingList({ offset })).toThrow(/offset must be a whole number/);
  });
});

describe('the waiting limit (Settings)', () => {
  const sheetValue = (ws: ReturnType<typeof useWorkspace>) => recordsOf(ws, 'Settings').find((r) => r.Setting === 'matching.waitingDays')?.Value;

  it('is seeded at 30 by setup and saved from the sidebar at its limits, 1 and 365', () => {
    const ws = programme();
    expect(sheetValue(ws)).toBe('30');
    expect(sidebarApi.getWaitingDays()).toEqual({ days: 30, min: 1, max: 365, invalid: null });
    expect(sidebarApi.saveWaitingDays({ days: 1 }).days).toBe(1);
    expect(sheetValue(ws)).toBe('1');
    expect(sidebarApi.getWaitingList().mentees.map((m) => m.menteeId)).toEqual(['ME-0090', 'ME-0031', 'ME-0030', 'ME-0029', 'ME-0000']);
    expect(sidebarApi.saveWaitingDays({ days: 365 }).days).toBe(365);
    expect(sheetValue(ws)).toBe('365');
    expect(sidebarApi.getWaitingList().mentees.map((m) => m.menteeId)).toEqual(['ME-0000']);
  });

  it('refuses 0, 366, a fraction, a text, nothing and an unknown value with the range of the limits table, in the words of every number setting, and writes nothing', () => {
    const ws = programme();
    const refused = 'The waiting limit (days) must be a whole number from 1 to 365. Nothing was saved.';
    const outside = [0, 366, 1.5, 30.5, -1, '30', '', ' ', null, undefined, Number.NaN, Number.POSITIVE_INFINITY, true, [30], { days: 30 }];
    for (const days of outside as unknown as number[]) {
      ws.counter.reset();
      expect(() => sidebarApi.saveWaitingDays({ days }), String(days)).toThrow(refused);
      expect(ws.counter.get('Range.setValues')).toBe(0);
      expect(recordsOf(ws, 'Audit log')).toEqual([]);
    }
    // No days at all, as from a form sent empty: refused the same way.
    expect(() => sidebarApi.saveWaitingDays({} as never)).toThrow(refused);
    expect(sheetValue(ws)).toBe('30');
    // The bounds the sidebar is given are the table's (core/inputLimits.ts).
    expect(sidebarApi.getWaitingDays()).toMatchObject({ min: NUMBER_LIMITS.waitingDays.min, max: NUMBER_LIMITS.waitingDays.max });
  });

  it('refuses in the coordinator’s language, naming the field as the sidebar labels it', () => {
    programme();
    saveLanguageOverride('it');
    const t = translator('it');
    expect(() => sidebarApi.saveWaitingDays({ days: 366 })).toThrow(t('limits.wholeRange', { field: t('limits.field.waitingDays'), min: 1, max: 365 }));
  });

  it('a value typed in the sheet that is no limit: the default is used, and the sidebar is told what the sheet holds', () => {
    const ws = programme();
    const table = readTable(SpreadsheetApp.getActiveSpreadsheet(), SETTINGS);
    const row = table.rows.find((r) => r.values.key === 'matching.waitingDays')!;
    updateRecords(table, [{ rowNumber: row.rowNumber, values: { value: 'a month' } }], { byCoordinator: true });
    expect(sidebarApi.getWaitingDays()).toEqual({ days: 30, min: 1, max: 365, invalid: 'a month' });
    expect(sidebarApi.getWaitingList().limit).toBe(30);
    expect(sheetValue(ws)).toBe('a month');
  });

  it('adds the row when the Settings sheet predates the setting', () => {
    const ws = programme();
    const sheet = ws.sheet('Settings');
    const rowNumber = recordsOf(ws, 'Settings').findIndex((r) => r.Setting === 'matching.waitingDays') + 2;
    sheet.deleteRow(rowNumber);
    expect(sheetValue(ws)).toBeUndefined();
    sidebarApi.saveWaitingDays({ days: 45 });
    expect(sheetValue(ws)).toBe('45');
  });
});
