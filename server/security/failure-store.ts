/**
 * Where the rate limits keep their failure counters: the rate_limit_windows table, shared by every server process.
 * Keys are hashed here, so no client address or e-mail is stored, and an attacker's long e-mail costs no more room
 * than a short one. Windows that no longer count are pruned a bounded batch at a time, every so many failures, so a
 * flood of distinct keys cannot grow the table without end and no request pays for a large delete.
 */
import { createHash } from 'node:crypto';
import type { RateLimitRepository } from '../db/repositories/rate-limit-repository.ts';
import type { WindowCount } from './sliding-window.ts';

export interface FailureStore {
  /** The live windows of each key (by the caller's key, not the stored hash), in one read. */
  windowsOf(keys: readonly CounterKey[], now: number): Promise<Map<CounterKey, WindowCount[]>>;
  /** One failure more in each key's current window, in one upsert. */
  record(
    failures: ReadonlyArray<{ key: CounterKey; windowStart: number; expiresAt: number }>,
    now: number,
  ): Promise<void>;
  forget(key: CounterKey): Promise<void>;
}

/** A limit's name and what it counts, e.g. { limit: 'sign-in-pair', subject: '203.0.113.5 ana@example.org' }. */
export type CounterKey = `${string}:${string}`;

export function counterKey(limit: string, subject: string): CounterKey {
  return `${limit}:${subject}`;
}

export interface PruneOptions {
  /** Prune after this many recorded failures (in this process). */
  every: number;
  /** Delete at most this many expired windows each time. */
  batch: number;
}

const defaultPrune: PruneOptions = { every: 100, batch: 500 };

export function createFailureStore(repository: RateLimitRepository, prune = defaultPrune): FailureStore {
  let recordedSincePrune = 0;
  const storedKey = (key: CounterKey) => createHash('sha256').update(key).digest('base64url').slice(0, 32);
  return {
    async windowsOf(keys, now) {
      const byStoredKey = new Map(keys.map((key) => [storedKey(key), key]));
      const rows = await repository.liveWindows([...byStoredKey.keys()], now);
      const windows = new Map<CounterKey, WindowCount[]>(keys.map((key) => [key, []]));
      for (const { key, ...window } of rows) {
        const callerKey = byStoredKey.get(key);
        if (callerKey) windows.get(callerKey)?.push(window);
      }
      return windows;
    },
    async record(failures, now) {
      await repository.recordFailures(
        failures.map((failure) => ({ ...failure, key: storedKey(failure.key) })),
        now,
      );
      recordedSincePrune += failures.length;
      if (recordedSincePrune >= prune.every) {
        recordedSincePrune = 0;
        await repository.pruneExpired(now, prune.batch);
      }
    },
    async forget(key) {
      await repository.forget(storedKey(key));
    },
  };
}
