/**
 * Autosave while a 100,000-response export runs (quick: 10,000): autosave at 50 connections alone, then during one
 * wide export, then during as many parallel wide exports as the server lets run at once (one analyst each), all
 * against one server in one run. Each exporter downloads again as soon as its export ends, so an export runs for the
 * whole measured time; a probe asks /api/health every 50 ms meanwhile. Exports must leave room for respondents:
 * the target is autosave p99 ≤ 100 ms while they run.
 */
import { copyFileSync } from 'node:fs';
import { Agent, request as httpRequest } from 'node:http';
import path from 'node:path';
import { defaultExportSlotLimits } from '../../server/export/export-slots.ts';
import { createSeededRandom } from '../../server/questionnaire/synthetic-answers.ts';
import { memberStates } from '../../server/reference/member-states.ts';
import { partAnsweredSaves } from './autosave.ts';
import { type BenchProcess, startTinjau } from './bench-process.ts';
import { download } from './exports.ts';
import {
  addAnalyst,
  analyst,
  type BenchContext,
  benchmarkDir,
  createBenchInvitations,
  openFixtureDatabase,
  profileFlags,
  responseDatabases,
  signInAnalyst,
  surveySlug,
} from './fixtures.ts';
import { type LoadResult, percentile, runLoad } from './load-loop.ts';
import { atMost, type BenchmarkResult, type Figure } from './report.ts';

const invitationCount = 5_000;
const connections = 50;
/** As many exports as the server runs at once; one per analyst, since each may run only one. */
const parallelExports = defaultExportSlotLimits.total;
const exportFormat = 'wide';

interface ExportUnderLoad {
  status: number;
  ms: number;
  rows: number;
}

interface Phase {
  exports: number;
  autosave: LoadResult;
  /** Exports that ended while the phase ran (the last of each exporter may end after the load). */
  downloads: ExportUnderLoad[];
  health: { probes: number; p99Ms: number; maxMs: number };
}

export async function autosaveDuringExportsBenchmark(context: BenchContext): Promise<BenchmarkResult> {
  const { dir, cleanup } = benchmarkDir(context, 'autosave-during-exports');
  let server: BenchProcess | undefined;
  try {
    const responses = context.responseSizes[1];
    // A copy: the invitations and in-progress responses of the load must not change what other benchmarks read.
    const databasePath = path.join(dir, 'tinjau.db');
    copyFileSync((await responseDatabases(context)).get(responses) as string, databasePath);
    const database = await openFixtureDatabase(databasePath);
    const analysts = Array.from({ length: parallelExports }, (_, index) =>
      index === 0 ? analyst : { email: `analyst${index + 1}@bench.test`, password: analyst.password },
    );
    for (const other of analysts.slice(1)) await addAnalyst(database.repositories, other);
    const countries = Array.from(
      { length: invitationCount },
      (_, index) => memberStates[index % memberStates.length]?.code ?? 'TH',
    );
    const tokens = await createBenchInvitations(database.repositories, countries);
    const { bodies } = partAnsweredSaves(database.compiled, countries, createSeededRandom(2026));
    database.close();

    server = await startTinjau({
      logLevel: context.logLevel,
      databasePath,
      logFile: path.join(dir, 'tinjau.log'),
      nodeArgs: profileFlags(context, 'autosave-during-exports'),
      awaitWarmup: true,
    });
    const running = server;
    const cookies = await Promise.all(
      analysts.map((credentials) => signInAnalyst(running.baseUrl, credentials)),
    );
    const timing = context.quick
      ? { warmupMs: 2_000, durationMs: 5_000 }
      : { warmupMs: 3_000, durationMs: 15_000 };
    const autosave = () =>
      runLoad({
        baseUrl: running.baseUrl,
        connections,
        ...timing,
        serverPid: running.pid,
        next: (index) => ({
          method: 'PUT',
          path: `/api/r/${tokens[index % tokens.length]}/answers`,
          body: bodies[index % bodies.length],
        }),
      });

    const phases: Phase[] = [];
    for (const exports of [0, 1, parallelExports]) {
      context.log(`autosave-during-exports: autosave during ${exports} export(s) of ${responses} responses`);
      phases.push(await duringExports(running.baseUrl, cookies.slice(0, exports), autosave));
    }
    await running.stop();
    return report(phases, responses, timing);
  } finally {
    await server?.stop();
    cleanup();
  }
}

