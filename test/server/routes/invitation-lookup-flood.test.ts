import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../../server/app.ts';
import { buildTestApp, fixturesDir } from '../../helpers/build-test-app.ts';
import { inviteForTest } from '../../helpers/invitations.ts';

describe('a flood of wrong invitation tokens', () => {
  let app: App;
  beforeAll(async () => {
    // The shipped limit (30 failed look-ups per address in ten minutes), in the middle of a window.
    const now = Date.UTC(2026, 0, 5, 9, 5, 0);
    app = await buildTestApp({ surveysDir: path.join(fixturesDir, 'surveys'), respond: { now: () => now } });
  });
  afterAll(async () => {
    await app.close();
  });

  const wrongToken = (index: number) => `${'W'.repeat(36)}${String(index).padStart(7, '0')}`;
  const counters = () =>
    app.database.connection
      .prepare('select key, window_start, failures from rate_limit_windows')
      .all() as Array<{
      failures: number;
    }>;

  it('is refused with 429 and Retry-After, keeping one counter whose count stops at the limit', async () => {
    const flooder = '192.0.2.50';
    const statuses = new Map<number, number>();
    let retryAfter: unknown;
    for (let index = 0; index < 3_000; index += 1) {
      const response = await app.inject({
        method: 'GET',
        url: `/api/r/${wrongToken(index)}`,
        remoteAddress: flooder,
      });
      statuses.set(response.statusCode, (statuses.get(response.statusCode) ?? 0) + 1);
      if (response.statusCode === 429) retryAfter = response.headers['retry-after'];
    }
    expect(Object.fromEntries(statuses)).toEqual({ 404: 30, 429: 2_970 });
    expect(Number(retryAfter)).toBeGreaterThan(0);
    // The refused requests added nothing: one row for the address, its count at the limit.
    expect(counters().map((row) => row.failures)).toEqual([30]);
  });

  it('leaves a valid respondent, at the flooding address or elsewhere, to open, save and submit', async () => {
    const flooder = '192.0.2.51';
    for (let index = 0; index < 500; index += 1) {
      await app.inject({
        method: 'PUT',
        url: `/api/r/${wrongToken(index)}/answers`,
        remoteAddress: flooder,
        payload: { answers: {}, page: 0 },
      });
    }
    expect(
      (await app.inject({ method: 'GET', url: `/api/r/${wrongToken(9_999)}`, remoteAddress: flooder }))
        .statusCode,
    ).toBe(429);
    for (const remoteAddress of [flooder, '198.51.100.60']) {
      const { token } = await inviteForTest(app, { organisationName: `Ministry at ${remoteAddress}` });
      const page = await app.inject({ method: 'GET', url: `/api/r/${token}`, remoteAddress });
      expect(page.statusCode).toBe(200);
      const saved = await app.inject({
        method: 'PUT',
        url: `/api/r/${token}/answers`,
        remoteAddress,
        payload: { answers: { agency_name: 'Ministry' }, page: 0 },
      });
      expect(saved.statusCode).toBe(200);
      const submitted = await app.inject({
        method: 'POST',
        url: `/api/r/${token}/submit`,
        remoteAddress,
        payload: {
          answers: {
            agency_name: 'Ministry',
            uses_social_media: 'yes',
            platforms: ['facebook'],
            instruments: { law: 'exists', plan: 'none' },
          },
        },
      });
      expect(submitted.statusCode, submitted.body).toBe(200);
    }
  });

  it('counts an IPv6 client by its /64, so rotating addresses inside it does not reset the count', async () => {
    const statuses = [];
    for (let index = 0; index < 32; index += 1) {
      const remoteAddress = `2001:db8:aa:bb:${index.toString(16)}::1`;
      statuses.push(
        (await app.inject({ method: 'GET', url: `/api/r/${wrongToken(index)}`, remoteAddress })).statusCode,
      );
    }
    expect(statuses.filter((status) => status === 404)).toHaveLength(30);
    expect(statuses.slice(30)).toEqual([429, 429]);
  });
});
