/**
 * Online backup and restore of the SQLite file. A backup is `VACUUM INTO`: one read transaction, so the copy is a
 * consistent snapshot even while the server keeps writing (WAL readers do not block writers), and compact.
 * Restore checks the file first, then replaces the database atomically; the server must be stopped.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';

export class BackupError extends Error {}

export function backupDatabase(databasePath: string, destination: string): void {
  if (existsSync(destination))
    throw new BackupError(`${destination} already exists; choose a new file name.`);
  const connection = new BetterSqlite3(databasePath, { readonly: true, fileMustExist: true });
  try {
    connection.pragma('busy_timeout = 5000');
    connection.prepare('VACUUM INTO ?').run(destination);
  } finally {
    connection.close();
  }
}

/** Checks that a file is an intact Tinjau database: integrity_check is ok and the migrations table exists. */
export function verifyBackup(file: string): void {
  if (!existsSync(file)) throw new BackupError(`${file} does not exist.`);
  let connection: BetterSqlite3.Database | undefined;
  try {
    connection = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
    const integrity = connection.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok')
      throw new BackupError(`${file} is damaged: integrity_check says ${String(integrity)}.`);
    const migrations = connection
      .prepare("select count(*) from sqlite_master where name = '__drizzle_migrations'")
      .pluck()
      .get();
    if (migrations !== 1) throw new BackupError(`${file} is not a Tinjau database.`);
  } catch (error) {
    if (error instanceof BackupError) throw error;
    throw new BackupError(`${file} is not a readable SQLite database (${(error as Error).message}).`);
  } finally {
    connection?.close();
  }
}

export function restoreDatabase(backupFile: string, databasePath: string): void {
  verifyBackup(backupFile);
  const staging = `${databasePath}.restoring`;
  backupDatabase(backupFile, staging);
  // Old WAL and shared-memory files belong to the database being replaced.
  for (const suffix of ['-wal', '-shm']) rmSync(`${databasePath}${suffix}`, { force: true });
  renameSync(staging, databasePath);
}
