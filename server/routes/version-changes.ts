/** A researcher's view of a new version before publishing it: what changed, and which translations it left behind. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { errors } from '../errors.ts';
import { isJsonRecord, type JsonRecord } from '../questionnaire/definition-walker.ts';
import { versionChanges } from '../questionnaire/version-changes.ts';
import { errorResponses } from '../schemas/common.ts';
import { VersionParams } from '../schemas/surveys.ts';
import { VersionChanges, VersionChangesQuery } from '../schemas/version-changes.ts';

const versionChangeRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { surveys } = app.repositories;

  app.get(
    '/api/surveys/:slug/versions/:version/changes',
    {
      schema: {
        tags: ['surveys'],
        summary:
          'Questions and choices added, removed and reworded since an older version; translations missing or stale',
        params: VersionParams,
        querystring: VersionChangesQuery,
        response: { 200: VersionChanges, ...errorResponses(400, 401, 403, 404) },
      },
      onRequest: app.requireStaff('surveys:read'),
    },
    async (request) => {
      const { slug, version: versionNumber } = request.params;
      const survey = await surveys.findBySlug(slug);
      if (!survey) throw errors.notFound(`Survey "${slug}"`);
      const version = await surveys.findVersionByNumber(survey.id, versionNumber);
      if (!version) throw errors.notFound(`Version ${versionNumber} of "${slug}"`);
      const againstNumber = request.query.against ?? (versionNumber > 1 ? versionNumber - 1 : null);
      if (againstNumber !== null && againstNumber >= versionNumber) {
        const message = `The version to compare with must be older than version ${versionNumber}.`;
        throw errors.validationFailed(message, [{ field: 'against', message }]);
      }
      const against =
        againstNumber === null ? undefined : await surveys.findVersionByNumber(survey.id, againstNumber);
      if (againstNumber !== null && !against) throw errors.notFound(`Version ${againstNumber} of "${slug}"`);

      const next = JSON.parse(version.definition) as JsonRecord;
      const changes = versionChanges(
        against ? (JSON.parse(against.definition) as JsonRecord) : undefined,
        next,
      );
      const statuses = isJsonRecord(next.translationStatus) ? next.translationStatus : {};
      return {
        slug: survey.slug,
        version: version.versionNumber,
        against: against?.versionNumber ?? null,
        ...changes,
        translations: changes.translations.map((locale) => {
          const status = statuses[locale.locale];
          return { ...locale, ...(typeof status === 'string' ? { status } : {}) };
        }),
      };
    },
  );
};

export default versionChangeRoutes;
