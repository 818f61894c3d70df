import { describe, expect, it } from 'vitest';
import { createWorkspace } from '../../fake';
import { TOO_MANY_TRIGGERS_MESSAGE, TRIGGERS_PER_USER_PER_SCRIPT } from '../../fake/services';

/**
 * The fake's time-driven triggers (fake/services.ts, fake/index.ts; docs/fidelity.md, "Daily
 * digest: time-driven triggers"): the builder's ranges, the 20 triggers per user per script,
 * triggers owned by their creator, and the run Google fires.
 */
const COORDINATOR = 'coordinator@example.org';
const COLLEAGUE = 'colleague@example.org';

function workspace() {
  const ws = createWorkspace({ user: COORDINATOR, collaborators: [COLLEAGUE] });
  return { ws, ScriptApp: ws.globals.ScriptApp as GoogleAppsScript.Script.ScriptApp };
}

describe('time-driven triggers in the in-memory Workspace', () => {
  it('takes everyDays from 1, atHour 0–23, nearMinute 0–59 and a known zone, and refuses the rest', () => {
    const { ws, ScriptApp } = workspace();
    const clock = () => ScriptApp.newTrigger('daily_').timeBased();
    expect(() => clock().everyDays(0)).toThrow('Invalid argument: n');
    expect(() => clock().everyDays(1.5)).toThrow('Invalid argument: n');
    expect(() => clock().atHour(24)).toThrow('Invalid argument: hour');
    expect(() => clock().atHour(-1)).toThrow('Invalid argument: hour');
    expect(() => clock().atHour(8.5)).toThrow('Invalid argument: hour');
    expect(() => clock().nearMinute(60)).toThrow('Invalid argument: minute');
    expect(() => clock().inTimezone('Mars/Olympus')).toThrow('Invalid argument: timezone');
    // atHour needs a daily recurrence; a builder with no recurrence is not a trigger.
    expect(() => clock().atHour(8).create()).toThrow('Invalid argument: recurrence');
    expect(() => clock().everyHours(2).atHour(8).create()).toThrow('Invalid argument: hour');
    expect(() => clock().create()).toThrow('Invalid argument: recurrence');
    expect(ws.state.triggers).toEqual([]);
    clock().atHour(0).everyDays(1).inTimezone('America/New_York').create();
    expect(ws.state.triggers[0]).toMatchObject({ eventType: 'CLOCK', schedule: { everyDays: 1, atHour: 0, timeZone: 'America/New_York' } });
    ScriptApp.deleteTrigger(ScriptApp.getProjectTriggers()[0]!);
    clock().everyDays(1).atHour(23).nearMinute(59).create();
    expect(ws.state.triggers[0]!.schedule).toEqual({ everyDays: 1, atHour: 23, nearMinute: 59 });
  });

  it(`allows ${TRIGGERS_PER_USER_PER_SCRIPT} triggers per user for the script, across documents, and not one more`, () => {
    const { ws, ScriptApp } = workspace();
    for (let i = 0; i < TRIGGERS_PER_USER_PER_SCRIPT - 1; i++) ScriptApp.newTrigger('onFormSubmit_').forSpreadsheet(`sheet-${i}`).onFormSubmit().create();
    ScriptApp.newTrigger('daily_').timeBased().everyDays(1).atHour(8).create();
    expect(ScriptApp.getProjectTriggers()).toHaveLength(TRIGGERS_PER_USER_PER_SCRIPT);
    expect(() => ScriptApp.newTrigger('onFormSubmit_').forSpreadsheet('sheet-x').onFormSubmit().create()).toThrow(TOO_MANY_TRIGGERS_MESSAGE);
    // Another user has their own 20.
    ws.execution(() => ScriptApp.newTrigger('daily_').timeBased().everyDays(1).atHour(8).create(), COLLEAGUE);
    expect(ws.state.triggers).toHaveLength(TRIGGERS_PER_USER_PER_SCRIPT + 1);
  });

  it('lists only the current user’s triggers, and fires each as its owner in its document with the time-driven event', () => {
    const { ws, ScriptApp } = workspace();
    ScriptApp.newTrigger('daily_').timeBased().everyDays(1).atHour(8).inTimezone('Europe/Rome').create();
    ws.execution(() => ScriptApp.newTrigger('daily_').timeBased().everyDays(1).atHour(9).create(), COLLEAGUE);
    expect(ScriptApp.getProjectTriggers()).toHaveLength(1);
    expect(ws.execution(() => ScriptApp.getProjectTriggers().map((t) => t.getUniqueId()), COLLEAGUE)).toEqual([ws.state.triggers[1]!.id]);
    const seen: unknown[] = [];
    ws.setFunctionResolver((name) =>
      name === 'daily_'
        ? (event) => {
            const spreadsheet = (ws.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet();
            seen.push({ event, user: (ws.globals.Session as GoogleAppsScript.Base.Session).getEffectiveUser().getEmail(), doc: spreadsheet.getId() });
          }
        : undefined,
    );
    const runs = ws.fireClockTriggers('daily_');
    expect(runs.map((r) => [r.user, r.ok])).toEqual([
      [COORDINATOR, true],
      [COLLEAGUE, true],
    ]);
    // 2026-11-23T09:00Z is 10:00 in Rome.
    expect(seen[0]).toEqual({
      event: {
        authMode: 'FULL',
        triggerUid: ws.state.triggers[0]!.id,
        timezone: 'Europe/Rome',
        year: 2026,
        month: 11,
        'day-of-month': 23,
        hour: 10,
        minute: 0,
        second: 0,
      },
      user: COORDINATOR,
      doc: 'spreadsheet-1',
    });
    expect(seen[1]).toMatchObject({ user: COLLEAGUE });
    expect(ws.fireClockTriggers('other_')).toEqual([]);
  });
});
