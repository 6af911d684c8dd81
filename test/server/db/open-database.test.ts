import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { migrationsFolder, type OpenedDatabase, openDatabase } from '../../../server/db/open-database.ts';
import { countries, invitations, surveys, surveyVersions } from '../../../server/db/schema.ts';
import { makeTempDir } from '../../helpers/temp-dir.ts';

describe('openDatabase on a fresh file', () => {
  let opened: OpenedDatabase | undefined;
  let cleanup = () => {};
  afterEach(() => {
    opened?.close();
    cleanup();
  });

  function open(synchronous?: 'NORMAL' | 'FULL') {
    const temp = makeTempDir();
    cleanup = temp.cleanup;
    opened = openDatabase({ path: path.join(temp.dir, 'nested', 'tinjau.db'), synchronous });
    return opened;
  }

  it('applies every migration and creates the tables', () => {
    const { connection } = open();
    const tables = connection
      .prepare("select name from sqlite_master where type = 'table' order by name")
      .pluck()
      .all() as string[];
    expect(tables).toEqual(
      expect.arrayContaining([
        'audit_events',
        'countries',
        'invitations',
        'responses',
        'staff_users',
        'survey_versions',
        'surveys',
      ]),
    );
    const applied = connection.prepare('select count(*) from __drizzle_migrations').pluck().get();
    expect(applied).toBeGreaterThanOrEqual(1);
  });

  it('uses WAL, foreign keys, a busy timeout and the configured synchronous level', () => {
    const { connection } = open('FULL');
    expect(connection.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(connection.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(connection.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(connection.pragma('synchronous', { simple: true })).toBe(2);
  });

  it('defaults to synchronous NORMAL, which in WAL mode survives a crash of the process', () => {
    const { connection } = open();
    expect(connection.pragma('synchronous', { simple: true })).toBe(1);
  });

  it('holds the 11 ASEAN member states, Timor-Leste included', async () => {
    const { db } = open();
    const rows = await db.select().from(countries);
    expect(rows.map((row) => row.code).sort()).toEqual([
      'BN',
      'ID',
      'KH',
      'LA',
      'MM',
      'MY',
      'PH',
      'SG',
      'TH',
      'TL',
      'VN',
    ]);
    expect(rows.find((row) => row.code === 'TL')?.name).toBe('Timor-Leste');
    expect(JSON.parse(rows.find((row) => row.code === 'TH')?.languages ?? '[]')).toEqual(['th']);
  });

  it('refuses a country-keyed row whose country is not a member state', async () => {
    const { db } = open();
    const now = new Date().toISOString();
    const [survey] = await db
      .insert(surveys)
      .values({ slug: 's', title: 'S', source: 'file', createdAt: now, updatedAt: now })
      .returning();
    const [version] = await db
      .insert(surveyVersions)
      .values({
        surveyId: survey!.id,
        versionNumber: 1,
        contentHash: 'h',
        status: 'published',
        createdAt: now,
      })
      .returning();
    const invitation = {
      surveyVersionId: version!.id,
      organisationName: 'Ministry',
      organisationType: 'ministry' as const,
      tokenHash: 'hash',
      createdAt: now,
    };
    await expect(db.insert(invitations).values({ ...invitation, countryCode: 'FR' })).rejects.toThrow(
      /FOREIGN KEY/,
    );
    await db.insert(invitations).values({ ...invitation, countryCode: 'TL' });
    expect(await db.select().from(invitations)).toHaveLength(1);
  });

  it('can be opened twice: migrations are applied once', () => {
    const temp = makeTempDir();
    cleanup = temp.cleanup;
    const file = path.join(temp.dir, 'tinjau.db');
    openDatabase({ path: file }).close();
    opened = openDatabase({ path: file });
    const applied = opened.connection.prepare('select count(*) from __drizzle_migrations').pluck().get();
    expect(applied).toBe(readdirSync(migrationsFolder).filter((name) => name.endsWith('.sql')).length);
  });
});
