/** All repositories over one database: the only code that imports drizzle operators. */
import { sql } from 'drizzle-orm';
import { createCompiledVersions } from '../../questionnaire/compiled-version.ts';
import type { Database } from '../open-database.ts';
import { createAuditRepository } from './audit-repository.ts';
import { createDemoDataRepository } from './demo-data-repository.ts';
import { createInvitationRepository } from './invitation-repository.ts';
import { createRateLimitRepository } from './rate-limit-repository.ts';
import { createResponseRepository } from './response-repository.ts';
import { createStaffRepository } from './staff-repository.ts';
import { createSurveyRepository } from './survey-repository.ts';

export function createRepositories(db: Database) {
  const surveys = createSurveyRepository(db);
  return {
    surveys,
    /**
     * The versions of this database compiled, by content hash: kept with the repositories because it is scoped as
     * they are, to one app over one database.
     */
    compiledVersions: createCompiledVersions(async (versionId) => {
      const version = await surveys.findVersion(versionId);
      if (!version) throw new Error(`Survey version ${versionId} is not stored.`);
      return version.definition;
    }),
    audit: createAuditRepository(db),
    invitations: createInvitationRepository(db),
    responses: createResponseRepository(db),
    staff: createStaffRepository(db),
    rateLimits: createRateLimitRepository(db),
    demoData: createDemoDataRepository(db),
    /** A trivial query: proves the database answers. */
    async ping(): Promise<void> {
      await db.run(sql`select 1`);
    },
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
