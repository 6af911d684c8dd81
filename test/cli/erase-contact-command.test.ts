import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

describe('npm run cli -- erase-contact', () => {
  let cleanup: () => void;
  let env: Record<string, string>;
  beforeEach(() => {
    const temp = makeTempDir();
    cleanup = temp.cleanup;
    env = { DATABASE_PATH: path.join(temp.dir, 'tinjau.db') };
  });
  afterEach(() => cleanup());

  const query = (sql: string) => {
    const db = new BetterSqlite3(env.DATABASE_PATH as string, { readonly: true });
    try {
      return db.prepare(sql).all() as Array<Record<string, unknown>>;
    } finally {
      db.close();
    }
  };

  it('removes the contact name and e-mail, keeps the invitation, and audits the erasure without the erased data', async () => {
    const link = runCli(
      [
        'invite',
        '--survey',
        'agency-practice',
        '--country',
        'PH',
        '--org',
        'DICT',
        '--name',
        'Maria Santos',
        '--email',
        'maria@dict.gov.ph',
      ],
      { env },
    ).stdout.trim();
    const token = link.split('/r/')[1];
    expect(token).toBeTruthy();
    const [{ id }] = query('select id from invitations') as [{ id: number }];
    const result = runCli(['erase-contact', '--invitation', String(id)], { env });
    expect(result.stdout).toBe(`contact data of invitation ${id} erased\n`);
    expect(query('select organisation_name, contact_name, contact_email, status from invitations')).toEqual([
      { organisation_name: 'DICT', contact_name: null, contact_email: null, status: 'active' },
    ]);
    const [event] = query(
      "select action, before, after from audit_events where action = 'invitation.contact_erased'",
    );
    expect(event).toEqual({
      action: 'invitation.contact_erased',
      before: JSON.stringify({ contactName: 'present', contactEmail: 'present' }),
      after: JSON.stringify({ contactName: 'absent', contactEmail: 'absent' }),
    });
    expect(JSON.stringify(query('select * from audit_events'))).not.toMatch(/Maria|maria@dict/);
  });

  it('says so when the invitation does not exist', () => {
    const result = runCli(['erase-contact', '--invitation', '999'], { env });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('There is no invitation 999.\n');
  });
});
