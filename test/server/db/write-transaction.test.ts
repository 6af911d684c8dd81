import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { projectRoot } from '../../../server/config.ts';
import { type OpenedDatabase, openDatabase } from '../../../server/db/open-database.ts';
import { countries } from '../../../server/db/schema.ts';
import { writeTransaction } from '../../../server/db/write-transaction.ts';
import { makeTempDir } from '../../helpers/temp-dir.ts';

describe('a write transaction and a second connection (the CLI, another server)', () => {
  let opened: OpenedDatabase;
  let other: BetterSqlite3.Database;
  let cleanup: () => void;
  beforeEach(() => {
    const temp = makeTempDir();
    cleanup = temp.cleanup;
    const file = path.join(temp.dir, 'tinjau.db');
    opened = openDatabase({ path: file });
    other = new BetterSqlite3(file);
    // The other connection does not wait long: the test needs to see whether it got in, not to hang.
    other.pragma('busy_timeout = 20');
    other.exec('create table scratch (x integer)');
  });
  afterEach(() => {
    other.close();
    opened.close();
    cleanup();
  });

  /** Reads, lets the other connection try to commit a write, then writes: the shape of submit and of every change. */
  function readThenWrite(run: typeof writeTransaction) {
    let otherCommitted = true;
    run(opened.db, (tx) => {
      tx.select().from(countries).all();
      try {
        other.prepare('insert into scratch values (1)').run();
      } catch (error) {
        expect((error as { code?: string }).code).toBe('SQLITE_BUSY');
        otherCommitted = false;
      }
      tx.run(sql`insert into scratch values (2)`);
    });
    return otherCommitted;
  }

  it('holds the write lock from its start, so nothing commits between its read and its write', () => {
    expect(readThenWrite(writeTransaction)).toBe(false);
    expect(other.prepare('select x from scratch').pluck().all()).toEqual([2]);
    // Once it has committed, the other connection writes as usual.
    other.prepare('insert into scratch values (3)').run();
  });

  it('is needed: a deferred transaction fails its write when another commit came in between', () => {
    const deferred: typeof writeTransaction = (db, work) => db.transaction(work);
    let failure: unknown;
    try {
      readThenWrite(deferred);
    } catch (error) {
      failure = error;
    }
    // drizzle wraps the driver's error in its own, with the driver's as the cause.
    expect((failure as { cause?: { code?: string } } | undefined)?.cause?.code).toBe('SQLITE_BUSY_SNAPSHOT');
  });

  it('is the only way the server opens a transaction', () => {
    const serverFolder = path.join(projectRoot, 'server');
    const sources = readdirSync(serverFolder, { recursive: true, encoding: 'utf8' }).filter((file) =>
      file.endsWith('.ts'),
    );
    const direct = sources.filter((file) => {
      if (file === path.join('db', 'write-transaction.ts')) return false;
      return /\bdb\.transaction\(/.test(readFileSync(path.join(serverFolder, file), 'utf8'));
    });
    expect(direct).toEqual([]);
  });
});
