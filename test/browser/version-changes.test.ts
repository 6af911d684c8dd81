/**
 * A researcher uploads a new version that rewords a question and adds a choice: the survey's page then shows what
 * changed and which Thai texts are missing or stale, before anyone publishes it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addStaffUser } from '../../server/auth/staff-users.ts';
import {
  launchBrowser,
  saveScreenshot,
  seriousAxeViolations,
  signInAt,
  watchPage,
} from '../helpers/browser.ts';
import { fixturesDir } from '../helpers/build-test-app.ts';
import { startTestServer, type TestServer } from '../helpers/start-test-server.ts';

const password = 'version changes test password';

interface Question {
  name: string;
  title: Record<string, string>;
  choices?: Array<{ value: string; text: unknown }>;
}

/** The pilot with its use question reworded in English only and a "planned" choice with no translation. */
function revisedPilot(): string {
  const pilot = JSON.parse(readFileSync(path.join(fixturesDir, 'surveys', 'pilot.json'), 'utf8')) as {
    pages: Array<{ elements: Question[] }>;
  };
  const uses = pilot.pages
    .flatMap((page) => page.elements)
    .find((question) => question.name === 'uses_social_media');
  if (!uses?.choices) throw new Error('the pilot has no uses_social_media question');
  uses.title.default = 'Does your agency use social media in an official capacity?';
  uses.choices.push({ value: 'planned', text: 'Not yet, but it is planned' });
  return JSON.stringify(pilot, null, 2);
}

describe('what changed between versions, in the workspace', () => {
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await Promise.all([
      startTestServer({ surveysDir: path.join(fixturesDir, 'surveys') }),
      launchBrowser(),
    ]);
    await addStaffUser(
      server.app.repositories,
      { email: 'changes@workspace.test', role: 'researcher', password, countryCodes: [] },
      { actorLabel: 'test' },
    );
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows the reworded question, the added choice and the Thai texts missing and stale after an upload', {
    timeout: 60_000,
  }, async () => {
    for (const [index, viewport] of [
      { width: 360, height: 740 },
      { width: 1280, height: 900 },
    ].entries()) {
      const context = await browser.newContext({ viewport, locale: 'en-GB' });
      const page = await context.newPage();
      const watch = watchPage(page);
      await signInAt(page, `${server.baseUrl}/workspace`, 'changes@workspace.test', password);
      await page.getByRole('heading', { name: 'Surveys', level: 1 }).waitFor();
      await page.goto(`${server.baseUrl}/workspace#/surveys/pilot`);
      // The first pass uploads version 2; the second finds the same content already stored and shows it again.
      await page.getByLabel('Questionnaire text', { exact: true }).fill(revisedPilot());
      await page.getByRole('button', { name: 'Upload as a draft' }).click();
      await page
        .getByText(index === 0 ? 'Version 2 of pilot was uploaded as a draft.' : /already version 2/)
        .waitFor();

      const changes = page.getByRole('region', { name: 'What changed' });
      await changes.getByText('Version 2 compared with version 1').waitFor();
      expect(await changes.locator('dl').textContent()).toBe(
        'Questions reworded (1)uses_social_mediaChoices added (1)uses_social_media: planned',
      );
      const thai = changes.locator('li[data-locale="th"]');
      expect(await thai.locator('p').first().textContent()).toBe('ไทย (th) · draft');
      // The pilot leaves some texts untranslated already (platform names); the new choice is one more of them.
      const missing = thai.locator('.version-changes__texts--missing');
      expect(await missing.locator('summary').textContent()).toMatch(/^\d+ missing \(no translation\)$/);
      await missing.locator('summary').click();
      expect(await missing.locator('li').allTextContents()).toContain(
        'uses_social_media Not yet, but it is planned',
      );
      const stale = thai.locator('.version-changes__texts--stale');
      await stale.getByText('1 stale (English reworded, translation unchanged)').click();
      expect(await stale.locator('li').allTextContents()).toEqual([
        'uses_social_media Does your agency use social media in an official capacity?',
      ]);
      await changes.scrollIntoViewIfNeeded();
      await saveScreenshot(page, `workspace-version-changes-${viewport.width}.png`, false);
      if (viewport.width === 360) {
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      }
      expect(await seriousAxeViolations(page)).toEqual([]);
      watch.assertClean();
      await context.close();
    }
  });
});
