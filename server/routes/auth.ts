/** Signing in and out, the current session, and staff user management (admins). */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { verifyAgainstDummy, verifyPassword } from '../auth/passwords.ts';
import { permissionsOf } from '../auth/permissions.ts';
import { addStaffUser, changeOwnPassword, changeStaffRole, resetStaffPassword } from '../auth/staff-users.ts';
import type { StaffUser } from '../db/repositories/staff-repository.ts';
import { DomainError, errors } from '../errors.ts';
import {
  LoginBody,
  NewUserBody,
  PasswordChangeBody,
  PasswordResetView,
  SessionView,
  StaffUserSchema,
  UserIdParams,
  UserPatchBody,
} from '../schemas/auth.ts';
import { errorResponses } from '../schemas/common.ts';
import { rateLimitSubject } from '../security/client-address.ts';
import { createFailureStore } from '../security/failure-store.ts';
import { sendRetryAfter, withRetryAfter } from '../security/retry-after.ts';
import { createSignInThrottle, defaultSignInThrottle } from '../security/sign-in-throttle.ts';
import { actorOf } from './route-helpers.ts';

export interface AuthRoutesOptions {
  /** Failed sign-ins allowed from one address, whatever the accounts, per window (password spraying). */
  maxFailedLogins?: number;
  failedLoginWindowMs?: number;
  /** Failed sign-ins for one e-mail from one address before each further attempt must wait 1, 2, 4 … s. */
  failedLoginsBeforeDelay?: number;
  maxSignInDelayMs?: number;
  /** The clock of the throttle, so that tests can let time pass without waiting. */
  now?: () => number;
}

