import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../../server/app.ts';
import { buildTestApp, fixturesDir } from '../../helpers/build-test-app.ts';
import { type SignedIn, signIn } from '../../helpers/staff.ts';

const questions = (count: number) =>
  Array.from({ length: count }, (_, index) => ({ type: 'text', name: `q${index}` }));

describe('POST /api/surveys/:slug/versions with a questionnaire above the size limits', () => {
  let app: App;
  let researcher: SignedIn;
  beforeAll(async () => {
    app = await buildTestApp({ surveysDir: path.join(fixturesDir, 'surveys') });
    researcher = await signIn(app, 'researcher');
  });
  afterAll(async () => {
    await app.close();
  });

  const upload = (slug: string, format: 'json' | 'csv', content: string) =>
    app.inject({
      method: 'POST',
      url: `/api/surveys/${slug}/versions`,
      headers: researcher.headers,
      payload: { format, content },
    });

  it('refuses 10,000 questions as JSON with a 422 naming the limit, and stores nothing', async () => {
    const content = JSON.stringify({ pages: [{ name: 'p', elements: questions(10_000) }] });
    const refused = await upload('too-many', 'json', content);
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toEqual({
      error: 'invalid_definition',
      message: 'The questionnaire definition has errors.',
      details: [
        {
          field: '$',
          message: 'The questionnaire has 10,000 questions; at most 500 are allowed.',
        },
        {
          field: '$',
          message:
            'The questionnaire has 10,001 elements (pages, panels, questions, choices, matrix rows and columns); at most 4,000 are allowed.',
        },
      ],
    });
    const survey = await app.inject({
      method: 'GET',
      url: '/api/surveys/too-many',
      headers: researcher.headers,
    });
    expect(survey.statusCode).toBe(404);
  });

  it('refuses the same as a spreadsheet, on line 1, and adds no version to an existing survey', async () => {
    const before = await app.repositories.surveys.findBySlug('pilot');
    const sheet = ['type,name,label', ...questions(501).map(({ name }) => `text,${name},${name}`)].join('\n');
    const refused = await upload('pilot', 'csv', sheet);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().details).toEqual([
      { field: 'line 1', message: 'The questionnaire has 501 questions; at most 500 are allowed.' },
    ]);
    const versions = await app.repositories.surveys.listVersionMetas(before?.id as number);
    expect(versions.map((version) => version.versionNumber)).toEqual([1]);
  });

  it('accepts a questionnaire of exactly 500 questions', async () => {
    const content = JSON.stringify({ pages: [{ name: 'p', elements: questions(500) }] });
    expect((await upload('at-the-limit', 'json', content)).statusCode).toBe(201);
  });
});
