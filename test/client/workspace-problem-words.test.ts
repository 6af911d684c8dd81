import { describe, expect, it } from 'vitest';
import { messageRepeatsDetails, plainProblem } from '../../client/workspace/problem-words.ts';

const labels = {
  minimumCellSize: 'Smallest group shown (k)',
  closesAt: 'Collection closes',
  org: 'Organisation',
};

describe('problems shown in the workspace', () => {
  it("names a field by the form's label and words the validator's phrase as a person would", () => {
    expect(plainProblem({ field: 'minimumCellSize', message: 'minimumCellSize must be <= 50' }, labels)).toBe(
      'Smallest group shown (k) must be at most 50',
    );
    expect(
      plainProblem({ field: 'minimumCellSize', message: 'minimumCellSize must be integer' }, labels),
    ).toBe('Smallest group shown (k) must be a whole number');
  });

  it('shows a message the server worded in full without the code name of its field', () => {
    expect(
      plainProblem({ field: 'closesAt', message: 'The closing date must be after the opening date' }, labels),
    ).toBe('The closing date must be after the opening date');
    expect(
      plainProblem({ field: 'org', message: 'organisation name must be 1–200 characters' }, labels),
    ).toBe('organisation name must be 1–200 characters');
  });

  it('keeps the names of places that are not form fields: a CSV line, a JSON path', () => {
    expect(plainProblem({ field: 'line 3', message: 'line 3: country — "XX" is not a member state' })).toBe(
      'line 3: country — "XX" is not a member state',
    );
    expect(plainProblem({ field: '$.pages[0]', message: 'has no elements' })).toBe(
      '$.pages[0] — has no elements',
    );
  });

  it("tells when the message only joins the details, so that the title does not repeat the validator's words", () => {
    const details = [{ field: 'minimumCellSize', message: 'minimumCellSize must be <= 50' }];
    expect(messageRepeatsDetails('minimumCellSize must be <= 50', details)).toBe(true);
    expect(messageRepeatsDetails('No invitations were created: the file has errors.', details)).toBe(false);
  });
});
