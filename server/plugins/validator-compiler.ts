/**
 * Two Ajv instances: bodies are validated strictly (no type coercion, extra fields rejected, never silently
 * removed), while URL parameters and query strings, which are always text, are coerced to their declared types.
 */
import { Ajv, type Options } from 'ajv';
import addFormats from 'ajv-formats';
import type { FastifyInstance, FastifySchema } from 'fastify';

const shared: Options = { removeAdditional: false, useDefaults: true, allErrors: false, strict: false };

function createAjv(options: Options): Ajv {
  const ajv = new Ajv({ ...shared, ...options });
  addFormats.default(ajv);
  return ajv;
}

export function installValidatorCompiler(app: FastifyInstance): void {
  const strict = createAjv({ coerceTypes: false });
  const coercing = createAjv({ coerceTypes: 'array' });
  app.setValidatorCompiler(({ schema, httpPart }: { schema: FastifySchema; httpPart?: string }) =>
    (httpPart === 'body' ? strict : coercing).compile(schema as object),
  );
}
