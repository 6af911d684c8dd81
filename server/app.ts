/**
 * buildApp(options): the whole Tinjau server as a Fastify instance. It opens the database (running migrations),
 * loads the questionnaires in surveys/, and registers plugins and routes. It never listens and never reads
 * process.env; server.ts does both.
 */

import { constants as zlibConstants } from 'node:zlib';
import compress from '@fastify/compress';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyBaseLogger, type FastifyReply, type FastifyServerOptions } from 'fastify';
import { type OpenedDatabase, openDatabase } from './db/open-database.ts';
import { createRepositories, type Repositories } from './db/repositories/index.ts';
import errorHandler, { redactPath } from './plugins/error-handler.ts';
import exportSlots from './plugins/export-slots.ts';
import jsonBody from './plugins/json-body.ts';
import openapi from './plugins/openapi.ts';
import securityHeaders from './plugins/security-headers.ts';
import staffAuth from './plugins/staff-auth.ts';
import staticClient from './plugins/static-client.ts';
import { installValidatorCompiler } from './plugins/validator-compiler.ts';
import { loadSurveyDirectory } from './registry/survey-registry.ts';
import { OneLinePerRequest } from './request-log.ts';
import { createExportCellsRenderer, type ExportCellsRenderer } from './results/export-cells.ts';
import { createLiveAggregates, type LiveAggregates } from './results/live-aggregates.ts';
import auditRoutes from './routes/audit.ts';
import authRoutes, { type AuthRoutesOptions } from './routes/auth.ts';
import demoDataRoutes from './routes/demo-data.ts';
import exportRoutes from './routes/exports.ts';
import healthRoutes from './routes/health.ts';
import invitationRoutes from './routes/invitations.ts';
import pageRoutes from './routes/pages.ts';
import respondRoutes, { type RespondRoutesOptions } from './routes/respond.ts';
import resultsRoutes from './routes/results.ts';
import surveyRoutes from './routes/surveys.ts';
import versionChangeRoutes from './routes/version-changes.ts';
import workspaceSurveyRoutes from './routes/workspace-surveys.ts';
import { fastifyTrustProxy, type TrustProxy } from './security/trust-proxy.ts';

export interface AppOptions {
  /** SQLite file path, or ':memory:'. */
  databasePath: string;
  databaseSynchronous?: 'NORMAL' | 'FULL';
  /** Folder of SurveyJS JSON files to load at start; omit to load none. */
  surveysDir?: string;
  /** Base of invitation links. */
  publicUrl?: string;
  /** pino logger options, or false for none. */
  logger?: FastifyServerOptions['logger'];
  /** Maximum JSON body size in bytes. */
  bodyLimit?: number;
  /** Brute-force protection of invitation links. */
  respond?: RespondRoutesOptions;
  /** Brute-force protection of sign-in. */
  auth?: AuthRoutesOptions;
  sessionTtlHours?: number;
  /**
   * Behind reverse proxies: their number, or their addresses/CIDRs, so that X-Forwarded-For/-Proto give the client
   * address for rate limits and https for HSTS. 0 (the default): no proxy. Never "trust everything".
   */
  trustProxy?: TrustProxy;
  /** Mark cookies Secure; defaults to true when publicUrl is https. */
  secureCookies?: boolean;
}

declare module 'fastify' {
  interface FastifyInstance {
    repositories: Repositories;
    database: OpenedDatabase;
    liveAggregates: LiveAggregates;
    exportCells: ExportCellsRenderer;
    appOptions: Required<Pick<AppOptions, 'publicUrl'>> & AppOptions;
  }
}

export const defaultBodyLimit = 512 * 1024;

export async function buildApp(options: AppOptions) {
  const app = Fastify({
    logger: withSafeSerializers(options.logger ?? false),
    bodyLimit: options.bodyLimit ?? defaultBodyLimit,
    trustProxy: fastifyTrustProxy(options.trustProxy ?? 0),
    logController: new OneLinePerRequest(),
    // Long enough for any token or slug to reach the route's own schema, which refuses it with a proper error.
    routerOptions: { maxParamLength: 500 },
    // Errors raised before routing (a malformed or overlong address) get the same JSON shape, without echoing the URL.
    frameworkErrors: (error, _request, reply: FastifyReply) => {
      const tooLong = error.code === 'FST_ERR_MAX_PARAM_LENGTH';
      reply.status(tooLong ? 414 : 400).send({
        error: tooLong ? 'uri_too_long' : 'bad_url',
        message: tooLong ? 'The address is too long.' : 'The address is not valid.',
      });
    },
  }).withTypeProvider<TypeBoxTypeProvider>();
  installValidatorCompiler(app);

  const database = openDatabase({
    path: options.databasePath,
    synchronous: options.databaseSynchronous ?? 'NORMAL',
  });
  app.decorate('database', database);
  app.decorate('repositories', createRepositories(database.db));
  app.decorate('liveAggregates', createLiveAggregates(app.repositories));
  app.decorate('exportCells', createExportCellsRenderer(app.repositories));
  // Before onClose closes the database: a background render stops at its next page.
  app.addHook('preClose', async () => {
    await app.exportCells.close();
  });
  app.decorate('appOptions', { ...options, publicUrl: options.publicUrl ?? 'http://127.0.0.1:3000' });
  app.addHook('onClose', async () => database.close());

  if (options.surveysDir) {
    await loadSurveyDirectory(options.surveysDir, app.repositories.surveys, app.log as FastifyBaseLogger);
  }

  await app.register(errorHandler);
  await app.register(jsonBody);
  await app.register(securityHeaders);
  // Dynamic responses (JSON, HTML) are compressed on the fly; built assets are sent as pre-compressed files. Request
  // bodies are not decompressed: no Tinjau page sends them compressed, and it saves a hook on every request.
  await app.register(compress, {
    globalDecompression: false,
    threshold: 1024,
    brotliOptions: { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 4 } },
  });
  await app.register(openapi);
  await app.register(staticClient);
  await app.register(staffAuth, {
    sessionTtlHours: options.sessionTtlHours ?? 12,
    secureCookies: options.secureCookies ?? app.appOptions.publicUrl.startsWith('https://'),
  });
  await app.register(healthRoutes);
  await app.register(authRoutes, options.auth ?? {});
  await app.register(surveyRoutes);
  await app.register(respondRoutes, options.respond ?? {});
  await app.register(workspaceSurveyRoutes);
  await app.register(versionChangeRoutes);
  await app.register(invitationRoutes);
  await app.register(demoDataRoutes);
  await app.register(auditRoutes);
  await app.register(exportSlots);
  await app.register(resultsRoutes);
  await app.register(exportRoutes);
  await app.register(pageRoutes);
  return app;
}

export type App = Awaited<ReturnType<typeof buildApp>>;

/**
 * Invitation tokens live in URLs and session cookies in headers: the request serializer logs neither, whatever
 * logger options the caller passes.
 */
function withSafeSerializers(logger: FastifyServerOptions['logger']): FastifyServerOptions['logger'] {
  if (!logger) return false;
  const base = typeof logger === 'object' ? logger : {};
  return {
    ...base,
    serializers: {
      ...(base as { serializers?: object }).serializers,
      req: (request: { method: string; url: string; ip?: string }) => ({
        method: request.method,
        url: redactPath(request.url),
        remoteAddress: request.ip,
      }),
    },
  };
}
