/**
 * Migrations 0006–0007 on a database made before invitations carried the demo mark: the invitations of synthetic
 * responses become demo invitations, and nothing else does.
 */
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../server/db/open-database.ts';
import { migrationsUpTo } from '../../helpers/migrations-up-to.ts';
import { makeTempDir } from '../../helpers/temp-dir.ts';

describe('migration of invitations to the demo mark', () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => {
    ({ dir, cleanup } = makeTempDir());
  });
  afterEach(() => cleanup());

  it('marks the invitations whose response is synthetic, and only those', () => {
    const file = path.join(dir, 'tinjau.db');
    const old = new BetterSqlite3(file);
    migrate(drizzle({ client: old }), { migrationsFolder: migrationsUpTo(dir, 5) });
    const now = '2026-01-01T00:00:00.000Z';
    old.exec(`
      insert into countries (code, name, languages) values ('TH', 'Thailand', '["th"]');
      insert into surveys (id, slug, title, source, created_at, updated_at) values (1, 's', 'S', 'file', '${now}', '${now}');
      insert into survey_versions (id, survey_id, version_number, definition, content_hash, status, created_at)
        values (1, 1, 1, '{}', 'h', 'published', '${now}');
      insert into invitations (id, survey_version_id, country_code, organisation_name, organisation_type, token_hash, created_at)
        values (1, 1, 'TH', 'Real, answered', 'ministry', 't1', '${now}'),
               (2, 1, 'TH', 'Synthetic ministry 000001 (demo data)', 'ministry', 't2', '${now}'),
               (3, 1, 'TH', 'Real, not answered', 'ministry', 't3', '${now}');
      insert into responses (invitation_id, survey_version_id, answers, status, reference, is_synthetic, started_at, updated_at, submitted_at)
        values (1, 1, '{}', 'submitted', 'R1', 0, '${now}', '${now}', '${now}'),
               (2, 1, '{}', 'submitted', 'DEMO-1', 1, '${now}', '${now}', '${now}');
    `);
    old.close();

    const opened = openDatabase({ path: file });
    try {
      expect(opened.connection.prepare('select id, is_synthetic from invitations order by id').all()).toEqual(
        [
          { id: 1, is_synthetic: 0 },
          { id: 2, is_synthetic: 1 },
          { id: 3, is_synthetic: 0 },
        ],
      );
    } finally {
      opened.close();
    }
  });
});
