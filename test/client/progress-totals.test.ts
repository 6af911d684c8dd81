import { describe, expect, it } from 'vitest';
import { progressTotals } from '../../client/workspace/progress-totals.ts';

const row = (countryCode: string, invited: number, started: number, submitted: number) => ({
  countryCode,
  countryName: countryCode,
  invited,
  started,
  submitted,
  responseRate: invited === 0 ? null : Math.round((submitted / invited) * 1000) / 10,
});

describe('the total row of a progress table', () => {
  it('sums the member states shown and rates submitted of invited to one decimal', () => {
    expect(progressTotals([row('TH', 3, 2, 1), row('VN', 4, 4, 1), row('KH', 0, 0, 0)])).toEqual({
      invited: 7,
      started: 6,
      submitted: 2,
      responseRate: 28.6,
    });
  });

  it('has no rate when nobody was invited', () => {
    expect(progressTotals([row('TH', 0, 0, 0)])).toEqual({
      invited: 0,
      started: 0,
      submitted: 0,
      responseRate: null,
    });
    expect(progressTotals([]).responseRate).toBeNull();
  });
});
