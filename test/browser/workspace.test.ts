/**
 * The researcher workspace in a real browser against the real server: a questionnaire goes from a rejected
 * upload to a published version, is previewed in Thai and printed, invitations are made from a CSV file, one
 * invitation is answered, and the tracking table and progress by member state show it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageStrings } from '../../client/shared/i18n/page-strings.ts';
import { addStaffUser } from '../../server/auth/staff-users.ts';
import type { StaffRole } from '../../server/db/repositories/staff-repository.ts';
import {
  launchBrowser,
  saveScreenshot,
  seriousAxeViolations,
  signInAt,
  watchPage,
} from '../helpers/browser.ts';
import { fixturesDir } from '../helpers/build-test-app.ts';
import { startTestServer, type TestServer } from '../helpers/start-test-server.ts';

const password = 'workspace test password';

const pilotText = readFileSync(path.join(fixturesDir, 'surveys', 'pilot.json'), 'utf8');
const pilot = JSON.parse(pilotText) as {
  title: Record<string, string>;
  pages: Array<{ elements: Array<Record<string, unknown>> }>;
};

/** The pilot with a condition naming a question that does not exist. */
function brokenPilot(): string {
  const broken = structuredClone(pilot);
  const platforms = broken.pages[0]?.elements[2] as Record<string, unknown>;
  platforms.visibleIf = "{uses_social_medium} = 'yes'";
  return JSON.stringify(broken, null, 2);
}

interface LinkRow {
  invitation_id: string;
  country: string;
  link: string;
}

