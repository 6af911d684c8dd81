/**
 * Tells in-memory copies of rows when they may have gone stale. The respondent path keeps invitation contexts and
 * the question names of answers in progress in memory so that an autosave need not read them back; those copies are
 * only right as long as nothing else has written to the database since they were taken. Rather than every writer having to remember to
 * invalidate them (and one forgotten writer serving a revoked invitation), the watch asks SQLite:
 * `total_changes()` counts every row this connection has changed, and `PRAGMA data_version` moves when another
 * connection (a second server, the CLI) has committed. A write whose effect on the copies the caller applies itself
 * goes through `ownWrite`; any other change moves the generation on, and copies of an older generation are dropped.
 */
import type { Database } from './open-database.ts';

export interface ChangeWatch {
  /**
   * A number that moves on whenever the database may have changed other than through `ownWrite`. This
   * connection's own writes are always seen; another connection's commit may be seen up to `otherConnectionsMs`
   * late (asking SQLite costs a read transaction, ~5 µs): for a read-only copy, a few milliseconds late is as if
   * the request had come that much earlier.
   */
  generation(otherConnectionsMs?: number): number;
  /**
   * Runs a synchronous write whose changes the caller applies to its own copies; `write` is given the generation
   * those copies must be of. Call it inside the write's transaction (after BEGIN IMMEDIATE no other connection can
   * commit, so the generation it sees is exact). If `write` throws, its changes count as foreign ones.
   */
  ownWrite<T>(write: (generation: number) => T): T;
}

export function createChangeWatch(db: Database): ChangeWatch {
  // Two pragma-sized statements on the raw connection: through the query builder they would cost more than the
  // reads they save.
  const connection = db.$client;
  const dataVersion = connection.prepare('PRAGMA data_version').pluck();
  const totalChanges = connection.prepare('SELECT total_changes()').pluck();
  let seenDataVersion = dataVersion.get() as number;
  let seenTotalChanges = totalChanges.get() as number;
  let dataVersionAskedAt = performance.now();
  let current = 0;

  const moveOnIfChanged = (version: number, changes: number) => {
    if (version === seenDataVersion && changes === seenTotalChanges) return;
    seenDataVersion = version;
    seenTotalChanges = changes;
    current += 1;
  };

  const generation = (otherConnectionsMs = 0) => {
    const now = performance.now();
    let version = seenDataVersion;
    if (now - dataVersionAskedAt >= otherConnectionsMs) {
      version = dataVersion.get() as number;
      dataVersionAskedAt = now;
    }
    moveOnIfChanged(version, totalChanges.get() as number);
    return current;
  };

  return {
    generation,
    ownWrite(write) {
      const result = write(generation());
      // Only the changes counter: data_version does not move for this connection's own commits.
      seenTotalChanges = totalChanges.get() as number;
      return result;
    },
  };
}
