/**
 * An admin changes a staff user's role and member states in the workspace, on a phone and a desktop; the change holds
 * after a reload. Screenshots: test/artefacts/workspace-users-role-<width>.png.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addStaffUser } from '../../server/auth/staff-users.ts';
import {
  launchBrowser,
  saveScreenshot,
  seriousAxeViolations,
  signInAt,
  watchPage,
} from '../helpers/browser.ts';
import { startTestServer, type TestServer } from '../helpers/start-test-server.ts';

const password = 'correct horse battery staple';
const adminEmail = 'admin@users.test';

describe("an admin changes a user's role in the workspace", () => {
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
    await addStaffUser(
      server.app.repositories,
      { email: adminEmail, role: 'admin', password },
      { actorLabel: 'test' },
    );
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const roleCell = (page: Page, email: string) =>
    page.locator('tr', { hasText: email }).locator('td').nth(1).textContent();
  const countriesCell = (page: Page, email: string) =>
    page.locator('tr', { hasText: email }).locator('td').nth(2).textContent();

  for (const width of [360, 1280]) {
    it(`makes a Thai coordinator a coordinator of Cambodia and Laos, then an analyst, at ${width} px`, async () => {
      const email = `coordinator-${width}@users.test`;
      await addStaffUser(
        server.app.repositories,
        { email, role: 'coordinator', password, countryCodes: ['TH'] },
        { actorLabel: 'test' },
      );
      const context = await browser.newContext({ viewport: { width, height: 900 }, locale: 'en-GB' });
      const page = await context.newPage();
      const watch = watchPage(page);
      await signInAt(page, `${server.baseUrl}/workspace#/users`, adminEmail, password);
      await page.getByRole('heading', { name: 'Users', level: 1 }).waitFor();
      expect(await countriesCell(page, email)).toBe('TH');

      await page.getByLabel(`Change role of ${email}`).click();
      const form = page.locator('tr', { hasText: email }).locator('form.role-form');
      await form.getByLabel('Thailand').uncheck();
      await form.getByRole('button', { name: 'Save the role' }).click();
      await form.getByText('Choose at least one member state for a coordinator.').waitFor();
      await form.getByLabel('Cambodia').check();
      await form.getByLabel('Lao PDR').check();
      await saveScreenshot(page, `workspace-users-role-${width}.png`);
      expect(await seriousAxeViolations(page)).toEqual([]);
      await form.getByRole('button', { name: 'Save the role' }).click();
      await expect.poll(() => countriesCell(page, email)).toBe('KH, LA');

      await page.reload();
      await page.getByRole('heading', { name: 'Users', level: 1 }).waitFor();
      expect(await countriesCell(page, email)).toBe('KH, LA');
      await page.getByLabel(`Change role of ${email}`).click();
      const again = page.locator('tr', { hasText: email }).locator('form.role-form');
      await again.getByLabel('Role').selectOption('analyst');
      expect(await again.getByRole('group').isHidden()).toBe(true);
      await again.getByRole('button', { name: 'Save the role' }).click();
      await expect.poll(() => roleCell(page, email)).toBe('Analyst (read only)');
      expect(await countriesCell(page, email)).toBe('All');
      const stored = await server.app.repositories.staff.findByEmail(email);
      expect(stored?.role).toBe('analyst');
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(
        true,
      );
      watch.assertClean();
      await context.close();
    });
  }
});
