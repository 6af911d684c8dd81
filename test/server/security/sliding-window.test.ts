import { describe, expect, it } from 'vitest';
import { estimateFailures, msUntilBelow, type WindowCount } from '../../../server/security/sliding-window.ts';

const windowMs = 60_000;
const window = (windowStart: number, failures: number): WindowCount => ({
  windowStart,
  failures,
  lastFailureAt: windowStart,
});

describe('two-window sliding estimate', () => {
  it('counts the current window whole and the previous one by the share still inside one window back', () => {
    const windows = [window(0, 10), window(60_000, 4)];
    expect(estimateFailures(windows, windowMs, 60_000)).toBe(14);
    expect(estimateFailures(windows, windowMs, 75_000)).toBe(4 + 10 * 0.75);
    expect(estimateFailures(windows, windowMs, 119_999)).toBeCloseTo(4, 3);
  });

  it('forgets a window once it is neither the current nor the previous one (rollover)', () => {
    const windows = [window(0, 10)];
    expect(estimateFailures(windows, windowMs, 59_999)).toBe(10);
    expect(estimateFailures(windows, windowMs, 90_000)).toBe(5);
    expect(estimateFailures(windows, windowMs, 120_000)).toBe(0);
  });

  it('says how long a caller at the limit waits, after which the estimate is below it', () => {
    for (const [windows, now] of [
      [[window(0, 3)], 10_000],
      [[window(0, 7)], 59_000],
      [[window(0, 2), window(60_000, 2)], 70_000],
      [[window(0, 30), window(60_000, 1)], 61_000],
    ] as Array<[WindowCount[], number]>) {
      const waitMs = msUntilBelow(windows, windowMs, now, 3);
      expect(waitMs).toBeGreaterThan(0);
      expect(estimateFailures(windows, windowMs, now + waitMs - 2)).toBeGreaterThanOrEqual(3);
      expect(estimateFailures(windows, windowMs, now + waitMs)).toBeLessThan(3);
    }
    expect(msUntilBelow([window(0, 2)], windowMs, 10_000, 3)).toBe(0);
  });
});
