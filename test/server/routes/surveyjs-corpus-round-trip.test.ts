/**
 * Every questionnaire of the SurveyJS corpus goes the whole way through the HTTP API: uploaded and published by a
 * researcher, answered (answers generated as the demo data are, then put through a survey-core Model so that they
 * carry what the page would send: totals, expressions, calculated values), saved, submitted, and exported as wide,
 * long and codebook CSV that python's csv module reads back.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Model } from 'survey-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../../server/app.ts';
import { compileDefinition } from '../../../server/questionnaire/compiled-version.ts';
import {
  createSeededRandom,
  generateSyntheticAnswers,
} from '../../../server/questionnaire/synthetic-answers.ts';
import { buildTestApp, fixturesDir } from '../../helpers/build-test-app.ts';
import { inviteForTest } from '../../helpers/invitations.ts';
import { type SignedIn, signIn } from '../../helpers/staff.ts';

const corpusDir = path.join(fixturesDir, 'surveyjs-corpus');
const corpusFiles = readdirSync(corpusDir).filter((file) => file.endsWith('.json'));
const corpusTexts = Object.fromEntries(
  corpusFiles.map((file) => [file, readFileSync(path.join(corpusDir, file), 'utf8')]),
);
const respondentsPerQuestionnaire = 6;

/** Reads CSV with python's csv module, a reader nobody here wrote. */
function pythonCsv(text: string): string[][] {
  const script = 'import csv, json, sys; print(json.dumps(list(csv.reader(sys.stdin))))';
  return JSON.parse(execFileSync('python3', ['-c', script], { input: text, encoding: 'utf8' }));
}

/**
 * Generated answers, adjusted where the corpus asks more than the generator knows: an "other" kept in the value
 * needs its text there, and one expression validator compares two answers.
 */
function answersFor(text: string, seed: number): Record<string, unknown> {
  const compiled = compileDefinition(text);
  const answers = generateSyntheticAnswers(compiled, createSeededRandom(seed), { countryCode: 'TH' });
  for (const variable of compiled.variables) {
    if (variable.otherInValue && answers[variable.name] === 'other')
      answers[variable.name] = 'community radio';
  }
  if (typeof answers.unit_size === 'number' && typeof answers.staff === 'number')
    answers.unit_size = Math.min(answers.unit_size, answers.staff);
  // What the page sends: the answers as a survey-core Model holds them, computed values included.
  const model = new Model(JSON.parse(text));
  model.data = answers;
  return model.data as Record<string, unknown>;
}

