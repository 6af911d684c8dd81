/**
 * Loads surveys/*.json at start: each file is a survey (slug from the file name) and each distinct content a
 * version. Shipped questionnaires are published on load, so a fresh start is ready to invite respondents.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { FastifyBaseLogger } from 'fastify';
import type { SurveyRepository } from '../db/repositories/survey-repository.ts';
import { checkDefinitionText, definitionHash, surveyTitle } from '../questionnaire/index.ts';

export const slugPattern = '^[a-z0-9][a-z0-9-]{0,62}$';
const slugRegExp = new RegExp(slugPattern);

export class SurveyFileError extends Error {}

export interface LoadedSurveyFile {
  slug: string;
  versionNumber: number;
  created: boolean;
}

export async function loadSurveyDirectory(
  directory: string,
  surveys: SurveyRepository,
  logger?: FastifyBaseLogger,
): Promise<LoadedSurveyFile[]> {
  const files = (await readdir(directory)).filter((file) => file.endsWith('.json')).sort();
  const loaded: LoadedSurveyFile[] = [];
  for (const file of files) {
    loaded.push(await loadSurveyFile(path.join(directory, file), surveys));
  }
  for (const entry of loaded) {
    logger?.info(
      { survey: entry.slug, version: entry.versionNumber, created: entry.created },
      'survey loaded',
    );
  }
  return loaded;
}

export async function loadSurveyFile(filePath: string, surveys: SurveyRepository): Promise<LoadedSurveyFile> {
  const slug = path.basename(filePath, '.json');
  if (!slugRegExp.test(slug)) {
    throw new SurveyFileError(
      `${filePath}: the file name must be a slug (lowercase letters, digits and hyphens).`,
    );
  }
  const check = checkDefinitionText(await readFile(filePath, 'utf8'));
  if (!check.ok) {
    const problems = check.problems.map((problem) => `  ${problem.path}: ${problem.message}`).join('\n');
    throw new SurveyFileError(`${filePath} is not a valid questionnaire:\n${problems}`);
  }
  const result = await surveys.addVersionIfNew({
    slug,
    title: surveyTitle(check.definition, slug),
    source: 'file',
    definitionText: JSON.stringify(check.definition),
    contentHash: definitionHash(check.definition),
    status: 'published',
    actorLabel: 'system',
  });
  return { slug, versionNumber: result.version.versionNumber, created: result.created };
}
