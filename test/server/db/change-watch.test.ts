import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createChangeWatch } from '../../../server/db/change-watch.ts';
import { type OpenedDatabase, openDatabase } from '../../../server/db/open-database.ts';
import { makeTempDir } from '../../helpers/temp-dir.ts';

describe('the change watch behind in-memory copies of rows', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let opened: OpenedDatabase;
  let file: string;
  beforeEach(() => {
    temp = makeTempDir();
    file = path.join(temp.dir, 'tinjau.db');
    opened = openDatabase({ path: file });
    opened.db.run(sql`create table notes (id integer primary key, text text)`);
  });
  afterEach(() => {
    opened.close();
    temp.cleanup();
  });
  const write = (text: string) => opened.db.run(sql`insert into notes (text) values (${text})`);

  it('keeps its generation while nothing is written, and through writes made as its own', () => {
    const watch = createChangeWatch(opened.db);
    const start = watch.generation();
    expect(watch.generation()).toBe(start);
    const seen = watch.ownWrite((generation) => {
      write('own');
      return generation;
    });
    expect(seen).toBe(start);
    expect(watch.generation()).toBe(start);
  });

  it('moves on after any other write on the same connection', () => {
    const watch = createChangeWatch(opened.db);
    const start = watch.generation();
    write('elsewhere in this process');
    const next = watch.generation();
    expect(next).toBeGreaterThan(start);
    // A later own write starts from the new generation, not from the one before the foreign write.
    expect(watch.ownWrite((generation) => generation)).toBe(next);
  });

  it('counts the changes of an own write that failed as foreign', () => {
    const watch = createChangeWatch(opened.db);
    const start = watch.generation();
    expect(() =>
      watch.ownWrite(() => {
        write('half done');
        throw new Error('the write failed after changing a row');
      }),
    ).toThrow();
    expect(watch.generation()).toBeGreaterThan(start);
  });

  it('moves on after another connection commits (the CLI, a second server)', async () => {
    const watch = createChangeWatch(opened.db);
    const start = watch.generation();
    const other = new BetterSqlite3(file);
    try {
      other.prepare('insert into notes (text) values (?)').run('from another process');
    } finally {
      other.close();
    }
    expect(watch.generation()).toBeGreaterThan(start);
  });

  it('sees another connection’s commit at the latest after the lag a caller allows', async () => {
    const watch = createChangeWatch(opened.db);
    const start = watch.generation(50);
    const other = new BetterSqlite3(file);
    try {
      other.prepare('insert into notes (text) values (?)').run('from another process');
    } finally {
      other.close();
    }
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(watch.generation(50)).toBeGreaterThan(start);
  });
});
