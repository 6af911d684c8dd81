/**
 * Demo data (what `cli demo` makes): counted and removed, with nothing real touched. A demo invitation is marked
 * (invitations.is_synthetic) and so is its response (responses.is_synthetic); removal takes only marked invitations,
 * their marked responses and those responses' stored export cells.
 */
import { setImmediate } from 'node:timers/promises';
import { and, asc, count, eq, gt, inArray, notExists, type SQL, sql } from 'drizzle-orm';
import type { Database } from '../open-database.ts';
import { auditEvents, invitations, responseExportCells, responses } from '../schema.ts';
import { writeTransaction } from '../write-transaction.ts';
import { type Actor, toAuditRow } from './audit-repository.ts';

export interface DemoDataCounts {
  invitations: number;
  responses: number;
}

/** Where to count or remove: one survey's versions, with the survey for the audit log. */
export interface DemoDataScope {
  surveyId: number;
  surveyVersionIds: number[];
}

/**
 * Invitations removed per transaction: each batch holds the write lock for a few milliseconds, and between batches
 * respondents' saves and other requests get their turn.
 */
const removalBatchSize = 500;

export function createDemoDataRepository(db: Database) {
  const inScope = (
    scope: DemoDataScope,
    column: typeof invitations.surveyVersionId | typeof responses.surveyVersionId,
  ): SQL => inArray(column, scope.surveyVersionIds);

  /** Demo invitations and responses of a survey, within some member states when given (a coordinator's). */
  async function countIn(scope: DemoDataScope, countryCodes?: string[]): Promise<DemoDataCounts> {
    const inCountries = countryCodes ? inArray(invitations.countryCode, countryCodes) : undefined;
    const [invited] = await db
      .select({ rows: count() })
      .from(invitations)
      .where(
        and(eq(invitations.isSynthetic, true), inScope(scope, invitations.surveyVersionId), inCountries),
      );
    const [answered] = await db
      .select({ rows: count() })
      .from(responses)
      .innerJoin(invitations, eq(invitations.id, responses.invitationId))
      .where(and(eq(responses.isSynthetic, true), inScope(scope, responses.surveyVersionId), inCountries));
    return { invitations: invited?.rows ?? 0, responses: answered?.rows ?? 0 };
  }

  /**
   * One batch of marked invitations after `afterId`: their marked responses and stored cells, then the invitations
   * left bare. `lastId` is where the next batch starts, `selected` how many were looked at.
   */
  function removeBatch(
    scope: DemoDataScope,
    afterId: number,
  ): DemoDataCounts & { lastId: number; selected: number } {
    return writeTransaction(db, (tx) => {
      const ids = tx
        .select({ id: invitations.id })
        .from(invitations)
        .where(
          and(
            eq(invitations.isSynthetic, true),
            gt(invitations.id, afterId),
            inScope(scope, invitations.surveyVersionId),
          ),
        )
        .orderBy(asc(invitations.id))
        .limit(removalBatchSize)
        .all()
        .map((row) => row.id);
      const lastId = ids.at(-1) ?? afterId;
      if (ids.length === 0) return { invitations: 0, responses: 0, lastId, selected: 0 };
      const demoResponses = and(inArray(responses.invitationId, ids), eq(responses.isSynthetic, true));
      tx.delete(responseExportCells)
        .where(
          inArray(
            responseExportCells.responseId,
            tx.select({ id: responses.id }).from(responses).where(demoResponses),
          ),
        )
        .run();
      const removedResponses = tx.delete(responses).where(demoResponses).run().changes;
      // An invitation is removed only once nothing hangs from it: a real response would keep it (there is none).
      const removedInvitations = tx
        .delete(invitations)
        .where(
          and(
            inArray(invitations.id, ids),
            notExists(
              tx.select({ one: sql`1` }).from(responses).where(eq(responses.invitationId, invitations.id)),
            ),
          ),
        )
        .run().changes;
      return {
        invitations: removedInvitations,
        responses: removedResponses,
        lastId,
        selected: ids.length,
      };
    });
  }

  return {
    count: countIn,

    /**
     * Removes the demo data of a survey, a batch at a time, and records one audit event with the numbers removed.
     * Responses marked synthetic whose invitation is not (none are made so) stay.
     */
    async remove(scope: DemoDataScope, actor: Actor): Promise<DemoDataCounts> {
      const removed: DemoDataCounts = { invitations: 0, responses: 0 };
      let afterId = 0;
      for (;;) {
        const batch = removeBatch(scope, afterId);
        removed.invitations += batch.invitations;
        removed.responses += batch.responses;
        afterId = batch.lastId;
        if (batch.selected < removalBatchSize) break;
        await setImmediate(); // a turn for respondents between batches
      }
      await db.insert(auditEvents).values(
        toAuditRow({
          ...actor,
          action: 'demo_data.removed',
          entityType: 'survey',
          entityId: scope.surveyId,
          before: removed,
          after: { invitations: 0, responses: 0 },
        }),
      );
      return removed;
    },
  };
}

export type DemoDataRepository = ReturnType<typeof createDemoDataRepository>;
