/**
 * Autosave (`PUT /api/r/<token>/answers`) over 5,000 distinct invitations to the national questionnaire, at 50 and
 * 200 keep-alive connections, against a bare Fastify + SQLite route in a separate process (same bodies, same
 * pragmas). Each invitation saves what a respondent part-way through would have: the synthetic answers up to a
 * point in question order, and the page reached.
 */
import path from 'node:path';
import type { CompiledVersion } from '../../server/questionnaire/compiled-version.ts';
import {
  createSeededRandom,
  generateSyntheticAnswers,
} from '../../server/questionnaire/synthetic-answers.ts';
import { memberStates } from '../../server/reference/member-states.ts';
import { type BenchProcess, startTinjauAndBare } from './bench-process.ts';
import {
  type BenchContext,
  benchmarkDir,
  createBenchInvitations,
  openFixtureDatabase,
  profileFlags,
} from './fixtures.ts';
import { type LoadResult, runLoad } from './load-loop.ts';
import { atMost, type BenchmarkResult, type Figure } from './report.ts';

const invitationCount = 5_000;

/**
 * The bodies of the saves, one per invitation: the synthetic answers of a respondent part-way through (up to a point
 * in question order) and the page reached.
 */
export function partAnsweredSaves(
  compiled: CompiledVersion,
  countries: string[],
  random: () => number,
): { bodies: Buffer[]; answeredKeys: number; bodyBytes: number } {
  let answeredKeys = 0;
  let bodyBytes = 0;
  const bodies = countries.map((countryCode) => {
    const entries = Object.entries(generateSyntheticAnswers(compiled, random, { countryCode }));
    const reached = 0.2 + 0.6 * random();
    const kept = entries.slice(0, Math.max(1, Math.ceil(entries.length * reached)));
    const page = Math.min(compiled.pageCount - 1, Math.floor(compiled.pageCount * reached));
    answeredKeys += kept.length;
    const body = Buffer.from(JSON.stringify({ answers: Object.fromEntries(kept), page }));
    bodyBytes += body.length;
    return body;
  });
  return { bodies, answeredKeys, bodyBytes };
}

export async function autosaveBenchmark(context: BenchContext): Promise<BenchmarkResult> {
  const { dir, cleanup } = benchmarkDir(context, 'autosave');
  const processes: BenchProcess[] = [];
  try {
    const database = await openFixtureDatabase(path.join(dir, 'tinjau.db'));
    const random = createSeededRandom(2026);
    const countries = Array.from(
      { length: invitationCount },
      (_, index) => memberStates[index % memberStates.length]?.code ?? 'TH',
    );
    const tokens = await createBenchInvitations(database.repositories, countries);
    const { bodies, answeredKeys, bodyBytes } = partAnsweredSaves(database.compiled, countries, random);
    database.close();

    const { tinjau, bare } = await startTinjauAndBare(dir, processes, {
      logLevel: context.logLevel,
      nodeArgs: profileFlags(context, 'autosave'),
    });

    // The warm-up covers a first pass over the invitations (~1.5 s): the first saves after a start compile the
    // version and create the response rows, and autosave is about the many later ones.
    const timing = context.quick
      ? { warmupMs: 2_000, durationMs: 3_000 }
      : { warmupMs: 3_000, durationMs: 15_000 };
    const load = (server: BenchProcess, connections: number) =>
      runLoad({
        baseUrl: server.baseUrl,
        connections,
        ...timing,
        serverPid: server.pid,
        next: (index) => ({
          method: 'PUT',
          path: `/api/r/${tokens[index % tokens.length]}/answers`,
          body: bodies[index % bodies.length],
        }),
      });

    const runs: Record<string, { tinjau: LoadResult; bare: LoadResult }> = {};
    for (const connections of [50, 200]) {
      // Baseline first, then Tinjau, at each level, so that both see much the same background load.
      context.log(`autosave: bare baseline at ${connections} connections`);
      const bareRun = await load(bare, connections);
      context.log(`autosave: tinjau at ${connections} connections`);
      const tinjauRun = await load(tinjau, connections);
      runs[connections] = { tinjau: tinjauRun, bare: bareRun };
    }
    await Promise.all(processes.map((process) => process.stop()));

    const figures: Figure[] = [];
    const notes: string[] = [];
    for (const connections of [50, 200]) {
      const { tinjau: measured, bare: baseline } = runs[connections] as {
        tinjau: LoadResult;
        bare: LoadResult;
      };
      const throughputRatio = measured.requestsPerSecond / baseline.requestsPerSecond;
      figures.push(
        {
          metric: `req/s @${connections}`,
          value: measured.requestsPerSecond,
          unit: 'req/s',
          baseline: { label: 'bare', value: baseline.requestsPerSecond },
          ratio: throughputRatio,
          ...(connections === 50
            ? {
                target: {
                  text: '≥ 2,000 req/s and ≥ 0.5× bare',
                  met: measured.requestsPerSecond >= 2_000 && throughputRatio >= 0.5,
                },
              }
            : {}),
        },
        {
          metric: `p50 @${connections}`,
          value: measured.p50Ms,
          unit: 'ms',
          baseline: { label: 'bare', value: baseline.p50Ms },
          ratio: measured.p50Ms / baseline.p50Ms,
        },
        {
          metric: `p99 @${connections}`,
          value: measured.p99Ms,
          unit: 'ms',
          baseline: { label: 'bare', value: baseline.p99Ms },
          ratio: measured.p99Ms / baseline.p99Ms,
          ...(connections === 50 ? { target: atMost(measured.p99Ms, 50, '≤ 50 ms') } : {}),
        },
        // Independent of how much CPU the load generator takes from the same two cores.
        {
          metric: `server CPU/req @${connections}`,
          value: (measured.serverCpuMsPerRequest ?? Number.NaN) * 1000,
          unit: 'µs',
          baseline: { label: 'bare', value: (baseline.serverCpuMsPerRequest ?? Number.NaN) * 1000 },
          ratio:
            (measured.serverCpuMsPerRequest ?? Number.NaN) / (baseline.serverCpuMsPerRequest ?? Number.NaN),
        },
      );
      for (const [label, run] of [
        ['tinjau', measured],
        ['bare', baseline],
      ] as const) {
        if (run.failures > 0)
          notes.push(`${label} @${connections}: ${run.failures} failed requests, first: ${run.firstFailure}`);
      }
    }
    return {
      name: 'autosave',
      figures,
      details: {
        invitations: invitationCount,
        averageAnswersPerSave: answeredKeys / bodies.length,
        averageBodyBytes: bodyBytes / bodies.length,
        ...timing,
        runs,
      },
      notes,
    };
  } finally {
    await Promise.all(processes.map((process) => process.stop()));
    cleanup();
  }
}
