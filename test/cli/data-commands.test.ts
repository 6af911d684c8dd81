import { readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

describe('npm run cli -- demo and export', () => {
  let dir: string;
  let cleanup: () => void;
  let env: Record<string, string>;
  beforeAll(() => {
    ({ dir, cleanup } = makeTempDir());
    env = { DATABASE_PATH: path.join(dir, 'tinjau.db') };
  });
  afterAll(() => cleanup());

  it('fills the database with synthetic responses for all 11 member states, and exports them', () => {
    const demo = runCli(['demo', '--responses', '60', '--survey', 'national-policy'], { env });
    expect(demo.stderr).toBe('');
    expect(demo.stdout).toBe('national-policy: 60 synthetic responses\n');

    const out = path.join(dir, 'wide.csv');
    const exported = runCli(
      ['export', '--survey', 'national-policy', '--format', 'wide', '--out', out, '--bom'],
      { env },
    );
    expect(exported.stdout).toBe(`wide export written to ${out}\n`);
    const text = readFileSync(out, 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = Papa.parse<Record<string, string>>(text.slice(1), {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(rows).toHaveLength(60);
    expect(new Set(rows.map((row) => row.country)).size).toBe(11);
    expect(rows.every((row) => row.synthetic === '1' && /\(demo data\)$/.test(row.organisation ?? ''))).toBe(
      true,
    );

    for (const format of ['long', 'codebook', 'countries']) {
      const file = path.join(dir, `${format}.csv`);
      expect(
        runCli(['export', '--survey', 'national-policy', '--format', format, '--out', file], { env }).status,
      ).toBe(0);
      expect(readFileSync(file, 'utf8').split('\n').length).toBeGreaterThan(10);
    }

    // The respondents' own names and e-mails (marked personalData) only with --contacts.
    expect(Object.keys(rows[0] ?? {})).not.toContain('resp_email');
    const withPersonal = path.join(dir, 'wide-personal.csv');
    const personal = runCli(
      ['export', '--survey', 'national-policy', '--format', 'wide', '--out', withPersonal, '--contacts'],
      { env },
    );
    expect(personal.status).toBe(0);
    const personalRows = Papa.parse<Record<string, string>>(readFileSync(withPersonal, 'utf8'), {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(Object.keys(personalRows[0] ?? {})).toEqual(
      expect.arrayContaining(['contact_name', 'contact_email', 'resp_name', 'resp_email']),
    );
    expect(personalRows.some((row) => (row.resp_email ?? '').includes('@'))).toBe(true);
    const longRows = readFileSync(path.join(dir, 'long.csv'), 'utf8');
    expect(longRows).not.toMatch(/,resp_(name|email),/);
  });

  it('refuses an unknown format or survey, naming it', () => {
    const format = runCli(
      ['export', '--survey', 'national-policy', '--format', 'xlsx', '--out', path.join(dir, 'x')],
      { env },
    );
    expect(format.status).toBe(1);
    expect(format.stderr).toMatch(/--format must be one of wide, long, codebook, countries/);
    const survey = runCli(['export', '--survey', 'nope', '--format', 'wide', '--out', path.join(dir, 'y')], {
      env,
    });
    expect(survey.status).toBe(1);
    expect(survey.stderr).toMatch(/Survey "nope" was not found/);
  });
});
