import { describe, expect, it } from 'vitest';
import { createRecentCopies } from '../../../server/db/recent-copies.ts';

describe('recent copies of rows', () => {
  it('keeps the most recently used copies within the total weight', () => {
    const copies = createRecentCopies<string, string>(10);
    copies.set('a', 'A', 1, 4);
    copies.set('b', 'B', 1, 4);
    expect(copies.get('a', 1)).toBe('A'); // a is now the most recently used
    copies.set('c', 'C', 1, 4); // 12 > 10: the least recently used (b) goes
    expect(copies.get('b', 1)).toBeUndefined();
    expect(copies.get('a', 1)).toBe('A');
    expect(copies.get('c', 1)).toBe('C');
    expect(copies.size).toBe(2);
  });

  it('replaces a key’s copy and its weight', () => {
    const copies = createRecentCopies<string, string>(10);
    copies.set('a', 'A1', 1, 6);
    copies.set('a', 'A2', 1, 6);
    expect(copies.get('a', 1)).toBe('A2');
    copies.set('b', 'B', 1, 4); // 6 + 4: fits only if the first weight of a was given back
    expect(copies.get('a', 1)).toBe('A2');
    expect(copies.get('b', 1)).toBe('B');
  });

  it('does not keep a copy heavier than the whole budget', () => {
    const copies = createRecentCopies<string, string>(10);
    copies.set('a', 'A', 1, 4);
    copies.set('huge', 'H', 1, 11);
    expect(copies.get('huge', 1)).toBeUndefined();
    expect(copies.get('a', 1)).toBe('A');
  });

  it('drops every copy when asked with another generation', () => {
    const copies = createRecentCopies<string, string>(10);
    copies.set('a', 'A', 1);
    expect(copies.get('a', 2)).toBeUndefined();
    copies.set('b', 'B', 2);
    expect(copies.get('b', 2)).toBe('B');
    expect(copies.size).toBe(1);
  });
});
