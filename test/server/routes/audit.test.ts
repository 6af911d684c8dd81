import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../../server/app.ts';
import { toAuditRow } from '../../../server/db/repositories/audit-repository.ts';
import { auditEvents } from '../../../server/db/schema.ts';
import { buildTestApp, fixturesDir } from '../../helpers/build-test-app.ts';
import { inviteForTest } from '../../helpers/invitations.ts';
import { expectCleanClientError } from '../../helpers/security-checks.ts';
import { type SignedIn, signIn } from '../../helpers/staff.ts';

interface EventView {
  id: number;
  occurredAt: string;
  actorLabel: string;
  action: string;
  entityType: string;
  entityName: string | null;
}

/** Reads CSV with python's csv module, a reader nobody here wrote. */
function readWithPython(text: string): string[][] {
  const script = 'import csv, json, sys; print(json.dumps(list(csv.reader(sys.stdin))))';
  return JSON.parse(execFileSync('python3', ['-c', script], { input: text, encoding: 'utf8' }));
}

describe('GET /api/audit', () => {
  let app: App;
  let admin: SignedIn;
  let invitationId: number;
  beforeAll(async () => {
    app = await buildTestApp({ surveysDir: path.join(fixturesDir, 'surveys') });
    admin = await signIn(app, 'admin');
    ({ invitationId } = await inviteForTest(app, {
      organisationName: 'Ministry of Audits',
      countryCode: 'LA',
    }));
    // 250 events by the command line over January 2026, one every three hours, and one by the admin's session.
    const start = Date.parse('2026-01-01T00:00:00Z');
    app.database.db
      .insert(auditEvents)
      .values(
        Array.from({ length: 250 }, (_, index) => ({
          ...toAuditRow({
            actorLabel: 'cli',
            action: index % 2 === 0 ? 'invitation.created' : 'invitation.revoked',
            entityType: 'invitation',
            entityId: invitationId,
          }),
          occurredAt: new Date(start + index * 3 * 3600_000).toISOString(),
        })),
      )
      .run();
    await app.inject({
      method: 'POST',
      url: `/api/invitations/${invitationId}/revoke`,
      headers: admin.headers,
    });
  });
  afterAll(async () => {
    await app?.close();
  });

  const get = async (url: string) => {
    const response = await app.inject({ method: 'GET', url, headers: admin.headers });
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as { events: EventView[]; nextBefore: number | null };
  };

  it('pages newest first: every event once, and the last page says so', async () => {
    const seen: number[] = [];
    let url = '/api/audit?limit=100';
    for (;;) {
      const page = await get(url);
      seen.push(...page.events.map((event) => event.id));
      if (page.nextBefore === null) break;
      url = `/api/audit?limit=100&before=${page.nextBefore}`;
    }
    const total = app.database.connection.prepare('SELECT count(*) AS n FROM audit_events').get() as {
      n: number;
    };
    expect(seen).toHaveLength(total.n);
    expect(total.n).toBeGreaterThan(250);
    expect([...seen].sort((a, b) => b - a)).toEqual(seen);
  });

  it('keeps the next page where it was when new events arrive meanwhile', async () => {
    const first = await get('/api/audit?limit=10');
    await inviteForTest(app, { organisationName: 'Ministry of Later Events' });
    const second = await get(`/api/audit?limit=10&before=${first.nextBefore}`);
    expect(second.events[0]?.id).toBe((first.events.at(-1)?.id as number) - 1);
  });

  it('filters by person, action and whole days, the last day included', async () => {
    const byAdmin = await get(`/api/audit?actor=${encodeURIComponent(admin.email)}`);
    expect(byAdmin.events.map((event) => event.action)).toEqual(['invitation.revoked']);
    const january2 = await get('/api/audit?actor=cli&from=2026-01-02&to=2026-01-02&limit=1000');
    expect(january2.events).toHaveLength(8);
    expect(january2.events.every((event) => event.occurredAt.startsWith('2026-01-02'))).toBe(true);
    const revokedThen = await get('/api/audit?action=invitation.revoked&from=2026-01-02&to=2026-01-02');
    expect(revokedThen.events).toHaveLength(4);
    const filters = (
      await app.inject({ method: 'GET', url: '/api/audit/filters', headers: admin.headers })
    ).json();
    expect(filters.actors).toEqual(expect.arrayContaining(['cli', admin.email, 'test']));
    expect(filters.actions).toEqual(expect.arrayContaining(['invitation.created', 'invitation.revoked']));
  });

  it('names what each event is about instead of its internal id', async () => {
    const page = await get(`/api/audit?actor=${encodeURIComponent(admin.email)}`);
    expect(page.events[0]?.entityName).toBe('Ministry of Audits (LA)');
  });

  it('refuses a last day before the first day in plain words', async () => {
    const response = await app.inject({
      method: 'GET',
      url: '/api/audit?from=2026-02-01&to=2026-01-31',
      headers: admin.headers,
    });
    expectCleanClientError(response, 400);
    expect(response.json().details).toEqual([
      { field: 'to', message: 'The last day must be on or after the first day.' },
    ]);
  });

  it('downloads the filtered log as CSV that python reads back', async () => {
    const response = await app.inject({
      method: 'GET',
      url: '/api/audit/export?actor=cli&from=2026-01-02&to=2026-01-03',
      headers: admin.headers,
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/csv/);
    const [header, ...rows] = readWithPython(response.body);
    expect(header).toEqual([
      'occurred_at',
      'actor',
      'action',
      'entity_type',
      'entity_id',
      'entity_name',
      'before',
      'after',
    ]);
    expect(rows).toHaveLength(16);
    expect(rows.every((row) => row[1] === 'cli' && row[5] === 'Ministry of Audits (LA)')).toBe(true);
    expect((rows[0]?.[0] as string) > (rows[15]?.[0] as string)).toBe(true);
  });
});
