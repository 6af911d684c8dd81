/**
 * The one way to run a transaction that writes. SQLite's default (deferred) transaction reads from a snapshot and
 * asks for the write lock only at its first write: if another connection (the CLI, a second server) committed in
 * between, that write fails at once with SQLITE_BUSY_SNAPSHOT, which busy_timeout does not retry — a respondent's
 * submit became a 500. An IMMEDIATE transaction takes the write lock at BEGIN, waiting (busy_timeout) for another
 * writer to finish, so what it reads is still true when it writes.
 */
import type { Database } from './open-database.ts';

export type WriteTransaction = Parameters<Parameters<Database['transaction']>[0]>[0];

export function writeTransaction<Result>(db: Database, work: (tx: WriteTransaction) => Result): Result {
  return db.transaction(work, { behavior: 'immediate' });
}
