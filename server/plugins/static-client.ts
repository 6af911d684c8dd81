/**
 * Serves the built browser pages from dist/client: hashed assets with a year of caching and their Brotli/gzip
 * copies, and the HTML pages (never cached, so a new build is picked up at once).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';
import fp from 'fastify-plugin';
import { projectRoot } from '../config.ts';

export const clientOutDir = path.join(projectRoot, 'dist', 'client');

export class ClientNotBuiltError extends Error {}

export interface ClientPages {
  /** Sends a page's HTML with the given status. */
  send(reply: FastifyReply, page: string, status?: number): FastifyReply;
}

declare module 'fastify' {
  interface FastifyInstance {
    clientPages: ClientPages;
  }
}

export default fp(async function staticClient(app: FastifyInstance) {
  if (!existsSync(path.join(clientOutDir, 'respond', 'index.html'))) {
    throw new ClientNotBuiltError(
      'The client is not built: run `npm run build:client` (npm start does it for you).',
    );
  }
  await app.register(fastifyStatic, {
    root: path.join(clientOutDir, 'assets'),
    prefix: '/assets/',
    preCompressed: true,
    immutable: true,
    maxAge: '365d',
    index: false,
    wildcard: true,
  });
  const htmlCache = new Map<string, string>();
  const pageHtml = (page: string): string => {
    let html = htmlCache.get(page);
    if (html === undefined) {
      html = readFileSync(path.join(clientOutDir, page, 'index.html'), 'utf8');
      htmlCache.set(page, html);
    }
    return html;
  };
  app.decorate('clientPages', {
    send(reply: FastifyReply, page: string, status = 200) {
      return reply
        .status(status)
        .header('cache-control', 'no-store')
        .type('text/html; charset=utf-8')
        .send(pageHtml(page));
    },
  });
});
