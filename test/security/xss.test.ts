/**
 * Injection and XSS in a real browser: answers, organisation names, contact names and a questionnaire carrying
 * HTML, script and `javascript:` URLs are submitted through the API, then shown in the workspace (tracking table,
 * audit log, progress, preview, print view), the dashboard when it is built, and the respondent's pages. Nothing
 * may run: no dialog opens and the `window.__xss` canary stays unset.
 *
 * Each page is checked twice: as served (with the Content Security Policy) and with the CSP bypassed, so that the
 * escaping of the pages is tested on its own and not only the CSP behind it.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientOutDir } from '../../server/plugins/static-client.ts';
import { launchBrowser, saveScreenshot } from '../helpers/browser.ts';
import { fixturesDir } from '../helpers/build-test-app.ts';
import { type SignedIn, signIn } from '../helpers/staff.ts';
import { startTestServer, type TestServer } from '../helpers/start-test-server.ts';

/** Payloads that set the canary or open a dialog if any of them is ever parsed as markup or followed as a link. */
const payloads = [
  '<img src=x onerror="window.__xss=1">',
  '<script>window.__xss=2</script>',
  '"><svg onload="window.__xss=3">',
  'javascript:window.__xss=4',
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '"><svg onload=alert(1)>',
  'javascript:alert(1)',
  '<a href="javascript:window.__xss=5">click me</a>',
  '\'><iframe srcdoc="<script>parent.__xss=6</script>">',
];
const allPayloads = payloads.join(' ');

const dashboardBuilt = existsSync(path.join(clientOutDir, 'dashboard', 'index.html'));

/** A questionnaire whose texts carry script and event handlers, including an `html` element. */
const hostileQuestionnaire = {
  title: { default: `Hostile <script>window.__xss=20</script><img src=x onerror="window.__xss=21"> title` },
  description: '<img src=x onerror="window.__xss=22"><svg onload="window.__xss=23">',
  pages: [
    {
      name: 'only',
      title: '<img src=x onerror="window.__xss=24">Page',
      elements: [
        {
          type: 'html',
          name: 'intro',
          html: '<p>Intro</p><img src=x onerror="window.__xss=25"><script>window.__xss=26</script><a href="javascript:window.__xss=27">link</a><iframe srcdoc="<script>parent.__xss=28</script>"></iframe>',
        },
        {
          type: 'text',
          name: 'q1',
          title: '<b onmouseover="window.__xss=29">Question</b><img src=x onerror="window.__xss=30">',
          description: '<svg onload="window.__xss=31"></svg>',
        },
        {
          type: 'radiogroup',
          name: 'q2',
          title: 'Choose',
          choices: [
            { value: 'a', text: '<img src=x onerror="window.__xss=32">A' },
            { value: 'b', text: 'javascript:window.__xss=33' },
          ],
        },
      ],
    },
  ],
};

interface Findings {
  dialogs: string[];
  cspViolations: string[];
  pageErrors: string[];
}

/** Everything a page shows of an injection attempt: a dialog, the canary, or markup the payloads would create. */
async function injectionEvidence(page: Page) {
  return page.evaluate(() => ({
    canary: (window as unknown as { __xss?: unknown }).__xss ?? null,
    injectedElements: [
      ...document.querySelectorAll(
        'img[src="x"], svg[onload], [onerror], [onload], [onmouseover], iframe[srcdoc], a[href^="javascript:" i], script:not([src])',
      ),
    ].map((node) => node.outerHTML.slice(0, 200)),
  }));
}

/** What a page must show of every attempt: no canary, no injected markup, no dialog, CSP report or page error. */
const nothingRan = { canary: null, injectedElements: [], dialogs: [], cspViolations: [], pageErrors: [] };

