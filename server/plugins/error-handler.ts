/**
 * One error handler: domain errors, schema validation, body limits and parser errors become
 * `{ error, message, details? }` JSON; anything unexpected is logged and answered with a 500 that hides its message.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { DomainError, type ErrorDetail } from '../errors.ts';

interface ValidationEntry {
  instancePath?: string;
  message?: string;
  params?: Record<string, unknown>;
}

function fieldOf(context: string | undefined, entry: ValidationEntry): string {
  const base = (entry.instancePath ?? '').replace(/^\//, '').replaceAll('/', '.');
  const missing = entry.params?.missingProperty ?? entry.params?.requiredProperties;
  const additional = entry.params?.additionalProperty;
  const extra =
    typeof missing === 'string'
      ? missing
      : Array.isArray(missing)
        ? String(missing[0])
        : typeof additional === 'string'
          ? additional
          : '';
  const field = [base, extra].filter(Boolean).join('.');
  return field || (context ?? 'body');
}

function validationDetails(error: FastifyError): ErrorDetail[] {
  const entries = (error.validation ?? []) as ValidationEntry[];
  return entries.map((entry) => {
    const field = fieldOf(error.validationContext, entry);
    const additional = entry.params?.additionalProperty;
    const message =
      typeof additional === 'string'
        ? `${additional} is not an accepted field`
        : `${field} ${entry.message ?? 'is not valid'}`;
    return { field, message };
  });
}

const clientErrorCodes: Record<string, { status: number; code: string; message: string }> = {
  FST_ERR_CTP_BODY_TOO_LARGE: {
    status: 413,
    code: 'payload_too_large',
    message: 'The request body is too large.',
  },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    status: 415,
    code: 'unsupported_media_type',
    message: 'Send the body as application/json.',
  },
  FST_ERR_CTP_EMPTY_JSON_BODY: {
    status: 400,
    code: 'invalid_json',
    message: 'The request body is empty; JSON was expected.',
  },
  FST_ERR_CTP_INVALID_JSON_BODY: {
    status: 400,
    code: 'invalid_json',
    message: 'The request body is not valid JSON.',
  },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
    status: 400,
    code: 'invalid_request',
    message: 'The Content-Length header does not match the body.',
  },
};

export default fp(async function errorHandler(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    if (error instanceof DomainError) {
      return reply.status(error.statusCode).send({
        error: error.code,
        message: error.message,
        ...(error.details ? { details: error.details } : {}),
      });
    }
    if (error.validation) {
      const details = validationDetails(error);
      const message = details.map((detail) => detail.message).join('; ') || 'The request is not valid.';
      return reply.status(400).send({ error: 'validation_failed', message, details });
    }
    const known = error.code ? clientErrorCodes[error.code] : undefined;
    if (known && error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      // Answered once the client has finished sending: a reply (and the close that follows it) while the client is
      // still writing can reach it as a reset (EPIPE, ECONNRESET) instead of this readable 413.
      return discardRequestBody(request).then(() =>
        reply.status(known.status).send({ error: known.code, message: known.message }),
      );
    }
    if (known) return reply.status(known.status).send({ error: known.code, message: known.message });
    if (error instanceof SyntaxError || error.code === 'FST_ERR_CTP_INVALID_JSON_BODY') {
      return reply
        .status(400)
        .send({ error: 'invalid_json', message: 'The request body is not valid JSON.' });
    }
    const status = error.statusCode ?? 500;
    if (status === 429) {
      return reply.status(429).send({
        error: 'too_many_requests',
        message: error.message || 'Too many requests; please wait and try again.',
      });
    }
    if (status >= 400 && status < 500) {
      return reply.status(status).send({ error: 'bad_request', message: error.message });
    }
    request.log.error({ err: error }, 'unexpected error');
    return reply.status(500).send({
      error: 'internal_error',
      message: 'Something went wrong on the server. The error has been logged.',
    });
  });

  app.setNotFoundHandler((request, reply) =>
    reply.status(404).send({
      error: 'not_found',
      message: `Nothing is served at ${request.method} ${redactPath(request.url)}.`,
    }),
  );
});

/** At most this much of an oversized body is read and dropped before the 413; beyond it the connection is cut. */
const discardLimit = { bytes: 32 * 1024 * 1024, ms: 15_000 };

/** Reads the rest of a refused body and drops it, within discardLimit; resolves when done or past the limit. */
function discardRequestBody(request: FastifyRequest): Promise<void> {
  const body = request.raw;
  if (body.readableEnded || body.destroyed) return Promise.resolve();
  return new Promise((resolve) => {
    let received = 0;
    const finish = () => {
      clearTimeout(timer);
      body.off('data', onData);
      body.off('end', finish);
      body.off('error', finish);
      body.off('close', finish);
      resolve();
    };
    const onData = (chunk: Buffer) => {
      received += chunk.length;
      if (received > discardLimit.bytes) finish();
    };
    const timer = setTimeout(finish, discardLimit.ms);
    body.on('data', onData);
    body.once('end', finish);
    body.once('error', finish);
    body.once('close', finish);
    body.resume();
  });
}

/**
 * Invitation tokens live in URLs; they are replaced before a URL is logged or echoed. The router decodes the path
 * before matching it, so `/api/%72/<token>` reaches the respondent route: a segment is compared decoded (as often
 * as it stays decodable), and the segment after any `r` is replaced, whatever the spelling.
 */
export function redactPath(url: string): string {
  const queryStart = url.search(/[?#]/);
  const path = queryStart === -1 ? url : url.slice(0, queryStart);
  const rest = queryStart === -1 ? '' : url.slice(queryStart);
  const segments = path.split('/');
  for (let index = 0; index < segments.length - 1; index++) {
    if (fullyDecoded(segments[index] as string) === 'r') segments[index + 1] = '[token]';
  }
  return segments.join('/') + rest;
}

function fullyDecoded(segment: string): string {
  let current = segment;
  // A few rounds cover any double encoding a proxy might add; a segment that stops decoding is kept as it is.
  for (let round = 0; round < 4 && current.includes('%'); round++) {
    try {
      current = decodeURIComponent(current);
    } catch {
      break;
    }
  }
  return current;
}
