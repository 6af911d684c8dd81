/**
 * Demo data kept apart, in a real browser against the real server: four real responses (too few for any cell to be
 * shown) and thirty from `cli demo`. Tracking, progress and the dashboard's response rates and headline leave the
 * demo data out until "Include demo data" is ticked, demo rows carry a badge, and an admin removes the demo data
 * after a confirmation naming the numbers, on a phone and on a desktop.
 */
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addStaffUser } from '../../server/auth/staff-users.ts';
import type { StaffRole } from '../../server/db/repositories/staff-repository.ts';
import { compileDefinition } from '../../server/questionnaire/compiled-version.ts';
import {
  createSeededRandom,
  generateSyntheticAnswers,
} from '../../server/questionnaire/synthetic-answers.ts';
import { generateDemoResponses } from '../../server/results/demo-data.ts';
import {
  artefactsDir,
  launchBrowser,
  saveScreenshot,
  seriousAxeViolations,
  signInAt,
  watchPage,
} from '../helpers/browser.ts';
import { publishedVersionOf } from '../helpers/invitations.ts';
import { startTestServer, type TestServer } from '../helpers/start-test-server.ts';

const password = 'demo data test password';
const survey = 'national-policy';
const realCountries = ['TH', 'TH', 'VN', 'KH'];
const demoResponses = 30;

