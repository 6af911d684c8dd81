/**
 * Khmer, Lao and Burmese on the respondent page in Chromium, on a phone and a desktop: the page opens in the
 * invitation's language with the texts of that language only, its letters are drawn by a real font (not the boxes
 * of a missing glyph), no font is fetched from anywhere, and respondents see no draft-translation note. Screenshots
 * go to test/artefacts/respond-script-<locale>-<width>.png. Uses a fixture questionnaire with texts in those
 * scripts, so it does not wait for the questionnaires' own translations.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageStrings } from '../../client/shared/i18n/page-strings.ts';
import { launchBrowser, saveScreenshot, watchPage } from '../helpers/browser.ts';
import { fixturesDir } from '../helpers/build-test-app.ts';
import { startTestServer, type TestServer } from '../helpers/start-test-server.ts';

const surveysDir = path.join(fixturesDir, 'script-surveys');
const fixture = JSON.parse(readFileSync(path.join(surveysDir, 'scripts.json'), 'utf8')) as {
  title: Record<string, string>;
  pages: Array<{ elements: Array<{ title: Record<string, string>; description?: Record<string, string> }> }>;
};
const firstQuestion = fixture.pages[0]?.elements[0];

const scripts = [
  { locale: 'km', country: 'KH', browserLocale: 'km-KH' },
  { locale: 'lo', country: 'LA', browserLocale: 'lo-LA' },
  { locale: 'my', country: 'MM', browserLocale: 'my-MM' },
] as const;
const screens = {
  360: { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
  1280: { viewport: { width: 1280, height: 800 } },
} as const;

/**
 * The letters of an element's text that are drawn as the missing-glyph box: each letter (vowel signs and other
 * combining marks are drawn on a letter, so they are left out) is drawn alone on a canvas in the element's font and
 * compared pixel for pixel with U+0378, a code point no font has. Where the script's font is missing, every letter
 * is that same box.
 */
function lettersDrawnAsMissing(page: Page, selector: string) {
  return page
    .locator(selector)
    .first()
    .evaluate((element) => {
      const text = element instanceof HTMLInputElement ? element.value : (element.textContent ?? '');
      const style = getComputedStyle(element);
      const canvas = document.createElement('canvas');
      canvas.width = 96;
      canvas.height = 96;
      const context = canvas.getContext('2d', { willReadFrequently: true }) as CanvasRenderingContext2D;
      context.font = `${style.fontWeight} 48px ${style.fontFamily}`;
      const pixels = (character: string) => {
        context.clearRect(0, 0, canvas.width, canvas.height);
        context.fillText(character, 16, 64);
        return context.getImageData(0, 0, canvas.width, canvas.height).data.join(',');
      };
      const missingGlyph = pixels('\u0378');
      const letters = [...new Set(text)].filter((character) => /\p{L}/u.test(character));
      return {
        text,
        letters: letters.length,
        missing: letters.filter((letter) => pixels(letter) === missingGlyph),
      };
    });
}

describe('the respondent page in Khmer, Lao and Burmese', () => {
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer({ surveysDir }), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function openInvitation(locale: string, country: string, browserLocale: string, width: 360 | 1280) {
    const { link } = await server.invite({
      surveySlug: 'scripts',
      countryCode: country,
      preferredLocale: locale,
    });
    const context = await browser.newContext({ locale: browserLocale, ...screens[width] });
    const page = await context.newPage();
    const watch = watchPage(page);
    const definitions: object[] = [];
    page.on('response', async (response) => {
      if (!new URL(response.url()).pathname.startsWith('/api/r/')) return;
      if (response.request().method() !== 'GET') return;
      const body = (await response.json().catch(() => null)) as { survey?: { definition: object } } | null;
      if (body?.survey) definitions.push(body.survey.definition);
    });
    await page.goto(link);
    await page.locator('.survey-host .sd-root-modern').waitFor();
    return { context, page, watch, definitions };
  }

  for (const { locale, country, browserLocale } of scripts) {
    for (const width of [360, 1280] as const) {
      it(`shows ${locale} throughout, drawn by a font the device has, at ${width} px`, async () => {
        const { context, page, watch, definitions } = await openInvitation(
          locale,
          country,
          browserLocale,
          width,
        );
        try {
          const title = firstQuestion?.title[locale] as string;
          await page.getByText(title).first().waitFor();
          await page
            .getByText(fixture.title[locale] as string)
            .first()
            .waitFor();
          expect(await page.evaluate(() => document.documentElement.lang)).toBe(locale);
          // The page's own words and SurveyJS's are in the language too.
          expect(await page.locator('#skip-link').textContent()).toBe(pageStrings[locale].skipToContent);
          expect(await page.locator('.sd-navigation__next-btn').first().inputValue()).not.toBe('Next');

          for (const selector of [
            '.sd-title .sv-string-viewer',
            '.sd-question__title .sv-string-viewer',
            '.sd-question__description',
            '.sd-item__control-label',
            '.sd-navigation__next-btn',
          ]) {
            const drawn = await lettersDrawnAsMissing(page, selector);
            expect(drawn.letters, `no letters in ${selector}`).toBeGreaterThan(0);
            expect(drawn.missing, `letters of "${drawn.text}" drawn as missing-glyph boxes`).toEqual([]);
          }
          // The respondent downloaded this language's texts and the source only.
          const downloaded = JSON.stringify(definitions);
          for (const other of scripts.filter((each) => each.locale !== locale))
            expect(downloaded).not.toContain(firstQuestion?.title[other.locale] as string);
          // Drafts are marked to staff, not to respondents.
          expect(await page.locator('#draft-notice').count()).toBe(0);
          await saveScreenshot(page, `respond-script-${locale}-${width}.png`);
          watch.assertClean();
        } finally {
          await context.close();
        }
      });
    }
  }

  it('fetches the next language when the respondent switches, keeping the answers typed', async () => {
    const { context, page, watch, definitions } = await openInvitation('km', 'KH', 'km-KH', 360);
    try {
      const nameField = page.getByLabel(firstQuestion?.title.km as string);
      await nameField.fill('ក្រសួងប្រៃសណីយ៍');
      await page.getByLabel(pageStrings.km.language).selectOption('my');
      await page
        .getByText(firstQuestion?.title.my as string)
        .first()
        .waitFor();
      expect(await page.getByLabel(firstQuestion?.title.my as string).inputValue()).toBe('ក្រសួងប្រៃសណីយ៍');
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('my');
      expect(definitions).toHaveLength(2);
      expect(JSON.stringify(definitions[1])).not.toContain(firstQuestion?.title.km as string);
      expect((await lettersDrawnAsMissing(page, '.sd-question__title .sv-string-viewer')).missing).toEqual(
        [],
      );
      watch.assertClean();
    } finally {
      await context.close();
    }
  });
});
