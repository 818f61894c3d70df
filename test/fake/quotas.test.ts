import { describe, expect, it } from 'vitest';
import { createWorkspace } from '../../fake';

type G = {
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  Utilities: GoogleAppsScript.Utilities.Utilities;
  ScriptApp: GoogleAppsScript.Script.ScriptApp;
};

describe('in-memory Workspace: time limits', () => {
  it('stops an execution that runs past 6 minutes, at its next call', () => {
    const ws = createWorkspace();
    const g = ws.globals as unknown as G;
    expect(() =>
      ws.execution(() => {
        g.SpreadsheetApp.getActiveSpreadsheet();
        g.Utilities.sleep(6 * 60_000 + 1);
        g.SpreadsheetApp.getActiveSpreadsheet();
      }),
    ).toThrow('Exceeded maximum execution time');
    // Just under the limit is fine, and a new execution starts its own six minutes.
    expect(() =>
      ws.execution(() => {
        g.Utilities.sleep(5 * 60_000);
        g.SpreadsheetApp.getActiveSpreadsheet();
      }),
    ).not.toThrow();
  });

  it('stops running a user’s triggers once they used 90 minutes today (consumer), and again the next day', () => {
    const ws = createWorkspace({ callCost: { dataCallMs: 0, otherCallMs: 0, perCellMs: 0 } });
    const g = ws.globals as unknown as G;
    ws.addResponseSheet('Form responses 1', ['Name']);
    let runs = 0;
    ws.setFunctionResolver((name) =>
      name === 'handler'
        ? () => {
            runs++;
            g.Utilities.sleep(5 * 60_000);
          }
        : undefined,
    );
    g.ScriptApp.newTrigger('handler').forSpreadsheet(g.SpreadsheetApp.getActiveSpreadsheet()).onFormSubmit().create();
    for (let i = 0; i < 18; i++) ws.submitFormResponse('Form responses 1', { Name: `P${i}` }); // 18 × 5 min = 90 min
    expect(runs).toBe(18);
    const [refused] = ws.submitFormResponse('Form responses 1', { Name: 'one more' }).runs;
    expect(refused).toMatchObject({ ok: false, error: 'Service using too much computer time for one day' });
    expect(runs).toBe(18);
    ws.clock.advance(86_400_000);
    expect(ws.submitFormResponse('Form responses 1', { Name: 'tomorrow' }).runs[0]).toMatchObject({ ok: true });
  });
});