describe('the researcher workspace (/workspace)', () => {
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function addUser(role: StaffRole, countryCodes: string[] = []): Promise<string> {
    const email = `${role}@workspace.test`;
    await addStaffUser(
      server.app.repositories,
      { email, role, password, countryCodes },
      { actorLabel: 'test' },
    );
    return email;
  }

  async function signIn(page: Page, email: string): Promise<void> {
    await signInAt(page, `${server.baseUrl}/workspace`, email, password);
    await page.getByRole('heading', { name: 'Surveys', level: 1 }).waitFor();
  }

  /** Chooses a file in a file field and waits until the page has read it into the text box below. */
  async function chooseFile(page: Page, fieldLabel: string, textLabel: string, name: string, text: string) {
    await page.getByLabel(fieldLabel, { exact: true }).setInputFiles({
      name,
      mimeType: name.endsWith('.csv') ? 'text/csv' : 'application/json',
      buffer: Buffer.from(text),
    });
    await expect.poll(() => page.getByLabel(textLabel, { exact: true }).inputValue()).toBe(text);
  }

  it('says so when the e-mail or password is wrong', async () => {
    const page = await browser.newPage();
    await signInAt(page, `${server.baseUrl}/workspace`, 'nobody@workspace.test', 'not the password');
    await expect
      .poll(() => page.locator('#login-error').textContent())
      .toBe('The e-mail or password is not correct.');
    await page.close();
  });

  it('takes a questionnaire from a rejected upload to a submitted invitation', {
    timeout: 60_000,
  }, async () => {
    const email = await addUser('researcher');
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'en-GB',
      acceptDownloads: true,
    });
    const page = await context.newPage();
    const watch = watchPage(page);
    await signIn(page, email);
    expect(await page.getByRole('link', { name: 'Audit' }).count()).toBe(0);

    // A condition naming a missing question: the problem names its JSON path, next to the form.
    await page.getByLabel('Survey slug').fill('pilot-ws');
    await chooseFile(
      page,
      'Questionnaire file (.json or .csv)',
      'Questionnaire text',
      'pilot.json',
      brokenPilot(),
    );
    await page.getByRole('button', { name: 'Upload as a draft' }).click();
    const problems = page.locator('.outcome--error .problem-list li');
    await problems.first().waitFor();
    expect(await problems.allTextContents()).toEqual([
      expect.stringMatching(/^\$\.pages\[0\]\.elements\[2\]\.visibleIf — .*uses_social_medium/),
    ]);

    // Fixed and uploaded again: the survey's page shows the new draft.
    await chooseFile(
      page,
      'Questionnaire file (.json or .csv)',
      'Questionnaire text',
      'pilot.json',
      pilotText,
    );
    await page.getByRole('button', { name: 'Upload as a draft' }).click();
    await page.getByRole('heading', { name: pilot.title.default, level: 1 }).waitFor();
    const versionRow = page.locator('tr[data-version="1"]');
    await expect.poll(() => versionRow.locator('.badge--draft').textContent()).toBe('Draft');
    await expect.poll(() => page.locator('.flash').textContent()).toContain('Version 1 of pilot-ws');
    await saveScreenshot(page, 'workspace-surveys.png');
    expect(await seriousAxeViolations(page)).toEqual([]);

    // Preview in Thai, with the respondent page's renderer.
    await versionRow.getByRole('link', { name: 'Preview' }).click();
    await page.locator('.survey-host .sd-root-modern').waitFor();
    await page.getByLabel('Language').selectOption('th');
    await page
      .getByText(pilot.title.th as string)
      .first()
      .waitFor();
    await page.getByText('ชื่อหน่วยงาน').first().waitFor();

    // The print view in Thai, carried over from the preview.
    await page.getByRole('link', { name: 'Print view' }).click();
    await page.locator('.print-sheet').waitFor();
    expect(await page.locator('.print-sheet__title').textContent()).toBe(pilot.title.th);
    await page.locator('[data-question="uses_social_media"]', { hasText: 'ใช่' }).waitFor();
    expect(await page.locator('.print-question').count()).toBe(9);
    expect(await page.locator('[data-question="instruments"] table.print-grid').count()).toBe(1);
    await page.emulateMedia({ media: 'print' });
    await saveScreenshot(page, 'workspace-print.png');
    expect(await page.locator('.ws-header').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });

    // Publish, after confirming.
    await page.getByRole('link', { name: 'pilot-ws' }).click();
    await page.getByRole('button', { name: 'Publish: version 1' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText("Published versions can't be changed", { exact: false }).waitFor();
    await dialog.getByRole('button', { name: 'Publish' }).click();
    await expect.poll(() => versionRow.locator('.badge--published').textContent()).toBe('Published');

    // Invitations from a CSV file of two rows; the links come back once, as a file.
    await page.locator('.page-header__links').getByRole('link', { name: 'Invitations' }).click();
    await page.getByRole('heading', { name: 'Invitations', level: 1 }).waitFor();
    expect(await page.getByLabel('Survey', { exact: true }).inputValue()).toBe('pilot-ws');
    const csv = [
      'survey,country,organisation,organisation_type,contact_name,contact_email,locale',
      'pilot-ws,TH,Office of the Public Sector Development Commission,agency,Somchai P.,somchai@example.go.th,en',
      'pilot-ws,VN,Ministry of Information and Communications,ministry,,,vi',
    ].join('\n');
    await chooseFile(page, 'CSV file', 'CSV text', 'invitations.csv', csv);
    await page.getByRole('button', { name: 'Create invitations from the CSV' }).click();
    await page.getByText('2 invitations created.').waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download links (CSV)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('links.csv');
    const linksCsv = readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '');
    const links = Papa.parse<LinkRow>(linksCsv, { header: true, skipEmptyLines: true }).data;
    expect(links.map((row) => row.country)).toEqual(['TH', 'VN']);
    const thailand = links[0] as LinkRow;
    const rows = page.locator('tr[data-invitation]');
    await expect.poll(() => rows.count()).toBe(2);
    await saveScreenshot(page, 'workspace-invitations.png');
    expect(await seriousAxeViolations(page)).toEqual([]);

    // The respondent follows the link (issued for the configured public address) and submits.
    const respondent = await context.newPage();
    const respondentWatch = watchPage(respondent);
    await respondent.goto(`${server.baseUrl}${new URL(thailand.link).pathname}`);
    await respondent.getByLabel('Agency name').fill('OPDC');
    await respondent.getByText('No', { exact: true }).click();
    await expect.poll(() => respondent.getByRole('radio', { name: 'No' }).isChecked()).toBe(true);
    await respondent.getByRole('button', { name: 'Next' }).click();
    await respondent.getByLabel('Comments').fill('Social media is run by the ministry.');
    // The last page's button opens the review of every answer; its Submit button submits.
    await respondent.getByRole('button', { name: pageStrings.en.reviewButton }).click();
    await respondent.getByRole('button', { name: pageStrings.en.reviewSubmit }).click();
    await respondent.getByRole('heading', { name: pageStrings.en.receiptTitle }).waitFor();
    respondentWatch.assertClean();
    await respondent.close();

    // Back in the workspace, the tracking table shows it as submitted.
    await page.getByLabel('State', { exact: true }).selectOption('submitted');
    const submittedRow = page.locator(`tr[data-invitation="${thailand.invitation_id}"]`);
    await expect.poll(() => submittedRow.getAttribute('data-state')).toBe('submitted');
    expect(await submittedRow.locator('.badge').textContent()).toBe('Submitted');
    expect(await submittedRow.locator('.progress-cell__text').textContent()).toBe('100%');
    await expect.poll(() => rows.count()).toBe(1);

    // And progress by member state counts it.
    await page.getByRole('link', { name: 'Progress', exact: true }).click();
    await page.getByRole('heading', { name: 'Progress by member state' }).waitFor();
    await page.getByLabel('Survey', { exact: true }).selectOption('pilot-ws');
    const thailandRow = page.locator('tr', {
      has: page.getByRole('cell', { name: 'Thailand', exact: true }),
    });
    await expect
      .poll(() => thailandRow.locator('td').allTextContents())
      .toEqual(['Thailand', '1', '1', '1', '100%']);
    await page.locator('.chart-box canvas').waitFor();
    await saveScreenshot(page, 'workspace-progress.png');
    expect(await seriousAxeViolations(page)).toEqual([]);
    watch.assertClean();
    await context.close();
  });

  it('shows an analyst the surveys read-only, without invitations or administration', async () => {
    const email = await addUser('analyst');
    const context = await browser.newContext({ viewport: { width: 768, height: 900 } });
    const page = await context.newPage();
    const watch = watchPage(page);
    await signIn(page, email);
    const navigation = page.getByRole('navigation', { name: 'Workspace sections' });
    expect(await navigation.getByRole('link').allTextContents()).toEqual(['Surveys', 'Progress']);
    expect(await page.getByRole('button', { name: 'Upload as a draft' }).count()).toBe(0);
    await page.getByRole('link', { name: 'National questionnaire', exact: false }).click();
    await page.locator('tr[data-version="1"]').waitFor();
    expect(await page.getByRole('button', { name: /Close collection/ }).count()).toBe(0);
    const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(pageWidth).toBeLessThanOrEqual(768);
    watch.assertClean();
    await context.close();
  });

  it('shows an admin the audit log in words, filtered by person and action, a page at a time', async () => {
    const email = await addUser('admin');
    const { repositories } = server.app;
    // 120 revocations by the command line, more than one page, about one organisation.
    const [survey] = await repositories.surveys.list();
    const { createInvitation } = await import('../../server/invitations/create-invitation.ts');
    const created = await createInvitation(
      repositories,
      {
        surveySlug: survey?.slug as string,
        countryCode: 'KH',
        organisationName: 'Ministry of Posts and Telecommunications',
        organisationType: 'ministry',
      },
      { actorLabel: 'cli', publicUrl: server.baseUrl },
    );
    for (let index = 0; index < 120; index++) {
      await repositories.audit.record({
        actorLabel: 'cli',
        action: 'invitation.revoked',
        entityType: 'invitation',
        entityId: created.invitationId,
      });
    }
    for (const viewport of [
      { width: 360, height: 740 },
      { width: 1280, height: 900 },
    ]) {
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      const watch = watchPage(page);
      await signIn(page, email);
      await page.getByRole('link', { name: 'Audit' }).click();
      await page.getByRole('heading', { name: 'Audit log', level: 1 }).waitFor();
      await page.getByLabel('Person').selectOption('cli');
      await page.getByLabel('Action').selectOption({ label: 'Invitation revoked' });
      await expect.poll(() => page.getByText('The newest 100 events, newest first.').count()).toBe(1);
      const firstRow = page.locator('tbody tr').first();
      expect(await firstRow.textContent()).toContain(
        'Invitation: Ministry of Posts and Telecommunications (KH)',
      );
      await saveScreenshot(page, `workspace-audit-${viewport.width}.png`, false);
      await page.getByRole('button', { name: 'Show older events' }).click();
      await expect.poll(() => page.getByText('120 events, newest first.').count()).toBe(1);
      expect(await page.locator('tbody tr').count()).toBe(120);
      expect(await page.getByRole('button', { name: 'Show older events' }).isHidden()).toBe(true);
      const href = await page.getByRole('link', { name: 'Download as CSV' }).getAttribute('href');
      expect(href).toBe('/api/audit/export?actor=cli&action=invitation.revoked');
      if (viewport.width === 360) {
        const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(pageWidth).toBeLessThanOrEqual(360);
      }
      expect(await seriousAxeViolations(page)).toEqual([]);
      watch.assertClean();
      await context.close();
    }
  });
});
