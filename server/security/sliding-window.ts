/**
 * The arithmetic of a two-window sliding estimate: failures are counted in fixed windows, and the estimate at a
 * moment is the current window's count plus the previous window's, weighted by how much of it still lies inside
 * one window length back. Two integers per key, whatever the number of failures: no list of timestamps.
 */

/** One key's counter for one fixed window, as stored. Times are epoch milliseconds. */
export interface WindowCount {
  windowStart: number;
  failures: number;
  lastFailureAt: number;
}

export function windowStartOf(now: number, windowMs: number): number {
  return now - (now % windowMs);
}

/** The failures of one window length back from now (fractional: the previous window is weighted). */
export function estimateFailures(windows: readonly WindowCount[], windowMs: number, now: number): number {
  const { current, previous } = currentAndPrevious(windows, windowMs, now);
  const elapsed = (now - windowStartOf(now, windowMs)) / windowMs;
  return current + previous * (1 - elapsed);
}

/**
 * How long a caller at the limit must wait until the estimate falls below it, assuming it adds no failures meanwhile
 * (a refused caller adds none); 0 when it is below already.
 */
export function msUntilBelow(
  windows: readonly WindowCount[],
  windowMs: number,
  now: number,
  limit: number,
): number {
  if (estimateFailures(windows, windowMs, now) < limit) return 0;
  const { current, previous } = currentAndPrevious(windows, windowMs, now);
  const start = windowStartOf(now, windowMs);
  // The 1 ms makes the estimate strictly below the limit at the moment returned, not equal to it.
  if (current >= limit) {
    // In the next window this one is the previous, and its weight falls to limit/current after (1 - limit/current)
    // of a window length.
    return start + windowMs - now + Math.ceil(windowMs * (1 - limit / current)) + 1;
  }
  // Below the limit on its own: wait until the previous window's weighted share fits in what is left.
  return Math.max(0, start + Math.ceil(windowMs * (1 - (limit - current) / previous)) - now) + 1;
}

/** The latest failure among the windows, or undefined when there is none. */
export function lastFailureAt(windows: readonly WindowCount[]): number | undefined {
  return windows.reduce<number | undefined>(
    (latest, window) =>
      latest === undefined || window.lastFailureAt > latest ? window.lastFailureAt : latest,
    undefined,
  );
}

function currentAndPrevious(windows: readonly WindowCount[], windowMs: number, now: number) {
  const start = windowStartOf(now, windowMs);
  const failuresAt = (windowStart: number) =>
    windows.find((window) => window.windowStart === windowStart)?.failures ?? 0;
  return { current: failuresAt(start), previous: failuresAt(start - windowMs) };
}
