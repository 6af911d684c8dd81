/**
 * The entry point of `npm start`: reads the configuration, builds the app, listens, and on SIGTERM/SIGINT stops
 * accepting connections, lets in-flight requests finish and closes the database.
 */
import closeWithGrace from 'close-with-grace';
import { buildApp } from './app.ts';
import { ensureInitialAdmin } from './auth/staff-users.ts';
import { ConfigError, loadConfig } from './config.ts';
import { drainConnections } from './graceful-shutdown.ts';
import { renderMissingExportCells } from './results/export-cells.ts';
import { warmLiveAggregates } from './results/live-aggregates.ts';

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const app = await buildApp({
    databasePath: config.databasePath,
    databaseSynchronous: config.DATABASE_SYNCHRONOUS,
    surveysDir: config.surveysDir,
    publicUrl: config.publicUrl,
    logger: { level: config.LOG_LEVEL },
    sessionTtlHours: config.SESSION_TTL_HOURS,
    trustProxy: config.trustProxy,
  });

  const admin = await ensureInitialAdmin(app.repositories, {
    email: config.ADMIN_EMAIL,
    password: config.ADMIN_PASSWORD,
  });
  if (admin) app.log.info({ email: admin.email }, 'initial admin created');
  if (admin?.generatedPassword) {
    // Printed once, outside the structured log, so that it never lands in log storage.
    process.stderr.write(
      `\n  Tinjau: first start. Sign in at ${config.publicUrl}/workspace as ${admin.email}\n  with the one-time password: ${admin.generatedPassword}\n  (it is not shown again; add users with \`npm run cli -- user add\`).\n\n`,
    );
  }

  closeWithGrace({ delay: 10_000 }, async ({ signal, err }) => {
    if (err) app.log.error({ err }, 'shutting down after an error');
    else app.log.info({ signal }, 'shutting down');
    // Within the 10 s grace: up to 3 s for keep-alive connections to end after their next response, then the close.
    if (!err) await drainConnections(app.server, { drainMs: 3_000 });
    await app.close();
  });

  await app.listen({ host: config.HOST, port: config.PORT });
  // In the background, one after the other: the comparisons first, as analysts open the dashboard before exporting.
  warmLiveAggregates(app.repositories, app.liveAggregates, app.log)
    .catch((err: unknown) =>
      app.log.error(
        { err },
        'live aggregates could not be built; they are built on the first request instead',
      ),
    )
    .then(() => renderMissingExportCells(app.repositories, app.exportCells, app.log))
    .catch((err: unknown) =>
      app.log.error(
        { err },
        'export cells could not be rendered; exports write those rows from their answers',
      ),
    );
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else {
    console.error(error);
  }
  process.exit(1);
});
