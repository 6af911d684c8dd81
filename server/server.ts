/**
 * The entry point of `npm start`: reads the configuration, builds the app, listens, and on SIGTERM/SIGINT stops
 * accepting connections, lets in-flight requests finish and closes the database.
 */
import closeWithGrace from 'close-with-grace';
import { buildApp } from './app.ts';
import { ConfigError, loadConfig } from './config.ts';

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const app = await buildApp({
    databasePath: config.databasePath,
    databaseSynchronous: config.DATABASE_SYNCHRONOUS,
    surveysDir: config.surveysDir,
    publicUrl: config.publicUrl,
    logger: { level: config.LOG_LEVEL },
  });

  closeWithGrace({ delay: 10_000 }, async ({ signal, err }) => {
    if (err) app.log.error({ err }, 'shutting down after an error');
    else app.log.info({ signal }, 'shutting down');
    await app.close();
  });

  await app.listen({ host: config.HOST, port: config.PORT });
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else {
    console.error(error);
  }
  process.exit(1);
});
