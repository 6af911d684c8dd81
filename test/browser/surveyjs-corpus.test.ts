/**
 * Questionnaires written elsewhere, answered in Chromium on the respondent page: input masks typed into, a matrix
 * with column totals and a comment area, a dynamic panel with a calculated expression, and an "other" text beside a
 * comment area, submitted; what the server stores is what was answered, without what survey-core computed (totals,
 * expression questions and expression cells).
 */
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageStrings } from '../../client/shared/i18n/page-strings.ts';
import { launchBrowser, saveScreenshot, watchPage } from '../helpers/browser.ts';
import { fixturesDir } from '../helpers/build-test-app.ts';
import { startTestServer, type TestServer } from '../helpers/start-test-server.ts';

const english = pageStrings.en;
const desktop = { viewport: { width: 1280, height: 800 } };
const phone = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

describe('SurveyJS questionnaires written elsewhere, on the respondent page', () => {
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    // The corpus folder is loaded (and published) as the shipped questionnaires are; slugs are the file names.
    [server, browser] = await Promise.all([
      startTestServer({ surveysDir: path.join(fixturesDir, 'surveyjs-corpus') }),
      launchBrowser(),
    ]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function openQuestionnaire(slug: string, options = desktop) {
    const { token, link } = await server.invite({ surveySlug: slug });
    const context = await browser.newContext({ locale: 'en-GB', ...options });
    const page = await context.newPage();
    const watch = watchPage(page);
    await page.goto(link);
    await page.locator('.survey-host .sd-root-modern').waitFor();
    return { token, page, watch, close: () => context.close() };
  }

  const question = (page: Page, name: string) => page.locator(`[data-name="${name}"]`).first();
  /** survey-core draws its own radio buttons over hidden inputs: the respondent clicks the label. */
  const chooseIn = (page: Page, name: string, value: string) =>
    question(page, name)
      .locator('label')
      .filter({ has: page.locator(`input[value="${value}"]`) })
      .first()
      .click();

  /** The last page's button opens the review of every answer; its Submit button submits. */
  async function submit(page: Page) {
    await page.getByRole('button', { name: 'Review answers' }).click();
    await page.getByRole('button', { name: english.reviewSubmit }).click();
    await page.locator('.receipt__reference').waitFor();
  }

  async function storedAnswers(token: string) {
    const response = await fetch(`${server.baseUrl}/api/r/${token}`);
    return (await response.json()) as { status: string; answers: Record<string, unknown> };
  }

  it('submits a matrix with totals and a comment area, and a dynamic panel with an expression', async () => {
    for (const [device, options] of [
      ['1280', desktop],
      ['360', phone],
    ] as const) {
      const { token, page, watch, close } = await openQuestionnaire('matrices-and-panels', options);
      const staffing = question(page, 'staffing');
      const people = staffing.locator('input[type="number"]');
      await people.nth(0).fill('3');
      await people.nth(1).fill('4');
      // The footer's total, computed by survey-core in the page.
      await expect.poll(() => staffing.locator('tfoot').textContent()).toContain('7');
      await chooseIn(page, 'agreement', '3');
      await question(page, 'agreement').locator('textarea').fill('Clear enough');
      await saveScreenshot(page, `surveyjs-corpus-matrices-${device}.png`);
      await page.getByRole('button', { name: 'Next' }).click();

      await question(page, 'budget_print').locator('input').fill('10');
      await question(page, 'budget_online').locator('input').fill('5');
      const campaigns = question(page, 'campaigns');
      await campaigns.locator('[data-name="campaign_name"] input').fill('Vaccines');
      await campaigns.locator('[data-name="reach"] input').fill('12000');
      await expect
        .poll(() => campaigns.locator('[data-name="reach_thousands"]').textContent())
        .toContain('12');
      await saveScreenshot(page, `surveyjs-corpus-panels-${device}.png`);
      await submit(page);

      const stored = await storedAnswers(token);
      expect(stored.status).toBe('submitted');
      expect(stored.answers).toMatchObject({
        staffing: { comms: { people: 3 }, it: { people: 4 } },
        agreement: { clear: 3 },
        'agreement-Comment': 'Clear enough',
        budget_print: 10,
        budget_online: 5,
        campaigns: [{ campaign_name: 'Vaccines', reach: 12000 }],
      });
      // Computed by survey-core, recomputed whenever the answers are shown again: never stored.
      expect(Object.keys(stored.answers)).not.toContain('staffing-total');
      expect(Object.keys(stored.answers)).not.toContain('budget_total');
      expect(stored.answers.staffing).toEqual({ comms: { people: 3 }, it: { people: 4 } });
      expect(Object.keys((stored.answers.campaigns as Array<object>)[0] ?? {})).not.toContain(
        'reach_thousands',
      );
      watch.assertClean();
      await close();
    }
  });

  it('submits masked inputs and an "other" text beside a comment area', async () => {
    const { token, page, watch, close } = await openQuestionnaire('inputs-and-choices');
    await question(page, 'full_name').locator('input').fill('Ana Reyes');
    await question(page, 'followers').locator('input').pressSequentially('12345');
    await question(page, 'id_number').locator('input').pressSequentially('12abc3456');
    await expect.poll(() => question(page, 'followers').locator('input').inputValue()).toBe('12,345');
    await expect.poll(() => question(page, 'id_number').locator('input').inputValue()).toBe('12-abc-3456');
    await saveScreenshot(page, 'surveyjs-corpus-masks-1280.png', false);
    await page.getByRole('button', { name: 'Next' }).click();

    const channel = question(page, 'channel');
    await chooseIn(page, 'channel', 'other');
    const texts = channel.locator('textarea');
    await expect.poll(() => texts.count()).toBe(2);
    await texts.nth(0).fill('community radio');
    await texts.nth(1).fill('weekly slot');
    await submit(page);

    const stored = await storedAnswers(token);
    expect(stored.answers).toMatchObject({
      full_name: 'Ana Reyes',
      followers: 12345,
      id_number: '12abc3456',
      channel: 'community radio',
      'channel-Comment': 'weekly slot',
    });
    watch.assertClean();
    await close();
  });
});
