import { describe, expect, it } from 'vitest';
import { parseCalendarDate } from '../../src/core/calendarDate';
import {
  BLANK_FORM,
  CAPACITY_MAX,
  CAPACITY_MIN,
  CHECK_LABEL_MAX,
  formFrom,
  formText,
  planReadinessEdit,
  type ReadinessForm,
  validateReadiness,
} from '../../src/core/matching/readinessEdit';

const today = parseCalendarDate('2026-06-15')!;
const form = (patch: Partial<ReadinessForm> = {}): ReadinessForm => ({ ...BLANK_FORM, modules: [...BLANK_FORM.modules], ...patch });
const modules = (...days: string[]) => [...days, '', '', '', '', ''].slice(0, 5);
const keysOf = (f: ReadinessForm) => validateReadiness(f, today).problems.map((p) => p.key);

describe('capacity is a whole number in range', () => {
  it.each([
    [String(CAPACITY_MIN - 1), false],
    [String(CAPACITY_MIN), true],
    [String(CAPACITY_MAX), true],
    [String(CAPACITY_MAX + 1), false],
  ])('%s: accepted %s', (capacity, ok) => {
    expect(keysOf(form({ capacity }))).toEqual(ok ? [] : ['readiness.error.capacity']);
  });
  it.each(['2.5', 'two', '1e1', '-0', ' 3x', '0x3'])('refuses %j', (capacity) => {
    const { problems } = validateReadiness(form({ capacity }), today);
    expect(problems).toEqual([{ field: 'capacity', key: 'readiness.error.capacity', params: { min: CAPACITY_MIN, max: CAPACITY_MAX } }]);
  });
  it('blank clears it (matching then counts one place)', () => {
    expect(validateReadiness(form({ capacity: '' }), today).values.capacity).toBeNull();
  });
});

describe('a module’s day is a real day, not after today', () => {
  it('the day before today, and today: accepted', () => {
    expect(keysOf(form({ modules: modules('2026-06-14', '2026-06-15') }))).toEqual([]);
  });
  it('the day after today: refused, naming the module', () => {
    const { problems } = validateReadiness(form({ modules: modules('2026-06-14', '2026-06-16') }), today);
    expect(problems).toEqual([{ field: 'modules', index: 1, key: 'readiness.error.moduleFuture', params: { module: 2 } }]);
  });
  it.each(['2026-02-30', '2026-13-01', '15/06/2026', 'soon', '2026-6-1'])('%j is no day', (text) => {
    const { problems } = validateReadiness(form({ modules: modules('', '', text) }), today);
    expect(problems).toEqual([{ field: 'modules', index: 2, key: 'readiness.error.moduleDate', params: { module: 3 } }]);
  });
  it('29 February only in a leap year', () => {
    expect(keysOf(form({ modules: modules('2024-02-29') }))).toEqual([]);
    expect(keysOf(form({ modules: modules('2025-02-29') }))).toEqual(['readiness.error.moduleDate']);
  });
});

describe('the background check', () => {
  const check = (checkDoneOn: string, checkExpiresOn: string, checkLabel = 'VOG') => form({ checkLabel, checkDoneOn, checkExpiresOn });
  it('done the day before, of and after today', () => {
    expect(keysOf(check('2026-06-14', ''))).toEqual([]);
    expect(keysOf(check('2026-06-15', ''))).toEqual([]);
    expect(keysOf(check('2026-06-16', ''))).toEqual(['readiness.error.checkFuture']);
  });
  it('expires the day before, of and after the day done: only after is accepted', () => {
    expect(keysOf(check('2026-01-10', '2026-01-09'))).toEqual(['readiness.error.expiryOrder']);
    expect(keysOf(check('2026-01-10', '2026-01-10'))).toEqual(['readiness.error.expiryOrder']);
    expect(keysOf(check('2026-01-10', '2026-01-11'))).toEqual([]);
  });
  it('an expiry already past is recorded as it is (an expired check)', () => {
    expect(keysOf(check('2024-01-10', '2025-01-10'))).toEqual([]);
  });
  it('needs its kind and the day done once anything of it is given', () => {
    expect(keysOf(check('', '2027-01-01'))).toEqual(['readiness.error.doneMissing']);
    expect(keysOf(check('2026-01-01', '', ''))).toEqual(['readiness.error.labelMissing']);
    expect(keysOf(check('', '', 'DBS'))).toEqual(['readiness.error.doneMissing']);
  });
  it('a label at the limit is accepted, one longer refused', () => {
    expect(keysOf(check('2026-01-01', '', 'x'.repeat(CHECK_LABEL_MAX)))).toEqual([]);
    expect(keysOf(check('2026-01-01', '', 'x'.repeat(CHECK_LABEL_MAX + 1)))).toEqual(['readiness.error.labelLong']);
  });
  it('an unreal day is refused for either date', () => {
    expect(keysOf(check('2026-04-31', ''))).toEqual(['readiness.error.checkDate']);
    expect(keysOf(check('2026-04-01', '2027-02-29'))).toEqual(['readiness.error.checkDate']);
  });
  it('all three blank: no check, nothing refused', () => {
    expect(validateReadiness(form(), today)).toMatchObject({ problems: [], values: { check: { label: '', doneOn: null, expiresOn: null } } });
  });
});

