import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { App } from '../../../server/app.ts';
import { collectCsv, wideCsv, wideLayout } from '../../../server/export/index.ts';
import { createExportCellsRenderer } from '../../../server/results/export-cells.ts';
import { loadSurveyData, recordStream, wideRecordStream } from '../../../server/results/survey-data.ts';
import { changeVersionStatus, uploadDraftVersion } from '../../../server/workspace/survey-versions.ts';
import { buildTestApp, fixturesDir } from '../../helpers/build-test-app.ts';
import { inviteForTest } from '../../helpers/invitations.ts';
import { type SignedIn, signIn } from '../../helpers/staff.ts';

const pilotJson = readFileSync(path.join(fixturesDir, 'surveys', 'pilot.json'), 'utf8');

/** Answers that need every kind of CSV care: quotes, commas, line breaks, formula-like text, an "other" text. */
const answersFor = (index: number) =>
  index % 3 === 0
    ? {
        agency_name: `=HYPERLINK("x", ${index})`,
        uses_social_media: 'no',
        final_comments: 'Line one\nLine two',
      }
    : {
        agency_name: `Agency "${index}", Bangkok`,
        uses_social_media: 'yes',
        platforms: index % 2 ? ['facebook', 'other'] : ['facebook', 'youtube'],
        ...(index % 2 ? { 'platforms-Comment': ' TikTok, Threads' } : {}),
        instruments: { law: 'exists', plan: 'none' },
      };

