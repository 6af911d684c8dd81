/**
 * Migrations 0012–0013 on a database made before submissions were numbered: submitted responses are numbered in
 * the order the old cursor read them (submission time, then id), responses in progress stay unnumbered, and the
 * next submission takes the number after the highest.
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

describe('migration to numbered submissions', () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => {
    ({ dir, cleanup } = makeTempDir());
  });
  afterEach(() => cleanup());

  it('numbers the submitted responses by time, leaves the others, and goes on from the highest', async () => {
    const file = path.join(dir, 'tinjau.db');
    const old = new BetterSqlite3(file);
    migrate(drizzle({ client: old }), { migrationsFolder: migrationsUpTo(dir, 11) });
    const at = (day: number) => `2026-01-0${day}T00:00:00.000Z`;
    old.exec(`
      insert into countries (code, name, languages) values ('TH', 'Thailand', '["th"]');
      insert into surveys (id, slug, title, source, created_at, updated_at) values (1, 's', 'S', 'file', '${at(1)}', '${at(1)}');
      insert into survey_versions (id, survey_id, version_number, content_hash, status, created_at)
        values (1, 1, 1, 'h', 'published', '${at(1)}');
      insert into survey_version_definitions (survey_version_id, definition) values (1, '{}');
      insert into invitations (id, survey_version_id, country_code, organisation_name, organisation_type, token_hash, created_at)
        values (1, 1, 'TH', 'A', 'ministry', 't1', '${at(1)}'), (2, 1, 'TH', 'B', 'ministry', 't2', '${at(1)}'),
               (3, 1, 'TH', 'C', 'ministry', 't3', '${at(1)}'), (4, 1, 'TH', 'D', 'ministry', 't4', '${at(1)}');
      insert into responses (id, invitation_id, survey_version_id, answers, status, reference, started_at, updated_at, submitted_at)
        values (1, 1, 1, '{}', 'submitted', 'R1', '${at(1)}', '${at(3)}', '${at(3)}'),
               (2, 2, 1, '{}', 'submitted', 'R2', '${at(1)}', '${at(2)}', '${at(2)}'),
               (3, 3, 1, '{}', 'in_progress', null, '${at(1)}', '${at(2)}', null);
    `);
    old.close();

    const opened = openDatabase({ path: file });
    try {
      const sequences = () =>
        opened.connection
          .prepare('select id, submission_sequence as sequence from responses order by id')
          .all();
      expect(sequences()).toEqual([
        { id: 1, sequence: 2 },
        { id: 2, sequence: 1 },
        { id: 3, sequence: null },
      ]);
      const { responses } = createRepositories(opened.db);
      await responses.submit({
        invitationId: 4,
        surveyVersionId: 1,
        answers: {},
        locale: null,
        reference: 'R4',
        exportCells: { layout: 'l', cells: '[]' },
      });
      expect(sequences().at(-1)).toEqual({ id: 4, sequence: 3 });
    } finally {
      opened.close();
    }
  });
});
