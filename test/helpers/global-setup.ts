/**
 * Runs once before all tests: builds the client when its sources changed (browser and page tests need it) and the
 * server bundle that whole-process tests start, as `npm start` does.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { buildClient } from '../../client/build.ts';
import { buildServer } from '../../server/build-server.ts';

export default async function setup(): Promise<void> {
  mkdirSync(path.resolve(import.meta.dirname, '..', 'artefacts'), { recursive: true });
  // TINJAU_SKIP_CLIENT_BUILD=1 reuses dist/client as it is, for quick server-only runs while pages are being edited.
  if (process.env.TINJAU_SKIP_CLIENT_BUILD !== '1') await buildClient();
  await buildServer();
}
