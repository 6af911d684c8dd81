/**
 * The invitation's country, organisation and type on the respondent page, in Chromium on a desktop and a phone:
 * "Answering for …" at the top in the page's language, the fixed questions filled in and read-only, an editable
 * one filled in and open to change.
 */
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageStrings } from '../../client/shared/i18n/page-strings.ts';
import {
  desktopScreen,
  launchBrowser,
  phoneScreen,
  saveScreenshot,
  seriousAxeViolations,
  watchPage,
} from '../helpers/browser.ts';
import { startTestServer, type TestServer } from '../helpers/start-test-server.ts';

describe('invitation fields on the respondent page', () => {
  let server: TestServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await Promise.all(contexts.map((context) => context.close()));
    await browser?.close();
    await server?.close();
  });

  async function openPage(link: string, options: Parameters<Browser['newContext']>[0]) {
    const context = await browser.newContext(options);
    contexts.push(context);
    const page = await context.newPage();
    const watch = watchPage(page);
    await page.goto(link);
    await page.locator('.survey-host .sd-root-modern').waitFor();
    return { page, watch };
  }

  it('says whom the link is for and shows the fixed answers read-only on a desktop', async () => {
    const { token, link } = await server.invite({
      surveySlug: 'agency-practice',
      countryCode: 'KH',
      organisationName: 'Ministry of Posts and Telecommunications',
      organisationType: 'ministry',
      contactEmail: 'social@mptc.gov.kh',
    });
    const { page, watch } = await openPage(link, { locale: 'en-GB', ...desktopScreen });

    const answeringFor = page.locator('#answering-for');
    await expect
      .poll(() => answeringFor.locator('.answering-for__line').textContent())
      .toBe('Answering for Ministry of Posts and Telecommunications, Cambodia');
    expect(await answeringFor.locator('.answering-for__fixed').textContent()).toBe(
      pageStrings.en.answeringForFixed,
    );
    // Above the questionnaire, so a phone's first screen shows it too.
    const [forBox, formBox] = await Promise.all([
      answeringFor.boundingBox(),
      page.locator('.survey-host').boundingBox(),
    ]);
    expect((forBox?.y ?? Number.POSITIVE_INFINITY) < (formBox?.y ?? 0)).toBe(true);

    const name = page.getByLabel('Name of the ministry or agency');
    expect(await name.inputValue()).toBe('Ministry of Posts and Telecommunications');
    expect(await name.isEditable()).toBe(false);
    const country = page.getByRole('combobox', { name: 'Country' });
    expect(await country.textContent()).toContain('Cambodia');
    expect(await country.getAttribute('aria-readonly')).toBe('true');
    const type = page.getByRole('radio', { name: 'Ministry or department' });
    expect(await type.isChecked()).toBe(true);
    // SurveyJS leaves a read-only question's radio inputs enabled and stops pointer events on the question instead.
    const readOnlyQuestions = page.locator('.sd-question--readonly');
    expect(await readOnlyQuestions.filter({ has: type }).count()).toBe(1);

    const email = page.getByLabel('Contact e-mail address (official e-mail)');
    expect(await email.inputValue()).toBe('social@mptc.gov.kh');
    expect(await readOnlyQuestions.filter({ has: email }).count()).toBe(0);
    await email.fill('deputy@mptc.gov.kh');
    await expect
      .poll(() => page.locator('#save-status').textContent(), { timeout: 10_000 })
      .toBe(pageStrings.en.saveSaved);
    const saved = (await (await fetch(`${server.baseUrl}/api/r/${token}`)).json()) as {
      answers: Record<string, unknown>;
    };
    expect(saved.answers).toMatchObject({
      ag_country: 'cambodia',
      ag_name: 'Ministry of Posts and Telecommunications',
      ag_type: 'ministry',
      ag_resp_email: 'deputy@mptc.gov.kh',
    });

    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.evaluate(() => window.scrollTo(0, 0));
    await saveScreenshot(page, 'invitation-fields-desktop.png', false);
    await name.scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'invitation-fields-desktop-questions.png', false);
    watch.assertClean();
  });

  it('names the organisation and the country in Thai on a Thai phone, without sideways scrolling', async () => {
    const { link } = await server.invite({
      surveySlug: 'agency-practice',
      countryCode: 'TH',
      organisationName: 'กรมประชาสัมพันธ์',
      organisationType: 'agency',
      preferredLocale: 'th',
    });
    const { page, watch } = await openPage(link, { locale: 'th-TH', ...phoneScreen });
    await expect
      .poll(() => page.locator('#answering-for .answering-for__line').textContent())
      .toBe('ตอบในนามของ กรมประชาสัมพันธ์ (ไทย)');
    const name = page.getByLabel('ชื่อกระทรวงหรือหน่วยงาน');
    expect(await name.inputValue()).toBe('กรมประชาสัมพันธ์');
    expect(await name.isEditable()).toBe(false);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    // A fresh link: the filled-in answers are the invitation's, not a "welcome back".
    expect(await page.locator('#page-notice').isHidden()).toBe(true);
    await saveScreenshot(page, 'invitation-fields-phone-th.png', false);
    await name.scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'invitation-fields-phone-th-questions.png', false);

    // The line follows a change of language, the country named as the questionnaire names it there.
    await page.getByLabel(pageStrings.th.language).selectOption('vi');
    await expect
      .poll(() => page.locator('#answering-for .answering-for__line').textContent())
      .toBe('Trả lời thay mặt กรมประชาสัมพันธ์, Thái Lan');
    watch.assertClean();
  });
});
