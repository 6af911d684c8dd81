/**
 * Counts failures per key (a client address, an e-mail) in a sliding window, against brute force: failed
 * invitation-token look-ups and failed logins. Only failures are counted, so a respondent with a valid link is never
 * throttled however often they save. Kept in memory: with several server processes each limits on its own.
 */
export interface FailureLimiter {
  /** True when this key has failed too often and must wait. */
  isBlocked(key: string, now?: number): boolean;
  recordFailure(key: string, now?: number): void;
}

export function createFailureLimiter(options: { maxFailures: number; windowMs: number }): FailureLimiter {
  const failures = new Map<string, number[]>();
  const recent = (key: string, now: number) => {
    const kept = (failures.get(key) ?? []).filter((time) => now - time < options.windowMs);
    if (kept.length === 0) failures.delete(key);
    else failures.set(key, kept);
    return kept;
  };
  return {
    isBlocked(key, now = Date.now()) {
      return recent(key, now).length >= options.maxFailures;
    },
    recordFailure(key, now = Date.now()) {
      const kept = recent(key, now);
      kept.push(now);
      failures.set(key, kept);
      // Bound memory under a flood of distinct keys: forget the oldest key seen.
      if (failures.size > 100_000) failures.delete(failures.keys().next().value as string);
    },
  };
}
