/**
 * Security headers on every response: a content security policy without inline script (pages load only their own
 * hashed bundles), no framing, no sniffing, no referrer leaks of invitation links; HSTS only when the request came
 * over TLS (directly, or via a trusted proxy's X-Forwarded-Proto when TRUST_PROXY is set).
 */
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import helmet from 'helmet';

export default fp(async function securityHeaders(app: FastifyInstance) {
  const headers = helmetHeaders();
  app.addHook('onRequest', (request, reply, done) => {
    if (request.protocol === 'https')
      reply.header('strict-transport-security', 'max-age=31536000; includeSubDomains');
    reply.headers(headers);
    done();
  });
});

/**
 * The headers helmet sets, taken once from a response it is run on. They never vary by request: running helmet's
 * chain of twelve middlewares per request (let alone @fastify/helmet, which built the chain anew each time) was a
 * twentieth of an autosave's cost.
 */
function helmetHeaders(): Record<string, string> {
  const setHeaders = helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // SurveyJS and chart.js set element styles from script; no inline <script> is allowed.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
    strictTransportSecurity: false,
    // An invitation link in a Referer header would hand the token to any third-party site the page linked to.
    referrerPolicy: { policy: 'no-referrer' },
    crossOriginEmbedderPolicy: false,
  });
  const headers: Record<string, string> = {};
  const recorder = {
    setHeader: (name: string, value: string | number) => {
      headers[name.toLowerCase()] = String(value);
    },
    // helmet removes X-Powered-By, which Fastify never sets.
    removeHeader: () => {},
  };
  let failure: unknown;
  setHeaders(recorder as never, recorder as never, (error?: unknown) => {
    failure = error;
  });
  if (failure) throw failure;
  return headers;
}
