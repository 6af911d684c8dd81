/**
 * What database commands share: the configuration, the database opened as the server opens it (migrations
 * applied) and the questionnaires in surveys/ loaded, so the CLI works on a fresh machine before the first start.
 */

import type { Config } from '../config.ts';
import { loadConfig } from '../config.ts';
import { type OpenedDatabase, openDatabase } from '../db/open-database.ts';
import { createRepositories, type Repositories } from '../db/repositories/index.ts';
import { loadSurveyDirectory } from '../registry/survey-registry.ts';

export interface CliContext {
  config: Config;
  database: OpenedDatabase;
  repositories: Repositories;
  close(): void;
}

export async function openCliContext(): Promise<CliContext> {
  const config = loadConfig(process.env);
  const database = openDatabase({ path: config.databasePath, synchronous: config.DATABASE_SYNCHRONOUS });
  const repositories = createRepositories(database.db);
  await loadSurveyDirectory(config.surveysDir, repositories.surveys);
  return { config, database, repositories, close: () => database.close() };
}

/** A command that cannot do what was asked: its message goes to stderr and the exit code is 1. */
export class CliFailure extends Error {}

/** Runs a command with a context, closing the database however the command ends. */
export async function withCliContext(run: (context: CliContext) => Promise<void>): Promise<void> {
  const context = await openCliContext();
  try {
    await run(context);
  } finally {
    context.close();
  }
}
