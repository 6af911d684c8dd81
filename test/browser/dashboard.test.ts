/**
 * The results dashboard in a real browser against the real server, on synthetic demo data: charts drawn for every
 * kind of question, filters kept in the address, chart downloads (PNG and CSV), the text drill-down, the schematic
 * map, a country profile laid out for print, and a coordinator who sees only their own member state.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import type { Browser, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addStaffUser } from '../../server/auth/staff-users.ts';
import type { StaffRole } from '../../server/db/repositories/staff-repository.ts';
import { generateDemoResponses } from '../../server/results/demo-data.ts';
import {
  artefactsDir,
  launchBrowser,
  seriousAxeViolations,
  signInAt,
  watchPage,
} from '../helpers/browser.ts';
import { startTestServer, type TestServer } from '../helpers/start-test-server.ts';

const password = 'dashboard test password';
const pngSignature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Pixels of a canvas that are not white: a drawn chart has thousands. */
function inkedPixels(page: Page, selector: string): Promise<number> {
  return page.locator(selector).evaluate((canvas) => {
    const context = (canvas as HTMLCanvasElement).getContext('2d');
    if (!context) return 0;
    const { data } = context.getImageData(
      0,
      0,
      (canvas as HTMLCanvasElement).width,
      (canvas as HTMLCanvasElement).height,
    );
    let inked = 0;
    for (let index = 0; index < data.length; index += 4)
      if ((data[index] ?? 255) < 240 || (data[index + 1] ?? 255) < 240 || (data[index + 2] ?? 255) < 240)
        inked += 1;
    return inked;
  });
}

async function downloaded(page: Page, selector: string): Promise<{ download: Download; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator(selector).click()]);
  return { download, bytes: readFileSync(await download.path()) };
}

/** The top of a long page, as far down as `height`. */
function screenshotTop(page: Page, name: string, height: number) {
  return page.screenshot({
    path: path.join(artefactsDir, name),
    fullPage: true,
    clip: { x: 0, y: 0, width: page.viewportSize()?.width ?? 1280, height },
  });
}

