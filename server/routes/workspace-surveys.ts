/** Questionnaire management for researchers: upload drafts, publish, close and reopen, dates, downloads, codebook. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { type Survey, studyContactOf } from '../db/repositories/survey-repository.ts';
import { errors } from '../errors.ts';
import { utf8ByteOrderMark } from '../export/csv-format.ts';
import { definitionToCsv } from '../questionnaire/spreadsheet/index.ts';
import { loadSurveyData } from '../results/survey-data.ts';
import { errorResponses } from '../schemas/common.ts';
import { SlugParams, StudyContact, VersionParams } from '../schemas/surveys.ts';
import { DownloadQuery, SurveySettingsBody, UploadBody, VersionActionParams } from '../schemas/workspace.ts';
import {
  changeVersionStatus,
  updateSurveySettings,
  uploadDraftVersion,
} from '../workspace/survey-versions.ts';
import { actorOf } from './route-helpers.ts';

const VersionResult = Type.Object({
  slug: Type.String(),
  version: Type.Integer(),
  status: Type.String(),
  contentHash: Type.String(),
  created: Type.Boolean({ description: 'False when identical content already existed as a version' }),
});

const SurveySettings = Type.Object({
  slug: Type.String(),
  opensAt: Type.Union([Type.String(), Type.Null()]),
  closesAt: Type.Union([Type.String(), Type.Null()]),
  minimumCellSize: Type.Integer(),
  contact: StudyContact,
});

const workspaceSurveyRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { repositories } = app;

  async function requireSurvey(slug: string): Promise<Survey> {
    const survey = await repositories.surveys.findBySlug(slug);
    if (!survey) throw errors.notFound(`Survey "${slug}"`);
    return survey;
  }

  async function requireVersion(slug: string, versionNumber: number) {
    const survey = await requireSurvey(slug);
    const version = await repositories.surveys.findVersionByNumber(survey.id, versionNumber);
    if (!version) throw errors.notFound(`Version ${versionNumber} of "${slug}"`);
    return { survey, version };
  }

  app.post(
    '/api/surveys/:slug/versions',
    {
      schema: {
        tags: ['surveys'],
        summary: 'Upload a new draft version (creates the survey if the slug is new)',
        params: SlugParams,
        body: UploadBody,
        response: { 201: VersionResult, 200: VersionResult, ...errorResponses(400, 401, 403, 413, 422) },
      },
      onRequest: app.requireStaff('surveys:write'),
    },
    async (request, reply) => {
      const result = await uploadDraftVersion(
        repositories,
        request.params.slug,
        request.body.format,
        request.body.content,
        actorOf(request),
      );
      return reply.status(result.created ? 201 : 200).send({
        slug: result.survey.slug,
        version: result.version.versionNumber,
        status: result.version.status,
        contentHash: result.version.contentHash,
        created: result.created,
      });
    },
  );

  app.post(
    '/api/surveys/:slug/versions/:version/:action',
    {
      schema: {
        tags: ['surveys'],
        summary: 'Publish a draft (then immutable), close collection, or reopen it',
        params: VersionActionParams,
        response: { 200: VersionResult, ...errorResponses(400, 401, 403, 404, 409) },
      },
      onRequest: app.requireStaff('surveys:write'),
    },
    async (request) => {
      const { survey, version } = await requireVersion(request.params.slug, request.params.version);
      const changed = await changeVersionStatus(
        repositories,
        version,
        request.params.action,
        actorOf(request),
      );
      if (request.params.action === 'publish') {
        // A new version may add columns to the wide export: older responses' stored cells are rendered again now,
        // in the background, rather than by the first export after it.
        loadSurveyData(repositories, survey.slug)
          .then((data) => app.exportCells.ensureRendered(data))
          .catch((err: unknown) => request.log.error({ err }, 'export cells could not be rendered'));
      }
      return {
        slug: survey.slug,
        version: changed.versionNumber,
        status: changed.status,
        contentHash: changed.contentHash,
        created: false,
      };
    },
  );

  app.patch(
    '/api/surveys/:slug',
    {
      schema: {
        tags: ['surveys'],
        summary:
          'Set the collection window (ISO 8601; null removes a bound), k of small-cell suppression and the study contact',
        params: SlugParams,
        body: SurveySettingsBody,
        response: { 200: SurveySettings, ...errorResponses(400, 401, 403, 404) },
      },
      onRequest: app.requireStaff('surveys:write'),
    },
    async (request) => {
      const survey = await updateSurveySettings(
        repositories,
        await requireSurvey(request.params.slug),
        request.body,
        actorOf(request),
      );
      return {
        slug: survey.slug,
        opensAt: survey.opensAt,
        closesAt: survey.closesAt,
        minimumCellSize: survey.minimumCellSize,
        contact: studyContactOf(survey),
      };
    },
  );

  app.get(
    '/api/surveys/:slug/versions/:version/download',
    {
      schema: {
        tags: ['surveys'],
        summary: 'Download a version as SurveyJS JSON or as the questionnaire spreadsheet (CSV)',
        params: VersionParams,
        querystring: DownloadQuery,
        response: { 200: Type.String({ description: 'The file' }), ...errorResponses(400, 401, 403, 404) },
      },
      onRequest: app.requireStaff('surveys:read'),
    },
    async (request, reply) => {
      const { survey, version } = await requireVersion(request.params.slug, request.params.version);
      const definition = JSON.parse(version.definition);
      const base = `${survey.slug}-v${version.versionNumber}`;
      if (request.query.format === 'csv') {
        return (
          reply
            .type('text/csv; charset=utf-8')
            .header('content-disposition', `attachment; filename="${base}.csv"`)
            // A byte-order mark so that Excel reads Thai, Khmer and Vietnamese labels as UTF-8.
            .send(utf8ByteOrderMark + definitionToCsv(definition))
        );
      }
      return reply
        .type('application/json; charset=utf-8')
        .header('content-disposition', `attachment; filename="${base}.json"`)
        .send(`${JSON.stringify(definition, null, 2)}\n`);
    },
  );

  app.get(
    '/api/surveys/:slug/versions/:version/codebook',
    {
      schema: {
        tags: ['surveys'],
        summary: 'The variables of a version (the codebook): names, kinds, texts per locale, codes',
        params: VersionParams,
        response: {
          200: Type.Object({ variables: Type.Array(Type.Record(Type.String(), Type.Unknown())) }),
          ...errorResponses(400, 401, 403, 404),
        },
      },
      onRequest: app.requireStaff('surveys:read'),
    },
    async (request) => {
      const { version } = await requireVersion(request.params.slug, request.params.version);
      return {
        variables: repositories.compiledVersions.fromText(version).variables as unknown as Array<
          Record<string, unknown>
        >,
      };
    },
  );
};

export default workspaceSurveyRoutes;
