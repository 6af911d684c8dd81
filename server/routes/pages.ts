/** The staff pages: the workspace and the dashboard are single pages that route on the client. */
import type { FastifyPluginAsync } from 'fastify';

const pageRoutes: FastifyPluginAsync = async (app) => {
  for (const page of ['workspace', 'dashboard'] as const) {
    app.get(`/${page}`, { schema: { hide: true } }, async (_request, reply) =>
      app.clientPages.send(reply, page),
    );
    app.get(`/${page}/*`, { schema: { hide: true } }, async (_request, reply) =>
      app.clientPages.send(reply, page),
    );
  }
  app.get('/', { schema: { hide: true } }, async (_request, reply) => reply.redirect('/workspace'));
};

export default pageRoutes;
