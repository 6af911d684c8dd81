/**
 * The bound on exports running at once (server/export/export-slots.ts), for every route that reads all the responses
 * of a survey: each asks with `preHandler: app.holdExportSlot`, which runs after requireStaff, so the slot is the
 * signed-in user's. A refused request gets 429 with Retry-After. The slot is held until the response closes, which
 * it does however it ends: sent in full, ended by an error, or cut off by the client.
 */
import type { FastifyInstance, preHandlerAsyncHookHandler } from 'fastify';
import fp from 'fastify-plugin';
import { errors } from '../errors.ts';
import {
  createExportSlots,
  type ExportSlotLimits,
  type ExportSlots,
  exportRetryAfterSeconds,
} from '../export/export-slots.ts';

export interface ExportSlotsOptions {
  limits?: ExportSlotLimits;
}

declare module 'fastify' {
  interface FastifyInstance {
    exportSlots: ExportSlots;
    holdExportSlot: preHandlerAsyncHookHandler;
  }
}

export default fp(async function exportSlotsPlugin(app: FastifyInstance, options: ExportSlotsOptions) {
  const slots = createExportSlots(options.limits);
  app.decorate('exportSlots', slots);
  app.decorate('holdExportSlot', async (request, reply) => {
    const user = request.staffSession?.user;
    if (!user) throw errors.unauthenticated();
    const claim = slots.claim(user.id);
    switch (claim.outcome) {
      case 'claimed':
        reply.raw.once('close', claim.release);
        // A client already gone has closed its response before the listener was added.
        if (request.raw.socket.destroyed) claim.release();
        return;
      case 'refused':
        reply.header('retry-after', String(exportRetryAfterSeconds));
        throw errors.tooManyExports(claim.bound);
      default:
        claim satisfies never;
    }
  });
});