const authRoutes: FastifyPluginAsyncTypebox<AuthRoutesOptions> = async (app, options) => {
  const { staff } = app.repositories;
  const throttle = createSignInThrottle(createFailureStore(app.repositories.rateLimits), {
    maxFailuresPerAddress: options.maxFailedLogins ?? defaultSignInThrottle.maxFailuresPerAddress,
    windowMs: options.failedLoginWindowMs ?? defaultSignInThrottle.windowMs,
    failuresBeforeDelay: options.failedLoginsBeforeDelay ?? defaultSignInThrottle.failuresBeforeDelay,
    maxDelayMs: options.maxSignInDelayMs ?? defaultSignInThrottle.maxDelayMs,
  });
  const now = options.now ?? Date.now;
  app.addHook('onError', sendRetryAfter);

  app.post(
    '/api/auth/login',
    {
      schema: {
        tags: ['auth'],
        summary: 'Sign in; sets the session cookie and returns the CSRF token',
        body: LoginBody,
        response: { 200: SessionView, ...errorResponses(400, 401, 429) },
      },
    },
    async (request, reply) => {
      const email = request.body.email.trim().toLowerCase();
      const address = rateLimitSubject(request.ip);
      // Refused before the password is verified, and without counting: a throttled pair costs one read.
      const check = await throttle.check(address, email, now());
      if (!check.allowed) {
        throw withRetryAfter(
          errors.tooManySignIns(check.reason, check.retryAfterSeconds),
          check.retryAfterSeconds,
        );
      }
      const user = await staff.findByEmail(email);
      const valid =
        user && !user.disabledAt
          ? await verifyPassword(user.passwordHash, request.body.password)
          : await verifyAgainstDummy(request.body.password);
      if (!user || !valid) {
        await throttle.recordFailure(address, email, now());
        throw new DomainError('invalid_credentials', 401, 'The e-mail or password is not correct.');
      }
      await throttle.recordSuccess(address, email);
      const session = await app.startStaffSession(reply, user.id);
      const profile = (await staff.findById(user.id)) as NonNullable<
        Awaited<ReturnType<typeof staff.findById>>
      >;
      return { user: profile, permissions: permissionsOf(profile), ...session };
    },
  );

  app.post(
    '/api/auth/logout',
    {
      schema: {
        tags: ['auth'],
        summary: 'Sign out',
        response: { 200: Type.Object({ status: Type.Literal('signed_out') }), ...errorResponses(401, 403) },
      },
      onRequest: app.requireStaff('surveys:read', { duringPasswordChange: true }),
    },
    async (request, reply) => {
      await app.endStaffSession(request, reply);
      return { status: 'signed_out' as const };
    },
  );

  app.get(
    '/api/auth/session',
    {
      schema: {
        tags: ['auth'],
        summary: 'The signed-in user and the CSRF token',
        response: { 200: SessionView, ...errorResponses(401) },
      },
      onRequest: app.requireStaff('surveys:read', { duringPasswordChange: true }),
    },
    async (request) => {
      const session = request.staffSession;
      if (!session) throw errors.unauthenticated();
      return {
        user: session.user,
        permissions: permissionsOf(session.user),
        csrfToken: session.csrfToken,
        expiresAt: session.expiresAt,
      };
    },
  );

  app.post(
    '/api/auth/password',
    {
      schema: {
        tags: ['auth'],
        summary:
          'Change your own password (required after a reset); every session of yours ends and this one is renewed',
        body: PasswordChangeBody,
        response: { 200: SessionView, ...errorResponses(400, 401, 403) },
      },
      onRequest: app.requireStaff('surveys:read', { duringPasswordChange: true }),
    },
    async (request, reply) => {
      const current = request.staffSession;
      if (!current) throw errors.unauthenticated();
      const user = await changeOwnPassword(app.repositories, current.user, request.body, actorOf(request));
      const session = await app.startStaffSession(reply, user.id);
      return { user, permissions: permissionsOf(user), ...session };
    },
  );

  app.get(
    '/api/users',
    {
      schema: {
        tags: ['auth'],
        summary: 'Staff users',
        response: { 200: Type.Object({ users: Type.Array(StaffUserSchema) }), ...errorResponses(401, 403) },
      },
      onRequest: app.requireStaff('users:manage'),
    },
    async () => ({ users: await staff.list() }),
  );

  app.post(
    '/api/users',
    {
      schema: {
        tags: ['auth'],
        summary: 'Add a staff user',
        body: NewUserBody,
        response: { 201: StaffUserSchema, ...errorResponses(400, 401, 403) },
      },
      onRequest: app.requireStaff('users:manage'),
    },
    async (request, reply) => {
      const user = await addStaffUser(app.repositories, request.body, actorOf(request));
      return reply.status(201).send(user);
    },
  );

  app.patch(
    '/api/users/:id',
    {
      schema: {
        tags: ['auth'],
        summary: 'Disable or re-enable a staff user, or change their role and member states',
        params: UserIdParams,
        body: UserPatchBody,
        response: { 200: StaffUserSchema, ...errorResponses(400, 401, 403, 404) },
      },
      onRequest: app.requireStaff('users:manage'),
    },
    async (request) => {
      const { id } = request.params;
      const { disabled, role, countryCodes } = request.body;
      if (request.staffSession?.user.id === id && disabled) {
        throw errors.conflict('You cannot disable your own account.');
      }
      if (countryCodes && !role)
        throw errors.validationFailed('The member states were not changed.', [
          { field: 'role', message: 'give the role together with its member states' },
        ]);
      // Each change answers undefined (or throws 404) for a user that does not exist.
      let user: StaffUser | undefined;
      if (role) user = await changeStaffRole(app.repositories, id, { role, countryCodes }, actorOf(request));
      if (disabled !== undefined) user = await staff.setDisabled(id, disabled, actorOf(request));
      if (!user) throw errors.notFound(`User ${id}`);
      return user;
    },
  );

  app.post(
    '/api/users/:id/password-reset',
    {
      schema: {
        tags: ['auth'],
        summary: "Reset a staff user's password: signs them out and returns a one-time password, shown once",
        params: UserIdParams,
        response: { 200: PasswordResetView, ...errorResponses(401, 403, 404, 409) },
      },
      onRequest: app.requireStaff('users:manage'),
    },
    async (request, reply) => {
      // The one-time password must not stay in a cache or a proxy's log of responses.
      reply.header('cache-control', 'no-store');
      return resetStaffPassword(app.repositories, request.params.id, actorOf(request));
    },
  );
};

export default authRoutes;
