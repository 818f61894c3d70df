import { describe, expect, it } from 'vitest';
import { intakeApi } from '../../src/server/intake/api';
import { setUpProgrammeSheets } from '../../src/server/programme';
import { publicFunctions } from '../../src/server/publicSurface';
import { recordsOf, useWorkspace } from '../support/workspace';

/**
 * Google adds a form's response sheet some time after `setDestination` (it does not say when):
 * the strict Workspace shows it only after a flush or when the execution ends, and
 * `delayFormDestinations` makes it come only with the end of the execution. Creating the standard
 * forms must survive that, and never make a second form.
 */
function programme() {
  const ws = useWorkspace();
  ws.setFunctionResolver((name) => (publicFunctions as Record<string, unknown>)[name] as ((e: unknown) => unknown) | undefined);
  setUpProgrammeSheets();
  intakeApi.installIngestion();
  return ws;
}

const MENTEE = {
  'Full name': 'Fatima Noori',
  Email: 'fatima@example.org',
  'Year of birth': '1999',
  'Languages you speak': 'dari, english',
  'Is your residence permit in order?': 'Yes',
  'What do you need help with? (choose up to 3)': ['Education'],
  'I agree to the processing of my data': ['Yes, I agree'],
};

const formCount = (ws: ReturnType<typeof useWorkspace>) => Object.keys(ws.state.forms).length;

describe('standard forms whose response sheet comes late', () => {
  it('links the same form once its sheet appears: no second form on retry, mapped exactly', () => {
    const ws = programme();
    ws.delayFormDestinations(1);
    const [first] = ws.execution(() => intakeApi.createStandardForms({ kinds: ['mentee'] }));
    expect(first).toMatchObject({ kind: 'mentee', status: 'waiting', sheetName: null });
    expect(formCount(ws)).toBe(1);

    // The execution ended and Google has added the sheet: opening Intake links and maps it.
    expect(ws.execution(() => intakeApi.getIntakeOverview()).responseSheets).toEqual([
      expect.objectContaining({ name: 'Form responses 1', kind: 'mentee', standard: true }),
    ]);
    const [second] = ws.execution(() => intakeApi.createStandardForms({ kinds: ['mentee'] }));
    expect(second).toMatchObject({ kind: 'mentee', status: 'existing', sheetName: 'Form responses 1', editUrl: first!.editUrl });
    expect(formCount(ws)).toBe(1);

    ws.submitFormResponse('Form responses 1', MENTEE);
    expect(recordsOf(ws, 'Mentees')).toEqual([expect.objectContaining({ Name: 'Fatima Noori', Languages: 'prs, en', 'Intake problems': '' })]);

    // Asked again: the form is there, nothing new is made.
    expect(ws.execution(() => intakeApi.createStandardForms({ kinds: ['mentee'] }))).toEqual([
      expect.objectContaining({ status: 'existing', sheetName: 'Form responses 1' }),
    ]);
    expect(formCount(ws)).toBe(1);
  });

  it('makes no second form while the first still waits, even asked twice in one execution', () => {
    const ws = programme();
    ws.delayFormDestinations(1);
    const [again] = ws.execution(() => {
      intakeApi.createStandardForms({ kinds: ['diary'] });
      return intakeApi.createStandardForms({ kinds: ['diary'] });
    });
    expect(again).toMatchObject({ kind: 'diary', status: 'waiting', sheetName: null });
    expect(formCount(ws)).toBe(1);
  });

  it('finds each response sheet by its form’s id, not by which sheet is new', () => {
    const ws = programme();
    ws.delayFormDestinations(2);
    ws.execution(() => intakeApi.createStandardForms({ kinds: ['mentee', 'mentor'] }));
    // Both sheets arrived together (the mentor's first in the tab order), and a coordinator's own one too.
    ws.addResponseSheet('Old intake', ['Name']);
    const linked = ws.execution(() => intakeApi.createStandardForms({ kinds: ['mentor', 'mentee'] }));
    expect(linked.map((f) => [f.kind, f.status, f.sheetName])).toEqual([
      ['mentor', 'linked', 'Form responses 2'],
      ['mentee', 'linked', 'Form responses 1'],
    ]);
    const kinds = Object.fromEntries(ws.execution(() => intakeApi.getIntakeOverview()).responseSheets.map((s) => [s.name, s.kind]));
    expect(kinds).toEqual({ 'Form responses 2': 'mentor', 'Form responses 1': 'mentee', 'Old intake': null });
    expect(formCount(ws)).toBe(2);
  });

  it('links in the same call when the sheet comes with the flush', () => {
    const ws = programme();
    const [created] = ws.execution(() => intakeApi.createStandardForms({ kinds: ['diary'] }));
    expect(created).toMatchObject({ kind: 'diary', status: 'created', sheetName: 'Form responses 1' });
  });

  it('sets the destination on retry when an execution failed before setting it, and keeps the one form', () => {
    const ws = programme();
    ws.failNextCall('Form.setDestination', 'Service unavailable: Forms');
    expect(() => ws.execution(() => intakeApi.createStandardForms({ kinds: ['mentee'] }))).toThrow('Service unavailable: Forms');
    expect(formCount(ws)).toBe(1);
    const [retry] = ws.execution(() => intakeApi.createStandardForms({ kinds: ['mentee'] }));
    expect(retry).toMatchObject({ kind: 'mentee', status: 'linked', sheetName: 'Form responses 1' });
    expect(formCount(ws)).toBe(1);
  });

  it('makes a new form when the recorded one was deleted before its sheet came', () => {
    const ws = programme();
    ws.delayFormDestinations(1);
    const [first] = ws.execution(() => {
      const made = intakeApi.createStandardForms({ kinds: ['mentee'] });
      // Deleted in Drive before Google added its sheet (the coordinator tidying up).
      for (const id of Object.keys(ws.state.forms)) delete ws.state.forms[id];
      return made;
    });
    expect(first).toMatchObject({ status: 'waiting' });
    const [next] = ws.execution(() => intakeApi.createStandardForms({ kinds: ['mentee'] }));
    expect(next).toMatchObject({ kind: 'mentee', status: 'created', sheetName: 'Form responses 1' });
    expect(formCount(ws)).toBe(1);
  });
});
