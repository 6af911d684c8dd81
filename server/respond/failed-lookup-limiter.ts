/**
 * Counts failed invitation-token look-ups per client address in a sliding window, against brute force. Only
 * failures are counted, so a respondent with a valid link is never throttled however often they save.
 * Kept in memory: with several server processes each limits on its own (see README, "Scale").
 */
export interface FailedLookupLimiter {
  /** True when this address has failed too often and must wait. */
  isBlocked(address: string, now?: number): boolean;
  recordFailure(address: string, now?: number): void;
}

export function createFailedLookupLimiter(options: {
  maxFailures: number;
  windowMs: number;
}): FailedLookupLimiter {
  const failures = new Map<string, number[]>();
  const recent = (address: string, now: number) => {
    const kept = (failures.get(address) ?? []).filter((time) => now - time < options.windowMs);
    if (kept.length === 0) failures.delete(address);
    else failures.set(address, kept);
    return kept;
  };
  return {
    isBlocked(address, now = Date.now()) {
      return recent(address, now).length >= options.maxFailures;
    },
    recordFailure(address, now = Date.now()) {
      const kept = recent(address, now);
      kept.push(now);
      failures.set(address, kept);
      // Bound memory under a flood of distinct addresses: forget the oldest address.
      if (failures.size > 100_000) failures.delete(failures.keys().next().value as string);
    },
  };
}
