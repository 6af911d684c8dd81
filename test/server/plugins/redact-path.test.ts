import { describe, expect, it } from 'vitest';
import { redactPath } from '../../../server/plugins/error-handler.ts';
import { buildTestApp } from '../../helpers/build-test-app.ts';

const token = 'Zq3xJ0vYb8tLr2Wn5Kp7Hc9Fd1Gs4Ma6';

describe('redactPath', () => {
  it('replaces the token of a respondent address, plain or percent-encoded', () => {
    expect(redactPath(`/api/r/${token}`)).toBe('/api/r/[token]');
    expect(redactPath(`/api/r/${token}/answers?x=1`)).toBe('/api/r/[token]/answers?x=1');
    expect(redactPath(`/r/${token}`)).toBe('/r/[token]');
    expect(redactPath(`/api/%72/${token}`)).toBe('/api/%72/[token]');
    expect(redactPath(`/api/%2572/${token}/submit`)).toBe('/api/%2572/[token]/submit');
  });

  it('keeps addresses without a token as they are, including undecodable ones', () => {
    expect(redactPath('/api/surveys/pilot?versions=1')).toBe('/api/surveys/pilot?versions=1');
    expect(redactPath('/api/%E0%A4%A/x')).toBe('/api/%E0%A4%A/x');
    expect(redactPath('/api/r')).toBe('/api/r');
  });
});

describe('an encoded respondent address', () => {
  it('is routed, and its token is not echoed in the answer', async () => {
    const app = await buildTestApp();
    try {
      const response = await app.inject({ method: 'GET', url: `/api/%72/${token}` });
      expect(response.statusCode).toBe(404);
      expect(response.json().error).toBe('invitation_not_found');
      const unrouted = await app.inject({ method: 'POST', url: `/api/%72/${token}/nowhere` });
      expect(unrouted.statusCode).toBe(404);
      expect(unrouted.body).not.toContain(token);
    } finally {
      await app.close();
    }
  });
});
