import { describe, expect, it } from 'vitest';
import { mergeAnswers, mergeOntoNames } from '../../../server/db/repositories/response-repository.ts';

describe('merging a progress save into stored answers', () => {
  it('replaces answered questions, keeps the others and removes those given as null', () => {
    const stored = { a: 'yes', b: ['x', 'y'], c: 3 };
    expect(mergeAnswers(stored, { b: ['z'], c: null, d: 'new' })).toEqual({ a: 'yes', b: ['z'], d: 'new' });
  });

  it('replaces an object-valued answer (a matrix) whole, so a cleared row stays cleared', () => {
    const stored = { matrix: { row1: 'agree', row2: 'disagree' } };
    expect(mergeAnswers(stored, { matrix: { row1: 'neutral' } })).toEqual({ matrix: { row1: 'neutral' } });
  });

  it('leaves the stored object untouched', () => {
    const stored = { a: 1 };
    mergeAnswers(stored, { a: null, b: 2 });
    expect(stored).toEqual({ a: 1 });
  });
});

describe('merging a save that names every stored question, knowing only the stored names', () => {
  it('gives what the full merge gives, for saves that name every stored question', () => {
    const stored = { a: 'yes', b: ['x', 'y'], c: 3 };
    for (const saved of [
      { a: 'no', b: ['z'], c: 4 },
      { a: 'no', b: null, c: 4, d: 'new' },
      { c: null, b: ['x'], a: null },
    ]) {
      expect(mergeOntoNames(Object.keys(stored), saved)).toEqual(mergeAnswers(stored, saved));
    }
  });

  it('declines a save that leaves a stored question out, whose value only the row has', () => {
    expect(mergeOntoNames(['a', 'b'], { a: 'no' })).toBeUndefined();
    expect(mergeOntoNames(['a', 'b'], { a: 'no', c: 'new' })).toBeUndefined();
  });

  it('never keeps a cleared question', () => {
    expect(mergeOntoNames(['a'], { a: null, b: 2 })).toEqual({ b: 2 });
    expect(mergeOntoNames([], {})).toEqual({});
  });
});
