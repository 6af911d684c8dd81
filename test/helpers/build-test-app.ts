/** Builds the real app on a temporary SQLite file, with the shipped questionnaires unless told otherwise. */
import path from 'node:path';
import { type AppOptions, buildApp } from '../../server/app.ts';
import { projectRoot } from '../../server/config.ts';
import { makeTempDir } from './temp-dir.ts';

export const shippedSurveysDir = path.join(projectRoot, 'surveys');
export const fixturesDir = path.join(projectRoot, 'test', 'fixtures');

export async function buildTestApp(overrides: Partial<AppOptions> = {}) {
  const temp = makeTempDir();
  const app = await buildApp({
    databasePath: path.join(temp.dir, 'tinjau.db'),
    surveysDir: shippedSurveysDir,
    publicUrl: 'http://tinjau.test',
    logger: false,
    ...overrides,
  });
  app.addHook('onClose', async () => temp.cleanup());
  return app;
}