describe('demo data in the workspace and the dashboard', () => {
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
    const { repositories } = server.app;
    const version = await publishedVersionOf(repositories, survey);
    const compiled = compileDefinition(version.definition);
    const random = createSeededRandom(3);
    for (const [index, countryCode] of realCountries.entries()) {
      const { token } = await server.invite({ countryCode, organisationName: `Real ministry ${index + 1}` });
      const answers = generateSyntheticAnswers(compiled, random, { countryCode, locale: 'en' });
      const submitted = await server.app.inject({
        method: 'POST',
        url: `/api/r/${token}/submit`,
        payload: { answers },
      });
      expect(submitted.statusCode, submitted.body).toBe(200);
    }
    await server.invite({ countryCode: 'LA', organisationName: 'Real ministry not yet answering' });
    await generateDemoResponses(repositories, { surveySlug: survey, responses: demoResponses, seed: 4 });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function addUser(role: StaffRole): Promise<string> {
    const email = `${role}@demo-data.test`;
    await addStaffUser(server.app.repositories, { email, role, password }, { actorLabel: 'test' });
    return email;
  }

  async function signedIn(
    width: number,
    email: string,
    address: string,
  ): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ viewport: { width, height: 900 }, locale: 'en-GB' });
    const page = await context.newPage();
    await signInAt(page, `${server.baseUrl}${address}`, email, password);
    return { context, page };
  }

  /** The headline, filters and response rates: the top of the dashboard. */
  const screenshotTop = (page: Page, name: string) =>
    page.screenshot({
      path: path.join(artefactsDir, name),
      fullPage: true,
      clip: { x: 0, y: 0, width: 1280, height: 1500 },
    });
  const trackingRows = (page: Page) => page.locator('.tracking__table tbody tr[data-invitation]');
  const invitedTotal = (page: Page, table: string) =>
    page.locator(`${table} tr.total-row > :nth-child(2)`).textContent();

  it('leaves demo data out of the dashboard headline and response rates until asked, counting exactly', {
    timeout: 60_000,
  }, async () => {
    const email = await addUser('analyst');
    const { context, page } = await signedIn(1280, email, `/dashboard?survey=${survey}`);
    const watch = watchPage(page);
    await page.locator('.dash-content[aria-busy="false"]').waitFor();
    const summary = page.locator('.dash-summary');
    // Every cell rests on fewer than three responses: the headline still counts them (it read "about 0").
    expect(await summary.textContent()).toContain('4 responses from 3 member states (KH, TH, VN)');
    expect(await summary.textContent()).not.toContain('synthetic');
    expect(await invitedTotal(page, '#rates')).toBe('5');
    expect(await page.locator('[data-synthetic]').count()).toBe(0);
    expect(await page.getByLabel('Include demo data').isChecked()).toBe(false);
    await screenshotTop(page, 'demo-data-dashboard-real.png');

    await page.getByLabel('Include demo data').check();
    await expect.poll(() => new URL(page.url()).searchParams.get('synthetic')).toBe('true');
    await expect.poll(() => summary.textContent()).toContain(`${4 + demoResponses} responses`);
    expect(await summary.textContent()).toContain(`(${demoResponses} of them synthetic demo data)`);
    await expect.poll(() => invitedTotal(page, '#rates')).toBe(String(5 + demoResponses));
    expect(await page.getByText('Includes synthetic demo data.').isVisible()).toBe(true);
    await screenshotTop(page, 'demo-data-dashboard-with-demo.png');
    expect(await seriousAxeViolations(page)).toEqual([]);
    watch.assertClean();
    await context.close();
  });

  it('shows researchers the switch and the badge but no removal', { timeout: 60_000 }, async () => {
    const email = await addUser('researcher');
    const { context, page } = await signedIn(1280, email, `/workspace#/invitations?survey=${survey}`);
    await page.locator('[data-demo-data]').waitFor();
    expect(await page.locator('[data-demo-data]').textContent()).toContain(
      `${demoResponses} demo invitations and ${demoResponses} demo responses`,
    );
    expect(await page.getByRole('button', { name: 'Remove demo data' }).count()).toBe(0);
    await context.close();
  });

  for (const width of [360, 1280]) {
    it(`lets an admin include, see and remove the demo data at ${width} px`, {
      timeout: 90_000,
    }, async () => {
      if (width === 1280)
        await generateDemoResponses(server.app.repositories, {
          surveySlug: survey,
          responses: demoResponses,
          seed: 5,
        });
      const email = `admin-${width}@demo-data.test`;
      await addStaffUser(server.app.repositories, { email, role: 'admin', password }, { actorLabel: 'test' });
      const { context, page } = await signedIn(width, email, `/workspace#/invitations?survey=${survey}`);
      const watch = watchPage(page);
      await page.locator('[data-demo-data]').waitFor();
      await expect.poll(() => trackingRows(page).count()).toBe(5);
      expect(await page.locator('tr[data-demo]').count()).toBe(0);

      // Ticked: the demo rows come in, each with its badge, and the address keeps the choice.
      await page.getByLabel('Include demo data').check();
      await expect.poll(() => trackingRows(page).count()).toBe(5 + demoResponses);
      expect(await page.locator('tr[data-demo] .badge--demo').count()).toBe(demoResponses);
      expect(await page.locator('tr:not([data-demo]) .badge--demo').count()).toBe(0);
      expect(page.url()).toContain('demo=1');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await page.locator('tr[data-demo]').first().scrollIntoViewIfNeeded();
      await saveScreenshot(page, `demo-data-tracking-${width}.png`, false);

      // Progress: real invitations only, then with the demo ones.
      await page.goto(`${server.baseUrl}/workspace#/progress?survey=${survey}`);
      await page.getByRole('heading', { name: 'Progress by member state', level: 1 }).waitFor();
      await expect.poll(() => invitedTotal(page, '.view')).toBe('5');
      await page.getByLabel('Include demo data').check();
      await expect.poll(() => invitedTotal(page, '.view')).toBe(String(5 + demoResponses));
      await saveScreenshot(page, `demo-data-progress-${width}.png`, false);

      // Removal, confirmed in a dialog that names the numbers.
      await page.goto(`${server.baseUrl}/workspace#/invitations?survey=${survey}&demo=1`);
      await expect.poll(() => trackingRows(page).count()).toBe(5 + demoResponses);
      await page.getByRole('button', { name: 'Remove demo data' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.waitFor();
      expect(await dialog.textContent()).toContain(
        `${demoResponses} demo invitations and ${demoResponses} demo responses`,
      );
      expect(await dialog.evaluate((node) => node.getBoundingClientRect().right)).toBeLessThanOrEqual(width);
      await saveScreenshot(page, `demo-data-confirm-${width}.png`, false);
      await dialog.getByRole('button', { name: `Remove ${demoResponses} demo invitations` }).click();
      await page
        .getByText(`Removed ${demoResponses} demo invitations and ${demoResponses} demo responses.`)
        .waitFor();
      await expect.poll(() => trackingRows(page).count()).toBe(5);
      expect(await page.locator('tr[data-demo]').count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Remove demo data' }).count()).toBe(0);
      expect(await seriousAxeViolations(page)).toEqual([]);
      await saveScreenshot(page, `demo-data-removed-${width}.png`, false);
      watch.assertClean();
      await context.close();
    });
  }
});
