/**
 * Failure counters of the rate limits (server/security/failure-limiter.ts): one indexed read per check, one upsert per
 * failure, and a bounded delete of windows that no longer count.
 */
import { and, eq, gt, inArray, sql } from 'drizzle-orm';
import type { WindowCount } from '../../security/sliding-window.ts';
import type { Database } from '../open-database.ts';
import { rateLimitWindows } from '../schema.ts';

export interface FailureToRecord {
  key: string;
  windowStart: number;
  /** When the window stops counting in any estimate. */
  expiresAt: number;
}

export function createRateLimitRepository(db: Database) {
  return {
    /** The windows of these keys that still count at `now`: at most two per key, read through the primary key. */
    async liveWindows(keys: readonly string[], now: number): Promise<Array<WindowCount & { key: string }>> {
      if (keys.length === 0) return [];
      return db
        .select({
          key: rateLimitWindows.key,
          windowStart: rateLimitWindows.windowStart,
          failures: rateLimitWindows.failures,
          lastFailureAt: rateLimitWindows.lastFailureAt,
        })
        .from(rateLimitWindows)
        .where(and(inArray(rateLimitWindows.key, [...keys]), gt(rateLimitWindows.expiresAt, now)));
    },

    /** Adds one failure to each key's window, in one statement. */
    async recordFailures(failures: readonly FailureToRecord[], now: number): Promise<void> {
      if (failures.length === 0) return;
      await db
        .insert(rateLimitWindows)
        .values(failures.map((failure) => ({ ...failure, failures: 1, lastFailureAt: now })))
        .onConflictDoUpdate({
          target: [rateLimitWindows.key, rateLimitWindows.windowStart],
          set: {
            failures: sql`${rateLimitWindows.failures} + 1`,
            lastFailureAt: sql`excluded.${sql.identifier(rateLimitWindows.lastFailureAt.name)}`,
          },
        });
    },

    /** Forgets a key's failures (after a successful sign-in). */
    async forget(key: string): Promise<void> {
      await db.delete(rateLimitWindows).where(eq(rateLimitWindows.key, key));
    },

    /** Deletes at most `limit` windows that no longer count, oldest first (through the expires_at index). */
    async pruneExpired(now: number, limit: number): Promise<number> {
      const result = await db.run(
        sql`delete from ${rateLimitWindows} where rowid in (select rowid from ${rateLimitWindows} where ${rateLimitWindows.expiresAt} <= ${now} order by ${rateLimitWindows.expiresAt} limit ${limit})`,
      );
      return result.changes;
    },
  };
}

export type RateLimitRepository = ReturnType<typeof createRateLimitRepository>;
