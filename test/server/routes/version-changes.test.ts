import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../../server/app.ts';
import { buildTestApp, fixturesDir } from '../../helpers/build-test-app.ts';
import { expectCleanClientError } from '../../helpers/security-checks.ts';
import { type SignedIn, signIn } from '../../helpers/staff.ts';

function questionnaire(options: {
  titleEn: string;
  titleTh: string;
  extraChoice?: boolean;
  extraQuestion?: boolean;
}) {
  return {
    title: { default: 'Changes pilot', th: 'นำร่อง' },
    translationStatus: { en: 'complete', th: 'draft' },
    pages: [
      {
        name: 'p1',
        elements: [
          {
            type: 'radiogroup',
            name: 'uses',
            title: { default: options.titleEn, th: options.titleTh },
            choices: [
              { value: 'yes', text: { default: 'Yes', th: 'ใช่' } },
              { value: 'no', text: { default: 'No', th: 'ไม่' } },
              ...(options.extraChoice ? [{ value: 'planned', text: 'Planned' }] : []),
            ],
          },
          ...(options.extraQuestion ? [{ type: 'comment', name: 'remarks', title: 'Remarks' }] : []),
        ],
      },
    ],
  };
}

describe('GET /api/surveys/:slug/versions/:version/changes', () => {
  let app: App;
  let researcher: SignedIn;
  let analyst: SignedIn;

  async function upload(definition: object) {
    const response = await app.inject({
      method: 'POST',
      url: '/api/surveys/changes-pilot/versions',
      headers: researcher.headers,
      payload: { format: 'json', content: JSON.stringify(definition) },
    });
    expect(response.statusCode).toBe(201);
  }

  beforeAll(async () => {
    app = await buildTestApp({ surveysDir: path.join(fixturesDir, 'surveys') });
    researcher = await signIn(app, 'researcher');
    analyst = await signIn(app, 'analyst');
    await upload(questionnaire({ titleEn: 'Does the government use social media?', titleTh: 'ใช้หรือไม่' }));
    // Version 2 rewords the question (Thai left as it was), adds a choice and a question.
    await upload(
      questionnaire({
        titleEn: 'Does the national government use social media officially?',
        titleTh: 'ใช้หรือไม่',
        extraChoice: true,
        extraQuestion: true,
      }),
    );
  });
  afterAll(async () => {
    await app.close();
  });

  it('compares a version with the one before: added, reworded, and per locale what is missing and stale', async () => {
    const response = await app.inject({
      method: 'GET',
      url: '/api/surveys/changes-pilot/versions/2/changes',
      headers: analyst.headers,
    });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({
      slug: 'changes-pilot',
      version: 2,
      against: 1,
      questions: { added: ['remarks'], removed: [], reworded: ['uses'] },
      choices: { added: [{ question: 'uses', value: 'planned' }], removed: [], reworded: [] },
    });
    expect(body.translations).toEqual([
      {
        locale: 'th',
        status: 'draft',
        missing: [
          { key: 'p1/uses/choiceitem=planned.text', question: 'uses', source: 'Planned' },
          { key: 'p1/remarks.title', question: 'remarks', source: 'Remarks' },
        ],
        stale: [
          {
            key: 'p1/uses.title',
            question: 'uses',
            source: 'Does the national government use social media officially?',
          },
        ],
      },
    ]);
  });

  it('compares the other way round with ?against, and a first version only lists what is missing', async () => {
    const first = await app.inject({
      method: 'GET',
      url: '/api/surveys/changes-pilot/versions/1/changes',
      headers: analyst.headers,
    });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({
      against: null,
      questions: { added: [], removed: [], reworded: [] },
      translations: [{ locale: 'th', missing: [], stale: [] }],
    });
  });

  it('refuses an against version that is not older, naming the parameter, and an unknown version with 404', async () => {
    const notOlder = await app.inject({
      method: 'GET',
      url: '/api/surveys/changes-pilot/versions/1/changes?against=2',
      headers: analyst.headers,
    });
    expectCleanClientError(notOlder, 400);
    expect(notOlder.json().details).toEqual([
      { field: 'against', message: 'The version to compare with must be older than version 1.' },
    ]);
    const unknown = await app.inject({
      method: 'GET',
      url: '/api/surveys/changes-pilot/versions/9/changes',
      headers: analyst.headers,
    });
    expectCleanClientError(unknown, 404);
  });
});
