/**
 * Responses: one per invitation. Progress saves merge answers by question name; submission happens once — the
 * status check and the update share a transaction, and the unique invitation id makes a second row impossible.
 */
import { and, eq } from 'drizzle-orm';
import type { Database } from '../open-database.ts';
import { invitations, responses } from '../schema.ts';
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

export function parseAnswers(row: Pick<ResponseRow, 'answers'>): Answers {
  return JSON.parse(row.answers) as Answers;
}

export function createResponseRepository(db: Database) {
  return {
    async findByInvitation(invitationId: number): Promise<ResponseRow | undefined> {
      const [row] = await db.select().from(responses).where(eq(responses.invitationId, invitationId));
      return row;
    },

    async saveProgress(input: SaveProgressInput): Promise<SaveProgressResult> {
      return db.transaction((tx) => {
        const now = nowIso();
        const existing = tx
          .select()
          .from(responses)
          .where(eq(responses.invitationId, input.invitationId))
          .get();
        if (existing?.status === 'submitted') return { outcome: 'already_submitted' as const };
        const merged = { ...(existing ? parseAnswers(existing) : {}), ...input.answers };
        // A null answer clears the question, as SurveyJS does when a respondent empties a field.
        for (const [name, value] of Object.entries(merged)) if (value === null) delete merged[name];
        if (existing) {
          tx.update(responses)
            .set({
              answers: JSON.stringify(merged),
              page: input.page,
              locale: input.locale ?? existing.locale,
              updatedAt: now,
            })
            .where(eq(responses.id, existing.id))
            .run();
        } else {
          tx.insert(responses)
            .values({
              invitationId: input.invitationId,
              surveyVersionId: input.surveyVersionId,
              answers: JSON.stringify(merged),
              page: input.page,
              status: 'in_progress',
              locale: input.locale,
              startedAt: now,
              updatedAt: now,
            })
            .run();
        }
        tx.update(invitations)
          .set({ lastActivityAt: now })
          .where(eq(invitations.id, input.invitationId))
          .run();
        return { outcome: 'saved' as const, savedAt: now };
      });
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
