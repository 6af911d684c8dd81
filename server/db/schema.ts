/**
 * Every table of Tinjau. camelCase keys in TypeScript, snake_case columns in SQL.
 * Changes here become migrations with `npm run db:generate`; never edit migrations/ by hand.
 */
import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { organisationTypes } from '../reference/organisation-types.ts';

const timestamp = (column: string) => text(column);

/** Reference data from data/asean-member-states.json, synchronised at start; country-keyed rows point here. */
export const countries = sqliteTable('countries', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  /** JSON array of BCP 47 locale codes, main language first. */
  languages: text('languages').notNull(),
});

export const surveys = sqliteTable('surveys', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  slug: text('slug').notNull().unique(),
  title: text('title').notNull(),
  /** Where the definitions come from: a file in surveys/ or uploads in the workspace. */
  source: text('source', { enum: ['file', 'upload'] }).notNull(),
  /** Collection window; null means no bound. ISO 8601. */
  opensAt: timestamp('opens_at'),
  closesAt: timestamp('closes_at'),
  /** Small-cell suppression threshold used by the analysis API. */
  minimumCellSize: integer('minimum_cell_size').notNull().default(3),
  /**
   * Whom respondents and coordinators write to about the study (shown on the respondent page, e.g. when a link no
   * longer works); null until a researcher sets it.
   */
  contactName: text('contact_name'),
  contactEmail: text('contact_email'),
  createdAt: timestamp('created_at').notNull(),
  updatedAt: timestamp('updated_at').notNull(),
});

export const surveyVersions = sqliteTable(
  'survey_versions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    surveyId: integer('survey_id')
      .notNull()
      .references(() => surveys.id),
    versionNumber: integer('version_number').notNull(),
    /** sha256 of the canonical JSON of the definition. */
    contentHash: text('content_hash').notNull(),
    status: text('status', { enum: ['draft', 'published', 'closed'] }).notNull(),
    createdAt: timestamp('created_at').notNull(),
    publishedAt: timestamp('published_at'),
    closedAt: timestamp('closed_at'),
  },
  (table) => [
    uniqueIndex('survey_versions_survey_number').on(table.surveyId, table.versionNumber),
    uniqueIndex('survey_versions_survey_hash').on(table.surveyId, table.contentHash),
  ],
);

/**
 * The SurveyJS JSON of each version, as text, immutable once the version is published. A table of its own so that
 * the version row every respondent request reads (its status) is a few dozen bytes instead of ~100 KB that SQLite
 * walks through (overflow pages) to reach the columns stored after it.
 */
export const surveyVersionDefinitions = sqliteTable('survey_version_definitions', {
  surveyVersionId: integer('survey_version_id')
    .primaryKey()
    .references(() => surveyVersions.id),
  definition: text('definition').notNull(),
});

export const staffUsers = sqliteTable('staff_users', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  email: text('email').notNull().unique(),
  passwordHash: text('password_hash').notNull(),
  role: text('role', { enum: ['admin', 'researcher', 'analyst', 'coordinator'] }).notNull(),
  createdAt: timestamp('created_at').notNull(),
  disabledAt: timestamp('disabled_at'),
  /** Set when an admin resets the password to a one-time password: the user must choose a new one at sign-in. */
  passwordChangeRequired: integer('password_change_required', { mode: 'boolean' }).notNull().default(false),
});

/** Staff sessions. The cookie holds a random id; only its sha256 is stored, with the CSRF token of the session. */
export const staffSessions = sqliteTable(
  'staff_sessions',
  {
    idHash: text('id_hash').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => staffUsers.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    createdAt: timestamp('created_at').notNull(),
    expiresAt: timestamp('expires_at').notNull(),
  },
  (table) => [index('staff_sessions_user').on(table.userId)],
);

/** The member states a country coordinator may see (REDCap's data access groups). */
export const staffUserCountries = sqliteTable(
  'staff_user_countries',
  {
    userId: integer('user_id')
      .notNull()
      .references(() => staffUsers.id, { onDelete: 'cascade' }),
    countryCode: text('country_code')
      .notNull()
      .references(() => countries.code),
  },
  (table) => [primaryKey({ columns: [table.userId, table.countryCode] })],
);

