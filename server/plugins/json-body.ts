/**
 * JSON request bodies: uncompressed only, decoded as strict UTF-8 (invalid bytes are refused instead of silently
 * becoming U+FFFD in stored answers), then parsed by Fastify's own parser with its prototype-poisoning protection.
 */
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { DomainError } from '../errors.ts';

export default fp(async function jsonBody(app: FastifyInstance) {
  const parseJson = app.getDefaultJsonParser('error', 'error');
  const decoder = new TextDecoder('utf-8', { fatal: true });
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body, done) => {
    // Compressed bodies are not decompressed (no Tinjau page sends one): refused by name rather than misread.
    const encoding = request.headers['content-encoding'];
    if (encoding !== undefined && encoding.toLowerCase() !== 'identity') {
      done(
        new DomainError(
          'unsupported_content_encoding',
          415,
          `Content-Encoding "${encoding.slice(0, 40)}" is not accepted: send the JSON body uncompressed.`,
        ),
        undefined,
      );
      return;
    }
    let text: string;
    try {
      text = decoder.decode(body as Buffer);
    } catch {
      done(new DomainError('invalid_encoding', 400, 'The request body is not valid UTF-8 text.'), undefined);
      return;
    }
    parseJson(request, text, done);
  });
});
