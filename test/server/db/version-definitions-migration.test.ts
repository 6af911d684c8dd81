/**
 * Migrations 0009–0011 on a database made while definitions were stored in the version row: every version keeps its
 * definition, now in survey_version_definitions, and the version row no longer carries it.
 */
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../server/db/open-database.ts';
import { createRepositories } from '../../../server/db/repositories/index.ts';
import { migrationsUpTo } from '../../helpers/migrations-up-to.ts';
import { makeTempDir } from '../../helpers/temp-dir.ts';

describe('migration of definitions out of the version row', () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => {
    ({ dir, cleanup } = makeTempDir());
  });
  afterEach(() => cleanup());

  it('moves every definition to its own table and drops the column', async () => {
    const file = path.join(dir, 'tinjau.db');
    const old = new BetterSqlite3(file);
    migrate(drizzle({ client: old }), { migrationsFolder: migrationsUpTo(dir, 8) });
    const now = '2026-01-01T00:00:00.000Z';
    old.exec(`
      insert into surveys (id, slug, title, source, created_at, updated_at) values (1, 's', 'S', 'file', '${now}', '${now}');
      insert into survey_versions (id, survey_id, version_number, definition, content_hash, status, created_at)
        values (1, 1, 1, '{"title":"First"}', 'h1', 'closed', '${now}'),
               (2, 1, 2, '{"title":"Second"}', 'h2', 'published', '${now}');
    `);
    old.close();

    const opened = openDatabase({ path: file });
    try {
      const columns = opened.connection
        .prepare("select name from pragma_table_info('survey_versions')")
        .pluck();
      expect(columns.all()).not.toContain('definition');
      const surveys = createRepositories(opened.db).surveys;
      expect((await surveys.findVersion(1))?.definition).toBe('{"title":"First"}');
      expect(
        (await surveys.listVersions(1)).map((version) => [version.versionNumber, version.definition]),
      ).toEqual([
        [1, '{"title":"First"}'],
        [2, '{"title":"Second"}'],
      ]);
    } finally {
      opened.close();
    }
  });
});
