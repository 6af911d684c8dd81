/**
 * Responses: one per invitation. Progress saves merge answers by question name; submission happens once — the
 * status check and the update share a transaction, and the unique invitation id makes a second row impossible.
 */
import { setImmediate } from 'node:timers/promises';
import { and, asc, count, eq, gt, gte, inArray, isNull, lte, max, type SQL, sql } from 'drizzle-orm';
import type { OrganisationType } from '../../reference/organisation-types.ts';
import type { Database } from '../open-database.ts';
import { invitations, responseExportCells, responses, surveyVersions } from '../schema.ts';
import { nowIso } from '../timestamps.ts';
import { writeTransaction } from '../write-transaction.ts';

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

/** A submitted response's answer cells of the wide CSV and the column layout they were written for. */
export interface ExportCells {
  layout: string;
  cells: string;
}

export interface SubmitInput {
  invitationId: number;
  surveyVersionId: number;
  answers: Answers;
  locale: string | null;
  reference: string;
  exportCells: ExportCells;
}

export type SubmitResult =
  | { outcome: 'submitted'; reference: string; submittedAt: string }
  | { outcome: 'already_submitted'; reference: string; submittedAt: string };

/** One response with what analysis needs of its invitation and version (the shape of analysis/ResponseRecord). */
export interface StoredResponseRecord {
  id: number;
  countryCode: string;
  organisationName: string;
  organisationType: OrganisationType;
  versionNumber: number;
  locale: string | null;
  startedAt: string;
  submittedAt: string | null;
  isSynthetic: boolean;
  answers: Record<string, unknown>;
  contactName?: string | null;
  contactEmail?: string | null;
}

/** A response whose wide-CSV answer cells are stored for the layout asked for: its answers are not read. */
export type StoredRenderedRecord = Omit<StoredResponseRecord, 'answers'> & { renderedCells: string };

export interface ResponseScope {
  surveyVersionIds: number[];
  countryCodes?: string[];
  submittedOnly: boolean;
  /** Include the invitee's contact name and e-mail (personal data). */
  withContacts?: boolean;
}

/**
 * Answers after a progress save: each answered question replaces the stored one (SurveyJS sends a question's whole
 * value, so a matrix is replaced, not merged row by row), and a question given as null is removed.
 */
export function mergeAnswers(stored: Answers, saved: Answers): Answers {
  // A spread is V8's fastest copy.
  return withoutCleared({ ...stored, ...saved }, saved);
}

/**
 * `merged` itself, unless `saved` clears a question (gives it as null): then a copy without the cleared ones, built
 * afresh because deleting keys would turn the object into a slow dictionary.
 */
function withoutCleared(merged: Answers, saved: Answers): Answers {
  for (const name in saved) {
    if (saved[name] === null || saved[name] === undefined) return withoutEmpty(merged);
  }
  return merged;
}

function withoutEmpty(answers: Answers): Answers {
  const kept: Answers = {};
  for (const name in answers) {
    const value = answers[name];
    if (value !== null && value !== undefined) kept[name] = value;
  }
  return kept;
}

/** Responses per page of the export and analysis streams (see pagesInIdOrder). */
const streamPageSize = 250;

type RecordRow = Omit<StoredResponseRecord, 'answers'> & { answers: string };

function toStoredRecord(
  { contactName, contactEmail, ...row }: RecordRow,
  withContacts: boolean,
): StoredResponseRecord {
  return {
    ...row,
    answers: JSON.parse(row.answers) as Record<string, unknown>,
    ...(withContacts ? { contactName, contactEmail } : {}),
  };
}

type WideRecordRow = Omit<RecordRow, 'answers'> & { answers: string | null; renderedCells: string | null };

function toWideRecord(
  { renderedCells, ...row }: WideRecordRow,
  withContacts: boolean,
): StoredResponseRecord | StoredRenderedRecord {
  if (renderedCells === null) return toStoredRecord({ ...row, answers: row.answers ?? '{}' }, withContacts);
  const { answers: _unread, contactName, contactEmail, ...meta } = row;
  return { ...meta, renderedCells, ...(withContacts ? { contactName, contactEmail } : {}) };
}

function upsertExportCells(
  db: Pick<Database, 'insert'>,
  { responseId, layout, cells }: { responseId: number } & ExportCells,
): void {
  db.insert(responseExportCells)
    .values({ responseId, layout, cells })
    .onConflictDoUpdate({ target: responseExportCells.responseId, set: { layout, cells } })
    .run();
}

