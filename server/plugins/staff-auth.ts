/**
 * Staff sessions: an http-only, SameSite=Strict cookie holding a random session id (only its hash is stored), and a
 * CSRF token per session that every state-changing staff request must echo in the `x-csrf-token` header.
 * Routes ask for a permission with `onRequest: app.requireStaff('surveys:write')`: in onRequest, before the body is
 * read, parsed or validated, so an anonymous caller gets a 401 and learns nothing of the route's schema.
 */
import { hash, randomBytes, timingSafeEqual } from 'node:crypto';
import cookie from '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest, onRequestAsyncHookHandler } from 'fastify';
import fp from 'fastify-plugin';
import { can, type Permission } from '../auth/permissions.ts';
import type { SessionRecord } from '../db/repositories/staff-repository.ts';
import { nowIso } from '../db/timestamps.ts';
import { DomainError, errors } from '../errors.ts';

export const sessionCookieName = 'tinjau_session';
const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

export interface StaffAuthOptions {
  sessionTtlHours: number;
  /** Send the cookie with Secure (behind TLS). */
  secureCookies: boolean;
}

export interface RequireStaffOptions {
  /**
   * The route serves a user whose password an admin reset (their session, signing out, choosing the new password);
   * every other route refuses them with 403 password_change_required until they have.
   */
  duringPasswordChange?: boolean;
}

declare module 'fastify' {
  interface FastifyInstance {
    requireStaff(permission: Permission, options?: RequireStaffOptions): onRequestAsyncHookHandler;
    startStaffSession(reply: FastifyReply, userId: number): Promise<{ csrfToken: string; expiresAt: string }>;
    endStaffSession(request: FastifyRequest, reply: FastifyReply): Promise<void>;
  }
  interface FastifyRequest {
    staffSession: SessionRecord | null;
  }
}

function hashSessionId(id: string): string {
  return hash('sha256', id, 'hex');
}

function sameToken(expected: string, given: unknown): boolean {
  if (typeof given !== 'string' || given.length !== expected.length) return false;
  return timingSafeEqual(Buffer.from(expected), Buffer.from(given));
}

export default fp(async function staffAuth(app: FastifyInstance, options: StaffAuthOptions) {
  await app.register(cookie);
  app.decorateRequest('staffSession', null);
  const { staff } = app.repositories;

  async function loadSession(request: FastifyRequest): Promise<SessionRecord | null> {
    const id = request.cookies[sessionCookieName];
    if (!id) return null;
    return (await staff.findSession(hashSessionId(id), nowIso())) ?? null;
  }

  app.decorate('requireStaff', (permission: Permission, routeOptions: RequireStaffOptions = {}) => {
    const hook: onRequestAsyncHookHandler = async (request) => {
      const session = await loadSession(request);
      if (!session) throw errors.unauthenticated();
      if (
        !safeMethods.has(request.method) &&
        !sameToken(session.csrfToken, request.headers['x-csrf-token'])
      ) {
        throw new DomainError(
          'csrf_token_invalid',
          403,
          'The request lacks a valid x-csrf-token header. Reload the page and try again.',
        );
      }
      if (session.user.passwordChangeRequired && !routeOptions.duringPasswordChange) {
        throw new DomainError(
          'password_change_required',
          403,
          'Your password was reset: choose a new password before anything else.',
        );
      }
      if (!can(session.user, permission)) throw errors.forbidden();
      request.staffSession = session;
    };
    return hook;
  });

  app.decorate('startStaffSession', async (reply: FastifyReply, userId: number) => {
    const id = randomBytes(32).toString('base64url');
    const csrfToken = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + options.sessionTtlHours * 3600_000).toISOString();
    await staff.deleteExpiredSessions(nowIso());
    await staff.createSession({ idHash: hashSessionId(id), userId, csrfToken, expiresAt });
    reply.setCookie(sessionCookieName, id, {
      httpOnly: true,
      sameSite: 'strict',
      secure: options.secureCookies,
      path: '/',
      maxAge: options.sessionTtlHours * 3600,
    });
    return { csrfToken, expiresAt };
  });

  app.decorate('endStaffSession', async (request: FastifyRequest, reply: FastifyReply) => {
    const id = request.cookies[sessionCookieName];
    if (id) await staff.deleteSession(hashSessionId(id));
    reply.clearCookie(sessionCookieName, {
      path: '/',
      httpOnly: true,
      sameSite: 'strict',
      secure: options.secureCookies,
    });
  });
});
