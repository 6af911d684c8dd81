/**
 * Opens the SQLite database: WAL, foreign keys, busy timeout, the configured synchronous level; applies the
 * drizzle-kit migrations and synchronises the reference data. Queries go through drizzle; the raw connection is
 * used here, and on the autosave path only for what drizzle makes dear (its transaction wrapper, two pragmas).
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { type BetterSQLite3Database, drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { projectRoot } from '../config.ts';
import { memberStates } from '../reference/member-states.ts';
import * as schema from './schema.ts';
import { writeTransaction } from './write-transaction.ts';

export type Database = BetterSQLite3Database<typeof schema> & { $client: BetterSqlite3.Database };

export interface OpenDatabaseOptions {
  /** File path, or ':memory:'. */
  path: string;
  synchronous?: 'NORMAL' | 'FULL';
}

export interface OpenedDatabase {
  db: Database;
  /** The raw connection, for pragmas, backups and closing. */
  connection: BetterSqlite3.Database;
  close(): void;
}

export const migrationsFolder = path.join(projectRoot, 'migrations');

export function openDatabase(options: OpenDatabaseOptions): OpenedDatabase {
  if (options.path !== ':memory:') mkdirSync(path.dirname(options.path), { recursive: true });
  const connection = new BetterSqlite3(options.path);
  connection.pragma('journal_mode = WAL');
  // In WAL mode NORMAL syncs at checkpoints: a committed transaction survives a crash of the process
  // (the OS has the WAL pages); FULL also syncs each commit to survive power loss.
  connection.pragma(`synchronous = ${options.synchronous ?? 'NORMAL'}`);
  connection.pragma('foreign_keys = ON');
  connection.pragma('busy_timeout = 5000');
  const db = drizzle({ client: connection, schema });
  migrate(db, { migrationsFolder });
  synchroniseMemberStates(db);
  return { db, connection, close: () => connection.close() };
}

function synchroniseMemberStates(db: Database): void {
  writeTransaction(db, (tx) => {
    for (const state of memberStates) {
      const row = { code: state.code, name: state.name, languages: JSON.stringify(state.languages) };
      tx.insert(schema.countries)
        .values(row)
        .onConflictDoUpdate({
          target: schema.countries.code,
          set: { name: row.name, languages: row.languages },
        })
        .run();
    }
  });
}
