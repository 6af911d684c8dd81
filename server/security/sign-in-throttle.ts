/**
 * Throttles failed sign-ins without letting anyone lock an account: failures are counted per (client address,
 * account) pair, and after a few of them each further attempt from that pair must wait 1, 2, 4 … seconds, up to a
 * cap. Someone at another address is never slowed by them, so a stranger guessing at an account cannot keep its
 * owner out. A bound on failures per address across all accounts stops one address spraying passwords over many.
 * One read per check, one upsert per failure; a refused attempt adds nothing.
 */
import { checkWindows, failureInWindow } from './failure-limiter.ts';
import { counterKey, type FailureStore } from './failure-store.ts';
import { estimateFailures, lastFailureAt, type WindowCount } from './sliding-window.ts';

export interface SignInThrottleOptions {
  /** Failed sign-ins allowed from one address, whatever the accounts, per window. */
  maxFailuresPerAddress: number;
  /** Window of both counters; the pair's failures are forgotten one to two windows after the last. */
  windowMs: number;
  /** Failures of one pair before each further attempt must wait. */
  failuresBeforeDelay: number;
  /** The longest wait between two attempts of one pair. */
  maxDelayMs: number;
}

export const defaultSignInThrottle: SignInThrottleOptions = {
  maxFailuresPerAddress: 20,
  // At least a few times maxDelayMs: a pair trying once per maxDelayMs must stay above failuresBeforeDelay.
  windowMs: 60 * 60_000,
  failuresBeforeDelay: 5,
  maxDelayMs: 5 * 60_000,
};

export type SignInCheck =
  | { allowed: true }
  | { allowed: false; reason: 'account_from_address' | 'address'; retryAfterSeconds: number };

export interface SignInThrottle {
  check(address: string, email: string, now: number): Promise<SignInCheck>;
  recordFailure(address: string, email: string, now: number): Promise<void>;
  recordSuccess(address: string, email: string): Promise<void>;
}

export function createSignInThrottle(store: FailureStore, options: SignInThrottleOptions): SignInThrottle {
  const keysOf = (address: string, email: string) => ({
    pair: counterKey('sign-in-pair', JSON.stringify([address, email])),
    address: counterKey('sign-in-address', address),
  });
  return {
    async check(address, email, now) {
      const keys = keysOf(address, email);
      const windows = await store.windowsOf([keys.pair, keys.address], now);
      const addressCheck = checkWindows(
        windows.get(keys.address) ?? [],
        { maxFailures: options.maxFailuresPerAddress, windowMs: options.windowMs },
        now,
      );
      const pairWaitMs = msUntilNextAttempt(windows.get(keys.pair) ?? [], options, now);
      const addressWaitMs = addressCheck.blocked ? addressCheck.retryAfterSeconds * 1000 : 0;
      if (pairWaitMs === 0 && addressWaitMs === 0) return { allowed: true };
      return {
        allowed: false,
        reason: addressWaitMs > pairWaitMs ? 'address' : 'account_from_address',
        retryAfterSeconds: Math.ceil(Math.max(pairWaitMs, addressWaitMs) / 1000),
      };
    },
    async recordFailure(address, email, now) {
      const keys = keysOf(address, email);
      await store.record(
        [
          failureInWindow(keys.pair, options.windowMs, now),
          failureInWindow(keys.address, options.windowMs, now),
        ],
        now,
      );
    },
    async recordSuccess(address, email) {
      // The pair starts afresh; the address's count stays, so signing in to one's own account between guesses at
      // others does not reset the bound on spraying.
      await store.forget(keysOf(address, email).pair);
    },
  };
}

/** 0 while the pair has fewer than failuresBeforeDelay failures; then 1 s, 2 s, 4 s … after its last, up to the cap. */
export function msUntilNextAttempt(
  windows: readonly WindowCount[],
  options: Pick<SignInThrottleOptions, 'windowMs' | 'failuresBeforeDelay' | 'maxDelayMs'>,
  now: number,
): number {
  const failures = Math.floor(estimateFailures(windows, options.windowMs, now));
  const last = lastFailureAt(windows);
  if (failures < options.failuresBeforeDelay || last === undefined) return 0;
  // The exponent is bounded so that the delay stays a finite number however many failures were counted.
  const delayMs = Math.min(
    options.maxDelayMs,
    1000 * 2 ** Math.min(failures - options.failuresBeforeDelay, 30),
  );
  return Math.max(0, last + delayMs - now);
}
