/** Append-only audit trail: there is deliberately no update or delete here. */
import { and, desc, eq } from 'drizzle-orm';
import type { Database } from '../open-database.ts';
import { auditEvents } from '../schema.ts';
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
    async list(limit: number): Promise<AuditEvent[]> {
      return db.select().from(auditEvents).orderBy(desc(auditEvents.id)).limit(limit);
    },
  };
}

export type AuditRepository = ReturnType<typeof createAuditRepository>;
