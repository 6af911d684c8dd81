/** Reading questionnaires: the list of surveys with their versions, and a version's definition. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { type Survey, type SurveyVersion, studyContactOf } from '../db/repositories/survey-repository.ts';
import { errors } from '../errors.ts';
import type { JsonRecord } from '../questionnaire/definition-walker.ts';
import { type LocaleCoverage, translationCoverage } from '../questionnaire/translation-coverage.ts';
import { errorResponses } from '../schemas/common.ts';
import { SlugParams, SurveyDefinition, SurveySummary, VersionParams } from '../schemas/surveys.ts';

function versionSummary(version: SurveyVersion, translations: LocaleCoverage[]) {
  return {
    version: version.versionNumber,
    status: version.status,
    contentHash: version.contentHash,
    createdAt: version.createdAt,
    publishedAt: version.publishedAt,
    closedAt: version.closedAt,
    translations,
  };
}

function definitionBody(survey: Survey, version: SurveyVersion) {
  return {
    slug: survey.slug,
    title: survey.title,
    version: version.versionNumber,
    status: version.status,
    contentHash: version.contentHash,
    definition: JSON.parse(version.definition) as Record<string, unknown>,
  };
}

const surveyRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { surveys } = app.repositories;
  // Coverage walks the whole definition; a version's content never changes, so it is worked out once per content.
  const coverageByContent = new Map<string, LocaleCoverage[]>();
  const coverageOf = (version: SurveyVersion) => {
    let coverage = coverageByContent.get(version.contentHash);
    if (!coverage) {
      coverage = translationCoverage(JSON.parse(version.definition) as JsonRecord, { includeDeclared: true });
      coverageByContent.set(version.contentHash, coverage);
    }
    return coverage;
  };

  async function requireSurvey(slug: string): Promise<Survey> {
    const survey = await surveys.findBySlug(slug);
    if (!survey) throw errors.notFound(`Survey "${slug}"`);
    return survey;
  }

  app.get(
    '/api/surveys',
    {
      schema: {
        tags: ['surveys'],
        summary: 'List surveys and their versions',
        response: { 200: Type.Object({ surveys: Type.Array(SurveySummary) }), ...errorResponses(401, 403) },
      },
      onRequest: app.requireStaff('surveys:read'),
    },
    async () => {
      const list = await surveys.list();
      const summaries = await Promise.all(
        list.map(async (survey) => {
          const versions = await surveys.listVersions(survey.id);
          const published = versions.filter((version) => version.status === 'published').at(-1);
          return {
            slug: survey.slug,
            title: survey.title,
            currentVersion: published?.versionNumber ?? null,
            opensAt: survey.opensAt,
            closesAt: survey.closesAt,
            minimumCellSize: survey.minimumCellSize,
            contact: studyContactOf(survey),
            versions: versions.map((version) => versionSummary(version, coverageOf(version))),
          };
        }),
      );
      return { surveys: summaries };
    },
  );

  app.get(
    '/api/surveys/:slug',
    {
      schema: {
        tags: ['surveys'],
        summary: 'The current published definition of a survey',
        params: SlugParams,
        response: { 200: SurveyDefinition, ...errorResponses(400, 401, 403, 404) },
      },
      onRequest: app.requireStaff('surveys:read'),
    },
    async (request) => {
      const survey = await requireSurvey(request.params.slug);
      const version = await surveys.currentPublishedVersion(survey.id);
      if (!version) throw errors.notFound(`A published version of "${survey.slug}"`);
      return definitionBody(survey, version);
    },
  );

  app.get(
    '/api/surveys/:slug/versions/:version',
    {
      schema: {
        tags: ['surveys'],
        summary: 'One version of a survey, whatever its status',
        params: VersionParams,
        response: { 200: SurveyDefinition, ...errorResponses(400, 401, 403, 404) },
      },
      onRequest: app.requireStaff('surveys:read'),
    },
    async (request) => {
      const survey = await requireSurvey(request.params.slug);
      const version = await surveys.findVersionByNumber(survey.id, request.params.version);
      if (!version) throw errors.notFound(`Version ${request.params.version} of "${survey.slug}"`);
      return definitionBody(survey, version);
    },
  );
};

export default surveyRoutes;
