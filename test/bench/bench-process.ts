/**
 * The processes a benchmark measures: the real Tinjau server as `npm start` runs it (node, dist/server.js)
 * and the bare baseline server, each on its own port and database. Output goes to a log file rather than through
 * a pipe, so that the benchmark process spends no CPU on the server's request log. Memory is read from
 * /proc/<pid>/status.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { serverBundle, serverNodeFlags } from '../../server/build-server.ts';
import { projectRoot } from '../../server/config.ts';
import { clientOutDir } from '../../server/plugins/static-client.ts';
import { freePort } from '../helpers/server-process.ts';

export interface BenchProcess {
  label: string;
  pid: number;
  baseUrl: string;
  port: number;
  child: ChildProcess;
  /** Milliseconds from spawn to the first 200 from the health check. */
  startupMs: number;
  /** The end of what the process wrote. */
  outputTail(): string;
  stop(): Promise<void>;
}

export interface StartOptions {
  label: string;
  script: string;
  env: Record<string, string>;
  /** Extra node flags, e.g. --cpu-prof. */
  nodeArgs?: string[];
  logFile: string;
  healthPath?: string;
}

const running = new Set<BenchProcess>();

export const tinjauServerScript = serverBundle;
export const bareBaselineScript = path.join(import.meta.dirname, 'bare-baseline-server.ts');
export const benchAdminPassword = 'bench admin password 2026';

export async function startProcess(options: StartOptions): Promise<BenchProcess> {
  const port = await freePort();
  const log = openSync(options.logFile, 'a');
  const started = performance.now();
  // TypeScript scripts (the bare baseline) run through tsx; the server bundle with the flags `npm start` gives it.
  const loader = options.script.endsWith('.ts') ? ['--import', 'tsx'] : serverNodeFlags();
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), ...loader, options.script], {
    cwd: projectRoot,
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), ...options.env },
    stdio: ['ignore', log, log],
  });
  closeSync(log);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const baseUrl = `http://127.0.0.1:${port}`;
  const outputTail = () => {
    try {
      return readFileSync(options.logFile, 'utf8').slice(-4000);
    } catch {
      return '';
    }
  };
  const handle: BenchProcess = {
    label: options.label,
    pid: child.pid ?? -1,
    baseUrl,
    port,
    child,
    startupMs: 0,
    outputTail,
    async stop() {
      running.delete(handle);
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
  running.add(handle);
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) {
      running.delete(handle);
      throw new Error(`${options.label} exited early:\n${outputTail()}`);
    }
    try {
      const response = await fetch(`${baseUrl}${options.healthPath ?? '/api/health'}`);
      await response.arrayBuffer();
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await handle.stop();
      throw new Error(`${options.label} did not become healthy:\n${outputTail()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  handle.startupMs = performance.now() - started;
  return handle;
}

export interface TinjauOptions {
  databasePath: string;
  logFile: string;
  /** The server's log level; the shipped default (info) logs every request. */
  logLevel?: string;
  nodeArgs?: string[];
  /**
   * Return only once the server has built its country comparisons in the background (a steady state), with the
   * time the build took. The build reports itself at info, so a quieter log level is raised to info.
   */
  awaitWarmup?: boolean;
}

/**
 * Starts the real server. Other work on this machine may be rebuilding dist/client (Vite empties it first), and the
 * server refuses to start without it: wait for the build and try again rather than report a failure.
 */
export async function startTinjau(options: TinjauOptions): Promise<BenchProcess & { warmupMs?: number }> {
  const logLevel = options.logLevel ?? 'info';
  const server = await startTinjauProcess({
    ...options,
    logLevel: options.awaitWarmup && !verboseLevels.includes(logLevel) ? 'info' : logLevel,
  });
  return options.awaitWarmup ? { ...server, warmupMs: await waitForWarmup(options.logFile) } : server;
}

const verboseLevels = ['trace', 'debug', 'info'];

async function startTinjauProcess(options: TinjauOptions): Promise<BenchProcess> {
  for (let attempt = 1; ; attempt++) {
    await waitForClientBuild();
    try {
      return await startProcess({
        label: 'tinjau server',
        script: tinjauServerScript,
        logFile: options.logFile,
        nodeArgs: options.nodeArgs ?? [],
        env: {
          DATABASE_PATH: options.databasePath,
          LOG_LEVEL: options.logLevel ?? 'info',
          ADMIN_PASSWORD: benchAdminPassword,
        },
      });
    } catch (error) {
      if (attempt >= 5 || !String(error).includes('ClientNotBuiltError')) throw error;
      await new Promise((resolve) => setTimeout(resolve, 2_000));
    }
  }
}

async function waitForClientBuild(): Promise<void> {
  const page = path.join(clientOutDir, 'respond', 'index.html');
  const deadline = Date.now() + 120_000;
  while (!existsSync(page) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 500));
}

export function startBareBaseline(databasePath: string, logFile: string): Promise<BenchProcess> {
  return startProcess({
    label: 'bare baseline server',
    script: bareBaselineScript,
    logFile,
    env: { DATABASE_PATH: databasePath },
  });
}

/** Stops every process still running: after a failed benchmark, and on Ctrl-C. */
export async function stopAll(): Promise<void> {
  await Promise.all([...running].map((handle) => handle.stop()));
}

export interface MemoryStatus {
  rssMb: number;
  /** Peak resident set size of the process's whole life (VmHWM). */
  peakRssMb: number;
}

export function memoryOf(pid: number): MemoryStatus {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const field = (name: string) =>
    Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0) / 1024;
  return { rssMb: field('VmRSS'), peakRssMb: field('VmHWM') };
}

/** Samples VmRSS every intervalMs until stopped; returns the highest value seen. */
export function sampleMemory(pid: number, intervalMs = 50): { stop(): number } {
  let peak = memoryOf(pid).rssMb;
  const timer = setInterval(() => {
    try {
      peak = Math.max(peak, memoryOf(pid).rssMb);
    } catch {
      // the process has gone; keep the last peak
    }
  }, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      try {
        peak = Math.max(peak, memoryOf(pid).rssMb);
      } catch {
        // gone
      }
      return peak;
    },
  };
}

/** Waits for the server's 'live aggregates ready' log line; returns the build time the line reports. */
async function waitForWarmup(logFile: string): Promise<number> {
  const deadline = Date.now() + 300_000;
  while (Date.now() < deadline) {
    const line = readFileSync(logFile, 'utf8')
      .split('\n')
      .find((entry) => entry.includes('live aggregates ready'));
    if (line) return (JSON.parse(line) as { ms: number }).ms;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the server did not report its live aggregates ready within 5 minutes');
}

/**
 * The respondent benchmarks' pair: Tinjau on `dir/tinjau.db` and the bare baseline on `dir/bare.db`, each logging
 * beside its database. Both are added to `processes` as they start, so that the caller's cleanup stops whichever
 * started even when the other fails.
 */
export async function startTinjauAndBare(
  dir: string,
  processes: BenchProcess[],
  options: Pick<TinjauOptions, 'logLevel' | 'nodeArgs'>,
): Promise<{ tinjau: BenchProcess; bare: BenchProcess }> {
  const tinjau = await startTinjau({
    ...options,
    databasePath: path.join(dir, 'tinjau.db'),
    logFile: path.join(dir, 'tinjau.log'),
  });
  processes.push(tinjau);
  const bare = await startBareBaseline(path.join(dir, 'bare.db'), path.join(dir, 'bare.log'));
  processes.push(bare);
  return { tinjau, bare };
}
