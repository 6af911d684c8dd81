import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

describe('npm run cli -- demo --remove', () => {
  let dir: string;
  let cleanup: () => void;
  let env: Record<string, string>;
  beforeAll(() => {
    ({ dir, cleanup } = makeTempDir());
    env = { DATABASE_PATH: path.join(dir, 'tinjau.db') };
  });
  afterAll(() => cleanup());

  const read = <Row>(sql: string): Row[] => {
    const db = new BetterSqlite3(env.DATABASE_PATH as string, { readonly: true });
    try {
      return db.prepare(sql).all() as Row[];
    } finally {
      db.close();
    }
  };
  const realInvitations = () => read('select * from invitations where is_synthetic = 0 order by id');
  const demoCounts = () =>
    read<{ slug: string; invitations: number }>(
      `select s.slug, count(i.id) as invitations from surveys s
         join survey_versions v on v.survey_id = s.id
         left join invitations i on i.survey_version_id = v.id and i.is_synthetic = 1
       group by s.slug order by s.slug`,
    );

  // Five CLI processes, each opening the database and loading the questionnaires: slow on a busy machine.
  it('removes one survey, then every survey, printing what went and leaving real invitations as they were', {
    timeout: 90_000,
  }, () => {
    for (const [survey, org] of [
      ['national-policy', 'Ministry of Technology and Communications'],
      ['agency-practice', 'Department of Public Relations'],
    ] as const)
      expect(runCli(['invite', '--survey', survey, '--country', 'TH', '--org', org], { env }).status).toBe(0);
    const demo = runCli(['demo', '--responses', '5'], { env });
    expect(demo.stderr).toBe('');
    expect(demoCounts()).toEqual([
      { slug: 'agency-practice', invitations: 5 },
      { slug: 'national-policy', invitations: 5 },
    ]);
    const real = realInvitations();
    expect(real).toHaveLength(2);

    const one = runCli(['demo', '--remove', '--survey', 'national-policy'], { env });
    expect(one.stderr).toBe('');
    expect(one.stdout).toBe(
      'national-policy: removed 5 demo invitations and 5 demo responses\nReal invitations and responses were not touched.\n',
    );
    expect(demoCounts()).toEqual([
      { slug: 'agency-practice', invitations: 5 },
      { slug: 'national-policy', invitations: 0 },
    ]);

    const every = runCli(['demo', '--remove'], { env });
    expect(every.stdout).toBe(
      'agency-practice: removed 5 demo invitations and 5 demo responses\nnational-policy: removed 0 demo invitations and 0 demo responses\nReal invitations and responses were not touched.\n',
    );
    expect(read('select * from responses')).toEqual([]);
    expect(realInvitations()).toEqual(real);
    const audit = read<{ actor_label: string; before: string }>(
      "select actor_label, before from audit_events where action = 'demo_data.removed' order by id",
    );
    expect(audit.map((event) => [event.actor_label, JSON.parse(event.before)])).toEqual([
      ['cli', { invitations: 5, responses: 5 }],
      ['cli', { invitations: 5, responses: 5 }],
      ['cli', { invitations: 0, responses: 0 }],
    ]);
  });

  it('asks for either --responses or --remove, and names an unknown survey', { timeout: 60_000 }, () => {
    const neither = runCli(['demo'], { env });
    expect(neither.status).toBe(1);
    expect(neither.stderr).toMatch(/Give --responses <n> to add demo data, or --remove to remove it/);
    const both = runCli(['demo', '--remove', '--responses', '3'], { env });
    expect(both.status).toBe(1);
    expect(both.stderr).toMatch(/either --responses .* or --remove, not both/);
    const unknown = runCli(['demo', '--remove', '--survey', 'nope'], { env });
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toMatch(/Survey "nope" was not found/);
  });
});
