/**
 * Every route in the OpenAPI document × every kind of caller. A route added without an entry here fails the test,
 * so access rules are decided for each new route, not inherited by accident.
 */
import path from 'node:path';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../../server/app.ts';
import { buildTestApp, fixturesDir } from '../../helpers/build-test-app.ts';
import { inviteForTest } from '../../helpers/invitations.ts';
import { type SignedIn, signIn } from '../../helpers/staff.ts';

type Caller = 'anonymous' | 'respondent' | 'admin' | 'researcher' | 'analyst' | 'coordinator';
const staffCallers: Caller[] = ['admin', 'researcher', 'analyst', 'coordinator'];
const everyone: Caller[] = ['anonymous', 'respondent', ...staffCallers];

interface Context {
  invitationId: number;
  token: string;
}

interface RouteRule {
  allowed: Caller[];
  request: (context: Context) => Omit<InjectOptions, 'method'>;
  /** The request ends the session (logout): use a session of its own. */
  freshSession?: boolean;
}

const pilotCsv = 'country,organisation\nTH,Office of the Prime Minister\n';

const matrix: Record<string, RouteRule> = {
  'GET /api/health': { allowed: everyone, request: () => ({ url: '/api/health' }) },
  // Anyone may try to sign in; the request is malformed on purpose so that no failure is counted.
  'POST /api/auth/login': {
    allowed: everyone,
    request: () => ({ url: '/api/auth/login', payload: { email: 'x@y.org' } }),
  },
  'POST /api/auth/logout': {
    allowed: staffCallers,
    request: () => ({ url: '/api/auth/logout' }),
    freshSession: true,
  },
  'GET /api/auth/session': { allowed: staffCallers, request: () => ({ url: '/api/auth/session' }) },
  // A wrong current password on purpose: the caller's password stays as it is.
  'POST /api/auth/password': {
    allowed: staffCallers,
    request: () => ({
      url: '/api/auth/password',
      payload: { currentPassword: 'not the password', newPassword: 'another long passphrase' },
    }),
  },
  'GET /api/users': { allowed: ['admin'], request: () => ({ url: '/api/users' }) },
  'POST /api/users/{id}/password-reset': {
    allowed: ['admin'],
    request: () => ({ url: '/api/users/99999/password-reset' }),
  },
  'POST /api/users': {
    allowed: ['admin'],
    request: () => ({
      url: '/api/users',
      payload: { email: `u${Math.random()}@tinjau.test`, role: 'analyst', password: 'long enough password' },
    }),
  },
  'PATCH /api/users/{id}': {
    allowed: ['admin'],
    request: () => ({ url: '/api/users/99999', payload: { disabled: true } }),
  },
  'GET /api/surveys': { allowed: staffCallers, request: () => ({ url: '/api/surveys' }) },
  'GET /api/surveys/{slug}': { allowed: staffCallers, request: () => ({ url: '/api/surveys/pilot' }) },
  'PATCH /api/surveys/{slug}': {
    allowed: ['admin', 'researcher'],
    request: () => ({ url: '/api/surveys/pilot', payload: { closesAt: null } }),
  },
  'GET /api/surveys/{slug}/versions/{version}': {
    allowed: staffCallers,
    request: () => ({ url: '/api/surveys/pilot/versions/1' }),
  },
  'POST /api/surveys/{slug}/versions': {
    allowed: ['admin', 'researcher'],
    request: () => ({
      url: '/api/surveys/pilot/versions',
      payload: { format: 'json', content: '{"pages": []}' },
    }),
  },
  'POST /api/surveys/{slug}/versions/{version}/{action}': {
    allowed: ['admin', 'researcher'],
    request: () => ({ url: '/api/surveys/pilot/versions/1/publish' }),
  },
  'GET /api/surveys/{slug}/versions/{version}/download': {
    allowed: staffCallers,
    request: () => ({ url: '/api/surveys/pilot/versions/1/download' }),
  },
  'GET /api/surveys/{slug}/versions/{version}/changes': {
    allowed: staffCallers,
    request: () => ({ url: '/api/surveys/pilot/versions/1/changes' }),
  },
  'GET /api/surveys/{slug}/versions/{version}/codebook': {
    allowed: staffCallers,
    request: () => ({ url: '/api/surveys/pilot/versions/1/codebook' }),
  },
  'GET /api/surveys/{slug}/progress': {
    allowed: staffCallers,
    request: () => ({ url: '/api/surveys/pilot/progress' }),
  },
  'GET /api/surveys/{slug}/demo-data': {
    allowed: staffCallers,
    request: () => ({ url: '/api/surveys/pilot/demo-data' }),
  },
  // Confirmed for a count the survey does not have: allowed callers get 409 and nothing is removed.
  'POST /api/surveys/{slug}/demo-data/removal': {
    allowed: ['admin'],
    request: () => ({ url: '/api/surveys/pilot/demo-data/removal', payload: { invitations: 999 } }),
  },
  'GET /api/invitations': {
    allowed: ['admin', 'researcher', 'coordinator'],
    request: () => ({ url: '/api/invitations?survey=pilot' }),
  },
  'POST /api/invitations': {
    allowed: ['admin', 'researcher', 'coordinator'],
    request: () => ({
      url: '/api/invitations',
      payload: { survey: 'pilot', country: 'TH', organisation: 'Ministry', organisationType: 'ministry' },
    }),
  },
  'POST /api/invitations/import': {
    allowed: ['admin', 'researcher', 'coordinator'],
    request: () => ({ url: '/api/invitations/import', payload: { survey: 'pilot', csv: pilotCsv } }),
  },
  'POST /api/invitations/{id}/revoke': {
    allowed: ['admin', 'researcher', 'coordinator'],
    request: (context) => ({ url: `/api/invitations/${context.invitationId}/revoke` }),
  },
  'POST /api/invitations/{id}/reissue': {
    allowed: ['admin', 'researcher', 'coordinator'],
    request: (context) => ({ url: `/api/invitations/${context.invitationId}/reissue` }),
  },
  'GET /api/results/{slug}/aggregates': {
    allowed: staffCallers,
    request: () => ({ url: '/api/results/pilot/aggregates' }),
  },
  'GET /api/results/{slug}/text/{question}': {
    allowed: staffCallers,
    request: () => ({ url: '/api/results/pilot/text/final_comments' }),
  },
  'GET /api/results/{slug}/codebook': {
    allowed: staffCallers,
    request: () => ({ url: '/api/results/pilot/codebook' }),
  },
  'GET /api/results/{slug}/responses': {
    allowed: staffCallers,
    request: () => ({ url: '/api/results/pilot/responses' }),
  },
  'GET /api/exports/{slug}/{format}': {
    allowed: staffCallers,
    request: () => ({ url: '/api/exports/pilot/wide' }),
  },
  'GET /api/audit': { allowed: ['admin'], request: () => ({ url: '/api/audit' }) },
  'GET /api/audit/filters': { allowed: ['admin'], request: () => ({ url: '/api/audit/filters' }) },
  'GET /api/audit/export': { allowed: ['admin'], request: () => ({ url: '/api/audit/export' }) },
  'GET /api/r/{token}': {
    allowed: ['respondent'],
    request: (context) => ({ url: `/api/r/${context.token}` }),
  },
  'PUT /api/r/{token}/answers': {
    allowed: ['respondent'],
    request: (context) => ({ url: `/api/r/${context.token}/answers`, payload: { answers: {}, page: 0 } }),
  },
  'POST /api/r/{token}/submit': {
    allowed: ['respondent'],
    request: (context) => ({ url: `/api/r/${context.token}/submit`, payload: { answers: {} } }),
  },
};

