import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../../server/app.ts';
import { buildTestApp, fixturesDir } from '../../helpers/build-test-app.ts';
import { signIn } from '../../helpers/staff.ts';

/** Requests as one proxy forwards them: the socket is the proxy, the rightmost X-Forwarded-For entry is who it saw. */
/** A fixed moment inside a window, so that no count is split by a window's end while a test runs. */
const now = () => Date.UTC(2026, 0, 5, 9, 5, 0);

const throughProxy = (client: string, spoofed: string) => ({
  remoteAddress: '10.0.0.2',
  headers: { 'x-forwarded-for': `${spoofed}, ${client}` },
});

describe('TRUST_PROXY as a hop count', () => {
  let app: App;
  beforeAll(async () => {
    app = await buildTestApp({
      surveysDir: path.join(fixturesDir, 'surveys'),
      trustProxy: 1,
      respond: { maxFailedLookups: 5, now },
      auth: { now },
    });
  });
  afterAll(async () => {
    await app.close();
  });

  it('counts wrong tokens by the address the proxy saw, however the client rotates the leftmost entry', async () => {
    const statuses = [];
    for (let attempt = 0; attempt < 8; attempt += 1) {
      const response = await app.inject({
        method: 'GET',
        url: `/api/r/${'S'.repeat(40)}${attempt}`,
        ...throughProxy('203.0.113.99', `198.18.${attempt}.${attempt}`),
      });
      statuses.push(response.statusCode);
    }
    expect(statuses).toEqual([404, 404, 404, 404, 404, 429, 429, 429]);
    // Another client behind the same proxy is counted on its own.
    const other = await app.inject({
      method: 'GET',
      url: `/api/r/${'S'.repeat(41)}`,
      ...throughProxy('203.0.113.100', '198.18.0.0'),
    });
    expect(other.statusCode).toBe(404);
  });

  it('throttles sign-ins by the address the proxy saw, however the client rotates the leftmost entry', async () => {
    const owner = await signIn(app, 'researcher');
    const statuses = [];
    for (let attempt = 0; attempt < 8; attempt += 1) {
      const response = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: owner.email, password: `guess ${attempt}` },
        ...throughProxy('203.0.113.101', `198.18.${attempt}.1`),
      });
      statuses.push(response.statusCode);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429, 429]);
  });

  it('takes the client address from the socket when no proxy is trusted', async () => {
    const direct = await buildTestApp({
      surveysDir: path.join(fixturesDir, 'surveys'),
      respond: { maxFailedLookups: 2, now },
    });
    try {
      const statuses = [];
      for (let attempt = 0; attempt < 4; attempt += 1) {
        const response = await direct.inject({
          method: 'GET',
          url: `/api/r/${'D'.repeat(40)}${attempt}`,
          remoteAddress: '203.0.113.102',
          headers: { 'x-forwarded-for': `198.18.${attempt}.9` },
        });
        statuses.push(response.statusCode);
      }
      expect(statuses).toEqual([404, 404, 429, 429]);
    } finally {
      await direct.close();
    }
  });
});

describe('TRUST_PROXY as proxy addresses', () => {
  it('believes X-Forwarded-For only from a listed proxy', async () => {
    const app = await buildTestApp({
      surveysDir: path.join(fixturesDir, 'surveys'),
      trustProxy: ['10.0.0.0/24'],
      respond: { maxFailedLookups: 2, now },
    });
    try {
      const lookUp = (attempt: number, remoteAddress: string, forwardedFor: string) =>
        app
          .inject({
            method: 'GET',
            url: `/api/r/${'P'.repeat(40)}${attempt}`,
            remoteAddress,
            headers: { 'x-forwarded-for': forwardedFor },
          })
          .then((response) => response.statusCode);
      // Through the listed proxy: the client it saw is counted, whatever comes before it.
      expect([
        await lookUp(0, '10.0.0.2', '198.18.0.1, 203.0.113.103'),
        await lookUp(1, '10.0.0.3', '198.18.0.2, 203.0.113.103'),
        await lookUp(2, '10.0.0.2', '198.18.0.3, 203.0.113.103'),
      ]).toEqual([404, 404, 429]);
      // Straight from an unlisted address: its header is ignored, so naming a fresh address gains nothing.
      expect([
        await lookUp(3, '192.0.2.200', '203.0.113.150'),
        await lookUp(4, '192.0.2.200', '203.0.113.151'),
        await lookUp(5, '192.0.2.200', '203.0.113.152'),
      ]).toEqual([404, 404, 429]);
    } finally {
      await app.close();
    }
  });
});
