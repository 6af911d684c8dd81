/**
 * Security headers on every response: a content security policy without inline script (pages load only their own
 * hashed bundles), no framing, no sniffing, no referrer leaks of invitation links; HSTS only when the request came
 * over TLS (directly, or via a trusted proxy's X-Forwarded-Proto when TRUST_PROXY is set).
 */
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import helmet from 'helmet';

export default fp(async function securityHeaders(app: FastifyInstance) {
  // Built once: @fastify/helmet builds the helmet middleware again on every request (its CSP directives parsed
  // each time), which was a tenth of an autosave's cost; the headers here never vary by request.
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
  app.addHook('onRequest', (request, reply, done) => {
    if (request.protocol === 'https')
      reply.header('strict-transport-security', 'max-age=31536000; includeSubDomains');
    setHeaders(request.raw, reply.raw, (error?: unknown) => done(error as Error | undefined));
  });
});
