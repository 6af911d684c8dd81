/**
 * Access control beyond the role matrix: one respondent link never reaches another's answers, revoked links and
 * ended sessions do nothing, and a country coordinator never sees or changes another member state's data on any
 * route that takes or returns country-keyed data. Bodies are searched for the other side's organisation names and
 * answers, so a leak through any field (a label, a CSV cell, a count) is caught.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../server/app.ts';
import { responses } from '../../server/db/schema.ts';
import { buildTestApp, fixturesDir } from '../helpers/build-test-app.ts';
import { inviteForTest } from '../helpers/invitations.ts';
import { expectCleanClientError, snapshotDatabase, snapshotDifferences } from '../helpers/security-checks.ts';
import { type SignedIn, signIn, testPassword } from '../helpers/staff.ts';

/** Complete answers for the pilot questionnaire, marked with a phrase that must stay with its own response. */
function completeAnswers(marker: string) {
  return {
    agency_name: `${marker} agency`,
    uses_social_media: 'yes',
    platforms: ['facebook'],
    instruments: { law: 'exists', plan: 'none' },
    accounts: [{ account_name: `${marker} account`, account_platform: 'facebook' }],
    final_comments: `${marker} comment`,
  };
}

describe('access control', () => {
  let app: App;
  beforeAll(async () => {
    app = await buildTestApp({ surveysDir: path.join(fixturesDir, 'surveys') });
  });
  afterAll(async () => {
    await app?.close();
  });

  const responseOf = async (invitationId: number) =>
    (await app.database.db.select().from(responses)).find((row) => row.invitationId === invitationId);

  describe('respondent links', () => {
    it('saving through link A changes only A; opening A never shows B', async () => {
      const a = await inviteForTest(app, { organisationName: 'Alpha Respondent Ministry' });
      const b = await inviteForTest(app, { organisationName: 'Bravo Respondent Ministry' });
      const saveB = await app.inject({
        method: 'PUT',
        url: `/api/r/${b.token}/answers`,
        payload: { answers: { agency_name: 'Bravo secret answer' }, page: 1 },
      });
      expect(saveB.statusCode).toBe(200);
      const bBefore = await responseOf(b.invitationId);

      for (const round of [1, 2, 3]) {
        const saveA = await app.inject({
          method: 'PUT',
          url: `/api/r/${a.token}/answers`,
          payload: {
            answers: { agency_name: `Alpha answer ${round}`, final_comments: 'Alpha note' },
            page: 0,
          },
        });
        expect(saveA.statusCode).toBe(200);
      }
      expect(await responseOf(b.invitationId)).toEqual(bBefore);

      const openA = await app.inject({ method: 'GET', url: `/api/r/${a.token}` });
      expect(openA.statusCode).toBe(200);
      expect(openA.json()).toMatchObject({
        organisation: { name: 'Alpha Respondent Ministry' },
        answers: { agency_name: 'Alpha answer 3', final_comments: 'Alpha note' },
      });
      expect(openA.body).not.toContain('Bravo');

      const openB = await app.inject({ method: 'GET', url: `/api/r/${b.token}` });
      expect(openB.json()).toMatchObject({ answers: { agency_name: 'Bravo secret answer' }, page: 1 });
      expect(openB.body).not.toContain('Alpha');
    });

    it('submitting through link A submits A only, and its receipt never names B', async () => {
      const a = await inviteForTest(app, { organisationName: 'Alpha Submitting Ministry' });
      const b = await inviteForTest(app, { organisationName: 'Bravo Waiting Ministry' });
      await app.inject({
        method: 'PUT',
        url: `/api/r/${b.token}/answers`,
        payload: { answers: { agency_name: 'Bravo draft' }, page: 0 },
      });
      const bBefore = await responseOf(b.invitationId);
      const submitA = await app.inject({
        method: 'POST',
        url: `/api/r/${a.token}/submit`,
        payload: { answers: completeAnswers('Alpha') },
      });
      expect(submitA.statusCode, submitA.body).toBe(200);
      expect(await responseOf(b.invitationId)).toEqual(bBefore);
      expect((await responseOf(a.invitationId))?.status).toBe('submitted');
      const openB = await app.inject({ method: 'GET', url: `/api/r/${b.token}` });
      expect(openB.json()).toMatchObject({ status: 'in_progress', receipt: null });
      expect(openB.body).not.toContain('Alpha');
    });

    it('answers a revoked link with 404 everywhere and writes nothing', async () => {
      const revoked = await inviteForTest(app, { organisationName: 'Revoked Ministry' });
      await app.inject({
        method: 'PUT',
        url: `/api/r/${revoked.token}/answers`,
        payload: { answers: { agency_name: 'Before revocation' }, page: 0 },
      });
      await app.repositories.invitations.revoke(revoked.invitationId, { actorLabel: 'test' });
      const before = snapshotDatabase(app.database.connection);
      const attempts = [
        { method: 'GET' as const, url: `/api/r/${revoked.token}` },
        {
          method: 'PUT' as const,
          url: `/api/r/${revoked.token}/answers`,
          payload: { answers: { agency_name: 'After revocation' }, page: 0 },
        },
        {
          method: 'POST' as const,
          url: `/api/r/${revoked.token}/submit`,
          payload: { answers: completeAnswers('Revoked') },
        },
      ];
      for (const attempt of attempts) {
        const response = await app.inject(attempt);
        expectCleanClientError(response, 404);
        expect(response.json().error).toBe('invitation_not_found');
        expect(response.body).not.toContain('Before revocation');
      }
      expect((await app.inject({ method: 'GET', url: `/r/${revoked.token}` })).statusCode).toBe(404);
      expect(snapshotDifferences(before, snapshotDatabase(app.database.connection))).toEqual({});
    });

    it('kills the old link on reissue and gives the new one the same saved answers', async () => {
      const admin = await signIn(app, 'admin');
      const original = await inviteForTest(app, { organisationName: 'Reissued Ministry' });
      await app.inject({
        method: 'PUT',
        url: `/api/r/${original.token}/answers`,
        payload: { answers: { agency_name: 'Kept across reissue' }, page: 0 },
      });
      const reissue = await app.inject({
        method: 'POST',
        url: `/api/invitations/${original.invitationId}/reissue`,
        headers: admin.headers,
      });
      expect(reissue.statusCode).toBe(200);
      const newToken = (reissue.json().link as string).split('/r/')[1] as string;
      expectCleanClientError(await app.inject({ method: 'GET', url: `/api/r/${original.token}` }), 404);
      const saveOld = await app.inject({
        method: 'PUT',
        url: `/api/r/${original.token}/answers`,
        payload: { answers: { agency_name: 'Through the old link' }, page: 0 },
      });
      expectCleanClientError(saveOld, 404);
      const openNew = await app.inject({ method: 'GET', url: `/api/r/${newToken}` });
      expect(openNew.json().answers).toEqual({ agency_name: 'Kept across reissue' });
    });
  });

  describe('staff sessions', () => {
    it('refuses an expired session with 401 on reads and writes', async () => {
      const researcher = await signIn(app, 'researcher');
      const session = await app.inject({
        method: 'GET',
        url: '/api/auth/session',
        headers: researcher.headers,
      });
      expect(session.statusCode).toBe(200);
      // Expire every session of this user in place, as the clock passing the TTL would.
      const userId = session.json().user.id as number;
      app.database.connection
        .prepare('UPDATE staff_sessions SET expires_at = ? WHERE user_id = ?')
        .run('2000-01-01T00:00:00.000Z', userId);
      const before = snapshotDatabase(app.database.connection);
      for (const request of [
        { method: 'GET' as const, url: '/api/auth/session' },
        { method: 'GET' as const, url: '/api/surveys' },
        {
          method: 'POST' as const,
          url: '/api/invitations',
          payload: {
            survey: 'pilot',
            country: 'TH',
            organisation: 'Expired Ministry',
            organisationType: 'ministry',
          },
        },
        { method: 'PATCH' as const, url: '/api/surveys/pilot', payload: { closesAt: null } },
      ]) {
        expectCleanClientError(await app.inject({ ...request, headers: researcher.headers }), 401);
      }
      expect(snapshotDifferences(before, snapshotDatabase(app.database.connection))).toEqual({});
    });

    it('refuses a disabled user at once, and refuses their sign-in', async () => {
      const admin = await signIn(app, 'admin');
      const analyst = await signIn(app, 'analyst');
      const me = (
        await app.inject({ method: 'GET', url: '/api/auth/session', headers: analyst.headers })
      ).json();
      const disable = await app.inject({
        method: 'PATCH',
        url: `/api/users/${me.user.id}`,
        headers: admin.headers,
        payload: { disabled: true },
      });
      expect(disable.statusCode).toBe(200);
      for (const url of ['/api/auth/session', '/api/results/pilot/aggregates', '/api/exports/pilot/wide']) {
        expectCleanClientError(await app.inject({ method: 'GET', url, headers: analyst.headers }), 401);
      }
      const login = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: analyst.email, password: testPassword },
      });
      expectCleanClientError(login, 401);
      expect(login.cookies.find((cookie) => cookie.name === 'tinjau_session')).toBeUndefined();
    });

    it("refuses one user's session cookie with another user's CSRF token", async () => {
      const first = await signIn(app, 'admin');
      const second = await signIn(app, 'admin');
      const invitation = await inviteForTest(app, { organisationName: 'CSRF Target Ministry' });
      const mixed = { cookie: first.cookie, 'x-csrf-token': second.csrfToken };
      const before = snapshotDatabase(app.database.connection);
      const attempts = [
        { method: 'POST' as const, url: `/api/invitations/${invitation.invitationId}/revoke` },
        { method: 'POST' as const, url: `/api/invitations/${invitation.invitationId}/reissue` },
        {
          method: 'POST' as const,
          url: '/api/users',
          payload: { email: 'csrf.victim@tinjau.test', role: 'admin', password: 'a long enough password' },
        },
        {
          method: 'PATCH' as const,
          url: '/api/surveys/pilot',
          payload: { closesAt: '2030-01-01T00:00:00Z' },
        },
        { method: 'POST' as const, url: '/api/surveys/pilot/versions/1/close' },
        { method: 'POST' as const, url: '/api/auth/logout' },
      ];
      for (const attempt of attempts) {
        const response = await app.inject({ ...attempt, headers: mixed });
        expectCleanClientError(response, 403);
        expect(response.json().error).toBe('csrf_token_invalid');
      }
      expect(snapshotDifferences(before, snapshotDatabase(app.database.connection))).toEqual({});
      // Each session still works with its own token.
      const own = await app.inject({
        method: 'POST',
        url: `/api/invitations/${invitation.invitationId}/revoke`,
        headers: first.headers,
      });
      expect(own.statusCode).toBe(200);
    });
  });

  describe('country coordinators', () => {
    /** Thailand's coordinator must never see these, which belong to Viet Nam. */
    const vietnamSecrets = ['Vietnam Hidden Ministry', 'Vietnam Secret Agency', 'Vietnam-only'];
    let thailand: SignedIn;
    let vietnam: SignedIn;
    let admin: SignedIn;
    let vietnamInvitationId: number;
    let thailandInvitationId: number;

    beforeAll(async () => {
      admin = await signIn(app, 'admin');
      thailand = await signIn(app, 'coordinator', ['TH']);
      vietnam = await signIn(app, 'coordinator', ['VN']);
      // Enough submissions per country that small-cell suppression does not hide anything there is to leak.
      const organisations: Array<[string, string]> = [
        ['TH', 'Thailand Visible Ministry'],
        ['TH', 'Thailand Visible Agency'],
        ['TH', 'Thailand Visible Office'],
        ['VN', 'Vietnam Hidden Ministry'],
        ['VN', 'Vietnam Secret Agency'],
        ['VN', 'Vietnam Hidden Office'],
      ];
      for (const [countryCode, organisationName] of organisations) {
        const invitation = await inviteForTest(app, { countryCode, organisationName });
        const marker = countryCode === 'VN' ? 'Vietnam-only' : 'Thailand-only';
        const submit = await app.inject({
          method: 'POST',
          url: `/api/r/${invitation.token}/submit`,
          payload: { answers: completeAnswers(`${marker} ${organisationName}`) },
        });
        expect(submit.statusCode, submit.body).toBe(200);
        if (countryCode === 'VN') vietnamInvitationId = invitation.invitationId;
        else thailandInvitationId = invitation.invitationId;
      }
    });

    const get = (who: SignedIn, url: string) => app.inject({ method: 'GET', url, headers: who.headers });

    const readRoutes = [
      '/api/invitations?survey=pilot',
      '/api/invitations?survey=pilot&country=VN',
      '/api/surveys/pilot/progress',
      '/api/results/pilot/aggregates',
      '/api/results/pilot/aggregates?countries=VN',
      '/api/results/pilot/aggregates?countries=TH,VN',
      '/api/results/pilot/text/agency_name',
      '/api/results/pilot/text/agency_name?countries=VN',
      '/api/results/pilot/text/final_comments',
      '/api/results/pilot/text/accounts.account_name',
      '/api/results/pilot/responses',
      '/api/results/pilot/responses?countries=VN',
      '/api/exports/pilot/wide',
      '/api/exports/pilot/wide?countries=VN',
      '/api/exports/pilot/long',
      '/api/exports/pilot/countries',
      '/api/exports/pilot/codebook',
    ];

    it.each(readRoutes)('GET %s shows Thailand’s coordinator nothing of Viet Nam', async (url) => {
      const response = await get(thailand, url);
      expect(response.statusCode, response.body).toBeLessThan(500);
      for (const secret of vietnamSecrets) expect(response.body, url).not.toContain(secret);
      expect(response.body).not.toMatch(/"countryCode":"VN"|"country":"VN"|(^|\n|,)VN,/);
      // The same request as an admin does show Viet Nam where the route returns organisations, so the search
      // above looks where a leak would be.
      if (/invitations\?survey=pilot$|text\/agency_name$|responses$|wide$/.test(url)) {
        expect((await get(admin, url)).body).toContain('Vietnam');
        expect(response.body).toContain('Thailand');
      }
    });

    it('lists only Thailand in progress and aggregates for Thailand’s coordinator', async () => {
      const progress = (await get(thailand, '/api/surveys/pilot/progress')).json().countries as Array<{
        countryCode: string;
      }>;
      expect(progress.map((row) => row.countryCode)).toEqual(['TH']);
      const aggregates = (await get(thailand, '/api/results/pilot/aggregates?countries=TH,VN')).json();
      expect(JSON.stringify(aggregates.countries)).not.toContain('VN');
    });

    it('refuses to create, import, revoke or reissue in Viet Nam, and writes nothing', async () => {
      const before = snapshotDatabase(app.database.connection);
      const create = await app.inject({
        method: 'POST',
        url: '/api/invitations',
        headers: thailand.headers,
        payload: {
          survey: 'pilot',
          country: 'VN',
          organisation: 'Sneaky Ministry',
          organisationType: 'ministry',
        },
      });
      expectCleanClientError(create, 403);
      const lowerCase = await app.inject({
        method: 'POST',
        url: '/api/invitations',
        headers: thailand.headers,
        payload: {
          survey: 'pilot',
          country: 'vn',
          organisation: 'Sneaky Ministry',
          organisationType: 'ministry',
        },
      });
      expectCleanClientError(lowerCase, 403);
      const importMixed = await app.inject({
        method: 'POST',
        url: '/api/invitations/import',
        headers: thailand.headers,
        payload: { survey: 'pilot', csv: 'country,organisation\nTH,Allowed Ministry\nvn,Sneaky Ministry\n' },
      });
      expectCleanClientError(importMixed, 403);
      for (const action of ['revoke', 'reissue']) {
        const response = await app.inject({
          method: 'POST',
          url: `/api/invitations/${vietnamInvitationId}/${action}`,
          headers: thailand.headers,
        });
        // 404, not 403: whether an invitation exists in another member state is itself not shown.
        expectCleanClientError(response, 404);
        expect(response.body).not.toContain('Vietnam');
      }
      expect(snapshotDifferences(before, snapshotDatabase(app.database.connection))).toEqual({});
    });

    it('lets each coordinator act in their own member state only (the mirror case)', async () => {
      const own = await app.inject({
        method: 'POST',
        url: `/api/invitations/${vietnamInvitationId}/reissue`,
        headers: vietnam.headers,
      });
      expect(own.statusCode).toBe(200);
      const other = await app.inject({
        method: 'POST',
        url: `/api/invitations/${thailandInvitationId}/revoke`,
        headers: vietnam.headers,
      });
      expectCleanClientError(other, 404);
      const wide = (await get(vietnam, '/api/exports/pilot/wide')).body;
      expect(wide).toContain('Vietnam');
      expect(wide).not.toContain('Thailand');
    });

    it('keeps the audit log from coordinators', async () => {
      expectCleanClientError(await get(thailand, '/api/audit'), 403);
    });
  });
});
