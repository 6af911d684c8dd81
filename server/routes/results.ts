/**
 * The analyst's JSON API: country aggregates with small-cell suppression applied here (never only in the page),
 * text drill-down, the merged codebook and the responses themselves, each within the caller's member states.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import Type from 'typebox';
import { isPersonalVariable, textAnswers } from '../analysis/index.ts';
import { countryScope } from '../auth/permissions.ts';
import { errors } from '../errors.ts';
import { createReportCache } from '../results/aggregate-cache.ts';
import { parseResultsQuery } from '../results/query-parsing.ts';
import { effectiveCountries, loadSurveyData, recordStream } from '../results/survey-data.ts';
import { errorResponses } from '../schemas/common.ts';
import { PageQuery, PersonalResultsQuery, ResultsQuerySchema, TextParams } from '../schemas/results.ts';
import { SlugParams } from '../schemas/surveys.ts';
import { personalDataRequested } from './route-helpers.ts';

const Json = Type.Record(Type.String(), Type.Unknown());

/** Responses read for a page of /responses without an export slot: one page of the repository's read. */
const slotFreeResponses = 250;

const resultsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { repositories, liveAggregates } = app;
  const reports = createReportCache();

  function scopeOf(request: FastifyRequest) {
    return countryScope(userOf(request));
  }

  function userOf(request: FastifyRequest) {
    const user = request.staffSession?.user;
    if (!user) throw errors.unauthenticated();
    return user;
  }

  app.get(
    '/api/results/:slug/aggregates',
    {
      schema: {
        tags: ['results'],
        summary:
          'Per question and member state: counts, shares, means, ranks, with the base n and small-cell suppression',
        params: SlugParams,
        querystring: ResultsQuerySchema,
        response: { 200: Json, ...errorResponses(400, 401, 403, 404) },
      },
      onRequest: app.requireStaff('results:read'),
    },
    async (request, reply) => {
      const scope = scopeOf(request);
      const query = parseResultsQuery(request.query);
      const data = await loadSurveyData(repositories, request.params.slug);
      const live = await liveAggregates.current(data, query);
      const key = JSON.stringify([data.survey.id, query, effectiveCountries(query.countries, scope)]);
      const body = reports.get(key, live.state, () => {
        const { report, ...counts } = live.report(query, scope);
        return JSON.stringify({ survey: data.survey.slug, title: data.survey.title, ...counts, ...report });
      });
      return reply.type('application/json; charset=utf-8').send(body as unknown as Record<string, unknown>);
    },
  );

  app.get(
    '/api/results/:slug/text/:question',
    {
      schema: {
        tags: ['results'],
        summary:
          'The texts given to a text question (drill-down), with country and organisation; a question marked personal data only with contacts=true (admins and researchers)',
        params: TextParams,
        querystring: PersonalResultsQuery,
        response: {
          200: Type.Object({ question: Type.String(), answers: Type.Array(Json) }),
          ...errorResponses(400, 401, 403, 404, 429),
        },
      },
      onRequest: app.requireStaff('results:read'),
      // It reads every response in scope, as an export does.
      preHandler: app.holdExportSlot,
    },
    async (request) => {
      const { contacts, ...filters } = request.query;
      const withContacts = personalDataRequested(userOf(request), contacts);
      const data = await loadSurveyData(repositories, request.params.slug);
      if (!withContacts && isPersonalVariable(data.codebook, request.params.question))
        throw errors.forbiddenWithReason(
          `The answers to "${request.params.question}" are personal data: only admins and researchers see them, by asking with contacts=true.`,
        );
      const [questionName] = request.params.question.split('.');
      if (!data.codebook.some((entry) => entry.name === questionName))
        throw errors.notFound(`Question "${request.params.question}"`);
      const records = [];
      for await (const record of recordStream(
        repositories,
        data,
        { ...parseResultsQuery(filters), ...(withContacts ? { withContacts } : {}) },
        scopeOf(request),
      ))
        records.push(record);
      return {
        question: request.params.question,
        answers: textAnswers(records, request.params.question) as unknown as Array<Record<string, unknown>>,
      };
    },
  );

  app.get(
    '/api/results/:slug/codebook',
    {
      schema: {
        tags: ['results'],
        summary: 'The codebook across all published versions: variables, texts per locale, codes, versions',
        params: SlugParams,
        response: {
          200: Type.Object({ survey: Type.String(), variables: Type.Array(Json) }),
          ...errorResponses(400, 401, 403, 404),
        },
      },
      onRequest: app.requireStaff('results:read'),
    },
    async (request) => {
      const data = await loadSurveyData(repositories, request.params.slug);
      return {
        survey: data.survey.slug,
        variables: data.codebook as unknown as Array<Record<string, unknown>>,
      };
    },
  );

  app.get(
    '/api/results/:slug/responses',
    {
      schema: {
        tags: ['results'],
        summary:
          'Submitted responses as JSON records (answers keyed by question name), a page at a time; answers to questions marked personal data and the contact name and e-mail only with contacts=true (admins and researchers)',
        params: SlugParams,
        querystring: PageQuery,
        response: {
          200: Type.Object({ offset: Type.Integer(), limit: Type.Integer(), responses: Type.Array(Json) }),
          ...errorResponses(400, 401, 403, 404, 429),
        },
      },
      onRequest: app.requireStaff('results:read'),
      // Beyond the first few hundred it reads every response before the page asked for, as an export does; the
      // dashboard's look at the first record is left alone.
      preHandler: async function holdSlotForLongReads(request, reply) {
        if (request.query.offset + request.query.limit > slotFreeResponses)
          await app.holdExportSlot.call(this, request, reply);
      },
    },
    async (request) => {
      const { offset, limit, contacts, ...filters } = request.query;
      const withContacts = personalDataRequested(userOf(request), contacts);
      const data = await loadSurveyData(repositories, request.params.slug);
      const page: Array<Record<string, unknown>> = [];
      let index = 0;
      for await (const record of recordStream(
        repositories,
        data,
        { ...parseResultsQuery(filters), ...(withContacts ? { withContacts } : {}) },
        scopeOf(request),
      )) {
        if (index >= offset) page.push(record as unknown as Record<string, unknown>);
        index += 1;
        if (page.length >= limit) break;
      }
      return { offset, limit, responses: page };
    },
  );
};

export default resultsRoutes;
