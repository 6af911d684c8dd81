/**
 * The respondent page under fieldwork conditions, in Chromium against the real server: the introduction on the
 * first page only, answering stopped under the respondent (link revoked, collection closed) without losing what
 * was typed, the review before submitting, and the progress text after a language switch. On a 360×740 phone and
 * a desktop, with screenshots in test/artefacts/.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { surveyLocalization } from 'survey-core';
import 'survey-core/i18n/thai';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatPageString, pageStrings } from '../../client/shared/i18n/page-strings.ts';
import { projectRoot } from '../../server/config.ts';
import { launchBrowser, saveScreenshot, seriousAxeViolations, watchPage } from '../helpers/browser.ts';
import { type SignedIn, signIn } from '../helpers/staff.ts';
import { startTestServer, type TestServer } from '../helpers/start-test-server.ts';
import { sampleCompleteAnswers } from './sample-answers.ts';

const english = pageStrings.en;
const studyContact = 'Dr Somchai Jaidee, study-team@itu.example';
const thai = pageStrings.th;
const nationalDefinition = JSON.parse(
  readFileSync(path.join(projectRoot, 'surveys', 'national-policy.json'), 'utf8'),
) as { description: Record<string, string>; pages: Array<{ title: Record<string, string> }> };
const lastPage = nationalDefinition.pages.length - 1;

const desktop = { viewport: { width: 1280, height: 800 } };
const phone = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
const screens = [
  ['phone', phone],
  ['desktop', desktop],
] as const;

// Several page loads per test on a machine shared with other work: a slow first load is not a failure.
describe('the respondent page in the field', { timeout: 60_000 }, () => {
  let server: TestServer;
  let browser: Browser;
  let researcher: SignedIn;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
    researcher = await signIn(server.app, 'researcher');
    // The study's contact, as a researcher sets it in the workspace: every stopped message names it.
    await staffRequest('PATCH', '/api/surveys/national-policy', {
      contactName: 'Dr Somchai Jaidee',
      contactEmail: 'study-team@itu.example',
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function openPage(link: string, options: Parameters<Browser['newContext']>[0] = desktop) {
    const context = await browser.newContext({ locale: 'en-GB', ...options });
    contexts.push(context);
    const page = await context.newPage();
    // Shorter than the test's own limit, so a step that never happens is named in the failure.
    page.setDefaultTimeout(25_000);
    const watch = watchPage(page);
    await page.goto(link);
    return { context, page, watch };
  }

  async function seedAnswers(token: string, answers: Record<string, unknown>, page: number) {
    const response = await fetch(`${server.baseUrl}/api/r/${token}/answers`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ answers, page }),
    });
    expect(response.status).toBe(200);
  }

  async function staffRequest(method: 'POST' | 'PATCH', url: string, body?: unknown) {
    const response = await fetch(`${server.baseUrl}${url}`, {
      method,
      headers: { ...researcher.headers, 'content-type': 'application/json' },
      body: JSON.stringify(body ?? {}),
    });
    expect(response.status, await response.clone().text()).toBe(200);
  }

  const questionnaire = (page: Page) => page.locator('.survey-host .sd-root-modern');
  const introduction = (page: Page) => page.locator('.survey-host .sd-header__text .sd-description');
  const textField = (page: Page, question: string) =>
    page.locator(
      `.sd-question[data-name="${question}"] input, .sd-question[data-name="${question}"] textarea`,
    );
  const deviceCopyText = (page: Page) =>
    page.evaluate(() =>
      Object.entries(localStorage)
        .filter(([key]) => key.startsWith('tinjau.respond.'))
        .map(([, value]) => value)
        .join('\n'),
    );

  it.each(screens)(
    'shows the introduction on the first page only, folded to one line after it (%s)',
    async (name, screen) => {
      const { token, link } = await server.invite();
      await seedAnswers(token, sampleCompleteAnswers(nationalDefinition as never), 0);
      const { page, watch } = await openPage(link, screen);
      await questionnaire(page).waitFor();
      await expect.poll(() => introduction(page).isVisible()).toBe(true);
      expect(await introduction(page).textContent()).toBe(nationalDefinition.description.default);
      expect(await page.getByRole('button', { name: english.showIntroduction }).count()).toBe(0);

      await page.getByRole('button', { name: 'Next' }).click();
      await page.getByRole('heading', { name: nationalDefinition.pages[1]?.title.default }).waitFor();
      await page.evaluate(() => window.scrollTo(0, 0));
      expect(await introduction(page).isVisible()).toBe(false);
      const toggle = page.getByRole('button', { name: english.showIntroduction });
      expect(await toggle.getAttribute('aria-expanded')).toBe('false');
      const firstQuestion = page.locator('.survey-host .sd-question').first();
      const viewportHeight = screen.viewport.height;
      expect((await firstQuestion.boundingBox())?.y).toBeLessThan(viewportHeight);
      await saveScreenshot(page, `respond-intro-folded-${name}.png`, false);

      await toggle.click();
      await expect.poll(() => introduction(page).isVisible()).toBe(true);
      const hide = page.getByRole('button', { name: english.hideIntroduction });
      expect(await hide.getAttribute('aria-expanded')).toBe('true');
      await hide.click();
      await expect.poll(() => introduction(page).isVisible()).toBe(false);
      watch.assertClean();
    },
  );

  it.each(screens)(
    'says at once, in Thai, that a revoked link no longer works and keeps what was typed (%s)',
    async (name, screen) => {
      const { link, invitationId } = await server.invite({ preferredLocale: 'th' });
      const { page, watch } = await openPage(link, screen);
      await questionnaire(page).waitFor();
      await textField(page, 'resp_role').fill('Typed before the revocation');
      await expect
        .poll(() => page.locator('#save-status').textContent(), { timeout: 10_000 })
        .toBe(thai.saveSaved);

      await staffRequest('POST', `/api/invitations/${invitationId}/revoke`);
      await textField(page, 'resp_role').fill('Typed after the revocation');

      await page.getByRole('heading', { name: thai.linkEndedTitle }).waitFor({ timeout: 10_000 });
      await page.getByText(thai.linkEndedBody).waitFor();
      await page.getByText(thai.keptOnDeviceNewLink).waitFor();
      await page.getByText(formatPageString(thai.studyContact, { contact: studyContact })).waitFor();
      expect(await page.locator('#save-status').textContent()).toBe('');
      expect(await deviceCopyText(page)).toContain('Typed after the revocation');
      await saveScreenshot(page, `respond-link-ended-${name}.png`, false);

      // The server no longer answers for this link: the language and the contact come from the device.
      await page.reload();
      await page.getByRole('heading', { name: thai.linkEndedTitle }).waitFor();
      await page.getByText(thai.keptOnDeviceNewLink).waitFor();
      await page.getByText(formatPageString(thai.studyContact, { contact: studyContact })).waitFor();
      expect(await deviceCopyText(page)).toContain('Typed after the revocation');
      watch.assertClean();
    },
  );

  it('says at once that collection has closed, keeps what was typed, and sends it when collection reopens', async () => {
    const { token, link } = await server.invite();
    const { page, watch } = await openPage(link);
    await questionnaire(page).waitFor();
    await staffRequest('PATCH', '/api/surveys/national-policy', { closesAt: '2020-01-01T00:00:00.000Z' });
    try {
      await textField(page, 'resp_role').fill('Typed as collection closed');
      await page.getByRole('heading', { name: english.closedTitle }).waitFor({ timeout: 10_000 });
      await page.getByText(english.keptOnDeviceReopen).waitFor();
      await page.getByText(formatPageString(english.studyContact, { contact: studyContact })).waitFor();
      await page.reload();
      await page.getByText(english.keptOnDeviceReopen).waitFor();
      expect(await deviceCopyText(page)).toContain('Typed as collection closed');
    } finally {
      await staffRequest('PATCH', '/api/surveys/national-policy', { closesAt: null });
    }
    await page.reload();
    await expect.poll(() => textField(page, 'resp_role').inputValue()).toBe('Typed as collection closed');
    await expect
      .poll(async () => {
        const response = await fetch(`${server.baseUrl}/api/r/${token}`);
        return ((await response.json()) as { answers: Record<string, unknown> }).answers.resp_role;
      })
      .toBe('Typed as collection closed');
    watch.assertClean();
  });

  it.each(screens)(
    'reviews every answer by page before submitting, with a way back to each page (%s)',
    async (name, screen) => {
      const { token, link } = await server.invite();
      const answers = sampleCompleteAnswers(nationalDefinition as never);
      await seedAnswers(token, answers, lastPage);
      const { page, watch } = await openPage(link, screen);
      await page.getByRole('button', { name: 'Review answers' }).click();

      const review = page.locator('.review');
      await page.getByRole('heading', { name: english.reviewTitle, level: 1 }).waitFor();
      expect(await questionnaire(page).isVisible()).toBe(false);
      for (const { title } of nationalDefinition.pages) {
        await review.getByRole('heading', { name: title.default, level: 2 }).waitFor();
      }
      // Choice texts as the respondent read them, not the stored codes.
      const country = review.locator('[data-question="resp_country"] dd');
      expect(await country.textContent()).toBe('Thailand');
      expect(await review.textContent()).not.toContain('thailand');
      await saveScreenshot(page, `respond-review-${name}.png`);

      // Back to the second page, then forward to the end and into the review again.
      await review.getByRole('button', { name: english.reviewChange }).nth(1).click();
      await page.getByRole('heading', { name: nationalDefinition.pages[1]?.title.default }).waitFor();
      expect(await review.isVisible()).toBe(false);
      await expect
        .poll(async () => {
          const response = await fetch(`${server.baseUrl}/api/r/${token}`);
          return ((await response.json()) as { page: number }).page;
        })
        .toBe(1);
      for (let pageNumber = 1; pageNumber < lastPage; pageNumber += 1) {
        await page.getByRole('button', { name: 'Next' }).click();
      }
      await page.getByRole('button', { name: 'Review answers' }).click();
      await page.getByRole('button', { name: english.reviewSubmit }).click();
      await page.getByRole('heading', { name: english.receiptTitle }).waitFor();
      watch.assertClean();
    },
  );

  it('shows the review, and the button that opens it, in the language chosen on it', async () => {
    const { token, link } = await server.invite();
    await seedAnswers(token, sampleCompleteAnswers(nationalDefinition as never), lastPage);
    const { page, watch } = await openPage(link);
    await page.getByRole('button', { name: 'Review answers' }).click();
    await page.getByRole('heading', { name: english.reviewTitle }).waitFor();
    await page.getByLabel(english.language).selectOption('th');
    await page.getByRole('heading', { name: thai.reviewTitle }).waitFor();
    await page.getByRole('heading', { name: nationalDefinition.pages[1]?.title.th, level: 2 }).waitFor();
    expect(await page.locator('.review [data-question="resp_country"] dd').textContent()).toBe('ไทย');
    await page.getByRole('button', { name: thai.reviewBack }).click();
    await page.getByRole('button', { name: thai.reviewButton }).waitFor();
    expect(await page.getByRole('button', { name: 'Review answers' }).count()).toBe(0);
    watch.assertClean();
  });

  it('has no serious or critical accessibility violations on the review and on the stopped message', async () => {
    const { token, link, invitationId } = await server.invite();
    await seedAnswers(token, sampleCompleteAnswers(nationalDefinition as never), lastPage);
    // axe-core is injected as an inline script, which the page's CSP rightly refuses; let this test bypass it.
    const { page } = await openPage(link, { ...desktop, bypassCSP: true });
    await page.getByRole('button', { name: 'Review answers' }).click();
    await page.getByRole('heading', { name: english.reviewTitle }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: english.reviewBack }).click();
    await staffRequest('POST', `/api/invitations/${invitationId}/revoke`);
    await textField(page, 'final_comments').fill('Typed after the revocation');
    await page.getByRole('heading', { name: english.linkEndedTitle }).waitFor({ timeout: 10_000 });
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('puts the progress text into the new language at once after a switch, online and offline', async () => {
    const { token, link } = await server.invite();
    await seedAnswers(token, sampleCompleteAnswers(nationalDefinition as never), 1);
    const { context, page, watch } = await openPage(link, phone);
    const progress = page.locator('.survey-host .sd-progress-buttons__page-title');
    const pageCount = nationalDefinition.pages.length;
    const englishProgress = `Page 2 of ${pageCount}`;
    const thaiProgress = (surveyLocalization.locales.th as { progressText: string }).progressText
      .replace('{0}', '2')
      .replace('{1}', String(pageCount));
    await expect.poll(() => progress.textContent()).toBe(englishProgress);

    // Online the questionnaire is drawn again from its Thai definition.
    await page.getByLabel(english.language).selectOption('th');
    await expect.poll(() => progress.textContent()).toBe(thaiProgress);
    await saveScreenshot(page, 'respond-progress-thai-phone.png', false);
    await page.getByLabel(thai.language).selectOption('en');
    await expect.poll(() => progress.textContent()).toBe(englishProgress);

    // Offline the Thai definition cannot be fetched: the same questionnaire changes language in place.
    await context.setOffline(true);
    await page.getByLabel(english.language).selectOption('th');
    await expect.poll(() => page.locator('#skip-link').textContent()).toBe(thai.skipToContent);
    await expect.poll(() => progress.textContent()).toBe(thaiProgress);
    await context.setOffline(false);
    watch.assertClean();
  });
});
