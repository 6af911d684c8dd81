/**
 * Removing the demo data of a survey, for `cli demo --remove` (each survey in turn) and the workspace's admin action:
 * the same counts before and the same removal, audited, so the two cannot drift apart.
 */
import type { Actor } from '../db/repositories/audit-repository.ts';
import type { DemoDataCounts, DemoDataScope } from '../db/repositories/demo-data-repository.ts';
import type { Repositories } from '../db/repositories/index.ts';
import { errors } from '../errors.ts';

export type { DemoDataCounts };

/** One survey's versions (404 when there is no such survey). */
async function demoDataScope(repositories: Repositories, surveySlug: string): Promise<DemoDataScope> {
  const survey = await repositories.surveys.findBySlug(surveySlug);
  if (!survey) throw errors.notFound(`Survey "${surveySlug}"`);
  const versions = await repositories.surveys.listVersions(survey.id);
  return { surveyId: survey.id, surveyVersionIds: versions.map((version) => version.id) };
}

/** The survey's demo data, within a coordinator's member states when given a list. */
export async function countDemoData(
  repositories: Repositories,
  surveySlug: string,
  countries: string[] | 'all' = 'all',
): Promise<DemoDataCounts> {
  const scope = await demoDataScope(repositories, surveySlug);
  return repositories.demoData.count(scope, countries === 'all' ? undefined : countries);
}

/** Removes the survey's demo invitations and responses and returns how many of each went. */
export async function removeDemoData(
  repositories: Repositories,
  surveySlug: string,
  actor: Actor,
): Promise<DemoDataCounts> {
  return repositories.demoData.remove(await demoDataScope(repositories, surveySlug), actor);
}
