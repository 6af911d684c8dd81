/** Invitations: one survey version, one member state, one organisation; looked up by the hash of their token. */
import { and, asc, count, eq, inArray, isNotNull, isNull, ne, or, type SQL, sql } from 'drizzle-orm';
import type { AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { Database } from '../open-database.ts';
import {
  auditEvents,
  invitations,
  responseExportCells,
  responses,
  surveys,
  surveyVersions,
} from '../schema.ts';
import { nowIso } from '../timestamps.ts';
import { writeTransaction } from '../write-transaction.ts';
import { type Actor, toAuditRow } from './audit-repository.ts';
import { type Survey, type SurveyVersionMeta, surveyVersionMetaColumns } from './survey-repository.ts';

export type { Actor };

export type Invitation = typeof invitations.$inferSelect;
export type NewInvitation = Omit<typeof invitations.$inferInsert, 'id' | 'createdAt' | 'status'>;

export interface InvitationFilter {
  surveyVersionIds?: number[];
  countryCodes?: string[];
  /** Include demo invitations (cli demo); left out unless true. */
  includeSynthetic?: boolean;
}

/** The conditions of a filter, shared by the lists. */
function filterConditions(filter: InvitationFilter): SQL[] {
  const conditions: SQL[] = [];
  if (filter.surveyVersionIds) conditions.push(inArray(invitations.surveyVersionId, filter.surveyVersionIds));
  if (filter.countryCodes) conditions.push(inArray(invitations.countryCode, filter.countryCodes));
  if (filter.includeSynthetic !== true) conditions.push(eq(invitations.isSynthetic, false));
  return conditions;
}

/** What duplicate detection compares an imported row with: a live invitation of the same survey and country. */
export interface DuplicateCandidate {
  invitationId: number;
  surveyId: number;
  countryCode: string;
  organisationName: string;
  contactEmail: string | null;
  createdAt: string;
}

/** Where an invitation stands, as tracking shows it. */
export type InvitationState = 'not_opened' | 'opened' | 'in_progress' | 'submitted' | 'revoked';

/** One page of the tracking table: the filters of the toolbar, in SQL, so that a page costs the same at any size. */
export interface TrackingPageQuery extends InvitationFilter {
  state?: InvitationState;
  organisationType?: Invitation['organisationType'];
  /** Part of the organisation's name, the receipt reference or (with searchContacts) the contact's name or e-mail. */
  search?: string;
  /** Contacts are searched only for users who may see them, or a search would tell who was invited. */
  searchContacts: boolean;
  offset: number;
  limit: number;
}

/** The SQL condition of one tracking state; mirrors invitationState() in server/workspace/tracking.ts. */
function stateCondition(state: InvitationState): SQL {
  const live = ne(invitations.status, 'revoked');
  switch (state) {
    case 'revoked':
      return eq(invitations.status, 'revoked');
    case 'submitted':
      return and(live, eq(responses.status, 'submitted')) as SQL;
    case 'in_progress':
      return and(live, eq(responses.status, 'in_progress')) as SQL;
    case 'opened':
      return and(live, isNull(responses.id), isNotNull(invitations.firstOpenedAt)) as SQL;
    case 'not_opened':
      return and(live, isNull(responses.id), isNull(invitations.firstOpenedAt)) as SQL;
    default:
      return state satisfies never;
  }
}

/** A LIKE condition for "contains", with the wildcards a person may type (%, _) matched as themselves. */
function contains(column: AnySQLiteColumn, text: string): SQL {
  const pattern = `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
  return sql`${column} LIKE ${pattern} ESCAPE '\\'`;
}

/** An invitation with the state of its response, for tracking tables and progress by country. */
export interface InvitationWithResponse {
  invitation: Invitation;
  response: {
    status: 'in_progress' | 'submitted';
    answers: string;
    updatedAt: string;
    submittedAt: string | null;
  } | null;
}

/** What every respondent request starts from: the invitation a token opens, its survey version and survey. */
export interface InvitationContext {
  invitation: Invitation;
  version: SurveyVersionMeta;
  survey: Survey;
}

/** An invitation row joined to its response's columns, as the lists return it. */
function withResponse(row: {
  invitation: Invitation;
  status: 'in_progress' | 'submitted' | null;
  answers: string | null;
  updatedAt: string | null;
  submittedAt: string | null;
}): InvitationWithResponse {
  return {
    invitation: row.invitation,
    response:
      row.status && row.answers && row.updatedAt
        ? { status: row.status, answers: row.answers, updatedAt: row.updatedAt, submittedAt: row.submittedAt }
        : null,
  };
}

/**
 * What erasing a person's data does to their response's answers, decided outside the store (from the codebook):
 * the answers without the personal ones, the names of the questions erased (for the audit log, never their values)
 * and, for a submitted response, its wide-export cells written again from what is kept.
 */
export type PersonalAnswersEraser = (answers: Record<string, unknown>) => {
  answers: Record<string, unknown>;
  erasedQuestions: string[];
  exportCells: { layout: string; cells: string };
};

/** What the audit log keeps of an invitation: never the token hash, contact data only as "present". */
function auditView(invitation: Invitation) {
  return {
    surveyVersionId: invitation.surveyVersionId,
    countryCode: invitation.countryCode,
    organisationName: invitation.organisationName,
    organisationType: invitation.organisationType,
    status: invitation.status,
  };
}

export function createInvitationRepository(db: Database) {
  // Every respondent request (each autosave among them) starts here: one join, prepared once.
  const activeContextByTokenHash = db
    .select({ invitation: invitations, version: surveyVersionMetaColumns, survey: surveys })
    .from(invitations)
    .innerJoin(surveyVersions, eq(surveyVersions.id, invitations.surveyVersionId))
    .innerJoin(surveys, eq(surveys.id, surveyVersions.surveyId))
    .where(and(eq(invitations.tokenHash, sql.placeholder('tokenHash')), eq(invitations.status, 'active')))
    .prepare();

  /**
   * Changes one invitation and records the change in the audit log, in one transaction. `change` says what to set
   * (nothing: leave it as it is); `describe` is what the audit log keeps of the invitation before and after.
   */
  function updateAudited(
    id: number,
    actor: Actor,
    action: string,
    change: (before: Invitation) => Partial<typeof invitations.$inferInsert> | undefined,
    describe: (invitation: Invitation) => unknown = auditView,
  ): Promise<Invitation | undefined> {
    return Promise.resolve(
      writeTransaction(db, (tx) => {
        const before = tx.select().from(invitations).where(eq(invitations.id, id)).get();
        const values = before ? change(before) : undefined;
        if (!before || !values) return before;
        const after = tx.update(invitations).set(values).where(eq(invitations.id, id)).returning().get();
        tx.insert(auditEvents)
          .values(
            toAuditRow({
              ...actor,
              action,
              entityType: 'invitation',
              entityId: id,
              before: describe(before),
              after: describe(after),
            }),
          )
          .run();
        return after;
      }),
    );
  }

  /** Invitations joined to their responses' state columns, in creation order. */
  const withResponses = (where: SQL | undefined) =>
    db
      .select({
        invitation: invitations,
        status: responses.status,
        answers: responses.answers,
        updatedAt: responses.updatedAt,
        submittedAt: responses.submittedAt,
      })
      .from(invitations)
      .leftJoin(responses, eq(responses.invitationId, invitations.id))
      .where(where)
      .orderBy(asc(invitations.id));

  return {
    /** Creates all or none: one bad row in a batch leaves nothing behind. */
    async createMany(rows: NewInvitation[], actor: Actor): Promise<Invitation[]> {
      return writeTransaction(db, (tx) => {
        const now = nowIso();
        return rows.map((row) => {
          const invitation = tx
            .insert(invitations)
            .values({ ...row, createdAt: now, status: 'active' })
            .returning()
            .get();
          tx.insert(auditEvents)
            .values(
              toAuditRow({
                ...actor,
                action: 'invitation.created',
                entityType: 'invitation',
                entityId: invitation.id,
                after: auditView(invitation),
              }),
            )
            .run();
          return invitation;
        });
      });
    },

    /**
     * On every respondent request: read fresh each time, so that a revocation, a closed version or new dates by any
     * process are seen at once. Cheap because the version row no longer holds the definition text.
     */
    async findActiveContextByTokenHash(tokenHash: string): Promise<InvitationContext | undefined> {
      return activeContextByTokenHash.get({ tokenHash });
    },

    async findById(id: number): Promise<Invitation | undefined> {
      const [invitation] = await db.select().from(invitations).where(eq(invitations.id, id));
      return invitation;
    },

    async list(filter: InvitationFilter = {}): Promise<Invitation[]> {
      const conditions = filterConditions(filter);
      return db
        .select()
        .from(invitations)
        .where(conditions.length > 0 ? and(...conditions) : undefined)
        .orderBy(asc(invitations.id));
    },

    async listWithResponses(filter: InvitationFilter = {}): Promise<InvitationWithResponse[]> {
      const conditions = filterConditions(filter);
      const rows = await withResponses(conditions.length > 0 ? and(...conditions) : undefined);
      return rows.map(withResponse);
    },

    /**
     * Live invitations (not revoked, not demo data) of these surveys in these member states, for telling whether an
     * imported row invites an organisation again.
     */
    async listDuplicateCandidates(
      surveyIds: number[],
      countryCodes: string[],
    ): Promise<DuplicateCandidate[]> {
      if (surveyIds.length === 0 || countryCodes.length === 0) return [];
      return db
        .select({
          invitationId: invitations.id,
          surveyId: surveyVersions.surveyId,
          countryCode: invitations.countryCode,
          organisationName: invitations.organisationName,
          contactEmail: invitations.contactEmail,
          createdAt: invitations.createdAt,
        })
        .from(invitations)
        .innerJoin(surveyVersions, eq(surveyVersions.id, invitations.surveyVersionId))
        .where(
          and(
            inArray(surveyVersions.surveyId, surveyIds),
            inArray(invitations.countryCode, countryCodes),
            eq(invitations.status, 'active'),
            eq(invitations.isSynthetic, false),
          ),
        )
        .orderBy(asc(invitations.id));
    },

    /** One page of tracking rows, in creation order, and how many rows the filters match in all. */
    async trackingPage(
      query: TrackingPageQuery,
    ): Promise<{ entries: InvitationWithResponse[]; total: number }> {
      const conditions = filterConditions(query);
      if (query.state) conditions.push(stateCondition(query.state));
      if (query.organisationType) conditions.push(eq(invitations.organisationType, query.organisationType));
      const search = query.search?.trim();
      if (search) {
        const searched: AnySQLiteColumn[] = [invitations.organisationName, responses.reference];
        if (query.searchContacts) searched.push(invitations.contactName, invitations.contactEmail);
        conditions.push(or(...searched.map((column) => contains(column, search))) as SQL);
      }
      const where = conditions.length > 0 ? and(...conditions) : undefined;
      const [counted] = await db
        .select({ total: count() })
        .from(invitations)
        .leftJoin(responses, eq(responses.invitationId, invitations.id))
        .where(where);
      const rows = await withResponses(where).limit(query.limit).offset(query.offset);
      return { entries: rows.map(withResponse), total: counted?.total ?? 0 };
    },

    /** Notes that the respondent opened or used the link. */
    async recordActivity(id: number, at: string): Promise<void> {
      const [invitation] = await db
        .select({ firstOpenedAt: invitations.firstOpenedAt })
        .from(invitations)
        .where(eq(invitations.id, id));
      await db
        .update(invitations)
        .set({ lastActivityAt: at, ...(invitation?.firstOpenedAt ? {} : { firstOpenedAt: at }) })
        .where(eq(invitations.id, id));
    },

    async revoke(id: number, actor: Actor): Promise<Invitation | undefined> {
      return updateAudited(id, actor, 'invitation.revoked', (before) =>
        before.status === 'revoked' ? undefined : { status: 'revoked', revokedAt: nowIso() },
      );
    },

    /**
     * Removes the contact name and e-mail (a person's request) and, with `erasePersonalAnswers`, the response's
     * answers to questions marked personal data, in one transaction; the anonymous answers stay.
     */
    async eraseContact(
      id: number,
      actor: Actor,
      erasePersonalAnswers?: PersonalAnswersEraser,
    ): Promise<Invitation | undefined> {
      // The audit log records that the erasure happened and which questions it covered, never the erased data.
      const presence = (invitation: Invitation) => ({
        contactName: invitation.contactName ? 'present' : 'absent',
        contactEmail: invitation.contactEmail ? 'present' : 'absent',
      });
      return Promise.resolve(
        writeTransaction(db, (tx) => {
          const before = tx.select().from(invitations).where(eq(invitations.id, id)).get();
          if (!before) return undefined;
          const after = tx
            .update(invitations)
            .set({ contactName: null, contactEmail: null })
            .where(eq(invitations.id, id))
            .returning()
            .get();
          const response = tx.select().from(responses).where(eq(responses.invitationId, id)).get();
          const erasure =
            response && erasePersonalAnswers
              ? erasePersonalAnswers(JSON.parse(response.answers) as Record<string, unknown>)
              : undefined;
          if (response && erasure && erasure.erasedQuestions.length > 0) {
            tx.update(responses)
              .set({ answers: JSON.stringify(erasure.answers) })
              .where(eq(responses.id, response.id))
              .run();
            // Cells stored before the questions were marked personal may still hold the erased answers.
            if (response.status === 'submitted')
              tx.insert(responseExportCells)
                .values({ responseId: response.id, ...erasure.exportCells })
                .onConflictDoUpdate({ target: responseExportCells.responseId, set: erasure.exportCells })
                .run();
          }
          const answers = erasure
            ? { before: { personalAnswers: erasure.erasedQuestions }, after: { personalAnswers: [] } }
            : undefined;
          tx.insert(auditEvents)
            .values(
              toAuditRow({
                ...actor,
                action: 'invitation.contact_erased',
                entityType: 'invitation',
                entityId: id,
                before: { ...presence(before), ...answers?.before },
                after: { ...presence(after), ...answers?.after },
              }),
            )
            .run();
          return after;
        }),
      );
    },

    /**
     * A new token for the same invitation (the old link stops working at once). A revoked invitation stays revoked:
     * it is returned unchanged, so that a reissue never silently brings back a link someone chose to end.
     */
    async replaceToken(id: number, tokenHash: string, actor: Actor): Promise<Invitation | undefined> {
      return updateAudited(id, actor, 'invitation.token_reissued', (before) =>
        before.status === 'revoked' ? undefined : { tokenHash },
      );
    },
  };
}

export type InvitationRepository = ReturnType<typeof createInvitationRepository>;
