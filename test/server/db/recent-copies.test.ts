import { describe, expect, it } from 'vitest';
import { createRecentCopies } from '../../../server/db/recent-copies.ts';

describe('recent copies of rows', () => {
  it('keeps the most recently used copies, up to their number', () => {
    const copies = createRecentCopies<string, string>(2);
    copies.set('a', 'A', 1);
    copies.set('b', 'B', 1);
    expect(copies.get('a', 1)).toBe('A'); // a is now the most recently used
    copies.set('c', 'C', 1); // three > two: the least recently used (b) goes
    expect(copies.get('b', 1)).toBeUndefined();
    expect(copies.get('a', 1)).toBe('A');
    expect(copies.get('c', 1)).toBe('C');
    expect(copies.size).toBe(2);
  });

  it('replaces a key’s copy without counting it twice', () => {
    const copies = createRecentCopies<string, string>(2);
    copies.set('a', 'A1', 1);
    copies.set('a', 'A2', 1);
    expect(copies.get('a', 1)).toBe('A2');
    copies.set('b', 'B', 1); // fits only if a counts once
    expect(copies.get('a', 1)).toBe('A2');
    expect(copies.get('b', 1)).toBe('B');
    expect(copies.size).toBe(2);
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
