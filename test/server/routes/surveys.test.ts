import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../../server/app.ts';
import { buildTestApp } from '../../helpers/build-test-app.ts';
import { type SignedIn, signIn } from '../../helpers/staff.ts';

describe('survey and health routes', () => {
  let app: App;
  let analyst: SignedIn;
  beforeAll(async () => {
    app = await buildTestApp();
    analyst = await signIn(app, 'analyst');
  });
  const get = (url: string) => app.inject({ method: 'GET', url, headers: analyst.headers });
  afterAll(async () => {
    await app.close();
  });

  it('GET /api/health answers ok', async () => {
    const response = await get('/api/health');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok' });
  });

  it('GET /api/surveys lists the shipped questionnaires, published', async () => {
    const response = await get('/api/surveys');
    expect(response.statusCode).toBe(200);
    const { surveys } = response.json() as {
      surveys: Array<{ slug: string; currentVersion: number; versions: Array<{ status: string }> }>;
    };
    expect(surveys.map((survey) => survey.slug)).toEqual(['agency-practice', 'national-policy']);
    for (const survey of surveys) {
      expect(survey.currentVersion).toBe(1);
      expect(survey.versions.map((version) => version.status)).toEqual(['published']);
    }
  });

  it('GET /api/surveys/:slug returns the current published definition', async () => {
    const response = await get('/api/surveys/national-policy');
    expect(response.statusCode).toBe(200);
    const body = response.json() as { slug: string; version: number; definition: { pages: unknown[] } };
    expect(body.slug).toBe('national-policy');
    expect(body.version).toBe(1);
    expect(body.definition.pages.length).toBeGreaterThan(3);
  });

  it('GET /api/surveys/:slug answers 404 JSON for an unknown survey', async () => {
    const response = await get('/api/surveys/no-such-survey');
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({
      error: 'not_found',
      message: 'Survey "no-such-survey" was not found.',
    });
  });

  it('rejects a slug that is not a slug, naming the field', async () => {
    const response = await get('/api/surveys/..%2F..%2Fetc');
    expect(response.statusCode).toBe(400);
    const body = response.json() as { error: string; details: Array<{ field: string }> };
    expect(body.error).toBe('validation_failed');
    expect(body.details[0]?.field).toBe('slug');
  });

  it('GET /api/surveys/:slug/versions/:version returns a given version and 404s past the last', async () => {
    expect((await get('/api/surveys/agency-practice/versions/1')).statusCode).toBe(200);
    expect((await get('/api/surveys/agency-practice/versions/2')).statusCode).toBe(404);
    const invalid = await get('/api/surveys/agency-practice/versions/first');
    expect(invalid.statusCode).toBe(400);
  });

  it('serves the OpenAPI document at /docs/json, generated from the route schemas', async () => {
    const response = await get('/docs/json');
    expect(response.statusCode).toBe(200);
    const document = response.json() as { openapi: string; paths: Record<string, unknown> };
    expect(document.openapi).toBe('3.1.0');
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        '/api/health',
        '/api/surveys',
        '/api/surveys/{slug}',
        '/api/surveys/{slug}/versions/{version}',
      ]),
    );
    const ui = await get('/docs');
    expect([200, 302]).toContain(ui.statusCode);
  });

  it('asks for a signed-in staff user', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/surveys' });
    expect(response.statusCode).toBe(401);
    expect(response.json()).toEqual({ error: 'unauthenticated', message: 'Please sign in.' });
  });

  it('answers unknown routes with a JSON 404', async () => {
    const response = await get('/api/nothing-here');
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ error: 'not_found' });
  });
});
