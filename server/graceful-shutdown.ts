/**
 * Stopping without resetting anyone's connection. Closing the HTTP server straight away (Fastify's close, Node's
 * server.close) destroys every keep-alive connection that is idle at that instant — and under load a connection is
 * idle for the moment between a response and the client's next request, so that request meets a reset (ECONNRESET)
 * that the client cannot tell from a crash. Instead, first:
 * - stop accepting connections (a new one is refused, which clients and load balancers retry elsewhere), and
 * - answer every further request normally but with `Connection: close`, so each connection ends cleanly after its
 *   next response;
 * then, once no connection is left or the drain time is over, close the app (which closes what is still idle: by
 * then, connections that sent nothing during the whole drain).
 */
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { Server as NetServer } from 'node:net';

export interface DrainOptions {
  /** The longest wait for connections to end before closing anyway. */
  drainMs: number;
  /** How often the remaining connections are counted. */
  pollMs?: number;
}

export async function drainConnections(server: Server, options: DrainOptions): Promise<void> {
  // Before Fastify's own listener, so the header is set before any handler can write the response head.
  server.prependListener('request', (_request: IncomingMessage, response: ServerResponse) => {
    response.setHeader('connection', 'close');
  });
  // net.Server's close stops accepting without http.Server's closeIdleConnections (the resets described above).
  NetServer.prototype.close.call(server);
  const deadline = Date.now() + options.drainMs;
  while (Date.now() < deadline && (await openConnections(server)) > 0) {
    await new Promise((resolve) => setTimeout(resolve, options.pollMs ?? 20));
  }
}

function openConnections(server: Server): Promise<number> {
  return new Promise((resolve) => server.getConnections((error, count) => resolve(error ? 0 : count)));
}
