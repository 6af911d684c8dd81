/**
 * A survey's demo data (made by `cli demo`): how much there is, and its removal by an admin. The removal names the
 * number of demo invitations the admin agreed to remove, so that a confirmation given for one count never removes
 * another (someone ran `cli demo` again meanwhile).
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { countryScope } from '../auth/permissions.ts';
import { errors } from '../errors.ts';
import { countDemoData, removeDemoData } from '../results/demo-data-removal.ts';
import { errorResponses } from '../schemas/common.ts';
import { SlugParams } from '../schemas/surveys.ts';
import { DemoDataCounts } from '../schemas/workspace.ts';
import { actorOf } from './route-helpers.ts';

const RemovalBody = Type.Object(
  {
    invitations: Type.Integer({
      minimum: 0,
      maximum: 10_000_000,
      description:
        'The number of demo invitations the admin confirmed removing, as GET …/demo-data counted them',
    }),
  },
  { additionalProperties: false },
);

const demoDataRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { repositories } = app;

  app.get(
    '/api/surveys/:slug/demo-data',
    {
      schema: {
        tags: ['invitations'],
        summary:
          "How many synthetic demo invitations and responses the survey has (a coordinator's member states only)",
        params: SlugParams,
        response: { 200: DemoDataCounts, ...errorResponses(400, 401, 403, 404) },
      },
      onRequest: app.requireStaff('surveys:read'),
    },
    async (request) => {
      const user = request.staffSession?.user;
      if (!user) throw errors.unauthenticated();
      return countDemoData(repositories, request.params.slug, countryScope(user));
    },
  );

  app.post(
    '/api/surveys/:slug/demo-data/removal',
    {
      schema: {
        tags: ['invitations'],
        summary:
          'Remove every synthetic demo invitation and response of the survey (admins); real invitations and responses are not touched',
        params: SlugParams,
        body: RemovalBody,
        response: {
          200: Type.Object({ removed: DemoDataCounts }),
          ...errorResponses(400, 401, 403, 404, 409),
        },
      },
      onRequest: app.requireStaff('demo-data:remove'),
    },
    async (request) => {
      const current = await countDemoData(repositories, request.params.slug);
      if (current.invitations !== request.body.invitations)
        throw errors.conflict(
          `The survey now has ${current.invitations} demo invitations, not the ${request.body.invitations} you confirmed: nothing was removed. Look again and confirm the new number.`,
        );
      return { removed: await removeDemoData(repositories, request.params.slug, actorOf(request)) };
    },
  );
};

export default demoDataRoutes;
