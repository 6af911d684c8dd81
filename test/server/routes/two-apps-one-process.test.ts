/**
 * Two apps on two databases in one process (as tests, the CLI beside a server, or a multi-study host run them): each
 * serves its own questionnaire even when both stored it as version 1, because compiled versions and merged
 * codebooks are kept per app and by content hash, never by a version id that another database reuses.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../../server/app.ts';
import { loadSurveyData } from '../../../server/results/survey-data.ts';
import { buildTestApp, fixturesDir } from '../../helpers/build-test-app.ts';
import { inviteForTest, publishedVersionOf } from '../../helpers/invitations.ts';
import { makeTempDir } from '../../helpers/temp-dir.ts';

const pilotFile = path.join(fixturesDir, 'surveys', 'pilot.json');

/** The pilot questionnaire under another title, with its first question renamed: same slug, different content. */
function writeOtherPilot(dir: string): void {
  const definition = JSON.parse(readFileSync(pilotFile, 'utf8'));
  definition.title = { default: 'Second study' };
  definition.pages[0].elements[0].name = 'organisation_name';
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'pilot.json'), JSON.stringify(definition));
}

describe('two apps in one process', () => {
  const temp = makeTempDir();
  let first: App;
  let second: App;
  beforeAll(async () => {
    const otherSurveys = path.join(temp.dir, 'surveys');
    writeOtherPilot(otherSurveys);
    first = await buildTestApp({ surveysDir: path.dirname(pilotFile) });
    second = await buildTestApp({ surveysDir: otherSurveys });
  });
  afterAll(async () => {
    await Promise.all([first.close(), second.close()]);
    temp.cleanup();
  });

  it('stores both questionnaires as the same version id', async () => {
    const [a, b] = await Promise.all([
      publishedVersionOf(first.repositories, 'pilot'),
      publishedVersionOf(second.repositories, 'pilot'),
    ]);
    expect(a.id).toBe(b.id);
    expect(a.contentHash).not.toBe(b.contentHash);
  });

  it("serves each respondent their own app's questionnaire", async () => {
    const openFirst = await inviteForTest(first);
    const openSecond = await inviteForTest(second);
    // The first app compiles its version 1 before the second app is asked for its own.
    const fromFirst = (await first.inject({ url: `/api/r/${openFirst.token}` })).json();
    const fromSecond = (await second.inject({ url: `/api/r/${openSecond.token}` })).json();
    expect(fromFirst.survey.definition.title).toEqual(
      expect.objectContaining({ default: 'Pilot questionnaire' }),
    );
    expect(fromSecond.survey.definition.title).toEqual({ default: 'Second study' });
    expect(fromFirst.survey.definition.pages[0].elements[0].name).toBe('agency_name');
    expect(fromSecond.survey.definition.pages[0].elements[0].name).toBe('organisation_name');
  });

  it("checks a save against its own app's questionnaire", async () => {
    const { token } = await inviteForTest(second);
    const saved = await second.inject({
      method: 'PUT',
      url: `/api/r/${token}/answers`,
      payload: { answers: { organisation_name: 'Ministry of ICT' }, page: 0 },
    });
    expect(saved.statusCode).toBe(200);
    const refused = await second.inject({
      method: 'PUT',
      url: `/api/r/${token}/answers`,
      payload: { answers: { agency_name: 'Ministry of ICT' }, page: 0 },
    });
    expect(refused.statusCode).toBe(400);
  });

  it("merges each app's codebook from its own versions", async () => {
    const [a, b] = await Promise.all([
      loadSurveyData(first.repositories, 'pilot'),
      loadSurveyData(second.repositories, 'pilot'),
    ]);
    const names = (data: typeof a) => data.codebook.map((entry) => entry.name);
    expect(names(a)).toContain('agency_name');
    expect(names(a)).not.toContain('organisation_name');
    expect(names(b)).toContain('organisation_name');
    expect(names(b)).not.toContain('agency_name');
  });
});