export const invitations = sqliteTable(
  'invitations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    surveyVersionId: integer('survey_version_id')
      .notNull()
      .references(() => surveyVersions.id),
    countryCode: text('country_code')
      .notNull()
      .references(() => countries.code),
    organisationName: text('organisation_name').notNull(),
    // No CHECK constraint in SQLite: the list is enforced where invitations are created.
    organisationType: text('organisation_type', { enum: organisationTypes }).notNull(),
    contactName: text('contact_name'),
    contactEmail: text('contact_email'),
    preferredLocale: text('preferred_locale'),
    /** sha256 of the token; the token itself is shown once and never stored. */
    tokenHash: text('token_hash').notNull().unique(),
    status: text('status', { enum: ['active', 'revoked'] })
      .notNull()
      .default('active'),
    createdByUserId: integer('created_by_user_id').references(() => staffUsers.id),
    createdAt: timestamp('created_at').notNull(),
    revokedAt: timestamp('revoked_at'),
    firstOpenedAt: timestamp('first_opened_at'),
    lastActivityAt: timestamp('last_activity_at'),
    /**
     * Made by `cli demo`, never sent to anyone: left out of tracking and progress unless asked for, and removable
     * with everything hanging from it. Its response is marked too (responses.is_synthetic).
     */
    isSynthetic: integer('is_synthetic', { mode: 'boolean' }).notNull().default(false),
  },
  (table) => [
    index('invitations_survey_version').on(table.surveyVersionId),
    index('invitations_country').on(table.countryCode),
  ],
);

export const responses = sqliteTable(
  'responses',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** One response per invitation: the unique index is what makes a doubled submit harmless. */
    invitationId: integer('invitation_id')
      .notNull()
      .unique()
      .references(() => invitations.id),
    surveyVersionId: integer('survey_version_id')
      .notNull()
      .references(() => surveyVersions.id),
    /** The SurveyJS data object, keyed by question name, as JSON text. */
    answers: text('answers').notNull(),
    page: integer('page').notNull().default(0),
    status: text('status', { enum: ['in_progress', 'submitted'] }).notNull(),
    locale: text('locale'),
    /** Receipt reference, set once on submission. */
    reference: text('reference').unique(),
    /** Synthetic (demo) responses are marked so that nobody mistakes them for real data. */
    isSynthetic: integer('is_synthetic', { mode: 'boolean' }).notNull().default(false),
    startedAt: timestamp('started_at').notNull(),
    updatedAt: timestamp('updated_at').notNull(),
    submittedAt: timestamp('submitted_at'),
    /**
     * The order of submission as committed: one more than the highest so far, assigned inside the submitting
     * (IMMEDIATE) transaction, so that no two writers can take the same number or commit out of its order, as the
     * JavaScript clock of two processes can. Live aggregates catch up from it. Null until submitted.
     */
    submissionSequence: integer('submission_sequence'),
  },
  (table) => [
    uniqueIndex('responses_submission_sequence').on(table.submissionSequence),
    // Live aggregates read a version's submissions after the last one they took in.
    index('responses_survey_version_sequence').on(table.surveyVersionId, table.submissionSequence),
    // Counts submissions per version, and lets live aggregates read those submitted after a point in time.
    index('responses_survey_version_status_submitted').on(
      table.surveyVersionId,
      table.status,
      table.submittedAt,
    ),
    check(
      'responses_submitted_has_reference',
      sql`${table.status} <> 'submitted' OR ${table.reference} IS NOT NULL`,
    ),
  ],
);

/**
 * A submitted response's answer columns of the wide CSV, rendered once (answers never change after submission), so
 * that an export copies text instead of parsing and formatting ~300 cells per row. `layout` names the column list
 * the cells were rendered for; when a new version changes the columns, rows are rendered again.
 */
export const responseExportCells = sqliteTable('response_export_cells', {
  responseId: integer('response_id')
    .primaryKey()
    .references(() => responses.id, { onDelete: 'cascade' }),
  layout: text('layout').notNull(),
  /** The answer cells of the wide row as CSV text, codes not labels, without the line end. */
  cells: text('cells').notNull(),
});

/** Append-only record of state changes by staff and by the system. */
export const auditEvents = sqliteTable(
  'audit_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    occurredAt: timestamp('occurred_at').notNull(),
    actorUserId: integer('actor_user_id').references(() => staffUsers.id),
    /** Who acted when there is no staff user: 'system', 'cli'. */
    actorLabel: text('actor_label').notNull(),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    /** JSON snapshots of what changed. */
    before: text('before'),
    after: text('after'),
  },
  (table) => [index('audit_events_entity').on(table.entityType, table.entityId)],
);

/**
 * Failure counters of the rate limits (wrong invitation tokens, failed sign-ins), one row per key and fixed window,
 * kept in the database so that every server process counts against the same limit. The key is a hash of the
 * limit's name and what it counts (an address, an address and e-mail pair), so no address or e-mail is stored here.
 * Times are epoch milliseconds, not ISO text: the limiter does arithmetic on them on every check.
 */
export const rateLimitWindows = sqliteTable(
  'rate_limit_windows',
  {
    key: text('key').notNull(),
    windowStart: integer('window_start').notNull(),
    failures: integer('failures').notNull(),
    lastFailureAt: integer('last_failure_at').notNull(),
    /** When the row no longer counts in any estimate, and may be pruned. */
    expiresAt: integer('expires_at').notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.key, table.windowStart] }),
    index('rate_limit_windows_expires').on(table.expiresAt),
  ],
);
