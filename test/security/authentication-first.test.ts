/**
 * Every staff route checks the session before it reads the body: an anonymous caller gets 401, never a 400 that
 * describes the route's schema, and a large body is not parsed first. The routes are taken from the OpenAPI
 * document, so a staff route added later is covered without editing this test.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../server/app.ts';
import { buildTestApp } from '../helpers/build-test-app.ts';
import { expectCleanClientError } from '../helpers/security-checks.ts';

/** Routes anyone may call: the respondent's link, sign-in, health. */
const publicPaths = [/^\/api\/r\//, /^\/api\/health$/, /^\/api\/auth\/login$/];

describe('staff routes before a session', () => {
  let app: App;
  let staffRoutes: { method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'; url: string }[];
  beforeAll(async () => {
    app = await buildTestApp();
    const document = (await app.inject({ method: 'GET', url: '/docs/json' })).json() as {
      paths: Record<string, Record<string, unknown>>;
    };
    staffRoutes = Object.entries(document.paths)
      .filter(([path]) => path.startsWith('/api/') && !publicPaths.some((pattern) => pattern.test(path)))
      .flatMap(([path, operations]) =>
        Object.keys(operations).map((method) => ({
          method: method.toUpperCase() as 'GET',
          // Path parameters get values their schemas may refuse: the session check must come first anyway.
          url: path.replace(/\{[^}]+\}/g, '0'),
        })),
      );
  });
  afterAll(async () => {
    await app?.close();
  });

  it('finds the staff routes in the OpenAPI document', () => {
    expect(staffRoutes.length).toBeGreaterThan(20);
    expect(staffRoutes).toContainEqual({ method: 'POST', url: '/api/invitations' });
  });

  it('answers 401 with no schema details to a body of the wrong shape', async () => {
    for (const route of staffRoutes) {
      const response = await app.inject({
        ...route,
        url: `${route.url}?versions=not-a-number&format=nonsense`,
        payload: route.method === 'GET' ? undefined : { unexpected: ['wrong', 'shape'] },
      });
      expectCleanClientError(response, 401);
      expect(response.json().details, `${route.method} ${route.url}`).toBeUndefined();
    }
  });

  it('answers 401 without parsing a large or malformed body', async () => {
    const unparseable = `{"definition": "${'x'.repeat(400_000)}`;
    for (const route of staffRoutes.filter((candidate) => candidate.method !== 'GET')) {
      const response = await app.inject({
        ...route,
        payload: unparseable,
        headers: { 'content-type': 'application/json' },
      });
      // A parsed body would have been a 400 (malformed JSON) before the session was looked at.
      expectCleanClientError(response, 401);
    }
  });
});
