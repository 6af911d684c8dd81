import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../server/config.ts';
import { runCli } from '../helpers/run-cli.ts';
import { type ServerProcess, startServerProcess } from '../helpers/server-process.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

/** Runs the CLI without blocking the event loop, so the load keeps going meanwhile. */
function runCliAsync(
  args: string[],
  env: Record<string, string>,
): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', path.join(projectRoot, 'server', 'cli', 'index.ts'), ...args],
      {
        cwd: projectRoot,
        env: { ...process.env, ...env },
      },
    );
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('exit', (status) => resolve({ status, output }));
  });
}

function dumpResponses(file: string): Array<Record<string, unknown>> {
  const db = new BetterSqlite3(file, { readonly: true });
  try {
    return db
      .prepare('select id, invitation_id, answers, status, page from responses order by id')
      .all() as Array<Record<string, unknown>>;
  } finally {
    db.close();
  }
}

describe('backup and restore under write load', () => {
  let dir: string;
  let cleanup: () => void;
  let env: Record<string, string>;
  let server: ServerProcess | undefined;
  let tokens: string[];

  beforeAll(() => {
    ({ dir, cleanup } = makeTempDir());
    env = {
      DATABASE_PATH: path.join(dir, 'tinjau.db'),
      ADMIN_PASSWORD: 'backup-test-admin-password',
      LOG_LEVEL: 'warn',
    };
    const csv = path.join(dir, 'invitees.csv');
    writeFileSync(
      csv,
      `country,organisation\n${Array.from({ length: 20 }, (_, index) => `TH,Agency ${index}`).join('\n')}\n`,
    );
    const invited = runCli(['invite', '--survey', 'agency-practice', '--from-csv', csv], { env });
    expect(invited.status).toBe(0);
    tokens = readFileSync(path.join(dir, 'invitees-links.csv'), 'utf8')
      .split('\n')
      .slice(1)
      .filter(Boolean)
      .map((line) => line.trim().split('/r/')[1] as string);
  });
  afterAll(() => {
    server?.child.kill('SIGKILL');
    cleanup();
  });

  it('takes a consistent backup while the server writes, and restores it exactly', async () => {
    server = await startServerProcess(env);
    const running = server;
    let stop = false;
    let saves = 0;
    const load = Promise.all(
      Array.from({ length: 8 }, async (_, worker) => {
        for (let round = 0; !stop && round < 2000; round += 1) {
          const token = tokens[(worker + round) % tokens.length] as string;
          const response = await fetch(`${running.baseUrl}/api/r/${token}/answers`, {
            method: 'PUT',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ answers: { ag_resp_role: `Role answer ${worker}-${round}` }, page: 0 }),
          });
          expect(response.status).toBe(200);
          saves += 1;
        }
      }),
    );
    const backupFile = path.join(dir, 'backup.db');
    while (saves < 50) await new Promise((resolve) => setTimeout(resolve, 10));
    const backup = await runCliAsync(['backup', backupFile], env);
    const savesAtBackupEnd = saves;
    stop = true;
    await load;
    expect(backup).toEqual({ status: 0, output: `backup written to ${backupFile}\n` });
    expect(savesAtBackupEnd).toBeGreaterThan(50);

    const check = new BetterSqlite3(backupFile, { readonly: true });
    expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
    check.close();
    const backedUp = dumpResponses(backupFile);
    expect(backedUp.length).toBeGreaterThan(0);
    for (const row of backedUp)
      expect(JSON.parse(String(row.answers)).ag_resp_role).toMatch(/^Role answer \d+-\d+$/);

    running.child.kill('SIGTERM');
    expect((await running.exited).code).toBe(0);
    const beforeRestore = dumpResponses(env.DATABASE_PATH as string);
    expect(beforeRestore).not.toEqual(backedUp);

    const restored = runCli(['restore', backupFile], { env });
    expect(restored.stdout).toBe(`database restored from ${backupFile}\n`);
    expect(dumpResponses(env.DATABASE_PATH as string)).toEqual(backedUp);

    server = await startServerProcess(env);
    expect((await fetch(`${server.baseUrl}/api/health`)).status).toBe(200);
  });

  it('refuses to restore a file that is not a Tinjau database, leaving the database as it was', () => {
    const junk = path.join(dir, 'junk.db');
    writeFileSync(junk, 'not a database');
    const before = dumpResponses(env.DATABASE_PATH as string);
    const result = runCli(['restore', junk], { env });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/not a readable SQLite database|not a Tinjau database/);
    expect(dumpResponses(env.DATABASE_PATH as string)).toEqual(before);
  });
});