/** Runs the autosave load while each cookie's analyst downloads the export over and over. */
async function duringExports(
  baseUrl: string,
  cookies: string[],
  autosave: () => Promise<LoadResult>,
): Promise<Phase> {
  let loadRunning = true;
  const downloads: ExportUnderLoad[] = [];
  const exporters = cookies.map(async (cookie) => {
    while (loadRunning) {
      const { status, ms, rows } = await download(
        `${baseUrl}/api/exports/${surveySlug}/${exportFormat}`,
        cookie,
      );
      downloads.push({ status, ms, rows });
      // Refused (the previous export's slot not yet given back): ask again shortly rather than in a tight loop.
      if (status === 429) await new Promise((resolve) => setTimeout(resolve, 100));
    }
  });
  const probe = probeHealth(baseUrl);
  const result = await autosave();
  loadRunning = false;
  const health = await probe.stop();
  await Promise.all(exporters);
  return { exports: cookies.length, autosave: result, downloads, health };
}

/** GET /api/health every 50 ms, one at a time, on its own keep-alive connection. */
function probeHealth(baseUrl: string): { stop(): Promise<Phase['health']> } {
  const url = new URL('/api/health', baseUrl);
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const latencies: number[] = [];
  let probing = true;
  const once = () =>
    new Promise<void>((resolve) => {
      const started = performance.now();
      const outgoing = httpRequest(url, { agent }, (response) => {
        response.resume();
        response.on('end', () => {
          latencies.push(performance.now() - started);
          resolve();
        });
      });
      outgoing.on('error', () => resolve());
      outgoing.end();
    });
  const loop = (async () => {
    while (probing) {
      await once();
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  })();
  return {
    async stop() {
      probing = false;
      await loop;
      agent.destroy();
      const sorted = Float64Array.from(latencies).sort();
      return {
        probes: sorted.length,
        p99Ms: percentile(sorted, 0.99),
        maxMs: sorted.length ? (sorted[sorted.length - 1] as number) : Number.NaN,
      };
    },
  };
}

function report(
  phases: Phase[],
  responses: number,
  timing: { warmupMs: number; durationMs: number },
): BenchmarkResult {
  const [alone, ...loaded] = phases as [Phase, ...Phase[]];
  const figures: Figure[] = [
    {
      metric: `autosave req/s @${connections}, no export`,
      value: alone.autosave.requestsPerSecond,
      unit: 'req/s',
    },
    { metric: `autosave p99 @${connections}, no export`, value: alone.autosave.p99Ms, unit: 'ms' },
  ];
  const notes: string[] = [];
  const size = `${(responses / 1000).toFixed(0)}k`;
  for (const phase of loaded) {
    const during = `during ${phase.exports} ${exportFormat} export${phase.exports === 1 ? '' : 's'} @${size}`;
    const aloneBaseline = (value: number) => ({ label: 'no export', value });
    const finished = phase.downloads.filter((entry) => entry.status === 200);
    figures.push(
      {
        metric: `autosave req/s ${during}`,
        value: phase.autosave.requestsPerSecond,
        unit: 'req/s',
        baseline: aloneBaseline(alone.autosave.requestsPerSecond),
        ratio: phase.autosave.requestsPerSecond / alone.autosave.requestsPerSecond,
      },
      {
        metric: `autosave p50 ${during}`,
        value: phase.autosave.p50Ms,
        unit: 'ms',
        baseline: aloneBaseline(alone.autosave.p50Ms),
        ratio: phase.autosave.p50Ms / alone.autosave.p50Ms,
      },
      {
        metric: `autosave p99 ${during}`,
        value: phase.autosave.p99Ms,
        unit: 'ms',
        baseline: aloneBaseline(alone.autosave.p99Ms),
        ratio: phase.autosave.p99Ms / alone.autosave.p99Ms,
        target: atMost(phase.autosave.p99Ms, 100, '≤ 100 ms'),
      },
      { metric: `/api/health max ${during}`, value: phase.health.maxMs, unit: 'ms' },
      {
        metric: `export rows/s ${during}`,
        value:
          finished.length > 0
            ? finished.reduce((sum, entry) => sum + entry.rows, 0) /
              (finished.reduce((sum, entry) => sum + entry.ms, 0) / 1000)
            : null,
        unit: 'rows/s',
        ...(finished.length === 0 ? { display: 'no export finished' } : {}),
      },
    );
    const refused = phase.downloads.filter((entry) => entry.status === 429).length;
    const failed = phase.downloads.filter((entry) => entry.status !== 200 && entry.status !== 429);
    if (refused > 0) notes.push(`${during}: ${refused} export requests refused (429) and asked again`);
    if (failed.length > 0)
      notes.push(`${during}: exports answered ${failed.map((entry) => entry.status).join(', ')}`);
    if (phase.autosave.failures > 0)
      notes.push(`${during}: ${phase.autosave.failures} failed saves, first: ${phase.autosave.firstFailure}`);
  }
  return {
    name: 'autosave-during-exports',
    figures,
    details: { responses, connections, invitations: invitationCount, ...timing, phases },
    notes,
  };
}
