import type { SheetSchema } from '../../src/core/schema/types';

/** A small schema for exercising the table module in tests and the benchmark. */
export const PEOPLE: SheetSchema = {
  key: 'people',
  name: 'People',
  columns: [
    { key: 'id', header: 'ID', type: 'id', owner: 'addon' },
    { key: 'name', header: 'Name', type: 'text', owner: 'addon' },
    { key: 'email', header: 'Email', type: 'email', owner: 'addon' },
    { key: 'born', header: 'Born', type: 'number', owner: 'addon' },
    { key: 'decision', header: 'Decision', type: 'choice', owner: 'coordinator' },
    { key: 'seen', header: 'Seen', type: 'date', owner: 'addon' },
  ],
};
