/** The shapes the workspace API sends (see server/schemas/*.ts and the OpenAPI document at /docs). */

import type { Static } from 'typebox';
import type { StaffRole } from '../../server/db/repositories/staff-repository.ts';
import type {
  StudyContact as StudyContactSchema,
  SurveySummary as SurveySummarySchema,
} from '../../server/schemas/surveys.ts';
import type { CreatedLinks as CreatedLinksSchema } from '../../server/schemas/workspace.ts';

export type { StaffRole };

export interface StaffUser {
  id: number;
  email: string;
  role: StaffRole;
  countryCodes: string[];
  createdAt: string;
  disabledAt: string | null;
  /** An admin reset the password: the user must choose a new one before anything else. */
  passwordChangeRequired: boolean;
}

export interface Session {
  user: StaffUser;
  csrfToken: string;
  expiresAt: string;
  /** What the server grants this user (server/auth/permissions.ts): the page only hides what would be refused. */
  permissions: string[];
}

export type VersionStatus = 'draft' | 'published' | 'closed';

export interface VersionSummary {
  version: number;
  status: VersionStatus;
  contentHash: string;
  createdAt: string;
  publishedAt: string | null;
  closedAt: string | null;
  /** Per locale, English first: texts translated of all, and the translationStatus (draft: not yet reviewed). */
  translations: Array<{ locale: string; translated: number; total: number; status?: string }>;
}

/** A survey with its settings (collection window, k, study contact) and versions, as GET /api/surveys sends it. */
export type SurveySummary = Static<typeof SurveySummarySchema>;
export type StudyContact = Static<typeof StudyContactSchema>;

export interface SurveyVersionDetail {
  slug: string;
  title: string;
  version: number;
  status: VersionStatus;
  contentHash: string;
  definition: Record<string, unknown>;
}

export interface UploadResult {
  slug: string;
  version: number;
  status: VersionStatus;
  contentHash: string;
  created: boolean;
}

// The tracking table's rows exactly as the server builds them (a type-only import: nothing of the server is bundled).
export type { InvitationState, TrackingRow } from '../../server/workspace/tracking.ts';

export interface CreatedLink {
  invitationId: number;
  link: string;
}

/** What an invitation import answers: the links created and the duplicate rows found (skipped or created). */
export type CreatedLinks = Static<typeof CreatedLinksSchema>;
export type ImportDuplicate = CreatedLinks['duplicates'][number];

export interface CountryProgress {
  countryCode: string;
  countryName: string;
  invited: number;
  started: number;
  submitted: number;
  responseRate: number | null;
}

export interface AuditEvent {
  id: number;
  occurredAt: string;
  actorUserId: number | null;
  actorLabel: string;
  action: string;
  entityType: string;
  entityId: string;
  entityName: string | null;
  before: unknown;
  after: unknown;
}

/** Text per locale; `default` is English. */
export type LocalizedText = Record<string, string>;

export interface CodebookCode {
  code: string;
  label: LocalizedText;
  special?: 'other' | 'none';
}

export interface CodebookColumn {
  name: string;
  title: LocalizedText;
  kind: string;
  choices: CodebookCode[];
}

/** One variable of the codebook (server/questionnaire/codebook.ts). */
export interface CodebookVariable {
  name: string;
  kind: string;
  questionType: string;
  title: LocalizedText;
  page: string;
  pageIndex: number;
  isRequired: boolean;
  inputType?: string;
  choices: CodebookCode[];
  hasOther: boolean;
  rows: CodebookCode[];
  columns: CodebookColumn[];
  fields: CodebookVariable[];
  parent?: string;
  /** Filled in from the invitation: fixed unless editable (server/questionnaire/invitation-fields.ts). */
  invitationField?: { field: string; editable: boolean };
}