describe('answer cells stored for the wide export', () => {
  let app: App;
  let researcher: SignedIn;
  let analyst: SignedIn;

  beforeEach(async () => {
    app = await buildTestApp({ surveysDir: path.join(fixturesDir, 'surveys') });
    researcher = await signIn(app, 'researcher');
    analyst = await signIn(app, 'analyst');
  });
  afterEach(async () => {
    await app.close();
  });

  const submitSome = async (count: number, from = 0) => {
    for (let index = from; index < from + count; index++) {
      const { token } = await inviteForTest(app, { organisationName: `Organisation ${index}` });
      const response = await app.inject({
        method: 'POST',
        url: `/api/r/${token}/submit`,
        payload: { answers: answersFor(index) },
      });
      expect(response.statusCode).toBe(200);
    }
  };
  const exported = async () => {
    const response = await app.inject({
      method: 'GET',
      url: '/api/exports/pilot/wide',
      headers: analyst.headers,
    });
    expect(response.statusCode).toBe(200);
    return response.body;
  };
  /** The wide CSV written from every response's answers, as if no cells were stored. */
  const fromAnswers = async (query: { includeUnsubmitted?: boolean } = {}) => {
    const data = await loadSurveyData(app.repositories, 'pilot');
    return collectCsv(wideCsv(recordStream(app.repositories, data, query, 'all'), data.codebook));
  };
  const renderedCount = async () => {
    const data = await loadSurveyData(app.repositories, 'pilot');
    const scope = { surveyVersionIds: data.versions.map((version) => version.id), submittedOnly: true };
    let rendered = 0;
    for await (const record of app.repositories.responses.streamWideRecords(scope, wideLayout(data.codebook)))
      if ('renderedCells' in record) rendered += 1;
    return rendered;
  };
  /** A second version with one more question, published without the HTTP route (which starts a render itself). */
  const publishSecondVersion = async () => {
    const changed = JSON.parse(pilotJson);
    changed.pages[0].elements.push({ type: 'text', name: 'added_in_v2', title: 'A question added later' });
    const actor = { actorLabel: 'test' };
    const draft = await uploadDraftVersion(app.repositories, 'pilot', 'json', JSON.stringify(changed), actor);
    expect(draft.created).toBe(true);
    await changeVersionStatus(app.repositories, draft.version, 'publish', actor);
  };

  it('stores cells at submission, and the export copied from them equals one written from the answers', async () => {
    await submitSome(9);
    expect(await renderedCount()).toBe(9);
    const csv = await exported();
    expect(csv).toContain(`"'=HYPERLINK(""x"", 3)"`);
    expect(csv).toContain('"Line one\nLine two"');
    expect(csv).toContain('" TikTok, Threads"');
    expect(csv).toBe(await fromAnswers());
  });

  it('writes responses still in progress from their answers, next to stored rows', async () => {
    await submitSome(3);
    const { token } = await inviteForTest(app, { organisationName: 'Still answering' });
    const saved = await app.inject({
      method: 'PUT',
      url: `/api/r/${token}/answers`,
      payload: { answers: { agency_name: 'Half done, "draft"' }, page: 0 },
    });
    expect(saved.statusCode).toBe(200);
    // Not offered over HTTP: the internal query that asks for responses in progress too.
    const data = await loadSurveyData(app.repositories, 'pilot');
    const stream = wideRecordStream(app.repositories, data, { includeUnsubmitted: true }, 'all');
    const csv = await collectCsv(wideCsv(stream, data.codebook));
    expect(csv).toContain('"Half done, ""draft"""');
    expect(csv).toBe(await fromAnswers({ includeUnsubmitted: true }));
  });

  it('after a new version changes the columns, exports stay right and older rows are rendered again', async () => {
    await submitSome(6);
    const before = await loadSurveyData(app.repositories, 'pilot');
    await publishSecondVersion();
    const data = await loadSurveyData(app.repositories, 'pilot');
    expect(wideLayout(data.codebook)).not.toBe(wideLayout(before.codebook));
    expect(await renderedCount()).toBe(0);
    await submitSome(2, 6);
    expect(await renderedCount()).toBe(2);

    const renderer = createExportCellsRenderer(app.repositories, { pageSize: 4 });
    expect(await renderer.ensureRendered(data)).toBe(6);
    expect(await renderedCount()).toBe(8);
    expect(await renderer.ensureRendered(data)).toBe(0);
    const csv = await exported();
    expect(csv.split('\r\n')[0]).toContain(',added_in_v2');
    expect(csv).toBe(await fromAnswers());
  });

  it('the export itself sets off rendering what is missing, once for concurrent calls', async () => {
    await submitSome(5);
    await publishSecondVersion();
    const data = await loadSurveyData(app.repositories, 'pilot');
    const first = app.exportCells.ensureRendered(data);
    expect(app.exportCells.ensureRendered(data)).toBe(first);
    expect(await first).toBe(5);
    expect(await exported()).toBe(await fromAnswers());
    await submitSome(1, 5);
    expect(await renderedCount()).toBe(6);
  });

  it('publishing a version through the workspace renders the older rows again in the background', async () => {
    await submitSome(4);
    const changed = JSON.parse(pilotJson);
    changed.pages[0].elements.push({ type: 'text', name: 'added_in_v2', title: 'A question added later' });
    const uploaded = await app.inject({
      method: 'POST',
      url: '/api/surveys/pilot/versions',
      headers: researcher.headers,
      payload: { format: 'json', content: JSON.stringify(changed) },
    });
    expect(uploaded.statusCode).toBe(201);
    const published = await app.inject({
      method: 'POST',
      url: `/api/surveys/pilot/versions/${uploaded.json().version}/publish`,
      headers: researcher.headers,
    });
    expect(published.statusCode).toBe(200);
    // Nobody exported or asked: the publish itself set the render off.
    await expect.poll(renderedCount, { timeout: 5_000 }).toBe(4);
    expect(await exported()).toBe(await fromAnswers());
  });

  it('stops a render at its next page when closing, so that the database can close under it', async () => {
    await submitSome(7);
    await publishSecondVersion();
    const data = await loadSurveyData(app.repositories, 'pilot');
    const renderer = createExportCellsRenderer(app.repositories, { pageSize: 2 });
    const run = renderer.ensureRendered(data);
    await renderer.close();
    // Stopped before its second window of two: nothing past the first is rendered (7 would mean it ran on).
    const rendered = await run;
    expect(rendered).toBeLessThanOrEqual(2);
    expect(await renderedCount()).toBe(rendered);
    expect(await renderer.ensureRendered(data)).toBe(0);
  });
});
