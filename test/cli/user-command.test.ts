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

describe('npm run cli -- user reset-password', () => {
  it('prints a one-time password that signs in and must be replaced, for an admin locked out too', async () => {
    const temp = makeTempDir();
    try {
      const env = { DATABASE_PATH: path.join(temp.dir, 'tinjau.db') };
      runCli(['user', 'add', '--email', 'admin@example.org', '--role', 'admin'], {
        env,
        input: 'a very long passphrase\n',
      });
      const result = runCli(['user', 'reset-password', '--email', 'Admin@Example.org'], { env });
      expect(result.stderr).toBe('');
      const [, oneTimePassword] = result.stdout.trimEnd().split('\n');
      expect(result.stdout).toMatch(/^admin@example\.org is signed out\. One-time password/);
      expect(oneTimePassword).toMatch(/^[\w-]{20}$/);
      const db = new BetterSqlite3(env.DATABASE_PATH, { readonly: true });
      try {
        const row = db.prepare('select password_hash, password_change_required from staff_users').get() as {
          password_hash: string;
          password_change_required: number;
        };
        expect(row.password_change_required).toBe(1);
        const { verifyPassword } = await import('../../server/auth/passwords.ts');
        expect(await verifyPassword(row.password_hash, oneTimePassword as string)).toBe(true);
        const audit = db
          .prepare("select * from audit_events where action = 'staff_user.password_reset'")
          .all();
        expect(audit).toHaveLength(1);
        expect(JSON.stringify(audit)).not.toContain(oneTimePassword);
      } finally {
        db.close();
      }
      const unknown = runCli(['user', 'reset-password', '--email', 'nobody@example.org'], { env });
      expect(unknown.status).not.toBe(0);
      expect(unknown.stderr).toContain('There is no staff user with the e-mail nobody@example.org');
    } finally {
      temp.cleanup();
    }
  });
});
