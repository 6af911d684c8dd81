import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type OpenedDatabase, openDatabase } from '../../../server/db/open-database.ts';
import { createRepositories, type Repositories } from '../../../server/db/repositories/index.ts';
import { loadSurveyDirectory, SurveyFileError } from '../../../server/registry/survey-registry.ts';
import { fixturesDir } from '../../helpers/build-test-app.ts';
import { makeTempDir } from '../../helpers/temp-dir.ts';

describe('loading surveys/ into the registry', () => {
  let opened: OpenedDatabase;
  let repositories: Repositories;
  let surveysDir: string;
  let cleanup: () => void;

  beforeEach(() => {
    const temp = makeTempDir();
    cleanup = temp.cleanup;
    surveysDir = path.join(temp.dir, 'surveys');
    mkdirSync(surveysDir);
    opened = openDatabase({ path: path.join(temp.dir, 'tinjau.db') });
    repositories = createRepositories(opened.db);
    copyFileSync(
      path.join(fixturesDir, 'definitions', 'minimal-valid.json'),
      path.join(surveysDir, 'pilot-survey.json'),
    );
  });
  afterEach(() => {
    opened.close();
    cleanup();
  });

  const file = () => path.join(surveysDir, 'pilot-survey.json');

  it('creates a published survey version named after the file', async () => {
    const loaded = await loadSurveyDirectory(surveysDir, repositories.surveys);
    expect(loaded).toEqual([{ slug: 'pilot-survey', versionNumber: 1, created: true }]);
    const survey = await repositories.surveys.findBySlug('pilot-survey');
    expect(survey?.title).toBe('Minimal questionnaire');
    const version = await repositories.surveys.currentPublishedVersion(survey!.id);
    expect(version?.status).toBe('published');
    expect(version?.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('creates no new version when the file is loaded again or only reformatted', async () => {
    await loadSurveyDirectory(surveysDir, repositories.surveys);
    await loadSurveyDirectory(surveysDir, repositories.surveys);
    writeFileSync(file(), JSON.stringify(JSON.parse(readFileSync(file(), 'utf8'))));
    const loaded = await loadSurveyDirectory(surveysDir, repositories.surveys);
    expect(loaded).toEqual([{ slug: 'pilot-survey', versionNumber: 1, created: false }]);
    const survey = await repositories.surveys.findBySlug('pilot-survey');
    expect(await repositories.surveys.listVersions(survey!.id)).toHaveLength(1);
  });

  it('creates a new version when the content changes and leaves the published one untouched', async () => {
    await loadSurveyDirectory(surveysDir, repositories.surveys);
    const survey = await repositories.surveys.findBySlug('pilot-survey');
    const [first] = await repositories.surveys.listVersions(survey!.id);

    const definition = JSON.parse(readFileSync(file(), 'utf8'));
    definition.pages[0].elements[0].title.default = 'Name of the agency';
    writeFileSync(file(), JSON.stringify(definition, null, 2));
    const loaded = await loadSurveyDirectory(surveysDir, repositories.surveys);

    expect(loaded).toEqual([{ slug: 'pilot-survey', versionNumber: 2, created: true }]);
    const versions = await repositories.surveys.listVersions(survey!.id);
    expect(versions.map((version) => version.versionNumber)).toEqual([1, 2]);
    expect(versions[0]).toEqual(first);
    expect((await repositories.surveys.currentPublishedVersion(survey!.id))?.versionNumber).toBe(2);
  });

  it('records each created version in the audit log', async () => {
    await loadSurveyDirectory(surveysDir, repositories.surveys);
    const { events } = await repositories.audit.page({ limit: 10 });
    expect(events.map((event) => event.action).sort()).toEqual(['survey.created', 'survey_version.created']);
  });

  it('refuses an invalid file and names the problem', async () => {
    copyFileSync(
      path.join(fixturesDir, 'definitions', 'duplicate-names.json'),
      path.join(surveysDir, 'broken.json'),
    );
    await expect(loadSurveyDirectory(surveysDir, repositories.surveys)).rejects.toThrow(SurveyFileError);
    await expect(loadSurveyDirectory(surveysDir, repositories.surveys)).rejects.toThrow(
      /broken\.json.*\n.*Duplicate question name/,
    );
  });

  it('refuses a file name that is not a slug', async () => {
    copyFileSync(file(), path.join(surveysDir, 'Not A Slug.json'));
    await expect(loadSurveyDirectory(surveysDir, repositories.surveys)).rejects.toThrow(/must be a slug/);
  });
});
