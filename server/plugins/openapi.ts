/** The OpenAPI document, generated from the routes' TypeBox schemas, and its UI at /docs (raw JSON at /docs/json). */
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

export default fp(async function openapi(app: FastifyInstance) {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Tinjau API',
        description:
          'Research survey platform for the ITU/ASEAN study of social media policy and practice in ASEAN governments.',
        version: '0.1.0',
        license: { name: 'MIT' },
      },
      tags: [
        { name: 'health', description: 'Liveness' },
        { name: 'surveys', description: 'Questionnaires and their versions' },
      ],
    },
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });
});
