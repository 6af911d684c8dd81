/** Signed-in staff users for API tests: creates the user and signs in through the real login route. */
import type { App } from '../../server/app.ts';
import { addStaffUser } from '../../server/auth/staff-users.ts';
import type { StaffRole } from '../../server/db/repositories/staff-repository.ts';

export interface SignedIn {
  email: string;
  cookie: string;
  csrfToken: string;
  /** Headers for any request: the session cookie and the CSRF token. */
  headers: Record<string, string>;
}

let counter = 0;
export const testPassword = 'correct horse battery staple';

export async function signIn(app: App, role: StaffRole, countryCodes: string[] = []): Promise<SignedIn> {
  counter += 1;
  const email = `${role}${counter}@tinjau.test`;
  await addStaffUser(
    app.repositories,
    { email, role, password: testPassword, countryCodes },
    { actorLabel: 'test' },
  );
  const response = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { email, password: testPassword },
  });
  if (response.statusCode !== 200) throw new Error(`sign-in failed: ${response.body}`);
  const setCookie = response.cookies.find((cookie) => cookie.name === 'tinjau_session');
  const cookie = `tinjau_session=${setCookie?.value}`;
  const { csrfToken } = response.json() as { csrfToken: string };
  return { email, cookie, csrfToken, headers: { cookie, 'x-csrf-token': csrfToken } };
}
