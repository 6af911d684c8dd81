import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../../server/app.ts';
import { buildTestApp } from '../../helpers/build-test-app.ts';
import { expectCleanClientError } from '../../helpers/security-checks.ts';
import { type SignedIn, signIn } from '../../helpers/staff.ts';

describe("PATCH /api/users/:id: an admin changes a user's role and member states", () => {
  let app: App;
  let admin: SignedIn;
  beforeAll(async () => {
    app = await buildTestApp({ surveysDir: undefined });
    admin = await signIn(app, 'admin');
  });
  afterAll(async () => {
    await app?.close();
  });

  const userByEmail = async (email: string) => {
    const { users } = (
      await app.inject({ method: 'GET', url: '/api/users', headers: admin.headers })
    ).json() as {
      users: Array<{ id: number; email: string; role: string; countryCodes: string[] }>;
    };
    const user = users.find((candidate) => candidate.email === email);
    if (!user) throw new Error(`${email} is not listed`);
    return user;
  };
  const patch = (who: SignedIn, id: number, payload: object) =>
    app.inject({ method: 'PATCH', url: `/api/users/${id}`, headers: who.headers, payload });

  it('makes a coordinator of Thailand a coordinator of Cambodia and Laos, at once for their session, and audits it', async () => {
    const coordinator = await signIn(app, 'coordinator', ['TH']);
    const { id } = await userByEmail(coordinator.email);
    const changed = await patch(admin, id, { role: 'coordinator', countryCodes: ['LA', 'KH'] });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({ id, role: 'coordinator', countryCodes: ['KH', 'LA'] });
    const session = await app.inject({
      method: 'GET',
      url: '/api/auth/session',
      headers: coordinator.headers,
    });
    expect(session.json().user).toMatchObject({ role: 'coordinator', countryCodes: ['KH', 'LA'] });
    const audit = await app.inject({
      method: 'GET',
      url: '/api/audit?action=staff_user.role_changed',
      headers: admin.headers,
    });
    const [event] = audit.json().events as Array<{ before: unknown; after: unknown; actorLabel: string }>;
    expect(event).toMatchObject({
      before: { role: 'coordinator', countryCodes: ['TH'] },
      after: { role: 'coordinator', countryCodes: ['KH', 'LA'] },
      actorLabel: admin.email,
    });
  });

  it('turns an analyst into a researcher, who may then write invitations', async () => {
    const analyst = await signIn(app, 'analyst');
    const { id } = await userByEmail(analyst.email);
    const before = await app.inject({ method: 'GET', url: '/api/auth/session', headers: analyst.headers });
    expect(before.json().permissions).not.toContain('invitations:write');
    expect((await patch(admin, id, { role: 'researcher' })).statusCode).toBe(200);
    const after = await app.inject({ method: 'GET', url: '/api/auth/session', headers: analyst.headers });
    expect(after.json().permissions).toContain('invitations:write');
  });

  it.each([
    ['a coordinator without member states', { role: 'coordinator', countryCodes: [] }, 'countryCodes'],
    ['member states for an analyst', { role: 'analyst', countryCodes: ['TH'] }, 'countryCodes'],
    ['member states without a role', { countryCodes: ['TH'] }, 'role'],
  ])('refuses %s with a 400 naming the field, changing nothing', async (_label, payload, field) => {
    const coordinator = await signIn(app, 'coordinator', ['VN']);
    const { id } = await userByEmail(coordinator.email);
    const response = await patch(admin, id, payload);
    expectCleanClientError(response, 400);
    expect(response.json().details).toEqual([{ field, message: expect.any(String) }]);
    expect(await userByEmail(coordinator.email)).toMatchObject({ role: 'coordinator', countryCodes: ['VN'] });
  });

  it('refuses a role unknown to Tinjau, an admin changing their own role, and anyone but an admin', async () => {
    const researcher = await signIn(app, 'researcher');
    const { id } = await userByEmail(researcher.email);
    expectCleanClientError(await patch(admin, id, { role: 'owner' }), 400);
    const self = await userByEmail(admin.email);
    const own = await patch(admin, self.id, { role: 'analyst' });
    expectCleanClientError(own, 409);
    expect(own.json().message).toBe('You cannot change your own role.');
    expectCleanClientError(await patch(researcher, self.id, { role: 'analyst' }), 403);
    expect(await userByEmail(admin.email)).toMatchObject({ role: 'admin' });
    expect(await userByEmail(researcher.email)).toMatchObject({ role: 'researcher' });
  });

  it('answers 404 for a user who does not exist', async () => {
    expectCleanClientError(await patch(admin, 999_999, { role: 'analyst' }), 404);
  });
});
