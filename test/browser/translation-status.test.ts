/**
 * Draft translations are marked to staff: the survey's versions list each language with its draft mark, and the
 * preview says a draft language is a draft, while the respondent page (script-rendering.test.ts) says nothing.
 * Screenshots: test/artefacts/workspace-translations-<width>.png and workspace-preview-draft.png.
 */
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addStaffUser } from '../../server/auth/staff-users.ts';
import { launchBrowser, saveScreenshot, signInAt, watchPage } from '../helpers/browser.ts';
import { fixturesDir } from '../helpers/build-test-app.ts';
import { startTestServer, type TestServer } from '../helpers/start-test-server.ts';

const password = 'correct horse battery staple';
const email = 'translations@workspace.test';

describe('draft translations in the workspace', () => {
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await Promise.all([
      startTestServer({ surveysDir: path.join(fixturesDir, 'script-surveys') }),
      launchBrowser(),
    ]);
    await addStaffUser(
      server.app.repositories,
      { email, role: 'researcher', password, countryCodes: [] },
      { actorLabel: 'test' },
    );
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function signedIn(width: number): Promise<Page> {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    await signInAt(page, `${server.baseUrl}/workspace`, email, password);
    await page.getByRole('heading', { name: 'Surveys', level: 1 }).waitFor();
    return page;
  }

  for (const width of [360, 1280]) {
    it(`lists each language of a version with its draft mark, at ${width} px`, async () => {
      const page = await signedIn(width);
      const watch = watchPage(page);
      await page.goto(`${server.baseUrl}/workspace#/surveys/scripts`);
      const row = page.locator('tr[data-version="1"]');
      const summary = row.locator('.translations summary');
      await expect.poll(() => summary.textContent()).toBe('5 languages, 3 draft translations');
      await summary.click();
      for (const locale of ['km', 'lo', 'my'])
        expect(await row.locator(`[data-locale="${locale}"]`).textContent()).toContain('Draft translation');
      for (const locale of ['en', 'th'])
        expect(await row.locator(`[data-locale="${locale}"]`).textContent()).not.toContain('Draft');
      await saveScreenshot(page, `workspace-translations-${width}.png`);
      watch.assertClean();
      await page.context().close();
    });
  }

  it('says in the preview that a draft language is a draft, and nothing for a reviewed one', async () => {
    const page = await signedIn(1280);
    const watch = watchPage(page);
    await page.goto(`${server.baseUrl}/workspace#/surveys/scripts/versions/1/preview?locale=km`);
    await page.locator('.survey-host .sd-root-modern').waitFor();
    const note = page.getByRole('note');
    await expect.poll(() => note.textContent()).toContain('ខ្មែរ (km): Draft translation');
    await saveScreenshot(page, 'workspace-preview-draft.png', false);
    await page.getByLabel('Language').selectOption('th');
    await expect.poll(() => note.isHidden()).toBe(true);
    await page.getByLabel('Language').selectOption('my');
    await expect.poll(() => note.textContent()).toContain('(my): Draft translation');
    watch.assertClean();
    await page.context().close();
  });
});