/**
 * The next submission number, read inside the writing transaction: IMMEDIATE transactions run one at a time, so
 * numbers are taken in commit order and never twice (the unique index would refuse it anyway).
 */
const nextSubmissionSequence = sql<number>`(select coalesce(max(${responses.submissionSequence}), 0) + 1 from ${responses})`;

export function parseAnswers(row: Pick<ResponseRow, 'answers'>): Answers {
  return JSON.parse(row.answers) as Answers;
}

export function createResponseRepository(db: Database) {
  const recordColumns = {
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
  };

  /** One response with its invitation's country and organisation and its version number. */
  const recordQuery = () =>
    db
      .select(recordColumns)
      .from(responses)
      .innerJoin(invitations, eq(invitations.id, responses.invitationId))
      .innerJoin(surveyVersions, eq(surveyVersions.id, responses.surveyVersionId))
      .$dynamic();

  /** The same with the answer cells stored for a layout; the answers are read only where there are none. */
  const wideRecordQuery = (layout: string) =>
    db
      .select({
        ...recordColumns,
        answers: sql<
          string | null
        >`case when ${responseExportCells.cells} is null then ${responses.answers} end`,
        renderedCells: responseExportCells.cells,
      })
      .from(responses)
      .innerJoin(invitations, eq(invitations.id, responses.invitationId))
      .innerJoin(surveyVersions, eq(surveyVersions.id, responses.surveyVersionId))
      .leftJoin(
        responseExportCells,
        and(eq(responseExportCells.responseId, responses.id), eq(responseExportCells.layout, layout)),
      )
      .$dynamic();

  /**
   * Pages of a scope in id order (keyset pagination), so that exports of 100,000 responses keep memory flat and the
   * query works the same on any SQL engine. Pages are small and between them the event loop gets a turn, so that a
   * long read neither swells the heap nor holds up other requests: better-sqlite3 is synchronous, and a page is read
   * whole (no statement can run on the connection while an iterator is open), so its size bounds the time one read
   * holds the event loop — ~3 ms for 250 national-questionnaire responses, twice that for 500.
   */
  async function* pagesInIdOrder<Row extends { id: number }>(
    scope: ResponseScope,
    pageSize: number,
    readPage: (where: SQL | undefined) => Promise<Row[]>,
  ): AsyncGenerator<Row[]> {
    let afterId = 0;
    for (;;) {
      // The unary + keeps SQLite off the (version, status, submitted_at) index, whose order is not the id's: with
      // it, every page would sort all matching rows. Read in id order instead and skip what does not match.
      const conditions: SQL[] = [
        inArray(sql`+${responses.surveyVersionId}`, scope.surveyVersionIds),
        gt(responses.id, afterId),
      ];
      if (scope.countryCodes) conditions.push(inArray(invitations.countryCode, scope.countryCodes));
      if (scope.submittedOnly) conditions.push(eq(sql`+${responses.status}`, 'submitted'));
      const page = await readPage(and(...conditions));
      yield page;
      if (page.length < pageSize) return;
      afterId = page.at(-1)?.id ?? afterId;
      await setImmediate(); // a turn for other requests between pages
    }
  }

  // The autosave path runs on every page turn of every respondent: its statements are built and prepared once.
  const progressByInvitation = db
    .select({ answers: responses.answers, status: responses.status })
    .from(responses)
    .where(eq(responses.invitationId, sql.placeholder('invitationId')))
    .prepare();
  // Two statements rather than one upsert: an upsert on this AUTOINCREMENT table rewrites sqlite_sequence even when
  // it updates, a second WAL page on every save (and twice the checkpoint work).
  const insertProgress = db
    .insert(responses)
    .values({
      invitationId: sql.placeholder('invitationId'),
      surveyVersionId: sql.placeholder('surveyVersionId'),
      answers: sql.placeholder('answers'),
      page: sql.placeholder('page'),
      status: 'in_progress',
      locale: sql.placeholder('locale'),
      startedAt: sql.placeholder('now'),
      updatedAt: sql.placeholder('now'),
    })
    .prepare();
  const updateProgress = db
    .update(responses)
    .set({
      answers: sql`${sql.placeholder('answers')}`,
      page: sql`${sql.placeholder('page')}`,
      locale: sql`coalesce(${sql.placeholder('locale')}, ${responses.locale})`,
      updatedAt: sql`${sql.placeholder('now')}`,
    })
    // A submitted response is never overwritten.
    .where(
      and(eq(responses.invitationId, sql.placeholder('invitationId')), eq(responses.status, 'in_progress')),
    )
    .prepare();
  // better-sqlite3's own transaction, made once: drizzle's builds a transaction object (and a query builder per
  // table) on every call, a fifth of the save. Only prepared drizzle statements run inside.
  const saveInTransaction = db.$client.transaction((input: SaveProgressInput, now: string) => {
    const row = progressByInvitation.get({ invitationId: input.invitationId });
    if (row && row.status !== 'in_progress') return { outcome: 'already_submitted' as const };
    const values = {
      invitationId: input.invitationId,
      surveyVersionId: input.surveyVersionId,
      answers: JSON.stringify(mergeAnswers(row ? parseAnswers(row) : {}, input.answers)),
      page: input.page,
      locale: input.locale,
      now,
    };
    if (!row) insertProgress.run(values);
    else if (updateProgress.run(values).changes === 0) return { outcome: 'already_submitted' as const };
    return { outcome: 'saved' as const };
  });

  return {
    async findByInvitation(invitationId: number): Promise<ResponseRow | undefined> {
      const [row] = await db.select().from(responses).where(eq(responses.invitationId, invitationId));
      return row;
    },

    /** Streams the responses of a scope in id order, a page at a time. */
    async *streamRecords(
      scope: ResponseScope,
      pageSize = streamPageSize,
    ): AsyncGenerator<StoredResponseRecord> {
      const pages = pagesInIdOrder(scope, pageSize, (where) =>
        recordQuery().where(where).orderBy(asc(responses.id)).limit(pageSize),
      );
      for await (const page of pages)
        for (const row of page) yield toStoredRecord(row, scope.withContacts ?? false);
    },

    /** The same for the wide export: responses with answer cells stored for `layout` come without their answers. */
    async *streamWideRecords(
      scope: ResponseScope,
      layout: string,
      pageSize = streamPageSize,
    ): AsyncGenerator<StoredResponseRecord | StoredRenderedRecord> {
      const pages = pagesInIdOrder(scope, pageSize, (where) =>
        wideRecordQuery(layout).where(where).orderBy(asc(responses.id)).limit(pageSize),
      );
      for await (const page of pages)
        for (const row of page) yield toWideRecord(row, scope.withContacts ?? false);
    },

    /**
     * Submitted responses without answer cells for `layout` among ids in (after, upTo], in id order: what is to be
     * rendered. A bounded id range, so that one query never scans the whole table when little or nothing is missing.
     */
    async listUnrendered(
      surveyVersionIds: number[],
      layout: string,
      ids: { after: number; upTo: number },
    ): Promise<Array<{ id: number; answers: Answers }>> {
      const rows = await db
        .select({ id: responses.id, answers: responses.answers })
        .from(responses)
        .leftJoin(
          responseExportCells,
          and(eq(responseExportCells.responseId, responses.id), eq(responseExportCells.layout, layout)),
        )
        .where(
          and(
            inArray(sql`+${responses.surveyVersionId}`, surveyVersionIds),
            eq(sql`+${responses.status}`, 'submitted'),
            gt(responses.id, ids.after),
            lte(responses.id, ids.upTo),
            isNull(responseExportCells.responseId),
          ),
        )
        .orderBy(asc(responses.id));
      return rows.map((row) => ({ id: row.id, answers: parseAnswers(row) }));
    },

    /** The highest response id so far (0 when there are none). */
    async lastId(): Promise<number> {
      const [row] = await db.select({ id: max(responses.id) }).from(responses);
      return row?.id ?? 0;
    },

    /** Stores answer cells, replacing those a response had for another layout. */
    async storeExportCells(rows: Array<{ responseId: number } & ExportCells>): Promise<void> {
      writeTransaction(db, (tx) => {
        for (const row of rows) upsertExportCells(tx, row);
      });
    },

    /**
     * Submitted responses of one version in the order their submissions were committed, after the one numbered
     * `afterSequence` (0: from the first), and only those submitted at or after `submittedFrom` when it is given.
     * What live aggregates catch up with.
     */
    async *streamSubmittedAfter(
      surveyVersionId: number,
      afterSequence: number,
      submittedFrom?: string,
      pageSize = 500,
    ): AsyncGenerator<StoredResponseRecord & { submittedAt: string; submissionSequence: number }> {
      let cursor = afterSequence;
      for (;;) {
        const conditions: SQL[] = [
          eq(responses.surveyVersionId, surveyVersionId),
          gt(responses.submissionSequence, cursor),
        ];
        if (submittedFrom !== undefined) conditions.push(gte(responses.submittedAt, submittedFrom));
        const page = await db
          .select({ ...recordColumns, submissionSequence: responses.submissionSequence })
          .from(responses)
          .innerJoin(invitations, eq(invitations.id, responses.invitationId))
          .innerJoin(surveyVersions, eq(surveyVersions.id, responses.surveyVersionId))
          .where(and(...conditions))
          .orderBy(asc(responses.submissionSequence))
          .limit(pageSize);
        for (const { submissionSequence, ...row } of page) {
          cursor = submissionSequence as number;
          yield {
            ...(toStoredRecord(row, false) as StoredResponseRecord & { submittedAt: string }),
            submissionSequence: cursor,
          };
        }
        if (page.length < pageSize) return;
        await setImmediate(); // a turn for other requests between pages
      }
    },

    /**
     * Submitted responses of these versions, or of those submitted at or after `since` (an ISO timestamp): how many,
     * and the sum of their ids. Ids are never reused (AUTOINCREMENT) and every new one is above every old one, so
     * removals and new submissions that leave the count as it was still change the sum.
     */
    async tallySubmitted(
      surveyVersionIds: number[],
      since?: string,
    ): Promise<{ rows: number; idSum: number }> {
      const conditions = [
        inArray(responses.surveyVersionId, surveyVersionIds),
        eq(responses.status, 'submitted'),
      ];
      if (since !== undefined) conditions.push(gte(responses.submittedAt, since));
      const [row] = await db
        .select({ rows: count(), idSum: sql<number>`coalesce(sum(${responses.id}), 0)` })
        .from(responses)
        .where(and(...conditions));
      return { rows: row?.rows ?? 0, idSum: Number(row?.idSum ?? 0) };
    },

    /** Demo data: invitations and submitted responses in one transaction per batch, marked synthetic. */
    async insertSynthetic(
      rows: Array<{
        surveyVersionId: number;
        countryCode: string;
        organisationName: string;
        organisationType: OrganisationType;
        tokenHash: string;
        answers: Answers;
        locale: string;
        reference: string;
        submittedAt: string;
        exportCells: ExportCells;
      }>,
    ): Promise<void> {
      writeTransaction(db, (tx) => {
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
              isSynthetic: true,
              createdAt,
              firstOpenedAt: row.submittedAt,
              lastActivityAt: row.submittedAt,
            })
            .returning({ id: invitations.id })
            .get();
          const response = tx
            .insert(responses)
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
              submissionSequence: nextSubmissionSequence,
            })
            .returning({ id: responses.id })
            .get();
          upsertExportCells(tx, { responseId: response.id, ...row.exportCells });
        }
      });
    },

    /**
     * Merge and write in one IMMEDIATE transaction, so that no other writer (another process on the same file) can
     * slip in between. Refused once
     * the response is submitted. Last activity is the response's updatedAt, so the invitation row is not written on
     * every save.
     */
    async saveProgress(input: SaveProgressInput): Promise<SaveProgressResult> {
      const now = nowIso();
      const saved = saveInTransaction.immediate(input, now);
      return saved.outcome === 'saved' ? { outcome: 'saved', savedAt: now } : saved;
    },

    async submit(input: SubmitInput): Promise<SubmitResult> {
      return writeTransaction(db, (tx) => {
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
          submissionSequence: nextSubmissionSequence,
        };
        let responseId: number;
        if (existing) {
          tx.update(responses)
            .set(values)
            .where(and(eq(responses.id, existing.id), eq(responses.status, 'in_progress')))
            .run();
          responseId = existing.id;
        } else {
          responseId = tx
            .insert(responses)
            .values({
              ...values,
              invitationId: input.invitationId,
              surveyVersionId: input.surveyVersionId,
              page: 0,
              startedAt: now,
            })
            .returning({ id: responses.id })
            .get().id;
        }
        upsertExportCells(tx, { responseId, ...input.exportCells });
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
