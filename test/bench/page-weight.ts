/**
 * Page weight and first paint. Bytes: every request Chromium makes to load the page, fetched again with
 * `accept-encoding: br` and counted as the server sends them (compressed), for the respondent page and the
 * dashboard. First paint: time from navigation start until a SurveyJS `.sd-question` is visible, with the network
 * at 1.6 Mbit/s down, 750 kbit/s up, 150 ms latency and the CPU slowed four times (CDP), cache disabled, a fresh
 * browser context per load; baseline: a trivial page with one `.sd-question` from the bare server. The respondent
 * opens a Khmer invitation to the national questionnaire carrying all eleven member-state languages
 * (all-locales-fixture.ts), so the weight is that of a page with ten translations, of which it downloads one.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import path from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { createInvitations } from '../../server/invitations/create-invitation.ts';
import { clientOutDir } from '../../server/plugins/static-client.ts';
import { loadSurveyDirectory } from '../../server/registry/survey-registry.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { allLocalesDefinition, allLocalesSlug, writeAllLocalesSurvey } from './all-locales-fixture.ts';
import { type BenchProcess, startTinjauAndBare } from './bench-process.ts';
import { type BenchContext, benchmarkDir, openFixtureDatabase } from './fixtures.ts';
import { atMost, type BenchmarkResult, type Figure, median } from './report.ts';

const kilobyte = 1000;
const throttling = { latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8 };

interface LoadedResource {
  url: string;
  type: string;
  bytes: number;
  encoding: string;
}

interface PageWeight {
  /** HTML, scripts, stylesheets, fonts, images. */
  assetBytes: number;
  /** API calls the page makes while loading (JSON). */
  apiBytes: number;
  resources: LoadedResource[];
}

interface ThrottledLoad {
  firstQuestionMs: number;
  /** Bytes Chromium received (CDP encodedDataLength, headers included). */
  transferredBytes: number;
  /** content-encoding Chromium got for its scripts (it advertises br only over HTTPS). */
  scriptEncodings: string[];
}

export async function pageWeightBenchmark(context: BenchContext): Promise<BenchmarkResult> {
  const { dir, cleanup } = benchmarkDir(context, 'page-weight');
  const processes: BenchProcess[] = [];
  let browser: Browser | undefined;
  try {
    const database = await openFixtureDatabase(path.join(dir, 'tinjau.db'));
    const allLocalesDir = path.join(dir, 'all-locales');
    mkdirSync(allLocalesDir, { recursive: true });
    writeAllLocalesSurvey(allLocalesDir);
    await loadSurveyDirectory(allLocalesDir, database.repositories.surveys);
    const [invitation] = await createInvitations(
      database.repositories,
      [
        {
          surveySlug: allLocalesSlug,
          countryCode: 'KH',
          organisationName: 'Benchmark ministry',
          organisationType: 'ministry',
          preferredLocale: 'km',
        },
      ],
      { actorLabel: 'benchmark', publicUrl: 'http://127.0.0.1' },
    );
    const token = invitation?.token as string;
    database.close();
    // What the page would download if the respondent API sent every language.
    const fullDefinitionBytes = brotliCompressSync(JSON.stringify(allLocalesDefinition())).length;
    const { tinjau, bare } = await startTinjauAndBare(dir, processes, { logLevel: context.logLevel });
    browser = await launchBrowser();

    const respondUrl = `${tinjau.baseUrl}/r/${token}`;
    context.log('page weight: respondent page');
    const respond = await weighPage(browser, respondUrl, tinjau.baseUrl, true);
    const dashboardBuilt = existsSync(path.join(clientOutDir, 'dashboard', 'index.html'));
    const dashboard = dashboardBuilt
      ? await weighPage(browser, `${tinjau.baseUrl}/dashboard`, tinjau.baseUrl, false)
      : undefined;

    const loads = context.quick ? 3 : 5;
    const measured: ThrottledLoad[] = [];
    const baseline: ThrottledLoad[] = [];
    for (let round = 0; round < loads; round++) {
      context.log(`first question: throttled load ${round + 1} of ${loads}`);
      baseline.push(await throttledLoad(browser, `${bare.baseUrl}/blank`));
      measured.push(await throttledLoad(browser, respondUrl));
    }
    const firstQuestion = median(measured.map((load) => load.firstQuestionMs));
    const blank = median(baseline.map((load) => load.firstQuestionMs));

    const figures: Figure[] = [
      {
        metric: 'respondent page, br',
        value: respond.assetBytes / kilobyte,
        unit: 'KB',
        target: atMost(respond.assetBytes / kilobyte, 330, '≤ 330 KB'),
      },
      { metric: 'respondent API JSON on load, br', value: respond.apiBytes / kilobyte, unit: 'KB' },
      {
        metric: 'respondent page with its definition (km of 11 locales), br',
        value: (respond.assetBytes + respond.apiBytes) / kilobyte,
        unit: 'KB',
        target: atMost((respond.assetBytes + respond.apiBytes) / kilobyte, 330, '≤ 330 KB'),
      },
      {
        metric: 'the 11-locale definition if sent whole, br',
        value: fullDefinitionBytes / kilobyte,
        unit: 'KB',
      },
      {
        metric: `first question visible (median of ${loads})`,
        value: firstQuestion,
        unit: 'ms',
        baseline: { label: 'trivial page', value: blank },
        ratio: firstQuestion / blank,
        target: atMost(firstQuestion, 4_000, '≤ 4 s throttled'),
      },
      dashboard
        ? {
            metric: 'dashboard, br',
            value: dashboard.assetBytes / kilobyte,
            unit: 'KB',
            target: atMost(dashboard.assetBytes / kilobyte, 150, '≤ 150 KB'),
          }
        : {
            metric: 'dashboard, br',
            value: null,
            unit: 'KB',
            display: 'not built',
            target: { text: '≤ 150 KB', met: false },
          },
    ];
    const encodings = [...new Set(measured.flatMap((load) => load.scriptEncodings))];
    const notes = [
      `KB = 1,000 bytes. Chromium got its scripts as ${encodings.join(', ') || 'identity'} over plain HTTP ` +
        `(median ${(median(measured.map((load) => load.transferredBytes)) / kilobyte).toFixed(0)} KB transferred per throttled load).`,
    ];
    if (!dashboard) notes.push('dist/client/dashboard/index.html does not exist: the dashboard is not built');
    return {
      name: 'page weight',
      figures,
      details: {
        throttling,
        cpuSlowdown: 4,
        respond,
        dashboard: dashboard ?? 'not built',
        measured,
        baseline,
      },
      notes,
    };
  } finally {
    await browser?.close();
    await Promise.all(processes.map((process) => process.stop()));
    cleanup();
  }
}

