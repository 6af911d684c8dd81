import { describe, expect, it } from 'vitest';
import { mergeAnswers } from '../../../server/db/repositories/response-repository.ts';

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
