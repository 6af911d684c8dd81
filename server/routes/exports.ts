/**
 * CSV exports for R, Stata and Excel, streamed (memory stays flat at 100,000 responses): wide, long, codebook and the
 * country comparison. Formula-like cells are neutralised; coordinators get only their member states.
 */
import { Readable } from 'node:stream';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type, { type Static } from 'typebox';
import { countryScope } from '../auth/permissions.ts';
import { errors } from '../errors.ts';
import { codebookCsv, comparisonCsv, longCsv, wideCsv } from '../export/index.ts';
import { parseResultsQuery } from '../results/query-parsing.ts';
import { loadSurveyData, recordStream, wideRecordStream } from '../results/survey-data.ts';
import { errorResponses } from '../schemas/common.ts';
import { ExportParams, ExportQuerySchema } from '../schemas/results.ts';
import { personalDataRequested } from './route-helpers.ts';

/**
 * Which formats read every response in scope and so wait for an export slot (server/export/export-slots.ts). The
 * codebook reads none, and the comparison comes from the live aggregates, read once and then kept up to date, as
 * the dashboard's are.
 */
const readsEveryResponse: Record<Static<typeof ExportParams>['format'], boolean> = {
  wide: true,
  long: true,
  codebook: false,
  countries: false,
};

const exportRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { repositories } = app;

  app.get(
    '/api/exports/:slug/:format',
    {
      schema: {
        tags: ['exports'],
        summary:
          'CSV export: wide (one row per response), long (one row per answer), codebook, or country comparison',
        params: ExportParams,
        querystring: ExportQuerySchema,
        response: {
          200: Type.String({ description: 'CSV, UTF-8' }),
          ...errorResponses(400, 401, 403, 404, 429),
        },
      },
      onRequest: app.requireStaff('results:read'),
      preHandler: async function holdSlotForResponseReads(request, reply) {
        if (readsEveryResponse[request.params.format]) await app.holdExportSlot.call(this, request, reply);
      },
    },
    async (request, reply) => {
      const user = request.staffSession?.user;
      if (!user) throw errors.unauthenticated();
      const { labels, locale, bom, contacts: contactsAsked, ...filters } = request.query;
      const contacts = personalDataRequested(user, contactsAsked);
      const query = { ...parseResultsQuery(filters), ...(contacts ? { withContacts: true } : {}) };
      const data = await loadSurveyData(repositories, request.params.slug);
      const options = {
        ...(labels ? { labels } : {}),
        ...(locale ? { locale } : {}),
        ...(bom ? { bom } : {}),
        ...(contacts ? { contacts } : {}),
      };
      const records = () => recordStream(repositories, data, query, countryScope(user));
      const chunks = await (async () => {
        switch (request.params.format) {
          case 'wide': {
            // Stored cells hold codes and no personal data (server/export/stored-cells.ts).
            if (labels || contacts) return wideCsv(records(), data.codebook, options);
            // Rows in codes are copied from the cells stored at submission; any still missing for the current
            // columns (a new version changed them) are rendered in the background for the next export.
            app.exportCells
              .ensureRendered(data)
              .catch((err: unknown) => request.log.error({ err }, 'export cells could not be rendered'));
            return wideCsv(
              wideRecordStream(repositories, data, query, countryScope(user)),
              data.codebook,
              options,
            );
          }
          case 'long':
            return longCsv(records(), data.codebook, options);
          case 'codebook':
            return codebookCsv(data.codebook, options);
          case 'countries': {
            const live = await app.liveAggregates.current(data, query);
            return comparisonCsv(live.report(query, countryScope(user)).report, options);
          }
        }
      })();
      return (
        reply
          .type('text/csv; charset=utf-8')
          .header(
            'content-disposition',
            `attachment; filename="${data.survey.slug}-${request.params.format}.csv"`,
          )
          // The schema documents the body as CSV text; it is sent as a stream of chunks.
          .send(Readable.from(chunks) as unknown as string)
      );
    },
  );
};

export default exportRoutes;
