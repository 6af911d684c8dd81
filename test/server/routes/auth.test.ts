import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../../server/app.ts';
import { staffSessions, staffUsers } from '../../../server/db/schema.ts';
import { buildTestApp } from '../../helpers/build-test-app.ts';
import { signIn, testPassword } from '../../helpers/staff.ts';

describe('staff sign-in, sessions and CSRF', () => {
  let app: App;
  beforeAll(async () => {
    app = await buildTestApp({ auth: { maxFailedLogins: 3, failedLoginWindowMs: 60_000 } });
  });
  afterAll(async () => {
    await app.close();
  });

  it('signs in with an http-only, SameSite=Strict session cookie and returns the CSRF token', async () => {
    const researcher = await signIn(app, 'researcher');
    const login = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: researcher.email, password: testPassword },
    });
    expect(login.statusCode).toBe(200);
    const cookie = login.cookies.find((entry) => entry.name === 'tinjau_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    expect(login.json()).toMatchObject({
      user: { email: researcher.email, role: 'researcher' },
      csrfToken: expect.any(String),
    });
    const session = await app.inject({
      method: 'GET',
      url: '/api/auth/session',
      headers: researcher.headers,
    });
    expect(session.json()).toMatchObject({
      user: { email: researcher.email },
      csrfToken: researcher.csrfToken,
    });
  });

  it('stores passwords as argon2id hashes and sessions as hashes of their ids', async () => {
    const admin = await signIn(app, 'admin');
    const users = await app.database.db.select().from(staffUsers);
    expect(users.every((user) => user.passwordHash.startsWith('$argon2id$'))).toBe(true);
    const sessions = await app.database.db.select().from(staffSessions);
    const sessionId = admin.cookie.split('=')[1] as string;
    expect(JSON.stringify(sessions)).not.toContain(sessionId);
  });

  it('refuses a wrong password with 401 and the same message as an unknown e-mail', async () => {
    const analyst = await signIn(app, 'analyst');
    const wrong = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: analyst.email, password: 'not the password' },
    });
    const unknown = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'nobody@tinjau.test', password: 'whatever it is' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
  });

  it('bounds failed sign-ins from one address, the right password included once it is reached', async () => {
    const analyst = await signIn(app, 'analyst');
    const attempt = (password: string) =>
      app.inject({
        method: 'POST',
        url: '/api/auth/login',
        remoteAddress: '10.7.7.7',
        payload: { email: analyst.email, password },
      });
    const statuses = [];
    for (let index = 0; index < 4; index += 1) statuses.push((await attempt('wrong password')).statusCode);
    expect(statuses).toEqual([401, 401, 401, 429]);
    expect((await attempt(testPassword)).statusCode).toBe(429);
  });

  it('refuses a state-changing request without the CSRF token', async () => {
    const admin = await signIn(app, 'admin');
    const payload = {
      email: 'new.researcher@tinjau.test',
      role: 'researcher',
      password: 'a long enough password',
    };
    const withoutToken = await app.inject({
      method: 'POST',
      url: '/api/users',
      headers: { cookie: admin.cookie },
      payload,
    });
    expect(withoutToken.statusCode).toBe(403);
    expect(withoutToken.json()).toMatchObject({ error: 'csrf_token_invalid' });
    const wrongToken = await app.inject({
      method: 'POST',
      url: '/api/users',
      headers: { cookie: admin.cookie, 'x-csrf-token': 'x'.repeat(43) },
      payload,
    });
    expect(wrongToken.statusCode).toBe(403);
    const withToken = await app.inject({
      method: 'POST',
      url: '/api/users',
      headers: admin.headers,
      payload,
    });
    expect(withToken.statusCode).toBe(201);
  });

  it('signs out: the session stops working', async () => {
    const analyst = await signIn(app, 'analyst');
    const logout = await app.inject({ method: 'POST', url: '/api/auth/logout', headers: analyst.headers });
    expect(logout.statusCode).toBe(200);
    const after = await app.inject({ method: 'GET', url: '/api/auth/session', headers: analyst.headers });
    expect(after.statusCode).toBe(401);
  });

  it('refuses an expired session', async () => {
    const analyst = await signIn(app, 'analyst');
    await app.database.db.update(staffSessions).set({ expiresAt: '2000-01-01T00:00:00.000Z' });
    const response = await app.inject({ method: 'GET', url: '/api/auth/session', headers: analyst.headers });
    expect(response.statusCode).toBe(401);
  });

  it('lets admins add users with validation that names the field, and disable them', async () => {
    const admin = await signIn(app, 'admin');
    const coordinatorWithoutCountry = await app.inject({
      method: 'POST',
      url: '/api/users',
      headers: admin.headers,
      payload: { email: 'coord@tinjau.test', role: 'coordinator', password: 'a long enough password' },
    });
    expect(coordinatorWithoutCountry.statusCode).toBe(400);
    expect(coordinatorWithoutCountry.json().details).toEqual([
      { field: 'countryCodes', message: 'a country coordinator needs at least one member state' },
    ]);
    const created = await app.inject({
      method: 'POST',
      url: '/api/users',
      headers: admin.headers,
      payload: {
        email: 'coord@tinjau.test',
        role: 'coordinator',
        password: 'a long enough password',
        countryCodes: ['KH', 'LA'],
      },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ role: 'coordinator', countryCodes: ['KH', 'LA'] });
    const disabled = await app.inject({
      method: 'PATCH',
      url: `/api/users/${created.json().id}`,
      headers: admin.headers,
      payload: { disabled: true },
    });
    expect(disabled.json().disabledAt).toEqual(expect.any(String));
    const login = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'coord@tinjau.test', password: 'a long enough password' },
    });
    expect(login.statusCode).toBe(401);
  });
});
