/**
 * Rate-limit refusals carry the seconds to wait, and an onError hook turns them into the Retry-After header: the
 * one error handler then answers them like any other domain error, and the domain code never touches the reply.
 */
import type { onErrorAsyncHookHandler } from 'fastify';
import type { DomainError } from '../errors.ts';

export type RetryAfterError = DomainError & { retryAfterSeconds: number };

export function withRetryAfter(error: DomainError, retryAfterSeconds: number): RetryAfterError {
  return Object.assign(error, { retryAfterSeconds });
}

/** Register with `app.addHook('onError', sendRetryAfter)` in the plugins whose routes can be rate limited. */
export const sendRetryAfter: onErrorAsyncHookHandler = async (_request, reply, error) => {
  const seconds = (error as Partial<RetryAfterError>).retryAfterSeconds;
  if (typeof seconds === 'number') reply.header('retry-after', String(seconds));
};
