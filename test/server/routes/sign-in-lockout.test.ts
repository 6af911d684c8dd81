import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../../server/app.ts';
import { buildTestApp } from '../../helpers/build-test-app.ts';
import { signIn, testPassword } from '../../helpers/staff.ts';

describe('sign-in throttling: nobody can lock an account out', () => {
  let app: App;
  // The throttle's clock: the test lets seconds pass without waiting for them.
  let now = Date.UTC(2026, 0, 5, 9, 0, 0);
  beforeAll(async () => {
    app = await buildTestApp({ auth: { now: () => now } });
  });
  afterAll(async () => {
    await app.close();
  });

  const signInFrom = (remoteAddress: string, email: string, password: string) =>
    app.inject({ method: 'POST', url: '/api/auth/login', remoteAddress, payload: { email, password } });
  const counters = () =>
    app.database.connection.prepare('select key, window_start, failures from rate_limit_windows').all();

  it('throttles wrong passwords from one address with a growing delay, while the owner signs in from another', async () => {
    const owner = await signIn(app, 'researcher');
    const attacker = '198.51.100.7';
    for (let attempt = 0; attempt < 5; attempt += 1) {
      expect((await signInFrom(attacker, owner.email, `guess ${attempt}`)).statusCode).toBe(401);
    }
    const waits: number[] = [];
    for (let round = 0; round < 5; round += 1) {
      const refused = await signInFrom(attacker, owner.email, 'another guess');
      expect(refused.statusCode).toBe(429);
      expect(refused.json()).toMatchObject({ error: 'too_many_requests' });
      expect(refused.json().message).toMatch(
        /^Too many failed sign-ins for this e-mail from your address\. Wait \d+ seconds? and try again\.$/,
      );
      const retryAfter = Number(refused.headers['retry-after']);
      waits.push(retryAfter);
      // The owner, elsewhere, is never kept out, at any point of the attack.
      expect((await signInFrom('203.0.113.20', owner.email, testPassword)).statusCode).toBe(200);
      now += retryAfter * 1000;
      expect((await signInFrom(attacker, owner.email, `guess after ${retryAfter} s`)).statusCode).toBe(401);
    }
    expect(waits).toEqual([1, 2, 4, 8, 16]);
  });

  it('adds nothing while refusing, and answers the refused pair even with the right password only after the wait', async () => {
    const owner = await signIn(app, 'analyst');
    const attacker = '198.51.100.8';
    for (let attempt = 0; attempt < 5; attempt += 1)
      await signInFrom(attacker, owner.email, 'wrong password');
    const before = counters();
    for (let attempt = 0; attempt < 50; attempt += 1) {
      expect((await signInFrom(attacker, owner.email, 'wrong password')).statusCode).toBe(429);
    }
    expect(counters()).toEqual(before);
    // Refused without checking the password: a throttled pair learns nothing, even with the right one.
    expect((await signInFrom(attacker, owner.email, testPassword)).statusCode).toBe(429);
    now += 1000;
    expect((await signInFrom(attacker, owner.email, testPassword)).statusCode).toBe(200);
    // A successful sign-in starts the pair afresh.
    expect((await signInFrom(attacker, owner.email, 'one typo')).statusCode).toBe(401);
    expect((await signInFrom(attacker, owner.email, testPassword)).statusCode).toBe(200);
  });

  it('caps the delay, and forgets a pair some time after its last failure', async () => {
    const owner = await signIn(app, 'admin');
    const attacker = '198.51.100.9';
    let failures = 0;
    while (failures < 14) {
      const response = await signInFrom(attacker, owner.email, 'wrong password');
      if (response.statusCode === 429) now += Number(response.headers['retry-after']) * 1000;
      else failures += 1;
    }
    // 2^(14 - 5) = 512 s, capped at five minutes.
    const capped = await signInFrom(attacker, owner.email, 'wrong password');
    expect(capped.statusCode).toBe(429);
    expect(capped.headers['retry-after']).toBe(String(5 * 60));
    now += 3 * 60 * 60_000;
    expect((await signInFrom(attacker, owner.email, 'wrong password')).statusCode).toBe(401);
  });

  it('bounds failures per address across accounts (password spraying), not the accounts themselves', async () => {
    const target = await signIn(app, 'researcher');
    const sprayer = '198.51.100.10';
    for (let account = 0; account < 20; account += 1) {
      expect((await signInFrom(sprayer, `person${account}@example.org`, 'Summer2026!')).statusCode).toBe(401);
    }
    const refused = await signInFrom(sprayer, target.email, 'Summer2026!');
    expect(refused.statusCode).toBe(429);
    expect(refused.json().message).toMatch(
      /^Too many failed sign-ins from your address\. Wait \d+ minutes? and try again\.$/,
    );
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect((await signInFrom('203.0.113.21', target.email, testPassword)).statusCode).toBe(200);
  });
});
