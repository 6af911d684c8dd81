/**
 * Responses: one per invitation. Progress saves merge answers by question name; submission happens once — the
 * status check and the update share a transaction, and the unique invitation id makes a second row impossible.
 */
import { and, asc, count, eq, gt, inArray, max, type SQL, sql } from 'drizzle-orm';
import type { Database } from '../open-database.ts';
import { invitations, responses, surveyVersions } from '../schema.ts';
import { nowIso } from '../timestamps.ts';

export type ResponseRow = typeof responses.$inferSelect;
export type Answers = Record<string, unknown>;

export interface SaveProgressInput {
  invitationId: number;
  surveyVersionId: number;
  answers: Answers;
  page: number;
  locale: string | null;
}

export type SaveProgressResult = { outcome: 'saved'; savedAt: string } | { outcome: 'already_submitted' };

export interface SubmitInput {
  invitationId: number;
  surveyVersionId: number;
  answers: Answers;
  locale: string | null;
  reference: string;
}

export type SubmitResult =
  | { outcome: 'submitted'; reference: string; submittedAt: string }
  | { outcome: 'already_submitted'; reference: string; submittedAt: string };

/** One response with what analysis needs of its invitation and version (the shape of analysis/ResponseRecord). */
export interface StoredResponseRecord {
  id: number;
  countryCode: string;
  organisationName: string;
  organisationType: 'ministry' | 'agency' | 'local_government' | 'other';
  versionNumber: number;
  locale: string | null;
  startedAt: string;
  submittedAt: string | null;
  isSynthetic: boolean;
  answers: Record<string, unknown>;
  contactName?: string | null;
  contactEmail?: string | null;
}

export interface ResponseScope {
  surveyVersionIds: number[];
  countryCodes?: string[];
  submittedOnly: boolean;
  /** Include the invitee's contact name and e-mail (personal data). */
  withContacts?: boolean;
}

/** Question names are checked against the codebook before they get here; the path quotes them all the same. */
function answerPath(name: string): string {
  return `$."${name.replaceAll('"', '')}"`;
}

/** SQL that sets each answered question of `answers` on `base` (JSON text) and removes each question given as null. */
function mergeAnswersSql(base: SQL, answers: Answers): SQL {
  const entries = Object.entries(answers);
  const set = entries.filter(([, value]) => value !== null && value !== undefined);
  const removed = entries.filter(([, value]) => value === null);
  let expression = base;
  if (set.length > 0) {
    const pairs = set.map(([name, value]) => sql`${answerPath(name)}, json(${JSON.stringify(value)})`);
    expression = sql`json_set(${expression}, ${sql.join(pairs, sql`, `)})`;
  }
  if (removed.length > 0) {
    expression = sql`json_remove(${expression}, ${sql.join(
      removed.map(([name]) => sql`${answerPath(name)}`),
      sql`, `,
    )})`;
  }
  return sql`json(${expression})`;
}

export function parseAnswers(row: Pick<ResponseRow, 'answers'>): Answers {
  return JSON.parse(row.answers) as Answers;
}

