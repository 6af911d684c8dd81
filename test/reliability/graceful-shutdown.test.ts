/**
 * SIGTERM under keep-alive load: every request the server received gets a whole response, each connection ends
 * cleanly after its next response, and the only failure a client meets is a refused new connection (nothing was
 * sent, so any client or load balancer retries it elsewhere) — never a reset in the middle of a connection.
 */
import { Agent, request } from 'node:http';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixturesDir } from '../helpers/build-test-app.ts';
import { type ServerProcess, startServerProcess } from '../helpers/server-process.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

const connections = 16;

interface Outcome {
  statuses: number[];
  closeHeaders: number;
  errors: string[];
}

function get(url: string, agent: Agent): Promise<{ status: number; connection: string | undefined }> {
  return new Promise((resolve, reject) => {
    const outgoing = request(url, { agent }, (response) => {
      response.resume();
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, connection: response.headers.connection }),
      );
      response.on('error', reject);
    });
    outgoing.on('error', reject);
    outgoing.end();
  });
}

/** One client on one keep-alive connection, asking again as soon as each answer arrives, until refused. */
async function keepAsking(url: string, started: () => void): Promise<Outcome> {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const outcome: Outcome = { statuses: [], closeHeaders: 0, errors: [] };
  try {
    for (let index = 0; ; index++) {
      try {
        const response = await get(url, agent);
        outcome.statuses.push(response.status);
        if (response.connection === 'close') outcome.closeHeaders += 1;
        if (index === 5) started();
      } catch (error) {
        outcome.errors.push((error as NodeJS.ErrnoException).code ?? String(error));
        return outcome;
      }
    }
  } finally {
    agent.destroy();
  }
}

describe('graceful shutdown', () => {
  const temp = makeTempDir();
  let server: ServerProcess | undefined;
  afterAll(() => {
    server?.child.kill('SIGKILL');
    temp.cleanup();
  });

  it('ends every keep-alive connection after a whole response on SIGTERM: no resets, exit code 0', async () => {
    server = await startServerProcess({
      DATABASE_PATH: path.join(temp.dir, 'tinjau.db'),
      SURVEYS_DIR: path.join(fixturesDir, 'surveys'),
      ADMIN_PASSWORD: 'graceful shutdown admin password',
      LOG_LEVEL: 'warn',
    });
    const running = server;
    let startedCount = 0;
    let allStarted: () => void = () => {};
    const everyoneAsking = new Promise<void>((resolve) => {
      allStarted = resolve;
    });
    const clients = Array.from({ length: connections }, () =>
      keepAsking(`${running.baseUrl}/api/health`, () => {
        startedCount += 1;
        if (startedCount === connections) allStarted();
      }),
    );
    await everyoneAsking;
    running.child.kill('SIGTERM');
    const outcomes = await Promise.all(clients);
    for (const outcome of outcomes) {
      expect(outcome.errors).toEqual(['ECONNREFUSED']);
      expect(outcome.statuses.every((status) => status === 200)).toBe(true);
      // The connection in use at the signal ended with its next response, which said so.
      expect(outcome.closeHeaders).toBeGreaterThanOrEqual(1);
    }
    expect(await running.exited).toEqual({ code: 0, signal: null });
  });
});
