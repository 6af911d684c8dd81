import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type OpenedDatabase, openDatabase } from '../../../server/db/open-database.ts';
import { createRateLimitRepository } from '../../../server/db/repositories/rate-limit-repository.ts';
import { createFailureLimiter } from '../../../server/security/failure-limiter.ts';
import { createFailureStore } from '../../../server/security/failure-store.ts';
import { makeTempDir } from '../../helpers/temp-dir.ts';

describe('failure limiter on the database', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let database: OpenedDatabase;
  const counterRows = () =>
    database.connection.prepare('select * from rate_limit_windows order by window_start').all() as Array<{
      key: string;
      window_start: number;
      failures: number;
    }>;

  beforeEach(() => {
    temp = makeTempDir();
    database = openDatabase({ path: path.join(temp.dir, 'tinjau.db') });
  });
  afterEach(() => {
    database.close();
    temp.cleanup();
  });

  const limiterWith = (prune = { every: 100, batch: 500 }) =>
    createFailureLimiter(createFailureStore(createRateLimitRepository(database.db), prune), {
      limit: 'test',
      maxFailures: 3,
      windowMs: 60_000,
    });

  it('blocks a key after its failures reach the limit, and no other key', async () => {
    const limiter = limiterWith();
    for (const at of [1_000, 2_000, 3_000]) {
      expect(await limiter.check('10.0.0.1', at)).toEqual({ blocked: false });
      await limiter.recordFailure('10.0.0.1', at);
    }
    expect(await limiter.check('10.0.0.1', 4_000)).toMatchObject({ blocked: true });
    expect(await limiter.check('10.0.0.2', 4_000)).toEqual({ blocked: false });
  });

  it('keeps one row per key and window, whatever the number of failures, and stores no address', async () => {
    const limiter = limiterWith();
    for (let at = 0; at < 1_000; at += 1) await limiter.recordFailure('192.0.2.77', at);
    const rows = counterRows();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.failures).toBe(1_000);
    expect(JSON.stringify(rows)).not.toContain('192.0.2.77');
  });

  it('lets a blocked caller through again after its Retry-After, once the windows roll over', async () => {
    const limiter = limiterWith();
    for (const at of [50_000, 51_000, 52_000]) await limiter.recordFailure('10.0.0.1', at);
    const blocked = await limiter.check('10.0.0.1', 53_000);
    if (!blocked.blocked) throw new Error('expected the caller to be blocked');
    // Refused at the limit: 7 s to the window's end, then the previous window's weight must fall to 3/3 - a bit.
    expect(blocked.retryAfterSeconds).toBe(8);
    expect(await limiter.check('10.0.0.1', 53_000 + (blocked.retryAfterSeconds - 1) * 1000)).toMatchObject({
      blocked: true,
    });
    expect(await limiter.check('10.0.0.1', 53_000 + blocked.retryAfterSeconds * 1000)).toEqual({
      blocked: false,
    });
    expect(await limiter.check('10.0.0.1', 200_000)).toEqual({ blocked: false });
  });

  it('prunes windows that no longer count, a bounded batch at a time', async () => {
    const limiter = limiterWith({ every: 10, batch: 4 });
    // Nine distinct callers in the first window, each expired two windows later.
    for (let caller = 0; caller < 9; caller += 1) await limiter.recordFailure(`10.0.1.${caller}`, 1_000);
    expect(counterRows()).toHaveLength(9);
    // The tenth failure, much later, triggers one prune of at most four expired rows.
    await limiter.recordFailure('10.0.2.1', 500_000);
    expect(counterRows()).toHaveLength(10 - 4);
    for (let caller = 0; caller < 10; caller += 1) await limiter.recordFailure('10.0.2.1', 500_000);
    expect(counterRows()).toHaveLength(10 - 8);
    expect(counterRows().filter((row) => row.window_start < 120_000)).toHaveLength(1);
  });
});
