import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturesDir } from '../helpers/build-test-app.ts';
import { runCli } from '../helpers/run-cli.ts';

const fixture = (name: string) => path.join(fixturesDir, 'definitions', name);

describe('npm run cli -- validate', () => {
  it('passes every shipped questionnaire and prints a translation coverage table', () => {
    const result = runCli(['validate']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/national-policy\.json: ok/);
    expect(result.stdout).toMatch(/agency-practice\.json: ok/);
    expect(result.stdout).toContain(
      'size: 69 of at most 500 questions, 394 of at most 4,000 elements, 8 of at most 64 levels of nesting',
    );
    expect(result.stdout).toMatch(/locale\s+translated\s+coverage\s+status/);
    expect(result.stdout).toMatch(/\n\s+th\s+\d+\/\d+\s+[\d.]+%\s+draft/);
  });

  it('exits non-zero and names the file and JSON path of each problem', () => {
    const result = runCli(['validate', fixture('minimal-valid.json'), fixture('duplicate-names.json')]);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/minimal-valid\.json: ok/);
    expect(result.stdout).toContain(
      `${fixture('duplicate-names.json')} $.pages[0].elements[2].name: Duplicate question name "agency_name"`,
    );
  });

  it('refuses a questionnaire above the size limits, naming the limit', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const tooBig = path.join(mkdtempSync(path.join(tmpdir(), 'tinjau-limits-')), 'too-big.json');
    const elements = Array.from({ length: 501 }, (_, index) => ({ type: 'text', name: `q${index}` }));
    writeFileSync(tooBig, JSON.stringify({ pages: [{ name: 'p', elements }] }));
    const result = runCli(['validate', tooBig]);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(
      `${tooBig} $: The questionnaire has 501 questions; at most 500 are allowed.`,
    );
  });

  it('accepts questions marked personalData: true and refuses a mark that is not true or false', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(path.join(tmpdir(), 'tinjau-personal-'));
    const write = (name: string, personalData: unknown) => {
      const file = path.join(dir, name);
      const element = { type: 'text', name: 'resp_email', inputType: 'email', personalData };
      writeFileSync(file, JSON.stringify({ pages: [{ name: 'p', elements: [element] }] }));
      return file;
    };
    const marked = write('marked.json', true);
    const wrong = write('wrong.json', 'yes');
    expect(runCli(['validate', marked]).status).toBe(0);
    const result = runCli(['validate', marked, wrong]);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/marked\.json: ok/);
    expect(result.stdout).toContain(
      `${wrong} $.pages[0].elements[0].personalData: "personalData" must be true or false, not "yes".`,
    );
  });

  it('reports a file that cannot be read', () => {
    const result = runCli(['validate', fixture('does-not-exist.json')]);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/does-not-exist\.json: cannot be read \(ENOENT\)/);
  });

  it('has --help', () => {
    const result = runCli(['validate', '--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/Usage: tinjau validate/);
  });
});

describe('npm run cli -- validate on a questionnaire spreadsheet', () => {
  it('checks a .csv file with the spreadsheet rules and reports problems by line and column', async () => {
    const { mkdtempSync, readFileSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const good = path.join(fixturesDir, 'spreadsheets', 'small-questionnaire.csv');
    expect(runCli(['validate', good]).status).toBe(0);
    const broken = path.join(mkdtempSync(path.join(tmpdir(), 'tinjau-csv-')), 'broken.csv');
    writeFileSync(broken, readFileSync(good, 'utf8').replace(/\n([^,\n]*),/, '\nstarrating,'));
    const result = runCli(['validate', broken]);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/broken\.csv line \d+(, column \w+)?: /);
  });
});

describe('npm run cli -- validate --against an older version', () => {
  it('lists the questions and choices changed and, per locale, the missing and stale translations', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(path.join(tmpdir(), 'tinjau-against-'));
    const version = (title: string, extra: boolean) => ({
      title: { default: 'Pilot', th: 'นำร่อง' },
      pages: [
        {
          name: 'p1',
          elements: [
            {
              type: 'radiogroup',
              name: 'uses',
              title: { default: title, th: 'ใช้หรือไม่' },
              choices: [
                { value: 'yes', text: { default: 'Yes', th: 'ใช่' } },
                ...(extra ? [{ value: 'planned', text: 'Planned' }] : []),
              ],
            },
            ...(extra
              ? []
              : [{ type: 'comment', name: 'remarks', title: { default: 'Remarks', th: 'หมายเหตุ' } }]),
          ],
        },
      ],
    });
    const older = path.join(dir, 'older.json');
    const newer = path.join(dir, 'newer.json');
    writeFileSync(older, JSON.stringify(version('Does the government use social media?', false)));
    writeFileSync(newer, JSON.stringify(version('Does the national government use social media?', true)));

    const result = runCli(['validate', newer, '--against', older]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`changes since ${older}:`);
    expect(result.stdout).toContain('questions removed: remarks');
    expect(result.stdout).toContain('questions reworded: uses');
    expect(result.stdout).toContain('choices added: uses=planned');
    expect(result.stdout).toContain('th: 1 missing, 1 stale');
    expect(result.stdout).toContain('missing p1/uses/choiceitem=planned.text: "Planned"');
    expect(result.stdout).toContain('stale p1/uses.title: "Does the national government use social media?"');

    const twoFiles = runCli(['validate', newer, older, '--against', older]);
    expect(twoFiles.status).toBe(1);
    expect(twoFiles.stdout).toContain('--against compares one file with an older version of it.');
  });
});
