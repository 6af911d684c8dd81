import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../../server/app.ts';
import { buildTestApp } from '../../helpers/build-test-app.ts';
import { expectCleanClientError } from '../../helpers/security-checks.ts';
import { type SignedIn, signIn, testPassword } from '../../helpers/staff.ts';

describe("an admin resets a staff user's password; the user must choose a new one", () => {
  let app: App;
  let admin: SignedIn;
  beforeAll(async () => {
    app = await buildTestApp({ surveysDir: undefined });
    admin = await signIn(app, 'admin');
  });
  afterAll(async () => {
    await app?.close();
  });

  const idOf = async (email: string) => {
    const { users } = (
      await app.inject({ method: 'GET', url: '/api/users', headers: admin.headers })
    ).json() as { users: Array<{ id: number; email: string; passwordChangeRequired: boolean }> };
    const user = users.find((candidate) => candidate.email === email);
    if (!user) throw new Error(`${email} is not listed`);
    return user;
  };
  const reset = (who: SignedIn, id: number) =>
    app.inject({ method: 'POST', url: `/api/users/${id}/password-reset`, headers: who.headers });
  const login = (email: string, password: string) =>
    app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
  const sessionOf = (response: Awaited<ReturnType<typeof login>>) => {
    const cookie = `tinjau_session=${response.cookies.find((c) => c.name === 'tinjau_session')?.value}`;
    return { cookie, 'x-csrf-token': (response.json() as { csrfToken: string }).csrfToken };
  };

  it('signs the user out, gives a one-time password once, and audits the reset without it', async () => {
    const researcher = await signIn(app, 'researcher');
    const { id } = await idOf(researcher.email);
    const response = await reset(admin, id);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    const { oneTimePassword, user } = response.json() as {
      oneTimePassword: string;
      user: { passwordChangeRequired: boolean };
    };
    expect(oneTimePassword).toMatch(/^[\w-]{20}$/);
    expect(user.passwordChangeRequired).toBe(true);

    const oldSession = await app.inject({
      method: 'GET',
      url: '/api/auth/session',
      headers: researcher.headers,
    });
    expect(oldSession.statusCode).toBe(401);
    expect((await login(researcher.email, testPassword)).statusCode).toBe(401);

    const audit = await app.inject({
      method: 'GET',
      url: '/api/audit?action=staff_user.password_reset',
      headers: admin.headers,
    });
    const events = audit.json().events as Array<{ entityId: string; actorLabel: string }>;
    expect(events).toEqual([expect.objectContaining({ entityId: String(id), actorLabel: admin.email })]);
    expect(audit.body).not.toContain(oneTimePassword);
    expect(audit.body).not.toContain('argon2');
  });

  it('lets the one-time password reach nothing but choosing a new one, then works with the new one only', async () => {
    const analyst = await signIn(app, 'analyst');
    const { id } = await idOf(analyst.email);
    const { oneTimePassword } = (await reset(admin, id)).json() as { oneTimePassword: string };

    const signedIn = await login(analyst.email, oneTimePassword);
    expect(signedIn.statusCode, signedIn.body).toBe(200);
    expect(signedIn.json().user.passwordChangeRequired).toBe(true);
    const headers = sessionOf(signedIn);
    const surveys = await app.inject({ method: 'GET', url: '/api/surveys', headers });
    expectCleanClientError(surveys, 403);
    expect(surveys.json().error).toBe('password_change_required');
    expect((await app.inject({ method: 'GET', url: '/api/auth/session', headers })).statusCode).toBe(200);

    const change = (payload: object) =>
      app.inject({ method: 'POST', url: '/api/auth/password', headers, payload });
    const wrongCurrent = await change({
      currentPassword: 'not it at all',
      newPassword: 'a fresh long passphrase 42',
    });
    expectCleanClientError(wrongCurrent, 400);
    expect(wrongCurrent.json().details).toEqual([{ field: 'currentPassword', message: expect.any(String) }]);
    const weak = await change({ currentPassword: oneTimePassword, newPassword: 'aaaaaaaaaaaa' });
    expectCleanClientError(weak, 400);
    expect(weak.json().details).toEqual([{ field: 'newPassword', message: expect.any(String) }]);
    const same = await change({ currentPassword: oneTimePassword, newPassword: oneTimePassword });
    expect(same.json().details).toEqual([
      { field: 'newPassword', message: 'the new password must differ from the current one' },
    ]);

    const changed = await change({
      currentPassword: oneTimePassword,
      newPassword: 'a fresh long passphrase 42',
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json().user.passwordChangeRequired).toBe(false);
    // The session is renewed: the one opened with the one-time password ends, the new one works.
    expect((await app.inject({ method: 'GET', url: '/api/auth/session', headers })).statusCode).toBe(401);
    const renewed = sessionOf(changed);
    expect((await app.inject({ method: 'GET', url: '/api/surveys', headers: renewed })).statusCode).toBe(200);

    expect((await login(analyst.email, oneTimePassword)).statusCode).toBe(401);
    expect((await login(analyst.email, 'a fresh long passphrase 42')).statusCode).toBe(200);
    expect((await idOf(analyst.email)).passwordChangeRequired).toBe(false);
  });

  it('refuses an admin resetting their own password, a user that does not exist, and anyone but an admin', async () => {
    const { id } = await idOf(admin.email);
    const own = await reset(admin, id);
    expectCleanClientError(own, 409);
    expect(
      (await app.inject({ method: 'GET', url: '/api/auth/session', headers: admin.headers })).statusCode,
    ).toBe(200);
    expectCleanClientError(await reset(admin, 99_999), 404);
    const researcher = await signIn(app, 'researcher');
    expectCleanClientError(await reset(researcher, id), 403);
    const anonymous = await app.inject({ method: 'POST', url: `/api/users/${id}/password-reset` });
    expectCleanClientError(anonymous, 401);
  });

  it('lets any user change their own password with the current one', async () => {
    const coordinator = await signIn(app, 'coordinator', ['PH']);
    const changed = await app.inject({
      method: 'POST',
      url: '/api/auth/password',
      headers: coordinator.headers,
      payload: { currentPassword: testPassword, newPassword: 'mabuhay from manila 2027' },
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect((await login(coordinator.email, 'mabuhay from manila 2027')).statusCode).toBe(200);
    const audit = await app.inject({
      method: 'GET',
      url: '/api/audit?action=staff_user.password_changed',
      headers: admin.headers,
    });
    expect(audit.json().events).toContainEqual(expect.objectContaining({ actorLabel: coordinator.email }));
  });
});
