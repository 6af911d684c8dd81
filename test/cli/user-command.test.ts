import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

describe('npm run cli -- user add', () => {
  let cleanup: () => void;
  let env: Record<string, string>;
  beforeEach(() => {
    const temp = makeTempDir();
    cleanup = temp.cleanup;
    env = { DATABASE_PATH: path.join(temp.dir, 'tinjau.db') };
  });
  afterEach(() => cleanup());

  const users = () => {
    const db = new BetterSqlite3(env.DATABASE_PATH as string, { readonly: true });
    try {
      return db
        .prepare(
          'select u.email, u.role, u.password_hash, group_concat(c.country_code) as countries from staff_users u left join staff_user_countries c on c.user_id = u.id group by u.id',
        )
        .all() as Array<Record<string, string>>;
    } finally {
      db.close();
    }
  };

  it('adds a coordinator for two member states with the password from stdin', () => {
    const result = runCli(
      [
        'user',
        'add',
        '--email',
        'Coordinator@Example.org',
        '--role',
        'coordinator',
        '--country',
        'kh',
        '--country',
        'LA',
      ],
      {
        env,
        input: 'a very long passphrase\n',
      },
    );
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('added coordinator coordinator@example.org (KH, LA)\n');
    const [user] = users();
    expect(user).toMatchObject({ email: 'coordinator@example.org', role: 'coordinator', countries: 'KH,LA' });
    expect(user?.password_hash).toMatch(/^\$argon2id\$/);
  });

  it('refuses a short password and an unknown role, naming each', () => {
    const result = runCli(['user', 'add', '--email', 'x@example.org', '--role', 'owner'], {
      env,
      input: 'short',
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/role: role must be one of admin, researcher, analyst, coordinator/);
    expect(result.stderr).toMatch(/password: The password must be at least 12 characters long/);
    expect(users()).toHaveLength(0);
  });

  it('refuses a password that is long enough but trivial, saying why', () => {
    const result = runCli(['user', 'add', '--email', 'x@example.org', '--role', 'analyst'], {
      env,
      input: 'aaaaaaaaaaaa',
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/password: The password is too easy to guess\. Repeated characters/);
    expect(users()).toHaveLength(0);
  });
});
