import { describe, expect, it } from 'vitest';
import { namesOf } from '../../src/server/matching/suggestionsDto';

/** The names an answer shows: looked up among thousands, for a few ids or for all. */
describe('namesOf', () => {
  const people = [
    { id: 'MT-1', name: 'Amal' },
    { id: 'MT-2', name: 'Bruno' },
    { id: 'MT-1', name: 'A second row with the same id' },
  ];

  it('names every person when no ids are given, the first row of an id giving its name', () => {
    const name = namesOf(people);
    expect([name('MT-1'), name('MT-2')]).toEqual(['Amal', 'Bruno']);
  });

  it('given the ids wanted, names those and keeps no other', () => {
    const name = namesOf(people, ['MT-2']);
    expect(name('MT-2')).toBe('Bruno');
    // Not asked for: not looked up, so shown as its id, as any id not found is.
    expect(name('MT-1')).toBe('MT-1');
  });

  it('an id nobody has is its own name, asked for or not', () => {
    expect(namesOf(people, ['MT-9'])('MT-9')).toBe('MT-9');
    expect(namesOf([])('MT-9')).toBe('MT-9');
  });
});
