/** Surveys and their versions. A published version's definition is never updated: changes become new versions. */
import { and, asc, desc, eq, getTableColumns } from 'drizzle-orm';
import type { Database } from '../open-database.ts';
import { auditEvents, surveys, surveyVersionDefinitions, surveyVersions } from '../schema.ts';
import { nowIso } from '../timestamps.ts';
import { writeTransaction } from '../write-transaction.ts';
import { type Actor, toAuditRow } from './audit-repository.ts';

export type Survey = typeof surveys.$inferSelect;
/** A version without its definition text (a large questionnaire is ~200 KB of JSON): the version row itself. */
export type SurveyVersionMeta = typeof surveyVersions.$inferSelect;
export type SurveyVersion = SurveyVersionMeta & { definition: string };

const versionMetaColumns = getTableColumns(surveyVersions);
export const surveyVersionMetaColumns = versionMetaColumns;
const versionColumns = { ...versionMetaColumns, definition: surveyVersionDefinitions.definition };

export interface NewVersionInput extends Actor {
  slug: string;
  title: string;
  source: Survey['source'];
  definitionText: string;
  contentHash: string;
  status: SurveyVersion['status'];
}

export interface SurveySettings {
  opensAt: string | null;
  closesAt: string | null;
  /** k of small-cell suppression. */
  minimumCellSize: number;
  contactName: string | null;
  contactEmail: string | null;
}

/** Whom to write to about a study: shown to respondents (a link that no longer works) and to coordinators. */
export interface StudyContact {
  name: string | null;
  email: string | null;
}

/** A survey's contact, or null when neither a name nor an e-mail is set. */
export function studyContactOf(survey: Pick<Survey, 'contactName' | 'contactEmail'>): StudyContact | null {
  if (survey.contactName === null && survey.contactEmail === null) return null;
  return { name: survey.contactName, email: survey.contactEmail };
}

/** The settings a researcher changes, as audited before and after. */
function settingsOf(survey: Survey): SurveySettings {
  return {
    opensAt: survey.opensAt,
    closesAt: survey.closesAt,
    minimumCellSize: survey.minimumCellSize,
    contactName: survey.contactName,
    contactEmail: survey.contactEmail,
  };
}

export interface AddVersionResult {
  survey: Survey;
  version: SurveyVersion;
  created: boolean;
}

