import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/app.ts';
import { shippedSurveysDir } from '../helpers/build-test-app.ts';
import { inviteForTest } from '../helpers/invitations.ts';
import { type ServerProcess, startServerProcess } from '../helpers/server-process.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

/** What the hostile upload of issue 14 stored before the limits existed: 10,000 questions, published. */
const tenThousandQuestions = JSON.stringify({
  title: 'Everything at once',
  pages: Array.from({ length: 100 }, (_, page) => ({
    name: `page${page}`,
    elements: Array.from({ length: 100 }, (_, index) => ({
      type: 'radiogroup',
      name: `q${page}_${index}`,
      choices: ['a', 'b', 'c', 'd', 'e'],
    })),
  })),
});

const adminPassword = 'an admin password for this test';

describe('a start with a stored version that cannot be compiled', () => {
  let server: ServerProcess | undefined;
  let cleanup = () => {};
  afterEach(async () => {
    server?.child.kill('SIGTERM');
    await server?.exited;
    cleanup();
  });

  it('logs and skips it, answers its respondents with a JSON error, and serves everything else', async () => {
    const temp = makeTempDir();
    cleanup = temp.cleanup;
    const databasePath = path.join(temp.dir, 'tinjau.db');
    // Stored through the repository, around the upload checks, as a row written before the limits would be.
    const setup = await buildApp({
      databasePath,
      surveysDir: shippedSurveysDir,
      publicUrl: 'http://tinjau.test',
      logger: false,
    });
    await setup.repositories.surveys.addVersionIfNew({
      slug: 'everything-at-once',
      title: 'Everything at once',
      source: 'upload',
      definitionText: tenThousandQuestions,
      contentHash: 'stored-before-the-limits',
      status: 'published',
      actorLabel: 'test',
    });
    const invitation = await inviteForTest(setup, { surveySlug: 'everything-at-once' });
    await setup.close();

    server = await startServerProcess({ DATABASE_PATH: databasePath, ADMIN_PASSWORD: adminPassword });
    // The background warm-ups get past it: the skip is logged and both report ready.
    await expect.poll(() => server?.output(), { timeout: 20_000 }).toMatch(/export cells ready/);
    const output = server.output();
    expect(output).toMatch(/live aggregates ready/);
    const skipped = output
      .split('\n')
      .filter((line) => line.includes('survey skipped: a version cannot be compiled'));
    expect(skipped.length).toBeGreaterThan(0);
    expect(skipped[0]).toContain('everything-at-once');
    expect(skipped[0]).toContain('10,000 questions; at most 500 are allowed');

    const respondentPage = await fetch(`${server.baseUrl}/api/r/${invitation.token}`);
    expect(respondentPage.status).toBe(500);
    expect(await respondentPage.json()).toEqual({
      error: 'version_uncompilable',
      message:
        'This version of the questionnaire cannot be used: The questionnaire has 10,000 questions; at most 500 are allowed. The questionnaire has 60,100 elements (pages, panels, questions, choices, matrix rows and columns); at most 4,000 are allowed. Upload a corrected version.',
    });

    const login = await fetch(`${server.baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'admin@tinjau.local', password: adminPassword }),
    });
    expect(login.status).toBe(200);
    const cookie = login.headers.get('set-cookie')?.split(';')[0] as string;
    const codebook = await fetch(`${server.baseUrl}/api/surveys/national-policy/versions/1/codebook`, {
      headers: { cookie },
    });
    expect(codebook.status).toBe(200);
    const brokenCodebook = await fetch(
      `${server.baseUrl}/api/surveys/everything-at-once/versions/1/codebook`,
      { headers: { cookie } },
    );
    expect(brokenCodebook.status).toBe(500);
    expect(((await brokenCodebook.json()) as { error: string }).error).toBe('version_uncompilable');
    expect(server.child.exitCode).toBeNull();
  });
});
