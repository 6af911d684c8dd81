import { describe, expect, it } from 'vitest';
import { createReportCache } from '../../../server/results/aggregate-cache.ts';

describe('the cache of serialised reports', () => {
  it('reuses a body until the state of its data changes', () => {
    const cache = createReportCache();
    let computed = 0;
    const compute = () => `body ${++computed}`;
    expect(cache.get('all', '1:10', compute)).toBe('body 1');
    expect(cache.get('all', '1:10', compute)).toBe('body 1');
    expect(cache.get('all', '1:11', compute)).toBe('body 2');
  });

  it('stays within its size, dropping the least recently used bodies first', () => {
    const cache = createReportCache({ maxCharacters: 30 });
    const body = (letter: string) => () => letter.repeat(10);
    cache.get('a', 's', body('a'));
    cache.get('b', 's', body('b'));
    cache.get('c', 's', body('c'));
    cache.get('a', 's', body('x')); // a is used again, so b is now the oldest
    cache.get('d', 's', body('d'));
    let recomputed = '';
    const track = (key: string) => () => {
      recomputed += key;
      return key.repeat(10);
    };
    cache.get('a', 's', track('a'));
    cache.get('d', 's', track('d'));
    expect(recomputed).toBe('');
    cache.get('b', 's', track('b'));
    expect(recomputed).toBe('b');
  });

  it('keeps a body larger than the whole limit until the next one arrives', () => {
    const cache = createReportCache({ maxCharacters: 5 });
    let computed = 0;
    const big = () => `${++computed}`.padEnd(50, '.');
    const first = cache.get('big', 's', big);
    expect(cache.get('big', 's', big)).toBe(first);
  });
});