describe('authorization matrix', () => {
  let app: App;
  const signedIn = new Map<Caller, SignedIn>();
  beforeAll(async () => {
    app = await buildTestApp({
      surveysDir: path.join(fixturesDir, 'surveys'),
      respond: { maxFailedLookups: 100_000 },
    });
    for (const role of ['admin', 'researcher', 'analyst'] as const)
      signedIn.set(role, await signIn(app, role));
    signedIn.set('coordinator', await signIn(app, 'coordinator', ['TH']));
  });
  afterAll(async () => {
    await app.close();
  });

  it('has an entry for every route in the OpenAPI document', async () => {
    const document = (await app.inject({ method: 'GET', url: '/docs/json' })).json() as {
      paths: Record<string, Record<string, unknown>>;
    };
    const routes = Object.entries(document.paths).flatMap(([route, methods]) =>
      Object.keys(methods).map((method) => `${method.toUpperCase()} ${route}`),
    );
    expect(routes.sort()).toEqual(Object.keys(matrix).sort());
  });

  for (const [route, rule] of Object.entries(matrix)) {
    const method = route.split(' ')[0] as InjectOptions['method'];
    it.each(everyone)(`${route} as %s`, async (caller) => {
      const { token, invitationId } = await inviteForTest(app);
      const context: Context = { invitationId, token: caller === 'respondent' ? token : 'A'.repeat(43) };
      const isStaff = staffCallers.includes(caller);
      const session =
        rule.freshSession && isStaff
          ? await signIn(app, caller as 'admin', caller === 'coordinator' ? ['TH'] : [])
          : signedIn.get(caller);
      const request = rule.request(context);
      const response = await app.inject({
        ...request,
        method,
        headers: { ...(session?.headers ?? {}), ...(request.headers ?? {}) },
      } as InjectOptions);
      const denied =
        response.statusCode === 401 ||
        response.statusCode === 403 ||
        (route.includes('/api/r/') && response.statusCode === 404);
      expect({ caller, status: response.statusCode, denied }).toEqual({
        caller,
        status: response.statusCode,
        denied: !rule.allowed.includes(caller),
      });
      expect(response.statusCode).toBeLessThan(500);
    });
  }
});