export function createResponseRepository(db: Database) {
  return {
    async findByInvitation(invitationId: number): Promise<ResponseRow | undefined> {
      const [row] = await db.select().from(responses).where(eq(responses.invitationId, invitationId));
      return row;
    },

    /**
     * Streams responses in id order, a page at a time (keyset pagination), so that exports of 100,000 responses keep
     * memory flat and the query works the same on any SQL engine.
     */
    async *streamRecords(scope: ResponseScope, pageSize = 2000): AsyncGenerator<StoredResponseRecord> {
      let afterId = 0;
      for (;;) {
        const conditions: SQL[] = [
          inArray(responses.surveyVersionId, scope.surveyVersionIds),
          gt(responses.id, afterId),
        ];
        if (scope.countryCodes) conditions.push(inArray(invitations.countryCode, scope.countryCodes));
        if (scope.submittedOnly) conditions.push(eq(responses.status, 'submitted'));
        const page = await db
          .select({
            id: responses.id,
            countryCode: invitations.countryCode,
            organisationName: invitations.organisationName,
            organisationType: invitations.organisationType,
            versionNumber: surveyVersions.versionNumber,
            locale: responses.locale,
            startedAt: responses.startedAt,
            submittedAt: responses.submittedAt,
            isSynthetic: responses.isSynthetic,
            answers: responses.answers,
            contactName: invitations.contactName,
            contactEmail: invitations.contactEmail,
          })
          .from(responses)
          .innerJoin(invitations, eq(invitations.id, responses.invitationId))
          .innerJoin(surveyVersions, eq(surveyVersions.id, responses.surveyVersionId))
          .where(and(...conditions))
          .orderBy(asc(responses.id))
          .limit(pageSize);
        for (const { contactName, contactEmail, ...row } of page) {
          yield {
            ...row,
            answers: JSON.parse(row.answers) as Record<string, unknown>,
            ...(scope.withContacts ? { contactName, contactEmail } : {}),
          };
        }
        if (page.length < pageSize) return;
        afterId = page.at(-1)?.id ?? afterId;
      }
    },

    /** A fingerprint that changes whenever responses of these versions change: for caching aggregates. */
    async dataVersion(surveyVersionIds: number[]): Promise<string> {
      const [row] = await db
        .select({ rows: count(), lastUpdate: max(responses.updatedAt) })
        .from(responses)
        .where(inArray(responses.surveyVersionId, surveyVersionIds));
      return `${row?.rows ?? 0}:${row?.lastUpdate ?? ''}`;
    },

    /** Demo data: invitations and submitted responses in one transaction per batch, marked synthetic. */
    async insertSynthetic(
      rows: Array<{
        surveyVersionId: number;
        countryCode: string;
        organisationName: string;
        organisationType: 'ministry' | 'agency' | 'local_government' | 'other';
        tokenHash: string;
        answers: Answers;
        locale: string;
        reference: string;
        submittedAt: string;
      }>,
    ): Promise<void> {
      db.transaction((tx) => {
        const createdAt = nowIso();
        for (const row of rows) {
          const invitation = tx
            .insert(invitations)
            .values({
              surveyVersionId: row.surveyVersionId,
              countryCode: row.countryCode,
              organisationName: row.organisationName,
              organisationType: row.organisationType,
              tokenHash: row.tokenHash,
              createdAt,
              firstOpenedAt: row.submittedAt,
              lastActivityAt: row.submittedAt,
            })
            .returning({ id: invitations.id })
            .get();
          tx.insert(responses)
            .values({
              invitationId: invitation.id,
              surveyVersionId: row.surveyVersionId,
              answers: JSON.stringify(row.answers),
              page: 0,
              status: 'submitted',
              locale: row.locale,
              reference: row.reference,
              isSynthetic: true,
              startedAt: row.submittedAt,
              updatedAt: row.submittedAt,
              submittedAt: row.submittedAt,
            })
            .run();
        }
      });
    },

    /**
     * One upsert: answers merged by question name inside SQLite (json_set per answered question, json_remove for
     * each null), refused by the WHERE once the response is submitted. Last activity is the response's updatedAt,
     * so the invitation row is not written on every save.
     */
    async saveProgress(input: SaveProgressInput): Promise<SaveProgressResult> {
      const now = nowIso();
      const merge = (base: SQL) => mergeAnswersSql(base, input.answers);
      const result = await db
        .insert(responses)
        .values({
          invitationId: input.invitationId,
          surveyVersionId: input.surveyVersionId,
          answers: merge(sql`'{}'`),
          page: input.page,
          status: 'in_progress',
          locale: input.locale,
          startedAt: now,
          updatedAt: now,
        })
        .onConflictDoUpdate({
          target: responses.invitationId,
          set: {
            answers: merge(sql`${responses.answers}`),
            page: input.page,
            locale: input.locale ?? sql`${responses.locale}`,
            updatedAt: now,
          },
          setWhere: sql`${responses.status} = 'in_progress'`,
        });
      return result.changes === 0 ? { outcome: 'already_submitted' } : { outcome: 'saved', savedAt: now };
    },

    async submit(input: SubmitInput): Promise<SubmitResult> {
      return db.transaction((tx) => {
        const now = nowIso();
        const existing = tx
          .select()
          .from(responses)
          .where(eq(responses.invitationId, input.invitationId))
          .get();
        if (existing?.status === 'submitted' && existing.reference && existing.submittedAt) {
          return {
            outcome: 'already_submitted' as const,
            reference: existing.reference,
            submittedAt: existing.submittedAt,
          };
        }
        const values = {
          answers: JSON.stringify(input.answers),
          status: 'submitted' as const,
          reference: input.reference,
          locale: input.locale ?? existing?.locale ?? null,
          updatedAt: now,
          submittedAt: now,
        };
        if (existing) {
          tx.update(responses)
            .set(values)
            .where(and(eq(responses.id, existing.id), eq(responses.status, 'in_progress')))
            .run();
        } else {
          tx.insert(responses)
            .values({
              ...values,
              invitationId: input.invitationId,
              surveyVersionId: input.surveyVersionId,
              page: 0,
              startedAt: now,
            })
            .run();
        }
        tx.update(invitations)
          .set({ lastActivityAt: now })
          .where(eq(invitations.id, input.invitationId))
          .run();
        return { outcome: 'submitted' as const, reference: input.reference, submittedAt: now };
      });
    },
  };
}

export type ResponseRepository = ReturnType<typeof createResponseRepository>;
