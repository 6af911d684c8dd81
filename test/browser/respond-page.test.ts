/**
 * The respondent page in a real browser against the real server: answering, saving and resuming, languages,
 * offline use, submission and receipt, server objections, dead links, a phone screen and accessibility.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageStrings } from '../../client/shared/i18n/page-strings.ts';
import { projectRoot } from '../../server/config.ts';
import { launchBrowser, saveScreenshot, seriousAxeViolations, watchPage } from '../helpers/browser.ts';
import { startTestServer, type TestServer } from '../helpers/start-test-server.ts';
import { sampleCompleteAnswers } from './sample-answers.ts';

const english = pageStrings.en;
const nationalDefinition = JSON.parse(
  readFileSync(path.join(projectRoot, 'surveys', 'national-policy.json'), 'utf8'),
) as { title: Record<string, string>; pages: unknown[] };
const lastPage = nationalDefinition.pages.length - 1;

const desktop = { viewport: { width: 1280, height: 800 } };
const phone = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

describe('the respondent page (/r/<token>)', () => {
  let server: TestServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function openPage(link: string, options: Parameters<Browser['newContext']>[0] = desktop) {
    const context = await browser.newContext({ locale: 'en-GB', ...options });
    contexts.push(context);
    const page = await context.newPage();
    const watch = watchPage(page);
    const response = await page.goto(link);
    return { context, page, watch, response };
  }

  /** Waits for the save state to read `text`; a save follows a 1.5 s pause, and retries can take longer. */
  const expectSaveStatus = (page: Page, text: string) =>
    expect.poll(() => page.locator('#save-status').textContent(), { timeout: 10_000 }).toBe(text);

  /** The read-only copy on the receipt, as text: typed answers sit in read-only inputs, so read their values. */
  const receiptCopyText = (page: Page) =>
    page.locator('.receipt__answers').evaluate((copy) => {
      const values = Array.from(
        copy.querySelectorAll('input, textarea'),
        (field) => (field as HTMLInputElement).value,
      );
      return [copy.textContent, ...values].join('\n');
    });
  const questionnaire = (page: Page) => page.locator('.survey-host .sd-root-modern');

  /** Country and authority come from the invitation (fixed, read-only): the respondent answers the rest. */
  async function answerFirstPage(page: Page) {
    await expect.poll(() => page.locator('.sd-dropdown__value').first().textContent()).toContain('Thailand');
    await page.getByLabel('Position or role of the respondent').fill('Director, Digital Government');
    await page.getByLabel('Contact e-mail address').fill('director@nbtc.example');
    await expectSaveStatus(page, english.saveSaved);
  }

  async function serverState(token: string) {
    const response = await fetch(`${server.baseUrl}/api/r/${token}`);
    return (await response.json()) as { answers: Record<string, unknown>; page: number; status: string };
  }

  async function seedAnswers(token: string, answers: Record<string, unknown>, page: number) {
    const response = await fetch(`${server.baseUrl}/api/r/${token}/answers`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ answers, page }),
    });
    expect(response.status).toBe(200);
  }

  it('keeps the answers to the first page across a reload', async () => {
    const { token, link } = await server.invite();
    const { page, watch, response } = await openPage(link);
    expect(response?.status()).toBe(200);
    await questionnaire(page).waitFor();
    await answerFirstPage(page);
    await page.evaluate(() => window.scrollTo(0, 0));
    await saveScreenshot(page, 'respond-desktop.png', false);

    await page.reload();
    await expect
      .poll(() => page.getByLabel('Position or role of the respondent').inputValue())
      .toBe('Director, Digital Government');
    await expect
      .poll(() => page.getByLabel('Contact e-mail address').inputValue())
      .toBe('director@nbtc.example');
    await expect.poll(() => page.locator('.sd-dropdown__value').first().textContent()).toContain('Thailand');
    await expect.poll(() => page.locator('#page-notice').textContent()).toBe(english.resumed);
    expect((await serverState(token)).answers).toMatchObject({
      resp_country: 'thailand',
      resp_authority_name: 'Ministry of Digital Economy and Society',
      resp_email: 'director@nbtc.example',
    });
    watch.assertClean();
  });

  it('keeps what was typed when the page is reloaded before it could be sent', async () => {
    const { token, link } = await server.invite();
    const { page, watch } = await openPage(link);
    await questionnaire(page).waitFor();
    await page.getByLabel('Contact e-mail address').fill('typed.just.now@nbtc.example');
    await page.reload();

    await expect
      .poll(() => page.getByLabel('Contact e-mail address').inputValue())
      .toBe('typed.just.now@nbtc.example');
    await expectSaveStatus(page, english.saveSaved);
    expect((await serverState(token)).answers).toMatchObject({ resp_email: 'typed.just.now@nbtc.example' });
    watch.assertClean();
  });

  it('switches the questionnaire and its own words to Thai', async () => {
    const { link } = await server.invite();
    const { page, watch } = await openPage(link);
    await questionnaire(page).waitFor();
    await page.getByLabel(english.language).selectOption('th');

    await page
      .getByText(nationalDefinition.title.th as string)
      .first()
      .waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('th');
    // The Thai translation is a draft: staff are told so, respondents are not.
    expect(await page.getByText(/draft|ฉบับร่าง/i).count()).toBe(0);
    await expect.poll(() => page.getByLabel(pageStrings.th.language).inputValue()).toBe('th');
    await expect.poll(() => page.locator('#skip-link').textContent()).toBe(pageStrings.th.skipToContent);
    watch.assertClean();
  });

  it('opens in the language of the invitation', async () => {
    const { link } = await server.invite({ preferredLocale: 'vi' });
    const { page, watch } = await openPage(link);
    await page
      .getByText(nationalDefinition.title.vi as string)
      .first()
      .waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('vi');
    watch.assertClean();
  });

  it('keeps answers on the device while offline and sends them when the connection returns', async () => {
    const { token, link } = await server.invite();
    const { context, page, watch } = await openPage(link);
    await questionnaire(page).waitFor();
    await page.getByLabel('Contact e-mail address').fill('director@nbtc.example');
    await expectSaveStatus(page, english.saveSaved);

    await context.setOffline(true);
    await page.getByLabel('Position or role of the respondent').fill('Written while offline');
    await expectSaveStatus(page, english.saveOffline);
    const deviceCopy = await page.evaluate(() => Object.entries(localStorage));
    expect(deviceCopy).toHaveLength(1);
    expect(deviceCopy[0]?.[0]).not.toContain(token);
    expect(deviceCopy[0]?.[1]).toContain('Written while offline');

    await context.setOffline(false);
    await expectSaveStatus(page, english.saveSaved);
    expect((await serverState(token)).answers).toMatchObject({ resp_role: 'Written while offline' });
    watch.assertClean();
  });

  it('submits a complete set of answers, shows the receipt, and shows it again on a later visit', async () => {
    const { token, link } = await server.invite();
    const answers = sampleCompleteAnswers(nationalDefinition as never);
    await seedAnswers(token, answers, lastPage);
    const { page, watch } = await openPage(link);
    // The last page's button opens the review of every answer; its Submit button submits.
    await page.getByRole('button', { name: 'Review answers' }).click();
    await page.getByRole('button', { name: english.reviewSubmit }).click();

    const receiptTitle = page.getByRole('heading', { name: english.receiptTitle });
    await receiptTitle.waitFor();
    const reference = (await page.locator('.receipt__reference').textContent()) ?? '';
    expect(reference).toMatch(/^TJ-TH-/);
    await expect.poll(() => receiptCopyText(page)).toContain('officer@example.gov');
    await page.getByRole('button', { name: english.print }).waitFor();
    await saveScreenshot(page, 'respond-receipt.png', false);
    const state = await serverState(token);
    expect(state.status).toBe('submitted');
    expect(
      await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('tinjau.'))),
    ).toEqual([]);

    await page.reload();
    await receiptTitle.waitFor();
    expect(await page.locator('.receipt__reference').textContent()).toBe(reference);
    await expect.poll(() => receiptCopyText(page)).toContain('officer@example.gov');
    expect(await page.locator('.receipt__answers input:not([readonly]):not([disabled])').count()).toBe(0);
    watch.assertClean();
  });

  it("puts the server's objection on the question it concerns and goes to that question", async () => {
    const { token, link } = await server.invite();
    // A code that is not among the choices: the browser keeps it, only the server can object.
    const answers = { ...sampleCompleteAnswers(nationalDefinition as never), adopt_data_source: 'atlantis' };
    await seedAnswers(token, answers, lastPage);
    const { page, watch } = await openPage(link);
    // The last page's button opens the review of every answer; its Submit button submits.
    await page.getByRole('button', { name: 'Review answers' }).click();
    await page.getByRole('button', { name: english.reviewSubmit }).click();

    await expect.poll(() => page.locator('#page-alert').textContent()).toContain(english.submitInvalid);
    const question = page.locator('.sd-question', { has: page.getByText('Main source of these estimates') });
    await expect.poll(() => question.locator('.sd-question__erbox').textContent()).toContain('atlantis');
    await question.scrollIntoViewIfNeeded();
    await expect.poll(() => question.isVisible()).toBe(true);
    await expect.poll(() => page.getByRole('button', { name: 'Review answers' }).count()).toBe(0);
    expect((await serverState(token)).status).toBe('in_progress');
    watch.assertClean();
  });

  it('shows the receipt when the answers were submitted elsewhere in the meantime', async () => {
    const { token, link } = await server.invite();
    const { page, watch } = await openPage(link);
    await questionnaire(page).waitFor();
    const submitted = await fetch(`${server.baseUrl}/api/r/${token}/submit`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ answers: sampleCompleteAnswers(nationalDefinition as never) }),
    });
    expect(submitted.status).toBe(200);

    await page.getByLabel('Name of the respondent').fill('Too late');
    await page.getByRole('heading', { name: english.receiptTitle }).waitFor({ timeout: 10_000 });
    watch.assertClean();
  });

  it.each<[string, { collection: string; opensAt?: string }, string]>([
    ['closed', { collection: 'closed' }, english.closedTitle],
    ['not yet open', { collection: 'not_yet_open', opensAt: '2031-01-15T00:00:00Z' }, english.notOpenTitle],
  ])('shows a message instead of the questionnaire when collection is %s', async (_, change, title) => {
    const { link } = await server.invite();
    const context = await browser.newContext(desktop);
    contexts.push(context);
    const page = await context.newPage();
    // The server decides when collection opens and closes; only the page's reaction is under test here.
    await page.route('**/api/r/*', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, json: { ...(await response.json()), ...change } });
    });
    await page.goto(link);
    await page.getByRole('heading', { name: title }).waitFor();
    expect(await questionnaire(page).count()).toBe(0);
    if (change.opensAt) await page.getByText('2031').waitFor();
  });

  it('asks the respondent to wait after too many attempts', async () => {
    const context = await browser.newContext(desktop);
    contexts.push(context);
    const page = await context.newPage();
    await page.route('**/api/r/*', (route) =>
      route.fulfill({ status: 429, json: { error: 'too_many_requests' } }),
    );
    await page.goto(`${server.baseUrl}/r/${'B'.repeat(43)}`);
    await page.getByRole('heading', { name: english.tooManyRequestsTitle }).waitFor();
  });

  it('shows the not-valid page, with HTTP 404, for an unknown link', async () => {
    const { page, watch, response } = await openPage(`${server.baseUrl}/r/${'A'.repeat(43)}`);
    expect(response?.status()).toBe(404);
    await page.getByRole('heading', { name: english.notFoundTitle }).waitFor();
    await page.getByText(english.notFoundBody).waitFor();
    watch.assertClean();
  });

  it('works on a 360×740 phone: answer, go to the next page, reload and resume there', async () => {
    const { token, link } = await server.invite();
    const { page, watch } = await openPage(link, phone);
    await questionnaire(page).waitFor();
    const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(pageWidth).toBeLessThanOrEqual(360);
    await answerFirstPage(page);
    await page.evaluate(() => window.scrollTo(0, 0));
    await saveScreenshot(page, 'respond-phone.png', false);

    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByText('Estimated share of the population using social media').first().waitFor();
    await expect.poll(async () => (await serverState(token)).page).toBe(1);

    await page.reload();
    await page.getByText('Estimated share of the population using social media').first().waitFor();
    await page.getByRole('button', { name: 'Previous' }).click();
    await expect
      .poll(() => page.getByLabel('Position or role of the respondent').inputValue())
      .toBe('Director, Digital Government');
    watch.assertClean();
  });

  it('has no serious or critical accessibility violations on the questionnaire and the receipt', async () => {
    const { token, link } = await server.invite();
    // axe-core is injected as an inline script, which the page's CSP rightly refuses; let this test bypass it.
    const { page } = await openPage(link, { ...desktop, bypassCSP: true });
    await questionnaire(page).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);

    await seedAnswers(token, sampleCompleteAnswers(nationalDefinition as never), lastPage);
    await page.reload();
    // The last page's button opens the review of every answer; its Submit button submits.
    await page.getByRole('button', { name: 'Review answers' }).click();
    await page.getByRole('button', { name: english.reviewSubmit }).click();
    await page.getByRole('heading', { name: english.receiptTitle }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
});