describe('peer or local', () => {
  it.each(['', 'Peer', 'Local'])('%j is known', (mentorType) => expect(keysOf(form({ mentorType }))).toEqual([]));
  it.each(['peer', 'Both', 'Pari'])('%j is not', (mentorType) => expect(keysOf(form({ mentorType }))).toEqual(['readiness.error.mentorType']));
});

describe('the form’s shape from the browser', () => {
  it('takes a whole form, trimmed', () => {
    expect(formFrom({ ...form({ capacity: ' 2 ' }) })).toEqual(form({ capacity: '2' }));
  });
  it.each([
    ['no object', null],
    ['a list', []],
    ['four modules', { ...form(), modules: ['', '', '', ''] }],
    ['a number for text', { ...form(), capacity: 2 }],
    ['a module as a number', { ...form(), modules: [1, '', '', '', ''] }],
    ['a missing field', { modules: form().modules, capacity: '' }],
    ['an endless label', { ...form(), checkLabel: 'x'.repeat(CHECK_LABEL_MAX * 20 + 1) }],
  ])('refuses %s', (_, input) => expect(formFrom(input)).toBeNull());
  it('a cell as the form shows it', () => {
    expect([formText(null), formText(undefined), formText(3), formText(' Peer '), formText(parseCalendarDate('2026-01-02'))]).toEqual([
      '',
      '',
      '3',
      'Peer',
      '2026-01-02',
    ]);
  });
});

describe('the plan of cells to write', () => {
  const plan = (base: ReadinessForm, current: ReadinessForm, next: ReadinessForm) =>
    planReadinessEdit(base, current, next, validateReadiness(next, today).values);

  it('writes nothing when nothing changed in the form, whatever the sheet holds now', () => {
    const base = form({ capacity: '1' });
    const current = form({ capacity: '3', mentorType: 'Peer', checkLabel: 'VOG', checkDoneOn: '2026-01-01' });
    expect(plan(base, current, base)).toEqual({ mentor: {}, check: null, conflicts: [], changed: [] });
  });

  it('writes only what changed; module days keep the count true', () => {
    const base = form({ capacity: '1', modules: modules('2026-01-10') });
    const next = form({ capacity: '1', mentorType: 'Local', modules: modules('2026-01-10', '', '2026-02-01') });
    expect(plan(base, base, next)).toEqual({
      mentor: { trainingModule3On: '2026-02-01', trainingModules: 2, mentorType: 'Local' },
      check: null,
      conflicts: [],
      changed: ['trainingModule3On', 'mentorType'],
    });
  });

  it('blank clears: a day taken away lowers the count, a capacity emptied is written as blank', () => {
    const base = form({ capacity: '2', modules: modules('2026-01-10', '2026-01-17') });
    const next = form({ capacity: '', modules: modules('2026-01-10') });
    expect(plan(base, base, next).mentor).toEqual({ trainingModule2On: null, trainingModules: 1, capacity: null });
  });

  it('counts the days the sheet holds for modules the form did not touch', () => {
    const base = form({ modules: modules('2026-01-10') });
    const current = form({ modules: modules('2026-01-10', '', '', '', '2026-03-01') });
    const next = form({ modules: modules('2026-01-10', '2026-01-17') });
    expect(plan(base, current, next).mentor).toEqual({ trainingModule2On: '2026-01-17', trainingModules: 3 });
  });

  it('refuses to overwrite a value changed in the sheet since the form was loaded', () => {
    const base = form({ capacity: '1' });
    const current = form({ capacity: '4' });
    const next = form({ capacity: '2', mentorType: 'Peer' });
    expect(plan(base, current, next)).toEqual({ mentor: {}, check: null, conflicts: ['capacity'], changed: [] });
  });

  it('no conflict when the sheet already holds what the form wants', () => {
    const base = form({ capacity: '1' });
    const current = form({ capacity: '2' });
    expect(plan(base, current, form({ capacity: '2' }))).toEqual({ mentor: {}, check: null, conflicts: [], changed: [] });
  });

  it('"03" is the capacity 3', () => {
    const base = form({ capacity: '3' });
    expect(plan(base, base, form({ capacity: '03' })).changed).toEqual([]);
  });

  it('the check’s changed parts only, named in the audit as one word', () => {
    const base = form({ checkLabel: 'VOG', checkDoneOn: '2025-01-01', checkExpiresOn: '2026-01-01' });
    const next = form({ checkLabel: 'VOG', checkDoneOn: '2026-06-01', checkExpiresOn: '2029-06-01' });
    expect(plan(base, base, next)).toEqual({
      mentor: {},
      check: { doneOn: '2026-06-01', expiresOn: '2029-06-01' },
      conflicts: [],
      changed: ['backgroundCheck'],
    });
  });

  it('clearing the check clears its three cells', () => {
    const base = form({ checkLabel: 'DBS', checkDoneOn: '2025-01-01', checkExpiresOn: '2026-01-01' });
    expect(plan(base, base, form()).check).toEqual({ label: '', doneOn: null, expiresOn: null });
  });
});
