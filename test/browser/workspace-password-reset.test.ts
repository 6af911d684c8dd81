/**
 * An admin resets a user's password on a phone and hands over the one-time password; the user signs in with it and
 * must choose their own before the workspace or the dashboard opens. Screenshots:
 * test/artefacts/workspace-password-reset-<step>.png.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyPassword } from '../../server/auth/passwords.ts';
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
const adminEmail = 'admin@reset.test';
const userEmail = 'researcher@reset.test';
const newPassword = 'selamat pagi jakarta 2027';

describe('a password reset in the workspace', () => {
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
    for (const [email, role] of [
      [adminEmail, 'admin'],
      [userEmail, 'researcher'],
    ] as const)
      await addStaffUser(server.app.repositories, { email, role, password }, { actorLabel: 'test' });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('gives a one-time password once, which opens only the choice of a new password', async () => {
    const adminContext = await browser.newContext({ viewport: { width: 360, height: 800 }, locale: 'en-GB' });
    const adminPage = await adminContext.newPage();
    const adminWatch = watchPage(adminPage);
    await signInAt(adminPage, `${server.baseUrl}/workspace#/users`, adminEmail, password);
    await adminPage.getByLabel(`Reset password of ${userEmail}`).click();
    await adminPage.getByRole('dialog').getByRole('button', { name: 'Reset password' }).click();
    const shown = adminPage.getByTestId('one-time-password');
    await shown.waitFor();
    const oneTimePassword = await shown.inputValue();
    expect(oneTimePassword).toMatch(/^[\w-]{20}$/);
    await expect
      .poll(() => adminPage.locator('tr', { hasText: userEmail }).locator('td').nth(4).textContent())
      .toBe('New password due');
    await saveScreenshot(adminPage, 'workspace-password-reset-admin-360.png');
    expect(await seriousAxeViolations(adminPage)).toEqual([]);
    adminWatch.assertClean();
    await adminContext.close();

    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
    const page = await context.newPage();
    const watch = watchPage(page);
    await signInAt(page, `${server.baseUrl}/workspace`, userEmail, password);
    await page.getByText('The e-mail or password is not correct.').waitFor();
    await page.getByLabel('Password').fill(oneTimePassword);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Choose a new password' }).waitFor();
    expect(await page.locator('#nav a').count()).toBe(0);
    await page.getByLabel('One-time password').fill(oneTimePassword);
    await page.getByLabel('New password', { exact: true }).fill(newPassword);
    await page.getByLabel('New password again').fill('something else entirely');
    await page.getByRole('button', { name: 'Save the new password' }).click();
    await page.getByText('The two new passwords are not the same.').waitFor();
    await saveScreenshot(page, 'workspace-password-reset-choose-1280.png');
    expect(await seriousAxeViolations(page)).toEqual([]);

    // A reload, or the dashboard, still asks first: the server refuses everything else until then.
    await page.goto(`${server.baseUrl}/dashboard`);
    await page.getByRole('heading', { name: 'Choose a new password' }).waitFor();
    await page.getByLabel('One-time password').fill(oneTimePassword);
    await page.getByLabel('New password', { exact: true }).fill(newPassword);
    await page.getByLabel('New password again').fill(newPassword);
    await page.getByRole('button', { name: 'Save the new password' }).click();
    await page.getByRole('heading', { name: 'Choose a new password' }).waitFor({ state: 'detached' });
    await page.goto(`${server.baseUrl}/workspace#/surveys`);
    await page.getByRole('heading', { name: 'Surveys', level: 1 }).waitFor();

    const stored = await server.app.repositories.staff.findByEmail(userEmail);
    expect(stored?.passwordChangeRequired).toBe(false);
    expect(await verifyPassword(stored?.passwordHash ?? '', newPassword)).toBe(true);
    watch.assertClean();
    await context.close();
  });
});
