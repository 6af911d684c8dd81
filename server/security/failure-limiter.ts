/**
 * Counts failures per key (a client address) against brute force: failed invitation-token look-ups, failed sign-ins
 * from one address. Only failures are counted, so a respondent with a valid link is never throttled however often
 * they save. A counter per key and window in the database (shared by every process), two-window sliding estimate:
 * a check is one indexed read and a failure one upsert, and a caller that is refused adds nothing, so a flood from a
 * blocked address costs the same small read per request however long it lasts.
 */
import { counterKey, type FailureStore } from './failure-store.ts';
import { msUntilBelow, type WindowCount, windowStartOf } from './sliding-window.ts';

export interface FailureLimitOptions {
  /** Names the limit in its counters' keys, so that two limits never share one. */
  limit: string;
  maxFailures: number;
  windowMs: number;
}

export type LimitCheck = { blocked: false } | { blocked: true; retryAfterSeconds: number };

export interface FailureLimiter {
  readonly options: FailureLimitOptions;
  check(subject: string, now?: number): Promise<LimitCheck>;
  recordFailure(subject: string, now?: number): Promise<void>;
}

export function createFailureLimiter(
  store: FailureStore,
  options: FailureLimitOptions,
  clock: () => number = Date.now,
): FailureLimiter {
  return {
    options,
    async check(subject, now = clock()) {
      const key = counterKey(options.limit, subject);
      return checkWindows((await store.windowsOf([key], now)).get(key) ?? [], options, now);
    },
    async recordFailure(subject, now = clock()) {
      await store.record([failureInWindow(counterKey(options.limit, subject), options.windowMs, now)], now);
    },
  };
}

/** The verdict of a limit on one key's windows, for callers that read several keys at once. */
export function checkWindows(
  windows: readonly WindowCount[],
  options: Pick<FailureLimitOptions, 'maxFailures' | 'windowMs'>,
  now: number,
): LimitCheck {
  const waitMs = msUntilBelow(windows, options.windowMs, now, options.maxFailures);
  return waitMs === 0 ? { blocked: false } : { blocked: true, retryAfterSeconds: Math.ceil(waitMs / 1000) };
}

/** The window a failure now falls in, kept until it no longer counts as the previous window either. */
export function failureInWindow<Key extends string>(key: Key, windowMs: number, now: number) {
  const windowStart = windowStartOf(now, windowMs);
  return { key, windowStart, expiresAt: windowStart + 2 * windowMs };
}