describe('the SurveyJS corpus through the API', () => {
  let app: App;
  let researcher: SignedIn;

  beforeAll(async () => {
    app = await buildTestApp();
    researcher = await signIn(app, 'researcher');
  });
  afterAll(async () => app.close());

  describe.each(corpusFiles)('%s', (file) => {
    const slug = `corpus-${path.basename(file, '.json')}`;
    const text = corpusTexts[file] as string;
    const submitted: Array<Record<string, unknown>> = [];

    it('is uploaded and published', async () => {
      const upload = await app.inject({
        method: 'POST',
        url: `/api/surveys/${slug}/versions`,
        headers: researcher.headers,
        payload: { format: 'json', content: text },
      });
      expect(upload.statusCode, upload.body).toBe(201);
      const publish = await app.inject({
        method: 'POST',
        url: `/api/surveys/${slug}/versions/1/publish`,
        headers: researcher.headers,
      });
      expect(publish.statusCode, publish.body).toBe(200);
    });

    it('takes autosaves and submissions of what the page sends', async () => {
      for (let seed = 0; seed < respondentsPerQuestionnaire; seed++) {
        const { token } = await inviteForTest(app, {
          surveySlug: slug,
          organisationName: `Agency ${seed}`,
        });
        const answers = answersFor(text, seed);
        const save = await app.inject({
          method: 'PUT',
          url: `/api/r/${token}/answers`,
          payload: { answers, page: 0 },
        });
        expect(save.statusCode, save.body).toBe(200);
        const submit = await app.inject({
          method: 'POST',
          url: `/api/r/${token}/submit`,
          payload: { answers },
        });
        expect(submit.statusCode, submit.body).toBe(200);
        submitted.push(answers);
      }
      expect(submitted).toHaveLength(respondentsPerQuestionnaire);
    });

    it('exports wide, long and codebook CSV that python reads, without computed values', async () => {
      const exported = async (format: string) => {
        const response = await app.inject({
          method: 'GET',
          url: `/api/exports/${slug}/${format}`,
          headers: researcher.headers,
        });
        expect(response.statusCode, response.body).toBe(200);
        return pythonCsv(response.body);
      };
      const [wideHeader = [], ...wideRows] = await exported('wide');
      expect(wideRows).toHaveLength(respondentsPerQuestionnaire);
      for (const row of wideRows) expect(row).toHaveLength(wideHeader.length);
      expect(
        wideHeader.filter((column) => /-total|_total$|reach_thousands|full_budget|large_label/.test(column)),
      ).toEqual([]);

      const [longHeader = [], ...longRows] = await exported('long');
      expect(longHeader.slice(0, 3)).toEqual(['response_id', 'country', 'variable']);
      expect(new Set(longRows.map((row) => row[0])).size).toBe(respondentsPerQuestionnaire);

      // Every wide column is described in the codebook, and the codebook describes no column the file lacks.
      const [codebookHeader = [], ...codebookRows] = await exported('codebook');
      expect(codebookHeader.slice(0, 3)).toEqual(['column', 'variable', 'format']);
      const described = new Set(codebookRows.filter((row) => row[2] === 'wide').map((row) => row[0]));
      expect([...described].sort()).toEqual([...wideHeader].sort());
    });
  });

  it('refuses the upload of remote choices, a file and a signature question, naming each JSON path', async () => {
    const content = JSON.stringify({
      pages: [
        {
          name: 'page1',
          elements: [
            { type: 'dropdown', name: 'ministry', choicesByUrl: { url: 'https://example.org/ministries' } },
            { type: 'file', name: 'annual_report' },
            { type: 'signaturepad', name: 'signature' },
          ],
        },
      ],
    });
    const upload = await app.inject({
      method: 'POST',
      url: '/api/surveys/corpus-refused/versions',
      headers: researcher.headers,
      payload: { format: 'json', content },
    });
    expect(upload.statusCode).toBe(422);
    const body = upload.json() as { error: string; details: Array<{ field: string; message: string }> };
    expect(body.error).toBe('invalid_definition');
    expect(body.details.map((detail) => detail.field)).toEqual([
      '$.pages[0].elements[0].choicesByUrl',
      '$.pages[0].elements[1].type',
      '$.pages[0].elements[2].type',
    ]);
    expect(body.details[0]?.message).toMatch(/Remote choices \(choicesByUrl\) are not supported/);
    const listed = await app.inject({ method: 'GET', url: '/api/surveys', headers: researcher.headers });
    expect(listed.body).not.toContain('corpus-refused');
  });

  it('exports a matrix comment area as its own column and item, and "other" kept in the value as other', async () => {
    const slug = 'corpus-comments';
    const definition = {
      pages: [
        {
          name: 'page1',
          elements: [
            {
              type: 'matrix',
              name: 'agreement',
              rows: ['clear'],
              columns: [1, 2, 3],
              showCommentArea: true,
            },
            {
              type: 'radiogroup',
              name: 'channel',
              choices: ['web', 'print'],
              showOtherItem: true,
              showCommentArea: true,
            },
          ],
        },
      ],
    };
    const headers = researcher.headers;
    const content = JSON.stringify(definition);
    await app.inject({
      method: 'POST',
      url: `/api/surveys/${slug}/versions`,
      headers,
      payload: { format: 'json', content },
    });
    await app.inject({ method: 'POST', url: `/api/surveys/${slug}/versions/1/publish`, headers });
    const { token } = await inviteForTest(app, { surveySlug: slug });
    const answers = {
      agreement: { clear: 3 },
      'agreement-Comment': 'Clear enough',
      channel: 'community radio',
      'channel-Comment': 'weekly slot',
    };
    const submit = await app.inject({ method: 'POST', url: `/api/r/${token}/submit`, payload: { answers } });
    expect(submit.statusCode, submit.body).toBe(200);

    const csv = async (format: string) =>
      pythonCsv((await app.inject({ method: 'GET', url: `/api/exports/${slug}/${format}`, headers })).body);
    const [wideHeader = [], wideRow = []] = await csv('wide');
    const wide = Object.fromEntries(wideHeader.map((column, index) => [column, wideRow[index]]));
    expect(wide).toMatchObject({
      agreement__clear: '3',
      agreement__comment: 'Clear enough',
      channel: 'other',
      channel__other_text: 'community radio',
      channel__comment: 'weekly slot',
    });
    const [, ...longRows] = await csv('long');
    expect(longRows.map((row) => [row[2], row[4], row[5]])).toEqual([
      ['agreement', 'clear', '3'],
      ['agreement', 'comment', 'Clear enough'],
      ['channel', '', 'other'],
      ['channel', 'other_text', 'community radio'],
      ['channel', 'comment', 'weekly slot'],
    ]);
    const [, ...codebookRows] = await csv('codebook');
    expect(codebookRows.filter((row) => row[1] === 'agreement').map((row) => row[0])).toContain(
      'agreement__comment',
    );
  });
});
