import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type ServerProcess, startServerProcess } from '../helpers/server-process.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

describe('the first start of a fresh installation', () => {
  let server: ServerProcess | undefined;
  let cleanup = () => {};
  afterEach(async () => {
    server?.child.kill('SIGTERM');
    await server?.exited;
    cleanup();
  });

  const signIn = (baseUrl: string, email: string, password: string) =>
    fetch(`${baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });

  it('creates an admin with a one-time password printed once, outside the log, and loads the questionnaires', async () => {
    const temp = makeTempDir();
    cleanup = temp.cleanup;
    const env = { DATABASE_PATH: path.join(temp.dir, 'fresh.db'), ADMIN_PASSWORD: '' };
    server = await startServerProcess(env);
    const password = /one-time password: (\S+)/.exec(server.output())?.[1] as string;
    expect(password).toMatch(/^[A-Za-z0-9_-]{20}$/);
    const logLines = server
      .output()
      .split('\n')
      .filter((line) => line.startsWith('{'));
    expect(logLines.join('\n')).not.toContain(password);
    const login = await signIn(server.baseUrl, 'admin@tinjau.local', password);
    expect(login.status).toBe(200);
    const cookie = login.headers.get('set-cookie')?.split(';')[0] as string;
    const surveys = (await (
      await fetch(`${server.baseUrl}/api/surveys`, { headers: { cookie } })
    ).json()) as { surveys: Array<{ slug: string; currentVersion: number }> };
    expect(surveys.surveys.map((survey) => [survey.slug, survey.currentVersion])).toEqual([
      ['agency-practice', 1],
      ['national-policy', 1],
    ]);
    // The country comparisons, then any missing export cells, are built in the background once the server listens.
    await expect.poll(() => server?.output(), { timeout: 10_000 }).toMatch(/live aggregates ready/);
    await expect.poll(() => server?.output(), { timeout: 10_000 }).toMatch(/export cells ready/);

    server.child.kill('SIGTERM');
    await server.exited;
    server = await startServerProcess(env);
    expect(server.output()).not.toMatch(/one-time password/);
  });

  it('takes the admin password from ADMIN_PASSWORD and prints none', async () => {
    const temp = makeTempDir();
    cleanup = temp.cleanup;
    server = await startServerProcess({
      DATABASE_PATH: path.join(temp.dir, 'fresh.db'),
      ADMIN_PASSWORD: 'chosen admin password',
      ADMIN_EMAIL: 'lead@study.example',
    });
    expect(server.output()).not.toMatch(/one-time password/);
    expect((await signIn(server.baseUrl, 'lead@study.example', 'chosen admin password')).status).toBe(200);
  });
});
