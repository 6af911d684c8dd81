import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hashInvitationToken } from '../../server/invitations/tokens.ts';
import { runCli } from '../helpers/run-cli.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

describe('npm run cli -- invite', () => {
  let dir: string;
  let cleanup: () => void;
  let env: Record<string, string>;
  beforeEach(() => {
    ({ dir, cleanup } = makeTempDir());
    env = { DATABASE_PATH: path.join(dir, 'tinjau.db'), PUBLIC_URL: 'https://survey.example.org' };
  });
  afterEach(() => cleanup());

  const invitationRows = () => {
    const db = new BetterSqlite3(env.DATABASE_PATH as string, { readonly: true });
    try {
      return db.prepare('select * from invitations order by id').all() as Array<Record<string, unknown>>;
    } finally {
      db.close();
    }
  };

  it('creates one invitation on a fresh database and prints its link once, storing only a hash', () => {
    const result = runCli(
      [
        'invite',
        '--survey',
        'national-policy',
        '--country',
        'la',
        '--org',
        'Ministry of Technology and Communications',
        '--locale',
        'lo',
      ],
      { env },
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const link = result.stdout.trim();
    expect(link).toMatch(/^https:\/\/survey\.example\.org\/r\/[A-Za-z0-9_-]{43}$/);
    const token = link.split('/r/')[1] as string;
    const [row] = invitationRows();
    expect(row).toMatchObject({
      country_code: 'LA',
      organisation_name: 'Ministry of Technology and Communications',
      preferred_locale: 'lo',
    });
    expect(row?.token_hash).toBe(hashInvitationToken(token));
    expect(JSON.stringify(row)).not.toContain(token);
  });

  it('refuses a country that is not an ASEAN member state', () => {
    const result = runCli(
      ['invite', '--survey', 'national-policy', '--country', 'FR', '--org', 'Ministère'],
      { env },
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/"FR" is not the ISO 3166-1 alpha-2 code of an ASEAN member state/);
  });

  it('creates many from a CSV and writes the links for a mail merge', () => {
    const input = path.join(dir, 'invitees.csv');
    writeFileSync(
      input,
      [
        'survey,country,organisation,organisation_type,contact_name,contact_email,locale',
        'agency-practice,TH,"Ministry of Digital Economy and Society",ministry,Somchai,somchai@mdes.go.th,th',
        'agency-practice,VN,"Ministry of Information and Communications, Viet Nam",ministry,,,vi',
        'national-policy,TL,"=Autoridade Nacional de Comunicações",agency,,,tet',
      ].join('\n'),
    );
    const result = runCli(['invite', '--from-csv', input], { env });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const output = path.join(dir, 'invitees-links.csv');
    expect(result.stdout).toContain(`3 invitations created. Links written to ${output}`);
    const parsed = Papa.parse<Record<string, string>>(readFileSync(output, 'utf8').replace(/^\uFEFF/, ''), {
      header: true,
      skipEmptyLines: true,
    });
    expect(parsed.data.map((row) => [row.country, row.organisation])).toEqual([
      ['TH', 'Ministry of Digital Economy and Society'],
      ['VN', 'Ministry of Information and Communications, Viet Nam'],
      ['TL', "'=Autoridade Nacional de Comunicações"],
    ]);
    for (const row of parsed.data) expect(row.link).toMatch(/\/r\/[A-Za-z0-9_-]{43}$/);
    expect(invitationRows()).toHaveLength(3);
  });

  it('reports every bad row by line number and creates nothing', () => {
    const input = path.join(dir, 'bad.csv');
    writeFileSync(
      input,
      [
        'country,organisation,organisation_type,contact_email',
        'TH,Ministry A,ministry,a@example.org',
        'XX,Ministry B,ministry,',
        'VN,,ministry,',
        'MY,Ministry D,department,not-an-email',
      ].join('\n'),
    );
    const result = runCli(['invite', '--survey', 'agency-practice', '--from-csv', input], { env });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/no invitations were created/);
    expect(result.stderr).toMatch(/line 3: country/);
    expect(result.stderr).toMatch(/line 4: organisation — /);
    expect(result.stderr).toMatch(/line 5: organisation_type — /);
    expect(result.stderr).toMatch(/line 5: contact_email — /);
    expect(result.stderr).not.toMatch(/line 2/);
    expect(invitationRows()).toHaveLength(0);
  });

  it('skips rows already invited when the same file is imported twice, and creates them with --allow-duplicates', () => {
    const input = path.join(dir, 'twice.csv');
    writeFileSync(
      input,
      [
        'country,organisation,contact_email',
        'TH,Ministry of Digital Economy and Society,somchai@mdes.go.th',
        'VN,Authority of Broadcasting,',
      ].join('\n'),
    );
    const first = runCli(['invite', '--survey', 'agency-practice', '--from-csv', input], { env });
    expect(first.stdout).toContain('2 invitations created.');
    writeFileSync(
      input,
      [
        'country,organisation,contact_email',
        'TH,  ministry of digital economy   and society ,SOMCHAI@mdes.go.th',
        'VN,Authority of Broadcasting,',
        'VN,Authority of Broadcasting,',
      ].join('\n'),
    );
    const second = runCli(['invite', '--survey', 'agency-practice', '--from-csv', input], { env });
    expect(second.stderr).toBe('');
    expect(second.status).toBe(0);
    expect(second.stdout).toContain('Nothing was created: every row is already invited.');
    expect(second.stdout).toMatch(
      /line 2: .* is already invited \(invitation 1, created \d{4}-\d{2}-\d{2}\), skipped/,
    );
    expect(second.stdout).toMatch(/line 4: .* is already invited \(invitation 2,/);
    expect(invitationRows()).toHaveLength(2);

    const forced = runCli(
      ['invite', '--survey', 'agency-practice', '--from-csv', input, '--allow-duplicates'],
      { env },
    );
    expect(forced.stdout).toContain('3 invitations created, 3 of them duplicating invitations already made.');
    expect(forced.stdout).toMatch(/line 2: .*, created anyway/);
    expect(invitationRows()).toHaveLength(5);
  });

  it('documents the CSV columns in --help', () => {
    const result = runCli(['invite', '--help'], { env });
    expect(result.status).toBe(0);
    for (const column of [
      'survey',
      'country',
      'organisation',
      'organisation_type',
      'contact_name',
      'contact_email',
      'locale',
    ]) {
      expect(result.stdout).toMatch(new RegExp(`\\n  ${column}\\s`));
    }
    expect(result.stdout).toContain('--allow-duplicates');
  });
});
