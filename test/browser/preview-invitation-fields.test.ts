/**
 * Staff see, in the preview and on the printed questionnaire, which questions the respondent finds filled in from
 * the invitation, and whether they are fixed. Screenshots: test/artefacts/preview-invitation-fields-<width>.png.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addStaffUser } from '../../server/auth/staff-users.ts';
import { launchBrowser, saveScreenshot, signInAt, watchPage } from '../helpers/browser.ts';
import { startTestServer, type TestServer } from '../helpers/start-test-server.ts';

const password = 'correct horse battery staple';
const email = 'researcher@preview.test';

describe('invitation fields in the preview and the print view', () => {
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
    await addStaffUser(
      server.app.repositories,
      { email, role: 'researcher', password },
      { actorLabel: 'test' },
    );
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const width of [360, 1280]) {
    it(`marks the agency questionnaire's fixed and editable invitation fields at ${width} px`, async () => {
      const context = await browser.newContext({ viewport: { width, height: 900 }, locale: 'en-GB' });
      const page = await context.newPage();
      const watch = watchPage(page);
      await signInAt(
        page,
        `${server.baseUrl}/workspace#/surveys/agency-practice/versions/1/preview`,
        email,
        password,
      );
      await page.locator('.preview__survey .sd-root-modern').waitFor();
      const note = (name: string) => page.locator(`[data-name="${name}"] .preview__from-invitation`);
      for (const name of ['ag_country', 'ag_name', 'ag_type']) {
        expect(await note(name).textContent()).toContain('fixed: the respondent sees it read-only');
      }
      expect(await page.locator('[data-name="ag_name"] input').isEditable()).toBe(false);
      expect(await note('ag_resp_email').textContent()).toBe(
        "Filled in from the invitation's contact e-mail; the respondent may correct it.",
      );
      expect(await page.locator('[data-name="ag_resp_email"] input').isEditable()).toBe(true);
      expect(await page.locator('.preview__from-invitation').count()).toBe(4);
      await saveScreenshot(page, `preview-invitation-fields-${width}.png`);
      await page
        .locator('[data-name="ag_country"]')
        .screenshot({ path: `test/artefacts/preview-invitation-field-country-${width}.png` });

      await page.getByRole('link', { name: 'Print view' }).click();
      await page.locator('.print-sheet').waitFor();
      const printed = page.locator('.print-question__from-invitation');
      expect(await printed.count()).toBe(4);
      expect(
        await page.locator('[data-question="ag_country"] .print-question__from-invitation').textContent(),
      ).toBe('Online: filled in from the invitation, not changed by the respondent');
      expect(
        await page.locator('[data-question="ag_resp_email"] .print-question__from-invitation').textContent(),
      ).toBe('Online: filled in from the invitation; the respondent may correct it');
      watch.assertClean();
      await context.close();
    });
  }
});
