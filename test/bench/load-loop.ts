/**
 * A small HTTP load generator: N workers, each with its own keep-alive connection (node:http Agent with N
 * sockets), sending one request after another for a fixed time. Requests started during the warm-up are not
 * counted. Latencies are kept (the count is bounded by time) and sorted for the percentiles.
 */
import { readFileSync } from 'node:fs';
import { Agent, request as httpRequest } from 'node:http';

export interface LoadRequest {
  method: 'GET' | 'PUT' | 'POST';
  path: string;
  body?: Buffer;
  headers?: Record<string, string>;
}

export interface LoadOptions {
  baseUrl: string;
  connections: number;
  warmupMs: number;
  durationMs: number;
  /** The request number n; undefined ends the run (e.g. no unused invitation is left). */
  next(index: number): LoadRequest | undefined;
  /** The server's process id: its CPU time over the measured part is reported per request. */
  serverPid?: number;
}

export interface LoadResult {
  connections: number;
  /** Requests started after the warm-up. */
  requests: number;
  /** Responses other than 2xx, and connection errors, among them. */
  failures: number;
  statusCounts: Record<string, number>;
  firstFailure?: string;
  seconds: number;
  requestsPerSecond: number;
  p50Ms: number;
  p90Ms: number;
  p99Ms: number;
  maxMs: number;
  meanMs: number;
  /** Whether the run ended because next() ran out of requests. */
  exhausted: boolean;
  /** Server CPU time (user + system) per measured request, when serverPid was given: what the load costs the server. */
  serverCpuMsPerRequest?: number;
}

/** User + system CPU milliseconds a process has used (Linux; /proc/<pid>/stat counts in 1/100 s). */
export function cpuMillisecondsOf(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the parenthesised command name: state is field 3, utime 14 and stime 15.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

export function percentile(sorted: Float64Array | number[], fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1));
  return sorted[index] as number;
}

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const url = new URL(options.baseUrl);
  const agent = new Agent({
    keepAlive: true,
    maxSockets: options.connections,
    maxFreeSockets: options.connections,
  });
  const latencies: number[] = [];
  const statusCounts: Record<string, number> = {};
  let failures = 0;
  let firstFailure: string | undefined;
  let issued = 0;
  let exhausted = false;
  const startedAt = performance.now();
  const measureFrom = startedAt + options.warmupMs;
  const stopAt = measureFrom + options.durationMs;

  const send = (load: LoadRequest) =>
    new Promise<{ status: number; failureBody?: string }>((resolve) => {
      const headers: Record<string, string | number> = { ...load.headers };
      if (load.body) {
        headers['content-type'] = 'application/json';
        headers['content-length'] = load.body.length;
      }
      const outgoing = httpRequest(
        { agent, host: url.hostname, port: url.port, method: load.method, path: load.path, headers },
        (response) => {
          const status = response.statusCode ?? 0;
          const failed = status < 200 || status >= 300;
          const chunks: Buffer[] = [];
          if (failed) response.on('data', (chunk: Buffer) => chunks.push(chunk));
          else response.resume();
          response.on('end', () =>
            resolve(
              failed ? { status, failureBody: Buffer.concat(chunks).toString().slice(0, 500) } : { status },
            ),
          );
          response.on('error', (error) => resolve({ status: 0, failureBody: error.message }));
        },
      );
      outgoing.on('error', (error) => resolve({ status: 0, failureBody: error.message }));
      outgoing.end(load.body);
    });

  const worker = async () => {
    for (;;) {
      const begin = performance.now();
      if (begin >= stopAt) return;
      const load = options.next(issued++);
      if (!load) {
        exhausted = true;
        return;
      }
      const outcome = await send(load);
      const elapsed = performance.now() - begin;
      if (begin < measureFrom) continue;
      latencies.push(elapsed);
      const key = String(outcome.status);
      statusCounts[key] = (statusCounts[key] ?? 0) + 1;
      if (outcome.failureBody !== undefined) {
        failures += 1;
        firstFailure ??= `${outcome.status} ${load.method} ${load.path}: ${outcome.failureBody}`;
      }
    }
  };

  const { serverPid } = options;
  let cpuAtMeasureStart: number | undefined;
  const cpuTimer =
    serverPid === undefined
      ? undefined
      : setTimeout(() => {
          cpuAtMeasureStart = cpuMillisecondsOf(serverPid);
        }, options.warmupMs);
  await Promise.all(Array.from({ length: options.connections }, worker));
  const finishedAt = performance.now();
  clearTimeout(cpuTimer);
  const serverCpuMs =
    serverPid !== undefined && cpuAtMeasureStart !== undefined
      ? cpuMillisecondsOf(serverPid) - cpuAtMeasureStart
      : undefined;
  agent.destroy();
  const sorted = Float64Array.from(latencies).sort();
  const seconds = Math.max(0.001, (finishedAt - Math.min(measureFrom, finishedAt)) / 1000);
  const total = latencies.reduce((sum, value) => sum + value, 0);
  return {
    connections: options.connections,
    requests: latencies.length,
    failures,
    statusCounts,
    ...(firstFailure ? { firstFailure } : {}),
    seconds,
    requestsPerSecond: latencies.length / seconds,
    p50Ms: percentile(sorted, 0.5),
    p90Ms: percentile(sorted, 0.9),
    p99Ms: percentile(sorted, 0.99),
    maxMs: sorted.length ? (sorted[sorted.length - 1] as number) : Number.NaN,
    meanMs: latencies.length ? total / latencies.length : Number.NaN,
    exhausted,
    ...(serverCpuMs !== undefined && latencies.length > 0
      ? { serverCpuMsPerRequest: serverCpuMs / latencies.length }
      : {}),
  };
}
