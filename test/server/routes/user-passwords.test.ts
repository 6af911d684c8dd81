import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../../server/app.ts';
import { buildTestApp } from '../../helpers/build-test-app.ts';
import { expectCleanClientError } from '../../helpers/security-checks.ts';
import { signIn } from '../../helpers/staff.ts';

describe('POST /api/users password policy', () => {
  let app: App;
  beforeAll(async () => {
    app = await buildTestApp({ surveysDir: undefined });
  });
  afterAll(async () => {
    await app?.close();
  });

  it.each([
    ['twelve identical letters', 'aaaaaaaaaaaa'],
    ['a common password', 'password1234'],
    ['a sequence of digits', '123456789012'],
    ['the e-mail itself', 'weak.one@tinjau.test'],
  ])('refuses %s with a 400 naming the password, and adds nobody', async (_label, password) => {
    const admin = await signIn(app, 'admin');
    const response = await app.inject({
      method: 'POST',
      url: '/api/users',
      headers: admin.headers,
      payload: { email: 'weak.one@tinjau.test', role: 'analyst', password },
    });
    expectCleanClientError(response, 400);
    expect(response.json().details).toEqual([
      { field: 'password', message: expect.stringMatching(/^The password is too easy to guess\./) },
    ]);
    const users = (await app.inject({ method: 'GET', url: '/api/users', headers: admin.headers })).json();
    expect(JSON.stringify(users)).not.toContain('weak.one@tinjau.test');
  });
});
