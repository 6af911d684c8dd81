import path from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../../server/app.ts';
import { buildTestApp, fixturesDir } from '../../helpers/build-test-app.ts';
import { inviteForTest } from '../../helpers/invitations.ts';

describe('brute-force protection and logging of invitation links', () => {
  let app: App;
  const logLines: string[] = [];
  beforeAll(async () => {
    const stream = new Writable({
      write(chunk, _encoding, done) {
        logLines.push(String(chunk));
        done();
      },
    });
    app = await buildTestApp({
      surveysDir: path.join(fixturesDir, 'surveys'),
      respond: {
        maxFailedLookups: 3,
        failedLookupWindowMs: 60_000,
        now: () => Date.UTC(2026, 0, 5, 9, 0, 30),
      },
      logger: { level: 'info', stream },
    });
  });
  afterAll(async () => {
    await app.close();
  });

  const fromAddress = (remoteAddress: string, url: string, method: 'GET' | 'PUT' = 'GET', payload?: object) =>
    app.inject({ method, url, remoteAddress, ...(payload ? { payload } : {}) });

  it('answers 429 after too many failed look-ups from one address, but never throttles a valid link', async () => {
    const { token } = await inviteForTest(app);
    const guesses = [];
    for (let attempt = 0; attempt < 5; attempt += 1) {
      guesses.push((await fromAddress('10.9.9.9', `/api/r/${'G'.repeat(42)}${attempt}`)).statusCode);
    }
    expect(guesses).toEqual([404, 404, 404, 429, 429]);
    const blocked = await fromAddress('10.9.9.9', `/api/r/${'G'.repeat(43)}`);
    expect(blocked.json()).toMatchObject({ error: 'too_many_requests' });

    for (let save = 0; save < 10; save += 1) {
      const response = await fromAddress('10.9.9.9', `/api/r/${token}/answers`, 'PUT', {
        answers: { agency_name: `v${save}` },
        page: 0,
      });
      expect(response.statusCode).toBe(200);
    }
    expect((await fromAddress('10.1.1.1', `/api/r/${'H'.repeat(43)}`)).statusCode).toBe(404);
  });

  it('never writes a token into the logs', async () => {
    const { token } = await inviteForTest(app);
    await app.inject({ method: 'GET', url: `/api/r/${token}` });
    await app.inject({ method: 'GET', url: `/r/${token}` });
    await app.inject({
      method: 'PUT',
      url: `/api/r/${token}/answers`,
      payload: { answers: { nope: 1 }, page: 0 },
    });
    await app.inject({ method: 'GET', url: `/api/r/${token}/nothing` });
    const logs = logLines.join('');
    expect(logs).toContain('/api/r/[token]');
    expect(logs).not.toContain(token);
  });
});
