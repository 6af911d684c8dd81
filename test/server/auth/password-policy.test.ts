import { describe, expect, it } from 'vitest';
import { passwordProblem } from '../../../server/auth/password-policy.ts';

const context = { email: 'somchai.k@mdes.go.th' };

describe('passwordProblem', () => {
  it.each([
    ['short', /at least 12 characters/],
    ['aaaaaaaaaaaa', /Repeated characters/],
    ['abcabcabcabc', /Repeated character patterns/],
    ['123456789012', /commonly used password/],
    ['password1234', /commonly used password/],
    ['qwertyuiopasdf', /commonly used password/],
    ['somchai.k@mdes.go.th', /too easy to guess/],
  ])('refuses %s, saying why', (password, reason) => {
    expect(passwordProblem(password, context)).toMatch(reason);
  });

  it.each(['correct horse battery staple', 'Sawasdee-Krub-2026-Mekong', 'kY8s-Mw2p-Qz7v'])(
    'accepts %s',
    (password) => {
      expect(passwordProblem(password, context)).toBeUndefined();
    },
  );

  it('judges a very long password by its first 100 characters, so the estimate stays short', () => {
    expect(passwordProblem(`${'a'.repeat(100)}Zq9!xT4#pL`, context)).toMatch(/Repeated characters/);
    expect(passwordProblem(`Tr0ub4dor&3-Mekong-${'x'.repeat(5_000)}`, context)).toBeUndefined();
  });
});
