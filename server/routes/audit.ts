/** The audit log, readable by admins; there is no route that changes it. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { errorResponses } from '../schemas/common.ts';

const AuditEventSchema = Type.Object({
  id: Type.Integer(),
  occurredAt: Type.String(),
  actorUserId: Type.Union([Type.Integer(), Type.Null()]),
  actorLabel: Type.String(),
  action: Type.String(),
  entityType: Type.String(),
  entityId: Type.String(),
  before: Type.Union([Type.Unknown(), Type.Null()]),
  after: Type.Union([Type.Unknown(), Type.Null()]),
});

const auditRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/api/audit',
    {
      schema: {
        tags: ['audit'],
        summary: 'The newest audit events (who, when, what, before → after)',
        querystring: Type.Object(
          { limit: Type.Integer({ minimum: 1, maximum: 1000, default: 200 }) },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({ events: Type.Array(AuditEventSchema) }),
          ...errorResponses(400, 401, 403),
        },
      },
      onRequest: app.requireStaff('audit:read'),
    },
    async (request) => {
      const events = await app.repositories.audit.list(request.query.limit);
      return {
        events: events.map((event) => ({
          ...event,
          before: event.before === null ? null : JSON.parse(event.before),
          after: event.after === null ? null : JSON.parse(event.after),
        })),
      };
    },
  );
};

export default auditRoutes;
