/**
 * Logs never hold a secret: the real server process runs a whole flow (staff sign-in with a password, invitations,
 * a respondent opening, saving and submitting through their link, a reissued link, a new user with a password,
 * failed sign-ins, bad requests on live links), and everything it wrote at `info` and at `debug` is searched for
 * every invitation token, password, session cookie and CSRF token that went over the wire.
 */
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fixturesDir } from '../helpers/build-test-app.ts';
import { type ServerProcess, startServerProcess } from '../helpers/server-process.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

const adminEmail = 'log.admin@tinjau.test';
const adminPassword = 'Admin-Password-Never-Logged-7f3a';
const newUserPassword = 'New-User-Password-Never-Logged-91c2';
const wrongPassword = 'Wrong-Password-Never-Logged-5d0e';

interface Secrets {
  values: Map<string, string>;
  add(label: string, value: string | undefined | null): void;
}

function secretStore(): Secrets {
  const values = new Map<string, string>();
  return {
    values,
    add(label, value) {
      if (value) values.set(label, value);
    },
  };
}

/** The whole flow over HTTP; every secret seen on the way is recorded. */
async function runFlow(baseUrl: string, secrets: Secrets): Promise<void> {
  const call = async (method: string, url: string, body?: unknown, headers: Record<string, string> = {}) => {
    const response = await fetch(`${baseUrl}${url}`, {
      method,
      headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return { status: response.status, text, headers: response.headers };
  };
  const tokenOf = (link: string) => link.split('/r/')[1] as string;

  secrets.add('admin password', adminPassword);
  secrets.add('new user password', newUserPassword);
  secrets.add('wrong password', wrongPassword);

  const failed = await call('POST', '/api/auth/login', { email: adminEmail, password: wrongPassword });
  expect(failed.status).toBe(401);
  const login = await call('POST', '/api/auth/login', { email: adminEmail, password: adminPassword });
  expect(login.status, login.text).toBe(200);
  const sessionId = /tinjau_session=([^;]+)/.exec(login.headers.get('set-cookie') ?? '')?.[1];
  const csrfToken = JSON.parse(login.text).csrfToken as string;
  secrets.add('session cookie', sessionId);
  secrets.add('CSRF token', csrfToken);
  const staff = { cookie: `tinjau_session=${sessionId}`, 'x-csrf-token': csrfToken };

  const invitations: Array<{ invitationId: number; token: string }> = [];
  for (const organisation of ['Ministry of Logs', 'Agency of Secrets']) {
    const created = await call(
      'POST',
      '/api/invitations',
      {
        survey: 'pilot',
        country: 'TH',
        organisation,
        organisationType: 'ministry',
        contactEmail: 'c@example.org',
      },
      staff,
    );
    expect(created.status, created.text).toBe(201);
    const { invitationId, link } = JSON.parse(created.text) as { invitationId: number; link: string };
    invitations.push({ invitationId, token: tokenOf(link) });
    secrets.add(`invitation token ${invitationId}`, tokenOf(link));
  }
  const imported = await call(
    'POST',
    '/api/invitations/import',
    { survey: 'pilot', csv: 'country,organisation\nVN,Imported Ministry\n' },
    staff,
  );
  expect(imported.status).toBe(201);
  for (const { link, invitationId } of JSON.parse(imported.text).links as Array<{
    link: string;
    invitationId: number;
  }>)
    secrets.add(`imported token ${invitationId}`, tokenOf(link));

  const [first, second] = invitations as [(typeof invitations)[0], (typeof invitations)[0]];
  // The respondent: the page, the API, a save, a bad save, a submit, a retried submit.
  expect((await call('GET', `/r/${first.token}`)).status).toBe(200);
  expect((await call('GET', `/api/r/${first.token}`)).status).toBe(200);
  expect(
    (await call('PUT', `/api/r/${first.token}/answers`, { answers: { agency_name: 'Logs' }, page: 0 }))
      .status,
  ).toBe(200);
  expect((await call('PUT', `/api/r/${first.token}/answers`, { answers: { nope: 1 }, page: 0 })).status).toBe(
    400,
  );
  expect((await call('PUT', `/api/r/${first.token}/answers`, '{not json')).status).toBe(400);
  expect((await call('GET', `/api/r/${first.token}/no-such-route`)).status).toBe(404);
  // Percent-encoded, the router still finds the respondent route: the log must not hold the token either way.
  expect((await call('GET', `/api/%72/${first.token}`)).status).toBe(200);
  expect((await call('GET', `/api/%2572/${first.token}`)).status).toBe(404);
  const answers = {
    agency_name: 'Logs',
    uses_social_media: 'yes',
    platforms: ['facebook'],
    instruments: { law: 'exists', plan: 'none' },
  };
  expect((await call('POST', `/api/r/${first.token}/submit`, { answers })).status).toBe(200);
  expect((await call('POST', `/api/r/${first.token}/submit`, { answers })).status).toBe(200);
  expect((await call('PUT', `/api/r/${first.token}/answers`, { answers: {}, page: 0 })).status).toBe(409);

  // A reissued link: the old one is dead, the new one works.
  expect(
    (await call('PUT', `/api/r/${second.token}/answers`, { answers: { agency_name: 'x' }, page: 0 })).status,
  ).toBe(200);
  const reissued = await call('POST', `/api/invitations/${second.invitationId}/reissue`, undefined, staff);
  expect(reissued.status, reissued.text).toBe(200);
  const newToken = tokenOf(JSON.parse(reissued.text).link as string);
  secrets.add('reissued token', newToken);
  expect((await call('GET', `/api/r/${second.token}`)).status).toBe(404);
  expect((await call('GET', `/r/${second.token}`)).status).toBe(404);
  expect((await call('GET', `/api/r/${newToken}`)).status).toBe(200);

  // A made-up but well-formed token, and links as mail programs and people alter them.
  expect((await call('GET', `/api/r/${'Z'.repeat(43)}`)).status).toBe(404);
  expect((await call('GET', `/r/${newToken}?utm_source=newsletter`)).status).toBe(200);
  expect((await call('GET', `/r/${newToken}/`)).status).toBeLessThan(500);
  expect((await call('GET', `/r/${newToken})`)).status).toBe(404);
  expect((await call('GET', `/r/${newToken}/extra/segments`)).status).toBe(404);

  // A new user with a password, a sign-in as them, and their sign-out.
  const user = await call(
    'POST',
    '/api/users',
    { email: 'log.analyst@tinjau.test', role: 'analyst', password: newUserPassword },
    staff,
  );
  expect(user.status, user.text).toBe(201);
  const userLogin = await call('POST', '/api/auth/login', {
    email: 'log.analyst@tinjau.test',
    password: newUserPassword,
  });
  expect(userLogin.status).toBe(200);
  const userSession = /tinjau_session=([^;]+)/.exec(userLogin.headers.get('set-cookie') ?? '')?.[1];
  const userCsrf = JSON.parse(userLogin.text).csrfToken as string;
  secrets.add('second session cookie', userSession);
  secrets.add('second CSRF token', userCsrf);
  // A wrong CSRF token and a logout.
  expect(
    (
      await call('POST', '/api/auth/logout', undefined, {
        cookie: `tinjau_session=${userSession}`,
        'x-csrf-token': csrfToken,
      })
    ).status,
  ).toBe(403);
  expect(
    (
      await call('POST', '/api/auth/logout', undefined, {
        cookie: `tinjau_session=${userSession}`,
        'x-csrf-token': userCsrf,
      })
    ).status,
  ).toBe(200);
  // An unexpected server error on a staff route (reported defect F1) must not log the session either.
  const deep = `${'['.repeat(10_000)}"x"${']'.repeat(10_000)}`;
  await call(
    'POST',
    '/api/surveys/pilot/versions',
    {
      format: 'json',
      content: `{"pages":[{"name":"p","elements":[{"type":"text","name":"q","title":${deep}}]}]}`,
    },
    staff,
  );
}

describe('log redaction on the real server process', () => {
  let server: ServerProcess | undefined;
  afterEach(async () => {
    if (server && server.child.exitCode === null) {
      server.child.kill('SIGTERM');
      await server.exited;
    }
    server = undefined;
  });

  for (const level of ['info', 'debug']) {
    it(`logs no token, password, session cookie or CSRF token at ${level}`, { timeout: 90_000 }, async () => {
      const temp = makeTempDir('tinjau-logs-');
      try {
        server = await startServerProcess({
          LOG_LEVEL: level,
          DATABASE_PATH: path.join(temp.dir, 'tinjau.db'),
          SURVEYS_DIR: path.join(fixturesDir, 'surveys'),
          ADMIN_EMAIL: adminEmail,
          ADMIN_PASSWORD: adminPassword,
        });
        const secrets = secretStore();
        await runFlow(server.baseUrl, secrets);
        server.child.kill('SIGTERM');
        await server.exited;
        const output = server.output();
        // The log did record the flow, so an empty or broken log cannot pass.
        expect(output).toContain('/api/r/[token]');
        expect(output.split('\n').length).toBeGreaterThan(20);
        const leaks = [...secrets.values]
          .filter(([, value]) => output.includes(value))
          .map(([label]) => label);
        expect(leaks).toEqual([]);
        // No cookie or CSRF header is logged in any form.
        expect(output).not.toMatch(/tinjau_session=|x-csrf-token"\s*:/i);
      } finally {
        temp.cleanup();
      }
    });
  }
});