export function createSurveyRepository(db: Database) {
  /** Versions with their definition text, from its own table. */
  const versionsWithDefinitions = (source: Pick<Database, 'select'> = db) =>
    source
      .select(versionColumns)
      .from(surveyVersions)
      .innerJoin(surveyVersionDefinitions, eq(surveyVersionDefinitions.surveyVersionId, surveyVersions.id))
      .$dynamic();

  return {
    async list(): Promise<Survey[]> {
      return db.select().from(surveys).orderBy(asc(surveys.slug));
    },

    async findBySlug(slug: string): Promise<Survey | undefined> {
      const [survey] = await db.select().from(surveys).where(eq(surveys.slug, slug));
      return survey;
    },

    async listVersions(surveyId: number): Promise<SurveyVersion[]> {
      return versionsWithDefinitions()
        .where(eq(surveyVersions.surveyId, surveyId))
        .orderBy(asc(surveyVersions.versionNumber));
    },

    /** The study contact of the survey a version belongs to (what a respondent's link points at). */
    async findStudyContactByVersion(versionId: number): Promise<StudyContact | null> {
      const [row] = await db
        .select({ contactName: surveys.contactName, contactEmail: surveys.contactEmail })
        .from(surveyVersions)
        .innerJoin(surveys, eq(surveys.id, surveyVersions.surveyId))
        .where(eq(surveyVersions.id, versionId));
      return row ? studyContactOf(row) : null;
    },

    async findVersion(versionId: number): Promise<SurveyVersion | undefined> {
      const [version] = await versionsWithDefinitions().where(eq(surveyVersions.id, versionId));
      return version;
    },

    /** The versions of a survey without their definition texts, oldest first. */
    async listVersionMetas(surveyId: number): Promise<SurveyVersionMeta[]> {
      return db
        .select(versionMetaColumns)
        .from(surveyVersions)
        .where(eq(surveyVersions.surveyId, surveyId))
        .orderBy(asc(surveyVersions.versionNumber));
    },

    async findVersionByNumber(surveyId: number, versionNumber: number): Promise<SurveyVersion | undefined> {
      const [version] = await versionsWithDefinitions().where(
        and(eq(surveyVersions.surveyId, surveyId), eq(surveyVersions.versionNumber, versionNumber)),
      );
      return version;
    },

    /** The newest published version: what new invitations point at. */
    async currentPublishedVersion(surveyId: number): Promise<SurveyVersion | undefined> {
      const [version] = await versionsWithDefinitions()
        .where(and(eq(surveyVersions.surveyId, surveyId), eq(surveyVersions.status, 'published')))
        .orderBy(desc(surveyVersions.versionNumber))
        .limit(1);
      return version;
    },

    /** Moves a version between draft, published and closed, with an audit event. */
    async setVersionStatus(
      versionId: number,
      status: SurveyVersion['status'],
      actor: Actor,
    ): Promise<SurveyVersionMeta | undefined> {
      return writeTransaction(db, (tx) => {
        const before = tx.select().from(surveyVersions).where(eq(surveyVersions.id, versionId)).get();
        if (!before || before.status === status) return before;
        const now = nowIso();
        const after = tx
          .update(surveyVersions)
          .set({
            status,
            ...(status === 'published' && !before.publishedAt ? { publishedAt: now } : {}),
            closedAt: status === 'closed' ? now : null,
          })
          .where(eq(surveyVersions.id, versionId))
          .returning()
          .get();
        tx.insert(auditEvents)
          .values(
            toAuditRow({
              ...actor,
              action: `survey_version.${status === 'published' ? (before.status === 'closed' ? 'reopened' : 'published') : status}`,
              entityType: 'survey_version',
              entityId: versionId,
              before: { status: before.status },
              after: { status: after.status },
            }),
          )
          .run();
        return after;
      });
    },

    /**
     * Sets the collection window, the suppression threshold and the study contact of a survey (fields left out stay
     * as they are), audited before and after.
     */
    async updateSettings(
      surveyId: number,
      settings: Partial<SurveySettings>,
      actor: Actor,
    ): Promise<Survey | undefined> {
      return writeTransaction(db, (tx) => {
        const before = tx.select().from(surveys).where(eq(surveys.id, surveyId)).get();
        if (!before) return undefined;
        const after = tx
          .update(surveys)
          .set({ ...settings, updatedAt: nowIso() })
          .where(eq(surveys.id, surveyId))
          .returning()
          .get();
        tx.insert(auditEvents)
          .values(
            toAuditRow({
              ...actor,
              action: 'survey.settings_changed',
              entityType: 'survey',
              entityId: surveyId,
              before: settingsOf(before),
              after: settingsOf(after),
            }),
          )
          .run();
        return after;
      });
    },

    /**
     * Adds a version unless one with the same content hash exists; creates the survey on first sight.
     * One transaction, so two processes loading the same file cannot create two versions.
     */
    async addVersionIfNew(input: NewVersionInput): Promise<AddVersionResult> {
      return writeTransaction(db, (tx) => {
        const now = nowIso();
        let survey = tx.select().from(surveys).where(eq(surveys.slug, input.slug)).get();
        if (!survey) {
          survey = tx
            .insert(surveys)
            .values({
              slug: input.slug,
              title: input.title,
              source: input.source,
              createdAt: now,
              updatedAt: now,
            })
            .returning()
            .get();
          tx.insert(auditEvents)
            .values(
              toAuditRow({
                ...input,
                action: 'survey.created',
                entityType: 'survey',
                entityId: survey.id,
                after: { slug: input.slug, title: input.title },
              }),
            )
            .run();
        }
        const existing = versionsWithDefinitions(tx)
          .where(
            and(eq(surveyVersions.surveyId, survey.id), eq(surveyVersions.contentHash, input.contentHash)),
          )
          .get();
        if (existing) return { survey, version: existing, created: false };

        const previous = tx
          .select()
          .from(surveyVersions)
          .where(eq(surveyVersions.surveyId, survey.id))
          .orderBy(desc(surveyVersions.versionNumber))
          .limit(1)
          .get();
        const inserted = tx
          .insert(surveyVersions)
          .values({
            surveyId: survey.id,
            versionNumber: (previous?.versionNumber ?? 0) + 1,
            contentHash: input.contentHash,
            status: input.status,
            createdAt: now,
            publishedAt: input.status === 'published' ? now : null,
          })
          .returning()
          .get();
        tx.insert(surveyVersionDefinitions)
          .values({ surveyVersionId: inserted.id, definition: input.definitionText })
          .run();
        const version: SurveyVersion = { ...inserted, definition: input.definitionText };
        survey = tx
          .update(surveys)
          .set({ title: input.title, updatedAt: now })
          .where(eq(surveys.id, survey.id))
          .returning()
          .get();
        tx.insert(auditEvents)
          .values(
            toAuditRow({
              ...input,
              action: 'survey_version.created',
              entityType: 'survey_version',
              entityId: version.id,
              // The definition before → after: the version it follows and the new one, by content hash.
              before: previous
                ? { versionNumber: previous.versionNumber, contentHash: previous.contentHash }
                : undefined,
              after: {
                slug: input.slug,
                versionNumber: version.versionNumber,
                status: version.status,
                contentHash: version.contentHash,
              },
            }),
          )
          .run();
        return { survey, version, created: true };
      });
    },
  };
}

export type SurveyRepository = ReturnType<typeof createSurveyRepository>;
