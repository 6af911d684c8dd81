/**
 * Removing the demo data of one survey or of every survey, for `cli demo --remove` and the workspace's admin action:
 * the same counts before and the same removal, audited, so the two cannot drift apart.
 */
import type { Actor } from '../db/repositories/audit-repository.ts';
import type { DemoDataCounts, DemoDataScope } from '../db/repositories/demo-data-repository.ts';
import type { Repositories } from '../db/repositories/index.ts';
import { errors } from '../errors.ts';

export type { DemoDataCounts };

/** One survey's versions (404 when there is no such survey), or every survey when no slug is given. */
export async function demoDataScope(repositories: Repositories, surveySlug?: string): Promise<DemoDataScope> {
  if (surveySlug === undefined) return 'all';
  const survey = await repositories.surveys.findBySlug(surveySlug);
  if (!survey) throw errors.notFound(`Survey "${surveySlug}"`);
  const versions = await repositories.surveys.listVersions(survey.id);
  return { surveyId: survey.id, surveyVersionIds: versions.map((version) => version.id) };
}

export async function countDemoData(
  repositories: Repositories,
  surveySlug?: string,
): Promise<DemoDataCounts> {
  return repositories.demoData.count(await demoDataScope(repositories, surveySlug));
}

/** Removes the demo invitations and responses in scope and returns how many of each went. */
export async function removeDemoData(
  repositories: Repositories,
  surveySlug: string | undefined,
  actor: Actor,
): Promise<DemoDataCounts> {
  return repositories.demoData.remove(await demoDataScope(repositories, surveySlug), actor);
}
