/**
 * The workspace for a study of thousands of invitations, in Chromium on a phone and a desktop: the tracking table
 * pages through 3,000 invitations with the total, searches and filters on the server; an import of the same file a
 * second time creates nothing and lists the duplicates; the survey's settings (collection window, k, study contact)
 * are shown again after a reload, editable by a researcher and read-only for a coordinator, with problems in plain
 * words.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addStaffUser } from '../../server/auth/staff-users.ts';
import type { StaffRole } from '../../server/db/repositories/staff-repository.ts';
import {
  desktopScreen,
  launchBrowser,
  phoneScreen,
  saveScreenshot,
  seriousAxeViolations,
  signInAt,
  watchPage,
} from '../helpers/browser.ts';
import { createManyInvitations, publishedVersionOf } from '../helpers/invitations.ts';
import { startTestServer, type TestServer } from '../helpers/start-test-server.ts';

const password = 'tracking settings test password';
const survey = 'national-policy';
const invitationCount = 3000;
const screens = [
  ['phone', 360, phoneScreen],
  ['desktop', 1280, desktopScreen],
] as const;

describe('tracking thousands of invitations and the survey settings in the workspace', () => {
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
    const version = await publishedVersionOf(server.app.repositories, survey);
    await createManyInvitations(server.app.repositories, version.id, invitationCount);
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  let users = 0;
  async function signedIn(
    screen: (typeof screens)[number][2],
    role: StaffRole,
    address: string,
    countryCodes: string[] = [],
  ): Promise<{ context: BrowserContext; page: Page }> {
    users += 1;
    const email = `${role}${users}@tracking.test`;
    await addStaffUser(
      server.app.repositories,
      { email, role, password, countryCodes },
      { actorLabel: 'test' },
    );
    const context = await browser.newContext({ ...screen, locale: 'en-GB', timezoneId: 'Asia/Bangkok' });
    const page = await context.newPage();
    await signInAt(page, `${server.baseUrl}${address}`, email, password);
    return { context, page };
  }

  const summary = (page: Page) => page.locator('.tracking__summary').textContent();
  const rowNames = (page: Page) =>
    page.locator('.tracking__table tbody tr[data-invitation] > :first-child .cell-main').allTextContents();
  const noSidewaysScroll = async (page: Page, width: number) =>
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);

  for (const [name, width, screen] of screens) {
    it(`pages, searches and filters 3,000 invitations on a ${name}`, { timeout: 90_000 }, async () => {
      const { context, page } = await signedIn(
        screen,
        'researcher',
        `/workspace#/invitations?survey=${survey}`,
      );
      const watch = watchPage(page);
      await expect.poll(() => summary(page), { timeout: 20_000 }).toBe('3,000 invitations, showing 1–50');
      expect(await rowNames(page)).toHaveLength(50);
      expect(await page.locator('.pager__position').textContent()).toBe('Page 1 of 60');

      await page.getByRole('button', { name: 'Next page' }).click();
      await expect.poll(() => summary(page)).toBe('3,000 invitations, showing 51–100');
      expect((await rowNames(page))[0]).toBe('Agency 0050');
      expect(page.url()).toContain('page=2');
      await saveScreenshot(page, `workspace-tracking-page-${width}.png`, false);

      // A search starts from the first page, on the server: contacts too, for a researcher.
      await page.locator('.tracking').getByLabel('Search').fill('person2999@');
      await page.getByRole('button', { name: 'Search', exact: true }).click();
      await expect.poll(() => summary(page)).toBe('1 invitation');
      expect(await rowNames(page)).toEqual(['Agency 2999']);
      expect(await page.locator('.pager').textContent()).toBe('');

      await page.locator('.tracking').getByLabel('Search').fill('Agency 01');
      await page.getByRole('button', { name: 'Search', exact: true }).click();
      await expect.poll(() => summary(page)).toBe('100 invitations, showing 1–50');
      await page.locator('.tracking').getByLabel('Type of organisation').selectOption('agency');
      await expect.poll(() => summary(page)).toBe('20 invitations');
      await page.locator('.tracking').getByLabel('Member state').selectOption('TH');
      await expect.poll(async () => (await rowNames(page)).length).toBeLessThan(20);
      for (const row of await page.locator('.tracking__table tbody tr[data-invitation]').allTextContents())
        expect(row).toContain('Thailand');
      expect(page.url()).toMatch(/q=Agency(\+|%20)01/);
      expect(page.url()).toContain('type=agency');
      await noSidewaysScroll(page, width);
      await saveScreenshot(page, `workspace-tracking-search-${width}.png`, false);

      // The address keeps the search and filters: a reload shows the same rows.
      const before = await rowNames(page);
      await page.reload();
      await expect.poll(() => rowNames(page)).toEqual(before);
      expect(await page.locator('.tracking').getByLabel('Search').inputValue()).toBe('Agency 01');
      expect(await seriousAxeViolations(page)).toEqual([]);
      watch.assertClean();
      await context.close();
    });
  }

  it('lists the duplicates when the same CSV is imported twice, creating nothing the second time', {
    timeout: 60_000,
  }, async () => {
    const { context, page } = await signedIn(
      desktopScreen,
      'researcher',
      `/workspace#/invitations?survey=${survey}`,
    );
    const csv =
      'country,organisation,contact_email\nKH,Ministry of Post and Telecommunications,sok@mptc.gov.kh\n';
    const importOnce = async () => {
      await page.getByLabel('CSV text').fill(csv);
      await page.getByRole('button', { name: 'Create invitations from the CSV' }).click();
    };
    await expect.poll(() => summary(page), { timeout: 20_000 }).toContain('3,000 invitations');
    await importOnce();
    await page.getByText('1 invitation created.').waitFor();
    await importOnce();
    const outcome = page.locator('.import-form .outcome--success');
    await outcome.getByText('Nothing was created: every row is already invited.').waitFor();
    expect(await outcome.locator('.duplicate-list li').textContent()).toMatch(
      /^Line 2: Ministry of Post and Telecommunications \(Cambodia, sok@mptc\.gov\.kh\) is already invited on .+ \(invitation 3001\)\. Skipped\.$/,
    );
    expect(await outcome.getByRole('button', { name: 'Download links (CSV)' }).count()).toBe(0);
    await outcome.scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'workspace-import-duplicates-1280.png', false);
    await context.close();
  });

  for (const [name, width, screen] of screens) {
    it(`shows the saved settings again after a reload, editable by a researcher, on a ${name}`, {
      timeout: 60_000,
    }, async () => {
      const { context, page } = await signedIn(screen, 'researcher', `/workspace#/surveys/${survey}`);
      const watch = watchPage(page);
      await page.getByRole('heading', { name: 'Settings' }).waitFor();
      const settings = page.locator('.survey-settings');

      // Problems in plain words, never the API's field names.
      await settings.getByLabel('Collection opens').fill('2026-12-10T09:00');
      await settings.getByLabel('Collection closes').fill('2026-12-01T09:00');
      await settings.getByRole('button', { name: 'Save the settings' }).click();
      const problem = settings.locator('.outcome--error');
      await problem.getByText('The closing date must be after the opening date').waitFor();
      expect(await problem.textContent()).not.toMatch(/closesAt|opensAt|validation_failed/);
      await settings.getByLabel('Smallest group shown (k)').fill('0');
      await settings.getByRole('button', { name: 'Save the settings' }).click();
      await problem.getByText('The smallest group shown (k) must be a whole number from 1 to 50.').waitFor();

      await settings.getByLabel('Collection opens').fill('2026-03-01T09:00');
      await settings.getByLabel('Collection closes').fill('2026-06-30T17:00');
      await settings.getByLabel('Smallest group shown (k)').fill('5');
      await settings.getByLabel('Study contact: name').fill('ASEAN Digital Policy Study team');
      await settings.getByLabel('Study contact: e-mail').fill('study@asean-digital.test');
      await settings.getByRole('button', { name: 'Save the settings' }).click();
      await settings.getByText('The settings were saved.').waitFor();

      await page.reload();
      await page.getByRole('heading', { name: 'Settings' }).waitFor();
      const shown = (setting: string) => settings.locator(`[data-setting="${setting}"]`).textContent();
      expect(await shown('opensAt')).toBe('1 March 2026 at 09:00');
      expect(await shown('closesAt')).toBe('30 June 2026 at 17:00');
      expect(await shown('minimumCellSize')).toContain('5 responses');
      expect(await shown('contact')).toBe('ASEAN Digital Policy Study team, study@asean-digital.test');
      expect(await settings.getByLabel('Collection opens').inputValue()).toBe('2026-03-01T09:00');
      expect(await settings.getByLabel('Collection closes').inputValue()).toBe('2026-06-30T17:00');
      expect(await settings.getByLabel('Smallest group shown (k)').inputValue()).toBe('5');
      await noSidewaysScroll(page, width);
      expect(await seriousAxeViolations(page)).toEqual([]);
      await settings.scrollIntoViewIfNeeded();
      await saveScreenshot(page, `workspace-settings-researcher-${width}.png`, false);
      watch.assertClean();
      await context.close();
    });
  }

  it('shows a coordinator the settings without the form', { timeout: 60_000 }, async () => {
    await server.app.repositories.surveys.updateSettings(
      (await server.app.repositories.surveys.findBySlug(survey))?.id as number,
      { opensAt: '2026-03-01T02:00:00.000Z', contactName: 'Study team', contactEmail: 'team@study.test' },
      { actorLabel: 'test' },
    );
    const { context, page } = await signedIn(phoneScreen, 'coordinator', `/workspace#/surveys/${survey}`, [
      'TH',
    ]);
    await page.getByRole('heading', { name: 'Settings' }).waitFor();
    const settings = page.locator('.survey-settings');
    expect(await settings.locator('[data-setting="opensAt"]').textContent()).toBe('1 March 2026 at 09:00');
    expect(await settings.locator('[data-setting="contact"]').textContent()).toBe(
      'Study team, team@study.test',
    );
    expect(await settings.locator('form').count()).toBe(0);
    expect(await settings.textContent()).toContain('Researchers and admins change these settings.');
    await settings.scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'workspace-settings-coordinator-360.png', false);
    await context.close();
  });
});
