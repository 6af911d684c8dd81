/**
 * Several server processes started at once on one fresh database, as a deployment of N stateless processes does:
 * migrations, the first admin, the questionnaires and the background builds each happen once, and every process
 * comes up healthy.
 */
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { type ServerProcess, startServerProcess } from '../helpers/server-process.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

describe('server processes starting together on one database', () => {
  let servers: ServerProcess[] = [];
  let cleanup = () => {};
  afterEach(async () => {
    for (const server of servers) server.child.kill('SIGTERM');
    await Promise.all(servers.map((server) => server.exited));
    servers = [];
    cleanup();
  });

  it('all come up, with one admin and one version of each questionnaire', async () => {
    const temp = makeTempDir();
    cleanup = temp.cleanup;
    const databasePath = path.join(temp.dir, 'shared.db');
    const env = { DATABASE_PATH: databasePath, ADMIN_PASSWORD: '' };
    servers = await Promise.all([startServerProcess(env), startServerProcess(env), startServerProcess(env)]);
    for (const server of servers) expect((await fetch(`${server.baseUrl}/api/health`)).status).toBe(200);
    // One process created the admin and printed its password; the others found it there.
    const printed = servers.filter((server) => /one-time password: \S+/.test(server.output()));
    expect(printed).toHaveLength(1);
    for (const server of servers)
      await expect.poll(() => server.output(), { timeout: 20_000 }).toMatch(/live aggregates ready/);

    const db = new BetterSqlite3(databasePath, { readonly: true });
    try {
      expect(db.prepare('select count(*) from staff_users').pluck().get()).toBe(1);
      expect(
        db
          .prepare(
            'select s.slug, count(*) as versions from survey_versions v join surveys s on s.id = v.survey_id group by s.slug order by s.slug',
          )
          .all(),
      ).toEqual([
        { slug: 'agency-practice', versions: 1 },
        { slug: 'national-policy', versions: 1 },
      ]);
    } finally {
      db.close();
    }
  });
});
