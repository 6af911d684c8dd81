/** Small helpers every staff route uses. */
import type { FastifyRequest } from 'fastify';
import type { Actor } from '../db/repositories/audit-repository.ts';

/** The signed-in staff user as the actor of an audited change. */
export function actorOf(request: FastifyRequest): Actor {
  const user = request.staffSession?.user;
  return user ? { actorUserId: user.id, actorLabel: user.email } : { actorLabel: 'anonymous' };
}
