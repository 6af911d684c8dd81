/**
 * Headless Chromium for browser tests: launched quietly (no background traffic to Google), with helpers to save
 * screenshots under test/artefacts/ and to fail a test on any page error or request that leaves this machine.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';

export const artefactsDir = path.resolve(import.meta.dirname, '..', 'artefacts');
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  });
}

export async function saveScreenshot(page: Page, name: string, fullPage = true): Promise<string> {
  const file = path.join(artefactsDir, name);
  await page.screenshot({ path: file, fullPage });
  return file;
}

const localHosts = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * Records page errors, anything the Content Security Policy blocks, and requests to any host but this machine
 * (fonts, CDNs, trackers). Call `assertClean()`
 * at the end of the test; collecting rather than throwing keeps the failure message readable.
 */
export function watchPage(page: Page) {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && message.text().includes('Content Security Policy')) {
      problems.push(`blocked by the CSP: ${message.text()}`);
    }
  });
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (!localHosts.has(url.hostname)) problems.push(`remote request: ${request.url()}`);
  });
  return {
    problems,
    assertClean(): void {
      if (problems.length > 0) throw new Error(`The page misbehaved:\n${problems.join('\n')}`);
    },
  };
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's serious and critical findings on the page as it is now. */
export async function seriousAxeViolations(page: Page) {
  // Evaluated by the browser's debugging interface, which the page's CSP (no inline scripts) does not govern.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    type Result = {
      violations: Array<{ id: string; impact?: string | null; nodes: Array<{ target: string[] }> }>;
    };
    const axe = (window as unknown as { axe: { run: () => Promise<Result> } }).axe;
    return (await axe.run()).violations.map(({ id, impact, nodes }) => ({
      id,
      impact,
      targets: nodes.slice(0, 3).map((node) => node.target.join(' ')),
    }));
  });
  return violations.filter((violation) => ['serious', 'critical'].includes(violation.impact ?? ''));
}

/** Browser context options for the two screens every page is tested on: a desktop, and a 360 px wide phone. */
export const desktopScreen = { viewport: { width: 1280, height: 800 } };
export const phoneScreen = {
  viewport: { width: 360, height: 740 },
  isMobile: true,
  hasTouch: true,
  deviceScaleFactor: 2,
};

/** Opens `url` (a staff page, which asks for a sign-in first) and signs in there with the sign-in form. */
export async function signInAt(page: Page, url: string, email: string, password: string): Promise<void> {
  await page.goto(url);
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}