describe('the results dashboard (/dashboard)', () => {
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
    await generateDemoResponses(server.app.repositories, {
      surveySlug: 'national-policy',
      responses: 150,
      seed: 7,
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function addUser(role: StaffRole, countryCodes: string[] = []): Promise<string> {
    const email = `${role}-${countryCodes.join('') || 'all'}@dashboard.test`;
    await addStaffUser(
      server.app.repositories,
      { email, role, password, countryCodes },
      { actorLabel: 'test' },
    );
    return email;
  }

  /** Opens the dashboard, signs in through its own form and waits for the figures. */
  async function openSignedIn(page: Page, email: string, address: string): Promise<void> {
    await signInAt(page, `${server.baseUrl}${address}`, email, password);
    await page.locator('.dash-content[aria-busy="false"]').waitFor();
  }

  const countriesOf = (page: Page, question: string) =>
    page
      .locator(`#q-${question} .data-table--figures tr[data-country]`)
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-country')));

  it('draws the demo data, keeps the filters in the address and downloads charts and figures', {
    timeout: 60_000,
  }, async () => {
    const email = await addUser('analyst');
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'en-GB',
      acceptDownloads: true,
    });
    const page = await context.newPage();
    const watch = watchPage(page);
    await openSignedIn(page, email, '/dashboard?survey=national-policy&synthetic=true');

    // Synthetic data is announced, and the charts of several kinds of question are drawn.
    await page.getByText('Includes synthetic demo data.').waitFor();
    expect(await page.getByText('Includes synthetic demo data.').isVisible()).toBe(true);
    for (const question of ['adopt_trend', 'plat_used', 'adopt_internet_share', 'prof_age', 'fw_support'])
      expect(await inkedPixels(page, `#q-${question} canvas`)).toBeGreaterThan(2000);
    expect(await page.locator('#q-pol_instruments table.grid td.grid__cell').count()).toBeGreaterThan(60);
    // The respondent's own name and e-mail (marked personalData) have no card, so no drill-down into them.
    expect(await page.locator('#q-resp_role').count()).toBe(1);
    expect(await page.locator('#q-resp_name, #q-resp_email').count()).toBe(0);
    expect(await countriesOf(page, 'adopt_trend')).toEqual([
      'BN',
      'KH',
      'ID',
      'LA',
      'MY',
      'MM',
      'PH',
      'SG',
      'TH',
      'TL',
      'VN',
      'ASEAN',
    ]);
    const before = await page
      .locator('#q-adopt_trend canvas')
      .evaluate((canvas) => (canvas as HTMLCanvasElement).toDataURL());
    await screenshotTop(page, 'dashboard.png', 2600);

    // Two member states: the address says so, the chart and its table follow.
    await page.getByLabel('Thailand', { exact: true }).check();
    await expect.poll(() => new URL(page.url()).searchParams.get('countries')).toBe('TH');
    await page.getByLabel('Viet Nam', { exact: true }).check();
    await expect.poll(() => new URL(page.url()).searchParams.get('countries')).toBe('TH,VN');
    await expect.poll(() => countriesOf(page, 'adopt_trend')).toEqual(['TH', 'VN', 'ASEAN']);
    const after = await page
      .locator('#q-adopt_trend canvas')
      .evaluate((canvas) => (canvas as HTMLCanvasElement).toDataURL());
    expect(after).not.toBe(before);

    // The view survives a reload, filters and all.
    await page.reload();
    await page.locator('.dash-content[aria-busy="false"]').waitFor();
    expect(await page.getByLabel('Thailand', { exact: true }).isChecked()).toBe(true);
    expect(await countriesOf(page, 'adopt_trend')).toEqual(['TH', 'VN', 'ASEAN']);

    // The chart as a PNG, and its figures as CSV.
    const png = await downloaded(page, '#q-adopt_trend [data-action="png"]');
    expect(png.download.suggestedFilename()).toBe('national-policy-adopt_trend-item-0.png');
    expect([...png.bytes.subarray(0, 8)]).toEqual(pngSignature);
    const gridPng = await downloaded(page, '#q-pol_instruments [data-action="png"]');
    expect([...gridPng.bytes.subarray(0, 8)]).toEqual(pngSignature);
    const csv = await downloaded(page, '#q-adopt_trend [data-action="csv"]');
    const parsed = Papa.parse<Record<string, string>>(csv.bytes.toString('utf8'), {
      header: true,
      skipEmptyLines: true,
    });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual(
      expect.arrayContaining(['question', 'country', 'code', 'count', 'percent']),
    );
    expect(new Set(parsed.data.map((row) => row.country))).toEqual(new Set(['TH', 'VN', 'ASEAN']));
    const thailandShares = parsed.data
      .filter((row) => row.country === 'TH' && row.suppressed === 'false')
      .reduce((sum, row) => sum + Number(row.percent), 0);
    expect(thailandShares).toBeCloseTo(100, 0);

    // The texts behind a text question, within the filters.
    await page.locator('#q-gov_examples [data-action="texts"]').click();
    const texts = page.locator('#q-gov_examples .question__texts tbody tr');
    await texts.first().waitFor();
    const textCountries = await texts.locator('td:first-child').allTextContents();
    expect(new Set(textCountries)).toEqual(new Set(['Thailand', 'Viet Nam']));

    // The exports carry the filters.
    const wideHref = await page.locator('[data-export="wide"]').getAttribute('href');
    expect(new URL(wideHref ?? '', server.baseUrl).searchParams.get('countries')).toBe('TH,VN');
    const exportStatus = await page.evaluate(async (href) => (await fetch(href)).status, wideHref ?? '');
    expect(exportStatus).toBe(200);

    // Back to all member states for the map, coloured by the share with a national law.
    await page.getByLabel('Thailand', { exact: true }).uncheck();
    await page.getByLabel('Viet Nam', { exact: true }).uncheck();
    await expect.poll(() => new URL(page.url()).searchParams.get('countries')).toBe(null);
    await expect.poll(() => countriesOf(page, 'adopt_trend').then((codes) => codes.length)).toBe(12);
    await page.getByLabel('Colour the map by').selectOption('pol_instruments');
    await page.getByLabel('Answer', { exact: true }).selectOption({ label: 'National legislation — Exists' });
    const thailandTile = page.locator('.map__tile[data-country="TH"] .map__value');
    await expect.poll(() => thailandTile.textContent()).toMatch(/^\d+\.\d%$/);
    await page.locator('#map').screenshot({ path: path.join(artefactsDir, 'dashboard-map.png') });

    expect(await seriousAxeViolations(page)).toEqual([]);

    // Thailand's profile, from the response-rate table, printed without the navigation.
    await page.locator('#rates').getByRole('link', { name: 'Thailand', exact: true }).click();
    await page.getByRole('heading', { name: 'Thailand: country profile', level: 1 }).waitFor();
    await page.locator('.profile__content[data-ready]').waitFor();
    expect(new URL(page.url()).pathname).toBe('/dashboard/country/TH');
    expect(await page.locator('.profile__question').count()).toBeGreaterThan(50);
    expect(await page.locator('[data-question="adopt_trend"] tbody tr').first().locator('td').count()).toBe(
      3,
    );
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.ws-header').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Print' }).isVisible()).toBe(false);
    expect(
      await page
        .locator('.profile__section')
        .nth(1)
        .evaluate((section) => getComputedStyle(section).breakBefore),
    ).toBe('page');
    await screenshotTop(page, 'dashboard-country.png', 2400);
    await page.emulateMedia({ media: 'screen' });
    watch.assertClean();
    await context.close();
  });

  it('shows a coordinator only their own member state', async () => {
    const email = await addUser('coordinator', ['LA']);
    const context = await browser.newContext({ viewport: { width: 768, height: 900 } });
    const page = await context.newPage();
    const watch = watchPage(page);
    await openSignedIn(page, email, '/dashboard?survey=national-policy&synthetic=true');
    expect(
      await page.locator('fieldset', { hasText: 'Member states' }).locator('input[type=checkbox]').count(),
    ).toBe(1);
    const shown = await page
      .locator('.question .data-table--figures tr[data-country], #rates tr[data-country]')
      .evaluateAll((rows) => [...new Set(rows.map((row) => row.getAttribute('data-country')))]);
    expect(shown.sort()).toEqual(['ASEAN', 'LA']);
    expect(await countriesOf(page, 'adopt_trend')).toEqual(['LA', 'ASEAN']);
    expect(await page.locator('.map__tile[data-country="TH"] .map__value').textContent()).toBe('no data');
    expect(await page.locator('.map__tile[data-country="LA"] .map__value').textContent()).toMatch(/%$/);
    const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(pageWidth).toBeLessThanOrEqual(768);
    expect(await seriousAxeViolations(page)).toEqual([]);

    // Without the synthetic demo data (the default, so the address no longer names it) nothing is left, and the
    // notice goes.
    await page.getByLabel('Include demo data').uncheck();
    await expect.poll(() => new URL(page.url()).searchParams.get('synthetic')).toBe(null);
    await page.locator('[data-empty]').waitFor();
    expect(await page.locator('[data-synthetic]').count()).toBe(0);
    watch.assertClean();
    await context.close();
  });
});