describe('XSS: hostile text is shown as text everywhere', () => {
  let server: TestServer;
  let browser: Browser;
  let admin: SignedIn;
  let submittedLink: string;
  let inProgressLink: string;
  let hostileSurveyLink: string;
  let firstOrganisation: string;

  beforeAll(async () => {
    [server, browser] = await Promise.all([
      startTestServer({ surveysDir: path.join(fixturesDir, 'surveys') }),
      launchBrowser(),
    ]);
    const { app } = server;
    admin = await signIn(app, 'admin');
    const call = async (method: 'POST' | 'PUT', url: string, payload: object, headers = admin.headers) => {
      const response = await app.inject({ method, url, headers, payload });
      expect(response.statusCode, `${url}: ${response.body}`).toBeLessThan(300);
      return response.json();
    };

    // Organisations and contacts named with every payload, made through the workspace API (so audited).
    const tokens: string[] = [];
    for (const [index, payload] of payloads.entries()) {
      const created = await call('POST', '/api/invitations', {
        survey: 'pilot',
        country: index % 2 === 0 ? 'TH' : 'VN',
        organisation: payload,
        organisationType: 'ministry',
        contactName: payload,
        contactEmail: 'contact@example.org',
      });
      tokens.push((created.link as string).split('/r/')[1] as string);
    }
    firstOrganisation = payloads[0] as string;
    const answers = {
      agency_name: allPayloads.slice(0, 500),
      uses_social_media: 'yes',
      platforms: ['facebook', 'other'],
      'platforms-Comment': allPayloads.slice(0, 300),
      contact_email: 'a@example.org',
      instruments: { law: 'exists', plan: 'none' },
      accounts: payloads
        .slice(0, 4)
        .map((payload) => ({ account_name: payload, account_platform: 'facebook' })),
      final_comments: allPayloads,
    };
    for (const token of tokens.slice(0, 6)) await call('POST', `/api/r/${token}/submit`, { answers }, {});
    await call(
      'PUT',
      `/api/r/${tokens[6]}/answers`,
      { answers: { agency_name: allPayloads.slice(0, 300), final_comments: allPayloads }, page: 1 },
      {},
    );
    submittedLink = `${server.baseUrl}/r/${tokens[0]}`;
    inProgressLink = `${server.baseUrl}/r/${tokens[6]}`;

    // The hostile questionnaire: uploaded, published and given an invitation.
    await call('POST', '/api/surveys/hostile-texts/versions', {
      format: 'json',
      content: JSON.stringify(hostileQuestionnaire),
    });
    await call('POST', '/api/surveys/hostile-texts/versions/1/publish', {});
    const hostileInvitation = await call('POST', '/api/invitations', {
      survey: 'hostile-texts',
      country: 'TH',
      organisation: payloads[2] as string,
      organisationType: 'agency',
    });
    hostileSurveyLink = `${server.baseUrl}/r/${(hostileInvitation.link as string).split('/r/')[1]}`;
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function openContext(bypassCSP: boolean): Promise<{ context: BrowserContext; findings: Findings }> {
    const context = await browser.newContext({ bypassCSP, viewport: { width: 1280, height: 900 } });
    await context.addCookies([
      {
        name: 'tinjau_session',
        value: admin.cookie.split('=')[1] as string,
        url: server.baseUrl,
        httpOnly: true,
        sameSite: 'Strict',
      },
    ]);
    const findings: Findings = { dialogs: [], cspViolations: [], pageErrors: [] };
    context.on('page', (page) => watch(page, findings));
    return { context, findings };
  }

  function watch(page: Page, findings: Findings): void {
    page.on('dialog', (dialog) => {
      findings.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
    page.on('pageerror', (error) => findings.pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error' && message.text().includes('Content Security Policy'))
        findings.cspViolations.push(message.text());
    });
  }

  /** Visits a page, waits for it to show `visibleText`, hovers over it, and returns what it found. */
  async function visit(context: BrowserContext, url: string, visibleText: string | RegExp, name: string) {
    const page = await context.newPage();
    await page.goto(url);
    const shown = page.getByText(visibleText).first();
    await shown.waitFor({ timeout: 15_000 });
    await shown.hover().catch(() => undefined);
    // Give any injected onerror/onload a chance to fire before looking.
    await page.waitForLoadState('networkidle');
    const evidence = await injectionEvidence(page);
    await saveScreenshot(page, `xss-${name}.png`);
    await page.close();
    return evidence;
  }

  /** Pages that show the hostile names and answers: [what it shows, screenshot name, address, text to wait for]. */
  const pagesWithHostileText: Array<[string, string, () => string, string | RegExp]> = [
    [
      'the tracking table shows organisation names and answers as text',
      'tracking table',
      () => `${server.baseUrl}/workspace#/invitations?survey=pilot`,
      '<img src=x onerror="window.__xss=1">',
    ],
    [
      'the audit log shows organisation names and answers as text',
      'audit log',
      () => `${server.baseUrl}/workspace#/audit`,
      /invitation\.created|Invitation/,
    ],
    [
      'the progress shows organisation names and answers as text',
      'progress',
      () => `${server.baseUrl}/workspace#/progress?survey=pilot`,
      'Thailand',
    ],
    ["the respondent's receipt shows submitted answers as text", 'receipt', () => submittedLink, /TJ-TH-/],
    [
      'the answering page shows saved answers and the organisation as text',
      'answering',
      () => inProgressLink,
      'Comments',
    ],
  ];

  for (const bypassCSP of [false, true]) {
    const mode = bypassCSP ? 'with the CSP bypassed' : 'as served';

    describe(`staff and respondent pages ${mode}`, () => {
      for (const [description, shot, url, visibleText] of pagesWithHostileText) {
        it(description, async () => {
          const { context, findings } = await openContext(bypassCSP);
          const evidence = await visit(context, url(), visibleText, `${shot}-${bypassCSP ? 'nocsp' : 'csp'}`);
          await context.close();
          expect({ ...evidence, ...findings }).toEqual(nothingRan);
        });
      }

      it('the tracking table shows each hostile organisation name literally', async () => {
        const { context } = await openContext(bypassCSP);
        const page = await context.newPage();
        await page.goto(`${server.baseUrl}/workspace#/invitations?survey=pilot`);
        await page.locator('tr[data-invitation]').first().waitFor();
        const text = await page.locator('table').first().textContent();
        for (const payload of payloads) expect(text).toContain(payload);
        expect(firstOrganisation).toBe(payloads[0]);
        await context.close();
      });

      it.skipIf(!dashboardBuilt)(
        'the dashboard shows drilled-down text answers and organisations as text (skipped when not built)',
        { timeout: 60_000 },
        async () => {
          const { context, findings } = await openContext(bypassCSP);
          const page = await context.newPage();
          await page.goto(`${server.baseUrl}/dashboard?survey=pilot`);
          const showTexts = page.getByRole('button', { name: /Show texts/ });
          await showTexts.first().waitFor({ timeout: 20_000 });
          for (const button of await showTexts.all()) await button.click();
          await page.getByText('window.__xss=1', { exact: false }).first().waitFor({ timeout: 15_000 });
          await page.waitForLoadState('networkidle');
          const evidence = await injectionEvidence(page);
          await saveScreenshot(page, `xss-dashboard-${bypassCSP ? 'nocsp' : 'csp'}.png`);
          await context.close();
          expect({ ...evidence, ...findings }).toEqual(nothingRan);
        },
      );
    });
  }

  describe('a questionnaire with script in its texts and html element', () => {
    const questionnairePages: Array<[string, () => string, string | RegExp]> = [
      [
        'workspace preview',
        () => `${server.baseUrl}/workspace#/surveys/hostile-texts/versions/1/preview`,
        'Choose',
      ],
      [
        'workspace print view',
        () => `${server.baseUrl}/workspace#/surveys/hostile-texts/versions/1/print`,
        'Choose',
      ],
      ['respondent page', () => hostileSurveyLink, 'Choose'],
    ];

    for (const [name, url, visibleText] of questionnairePages) {
      it(`the ${name} runs none of it (as served, with the CSP)`, async () => {
        const { context, findings } = await openContext(false);
        const evidence = await visit(
          context,
          url(),
          visibleText,
          `questionnaire-${name.replaceAll(' ', '-')}-csp`,
        );
        await context.close();
        expect(evidence.canary).toBeNull();
        expect(findings.dialogs).toEqual([]);
        expect(findings.pageErrors).toEqual([]);
      });

      // SurveyJS would put an `html` element's markup into the page as it is; every Model is built with a sanitiser
      // (client/respond/survey-library.ts), so even without the CSP nothing in it runs.
      it(`the ${name} sanitises the html element, so nothing would run even without the CSP`, async () => {
        const { context, findings } = await openContext(true);
        const evidence = await visit(
          context,
          url(),
          visibleText,
          `questionnaire-${name.replaceAll(' ', '-')}-nocsp`,
        );
        await context.close();
        expect({ ...evidence, dialogs: findings.dialogs }).toEqual({
          canary: null,
          injectedElements: [],
          dialogs: [],
        });
      });
    }

    it('the respondent page follows no javascript: link from the html element when it is clicked', async () => {
      const { context, findings } = await openContext(false);
      const page = await context.newPage();
      await page.goto(hostileSurveyLink);
      await page.getByText('Choose').first().waitFor();
      // The sanitiser removes javascript: addresses; whatever link is left in the html element is clicked.
      expect(await page.locator('a[href^="javascript:" i]').count()).toBe(0);
      const links = page.locator('.sd-html a');
      if ((await links.count()) > 0) await links.first().click();
      await page.waitForLoadState('networkidle');
      expect((await injectionEvidence(page)).canary).toBeNull();
      expect(findings.dialogs).toEqual([]);
      await context.close();
    });
  });
});
