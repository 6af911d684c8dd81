/**
 * The audit log, readable by admins: paged newest first, filtered by person, action and date, and downloadable as
 * CSV with the same filters. There is no route that changes it.
 */
import { Readable } from 'node:stream';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type, { type Static } from 'typebox';
import type { AuditEvent, AuditQuery } from '../db/repositories/audit-repository.ts';
import { errors } from '../errors.ts';
import { csvChunks } from '../export/csv-stream.ts';
import { errorResponses } from '../schemas/common.ts';

const AuditEventSchema = Type.Object({
  id: Type.Integer(),
  occurredAt: Type.String(),
  actorUserId: Type.Union([Type.Integer(), Type.Null()]),
  actorLabel: Type.String(),
  action: Type.String(),
  entityType: Type.String(),
  entityId: Type.String(),
  /** What the event is about, in words (an organisation and its country, an e-mail, a questionnaire), when known. */
  entityName: Type.Union([Type.String(), Type.Null()]),
  before: Type.Union([Type.Unknown(), Type.Null()]),
  after: Type.Union([Type.Unknown(), Type.Null()]),
});

const AuditFilters = {
  actor: Type.Optional(
    Type.String({
      minLength: 1,
      maxLength: 254,
      description: "The person: a staff user's e-mail, or system / cli",
    }),
  ),
  action: Type.Optional(
    Type.String({ pattern: '^[a-z_]+\\.[a-z_]+$', maxLength: 100, description: 'e.g. invitation.revoked' }),
  ),
  from: Type.Optional(Type.String({ format: 'date', description: 'First day (UTC), YYYY-MM-DD' })),
  to: Type.Optional(Type.String({ format: 'date', description: 'Last day (UTC), YYYY-MM-DD, included' })),
};

const AuditPageQuery = Type.Object(
  {
    ...AuditFilters,
    limit: Type.Integer({ minimum: 1, maximum: 1000, default: 200 }),
    before: Type.Optional(Type.Integer({ minimum: 1, description: 'nextBefore of the previous page' })),
  },
  { additionalProperties: false },
);
const AuditExportQuery = Type.Object(AuditFilters, { additionalProperties: false });

/** The filters as the repository takes them: whole UTC days, the last one included. */
function auditQueryOf(filters: Static<typeof AuditExportQuery>): Omit<AuditQuery, 'limit'> {
  if (filters.from && filters.to && filters.to < filters.from) {
    throw errors.validationFailed('The last day must be on or after the first day.', [
      { field: 'to', message: 'The last day must be on or after the first day.' },
    ]);
  }
  const dayAfter = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString();
  return {
    actor: filters.actor,
    action: filters.action,
    from: filters.from ? `${filters.from}T00:00:00.000Z` : undefined,
    to: filters.to ? dayAfter(filters.to) : undefined,
  };
}

const parsedSnapshot = (text: string | null): unknown => (text === null ? null : JSON.parse(text));

const auditRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { audit } = app.repositories;

  async function withNames(events: AuditEvent[]) {
    const names = await audit.entityNames(events);
    return events.map((event) => ({
      ...event,
      entityName: names.get(`${event.entityType}:${event.entityId}`) ?? null,
      before: parsedSnapshot(event.before),
      after: parsedSnapshot(event.after),
    }));
  }

  app.get(
    '/api/audit',
    {
      schema: {
        tags: ['audit'],
        summary: 'Audit events, newest first, a page at a time (who, when, what, before → after)',
        querystring: AuditPageQuery,
        response: {
          200: Type.Object({
            events: Type.Array(AuditEventSchema),
            nextBefore: Type.Union([Type.Integer(), Type.Null()], {
              description: 'Pass as `before` for the next page; null on the last page',
            }),
          }),
          ...errorResponses(400, 401, 403),
        },
      },
      onRequest: app.requireStaff('audit:read'),
    },
    async (request) => {
      const { limit, before, ...filters } = request.query;
      const page = await audit.page({ ...auditQueryOf(filters), limit, beforeId: before });
      return { events: await withNames(page.events), nextBefore: page.nextBeforeId };
    },
  );

  app.get(
    '/api/audit/filters',
    {
      schema: {
        tags: ['audit'],
        summary: 'The people and actions that occur in the audit log, for its filters',
        response: {
          200: Type.Object({ actors: Type.Array(Type.String()), actions: Type.Array(Type.String()) }),
          ...errorResponses(401, 403),
        },
      },
      onRequest: app.requireStaff('audit:read'),
    },
    async () => audit.facets(),
  );

  app.get(
    '/api/audit/export',
    {
      schema: {
        tags: ['audit'],
        summary: 'The audit events that pass the filters, newest first, as CSV',
        querystring: AuditExportQuery,
        response: { 200: Type.String({ description: 'CSV, UTF-8' }), ...errorResponses(400, 401, 403) },
      },
      onRequest: app.requireStaff('audit:read'),
    },
    async (request, reply) => {
      const query = auditQueryOf(request.query);
      async function* rows() {
        for await (const events of audit.all(query)) {
          for (const event of await withNames(events)) {
            yield [
              event.occurredAt,
              event.actorLabel,
              event.action,
              event.entityType,
              event.entityId,
              event.entityName,
              event.before === null ? null : JSON.stringify(event.before),
              event.after === null ? null : JSON.stringify(event.after),
            ];
          }
        }
      }
      const header = [
        'occurred_at',
        'actor',
        'action',
        'entity_type',
        'entity_id',
        'entity_name',
        'before',
        'after',
      ];
      return (
        reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', 'attachment; filename="tinjau-audit-log.csv"')
          // The schema documents the body as CSV text; it is sent as a stream of chunks.
          .send(Readable.from(csvChunks(header, rows())) as unknown as string)
      );
    },
  );
};

export default auditRoutes;
