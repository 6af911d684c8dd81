/** Small helpers every staff route uses. */
import type { FastifyRequest } from 'fastify';
import { can } from '../auth/permissions.ts';
import type { Actor } from '../db/repositories/audit-repository.ts';
import type { StaffUser } from '../db/repositories/staff-repository.ts';
import { errors } from '../errors.ts';

/** The signed-in staff user as the actor of an audited change. */
export function actorOf(request: FastifyRequest): Actor {
  const user = request.staffSession?.user;
  return user ? { actorUserId: user.id, actorLabel: user.email } : { actorLabel: 'anonymous' };
}

/**
 * Whether a request asked for personal data (`contacts=true`: invitation contacts and answers to questions marked
 * personal), refusing it to anyone but admins and researchers. The one check every route that can return it makes.
 */
export function personalDataRequested(user: StaffUser, contacts: boolean | undefined): boolean {
  if (!contacts) return false;
  if (!can(user, 'contacts:read'))
    throw errors.forbiddenWithReason('Personal data are only for admins and researchers.');
  return true;
}