/** Loads the page once without throttling to learn what it requests, then weighs each request as sent with br. */
async function weighPage(
  browser: Browser,
  url: string,
  origin: string,
  waitForQuestion: boolean,
): Promise<PageWeight> {
  const browserContext = await browser.newContext();
  try {
    const page = await browserContext.newPage();
    const requested = new Map<string, string>();
    page.on('request', (request) => {
      if (request.url().startsWith(origin)) requested.set(request.url(), request.resourceType());
    });
    await page.goto(url);
    if (waitForQuestion)
      await page.locator('.sd-question').first().waitFor({ state: 'visible', timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    const resources: LoadedResource[] = [];
    for (const [resourceUrl, type] of requested) {
      resources.push({
        url: resourceUrl.slice(origin.length),
        type,
        ...(await fetchCompressed(resourceUrl)),
      });
    }
    const isApi = (resource: LoadedResource) => resource.type === 'fetch' || resource.type === 'xhr';
    const sum = (list: LoadedResource[]) => list.reduce((total, resource) => total + resource.bytes, 0);
    return {
      assetBytes: sum(resources.filter((resource) => !isApi(resource))),
      apiBytes: sum(resources.filter(isApi)),
      resources,
    };
  } finally {
    await browserContext.close();
  }
}

function fetchCompressed(url: string): Promise<{ bytes: number; encoding: string }> {
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(url, { headers: { 'accept-encoding': 'br' }, agent: false }, (response) => {
      let bytes = 0;
      response.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
      });
      response.on('end', () =>
        resolve({ bytes, encoding: String(response.headers['content-encoding'] ?? 'identity') }),
      );
      response.on('error', reject);
    });
    outgoing.on('error', reject);
    outgoing.end();
  });
}

async function throttledLoad(browser: Browser, url: string): Promise<ThrottledLoad> {
  const browserContext = await browser.newContext();
  try {
    const page = await browserContext.newPage();
    const cdp = await browserContext.newCDPSession(page);
    let transferredBytes = 0;
    const scriptEncodings = new Set<string>();
    cdp.on('Network.loadingFinished', (event) => {
      transferredBytes += event.encodedDataLength;
    });
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script')
        scriptEncodings.add(response.headers()['content-encoding'] ?? 'identity');
    });
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...throttling });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.goto(url, { waitUntil: 'commit', timeout: 60_000 });
    // Measured in the page, from its navigation start, so that Playwright's own round trips do not count.
    const visibleAt = await page.waitForFunction(
      () => {
        const question = document.querySelector('.sd-question');
        if (!question) return false;
        const box = question.getBoundingClientRect();
        const visible = box.width > 0 && box.height > 0 && getComputedStyle(question).visibility !== 'hidden';
        return visible ? performance.now() : false;
      },
      undefined,
      { polling: 'raf', timeout: 60_000 },
    );
    const firstQuestionMs = (await visibleAt.jsonValue()) as number;
    return { firstQuestionMs, transferredBytes, scriptEncodings: [...scriptEncodings] };
  } finally {
    await browserContext.close();
  }
}
