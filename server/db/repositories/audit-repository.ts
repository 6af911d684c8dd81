/** Append-only audit trail: there is deliberately no update or delete here. */
import { and, desc, eq, gte, inArray, lt, type SQL } from 'drizzle-orm';
import type { Database } from '../open-database.ts';
import { auditEvents, invitations, staffUsers, surveys, surveyVersions } from '../schema.ts';
import { nowIso } from '../timestamps.ts';

/** Who did something: a staff user, or 'system' / 'cli' when no person is signed in. */
export interface Actor {
  actorLabel: string;
  actorUserId?: number | null;
}

export interface AuditEventInput {
  actorUserId?: number | null;
  actorLabel: string;
  action: string;
  entityType: string;
  entityId: string | number;
  before?: unknown;
  after?: unknown;
}

export type AuditEvent = typeof auditEvents.$inferSelect;

export function toAuditRow(event: AuditEventInput): typeof auditEvents.$inferInsert {
  return {
    occurredAt: nowIso(),
    actorUserId: event.actorUserId ?? null,
    actorLabel: event.actorLabel,
    action: event.action,
    entityType: event.entityType,
    entityId: String(event.entityId),
    before: event.before === undefined ? null : JSON.stringify(event.before),
    after: event.after === undefined ? null : JSON.stringify(event.after),
  };
}

export function createAuditRepository(db: Database) {
  return {
    async record(event: AuditEventInput): Promise<void> {
      await db.insert(auditEvents).values(toAuditRow(event));
    },
    async listForEntity(entityType: string, entityId: string | number): Promise<AuditEvent[]> {
      return db
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.entityType, entityType), eq(auditEvents.entityId, String(entityId))))
        .orderBy(desc(auditEvents.id));
    },
    /**
     * One page of events, newest first, after the filters. Paged by id (keyset), not by offset, so a page costs the
     * same however deep it is and events recorded meanwhile never shift what the next page holds.
     */
    async page(query: AuditQuery): Promise<AuditPage> {
      const rows = await db
        .select()
        .from(auditEvents)
        .where(
          and(...auditConditions(query), query.beforeId ? lt(auditEvents.id, query.beforeId) : undefined),
        )
        .orderBy(desc(auditEvents.id))
        .limit(query.limit + 1);
      const events = rows.slice(0, query.limit);
      const more = rows.length > query.limit;
      return { events, nextBeforeId: more ? (events.at(-1)?.id ?? null) : null };
    },

    /** Every event that passes the filters, newest first, in pages of `pageSize` (for the CSV download). */
    async *all(query: Omit<AuditQuery, 'beforeId' | 'limit'>, pageSize = 500): AsyncGenerator<AuditEvent[]> {
      let beforeId: number | undefined;
      for (;;) {
        const { events, nextBeforeId } = await this.page({ ...query, beforeId, limit: pageSize });
        if (events.length > 0) yield events;
        if (nextBeforeId === null) return;
        beforeId = nextBeforeId;
      }
    },

    /** The people and actions that occur in the log: the choices of its filters. */
    async facets(): Promise<{ actors: string[]; actions: string[] }> {
      const actors = await db
        .selectDistinct({ label: auditEvents.actorLabel })
        .from(auditEvents)
        .orderBy(auditEvents.actorLabel);
      const actions = await db
        .selectDistinct({ action: auditEvents.action })
        .from(auditEvents)
        .orderBy(auditEvents.action);
      return { actors: actors.map((row) => row.label), actions: actions.map((row) => row.action) };
    },

    /** A name for what each event is about (an organisation, an e-mail, a questionnaire), keyed `type:id`. */
    async entityNames(events: AuditEvent[]): Promise<Map<string, string>> {
      const idsOf = (type: string) =>
        [
          ...new Set(
            events.filter((event) => event.entityType === type).map((event) => Number(event.entityId)),
          ),
        ].filter(Number.isInteger);
      const names = new Map<string, string>();
      const invitationIds = idsOf('invitation');
      if (invitationIds.length > 0) {
        const rows = await db
          .select({
            id: invitations.id,
            name: invitations.organisationName,
            country: invitations.countryCode,
          })
          .from(invitations)
          .where(inArray(invitations.id, invitationIds));
        for (const row of rows) names.set(`invitation:${row.id}`, `${row.name} (${row.country})`);
      }
      const userIds = idsOf('staff_user');
      if (userIds.length > 0) {
        const rows = await db
          .select({ id: staffUsers.id, email: staffUsers.email })
          .from(staffUsers)
          .where(inArray(staffUsers.id, userIds));
        for (const row of rows) names.set(`staff_user:${row.id}`, row.email);
      }
      const surveyIds = idsOf('survey');
      if (surveyIds.length > 0) {
        const rows = await db
          .select({ id: surveys.id, slug: surveys.slug })
          .from(surveys)
          .where(inArray(surveys.id, surveyIds));
        for (const row of rows) names.set(`survey:${row.id}`, row.slug);
      }
      const versionIds = idsOf('survey_version');
      if (versionIds.length > 0) {
        const rows = await db
          .select({ id: surveyVersions.id, number: surveyVersions.versionNumber, slug: surveys.slug })
          .from(surveyVersions)
          .innerJoin(surveys, eq(surveys.id, surveyVersions.surveyId))
          .where(inArray(surveyVersions.id, versionIds));
        for (const row of rows) names.set(`survey_version:${row.id}`, `${row.slug} version ${row.number}`);
      }
      return names;
    },
  };
}

export interface AuditQuery {
  limit: number;
  /** Only events older than this id: the next page. */
  beforeId?: number | undefined;
  /** The actor's label: a staff user's e-mail, or 'system' / 'cli'. */
  actor?: string | undefined;
  action?: string | undefined;
  /** ISO instants, `from` inclusive, `to` exclusive. */
  from?: string | undefined;
  to?: string | undefined;
}

export interface AuditPage {
  events: AuditEvent[];
  /** Ask with this as beforeId for the next page; null on the last page. */
  nextBeforeId: number | null;
}

function auditConditions(query: AuditQuery): (SQL | undefined)[] {
  return [
    query.actor === undefined ? undefined : eq(auditEvents.actorLabel, query.actor),
    query.action === undefined ? undefined : eq(auditEvents.action, query.action),
    query.from === undefined ? undefined : gte(auditEvents.occurredAt, query.from),
    query.to === undefined ? undefined : lt(auditEvents.occurredAt, query.to),
  ];
}

export type AuditRepository = ReturnType<typeof createAuditRepository>;
