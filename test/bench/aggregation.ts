/**
 * Country aggregates (`GET /api/results/national-policy/aggregates`) at the run's larger response count: how long
 * the server takes after start to build the live comparison in the background, the first request once it has, an
 * organisation-type filter asked for the first time (drawn from the same counters), a cold build (a date range
 * nobody asked for before, which reads every response), and repeated requests (cached until the responses change).
 * Baselines: the sqlite3 tool reading every answer (the floor of a cold build) and `/api/health` on the same server
 * (the floor of a repeated request).
 */
import path from 'node:path';
import { memoryOf, startTinjau } from './bench-process.ts';
import {
  type BenchContext,
  benchmarkDir,
  ensureSqliteCli,
  profileFlags,
  responseDatabases,
  signInAnalyst,
  sqliteCsv,
  surveySlug,
} from './fixtures.ts';
import { atMost, type BenchmarkResult, type Figure, median } from './report.ts';

async function timedGet(
  url: string,
  cookie?: string,
): Promise<{ ms: number; status: number; bytes: number }> {
  const started = performance.now();
  const response = await fetch(url, cookie ? { headers: { cookie } } : {});
  const body = await response.arrayBuffer();
  return { ms: performance.now() - started, status: response.status, bytes: body.byteLength };
}

export async function aggregationBenchmark(context: BenchContext): Promise<BenchmarkResult> {
  const { dir, cleanup } = benchmarkDir(context, 'aggregation');
  const responses = context.responseSizes[1];
  const databasePath = (await responseDatabases(context)).get(responses) as string;
  const hasSqlite = ensureSqliteCli(context);
  const repeats = context.quick ? 5 : 10;
  try {
    context.log(`aggregation: starting, and waiting for the background build over ${responses} responses`);
    const server = await startTinjau({
      logLevel: context.logLevel,
      databasePath,
      logFile: path.join(dir, 'tinjau.log'),
      nodeArgs: profileFlags(context, 'aggregation'),
      awaitWarmup: true,
    });
    const warmupMs = server.warmupMs as number;
    let first: { ms: number; status: number; bytes: number };
    let filtered: { ms: number; status: number; bytes: number };
    let cold: { ms: number; status: number; bytes: number };
    const repeated: number[] = [];
    const health: number[] = [];
    let peakRssMb: number;
    try {
      const cookie = await signInAnalyst(server.baseUrl);
      const url = `${server.baseUrl}/api/results/${surveySlug}/aggregates`;
      context.log('aggregation: first request');
      first = await timedGet(url, cookie);
      // Organisation types (like countries, demo data and versions) are drawn from the same counters.
      context.log('aggregation: organisation-type filter, first time');
      filtered = await timedGet(`${url}?types=ministry,agency&synthetic=true`, cookie);
      // A range of submission dates needs an aggregate of its own: every response is read again.
      context.log('aggregation: cold build of a date range not asked for before');
      const from = new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10);
      cold = await timedGet(`${url}?from=${from}`, cookie);
      peakRssMb = memoryOf(server.pid).peakRssMb;
      for (let index = 0; index < repeats; index++) {
        repeated.push((await timedGet(url, cookie)).ms);
        health.push((await timedGet(`${server.baseUrl}/api/health`)).ms);
      }
    } finally {
      await server.stop();
    }
    const sqlite = hasSqlite ? await sqliteCsv(databasePath, 'select answers from responses') : undefined;

    const repeatedMedian = median(repeated);
    const healthMedian = median(health);
    const figures: Figure[] = [
      {
        metric: `background build after start @${responses / 1000}k`,
        value: warmupMs,
        unit: 'ms',
        ...(sqlite
          ? { baseline: { label: 'sqlite3 read answers', value: sqlite.ms }, ratio: warmupMs / sqlite.ms }
          : {}),
      },
      {
        metric: `first request @${responses / 1000}k`,
        value: first.ms,
        unit: 'ms',
        target: atMost(first.ms, 1_000, '≤ 1 s'),
      },
      {
        metric: 'organisation-type filter, first request',
        value: filtered.ms,
        unit: 'ms',
        target: atMost(filtered.ms, 1_000, '≤ 1 s'),
      },
      {
        metric: 'cold build (new date range)',
        value: cold.ms,
        unit: 'ms',
        ...(sqlite
          ? { baseline: { label: 'sqlite3 read answers', value: sqlite.ms }, ratio: cold.ms / sqlite.ms }
          : {}),
      },
      {
        metric: `repeated (median of ${repeats})`,
        value: repeatedMedian,
        unit: 'ms',
        baseline: { label: '/api/health', value: healthMedian },
        ratio: repeatedMedian / healthMedian,
        target: atMost(repeatedMedian, 100, '≤ 100 ms'),
      },
    ];
    const notes: string[] = [];
    if (first.status !== 200) notes.push(`aggregates answered HTTP ${first.status}`);
    if (filtered.status !== 200) notes.push(`type-filtered aggregates answered HTTP ${filtered.status}`);
    if (cold.status !== 200) notes.push(`date-filtered aggregates answered HTTP ${cold.status}`);
    if (context.quick) notes.push(`quick run: ${responses} responses instead of 100,000`);
    return {
      name: 'aggregation',
      figures,
      details: {
        responses,
        warmupMs,
        first,
        filtered,
        cold,
        repeatedMs: repeated,
        healthMs: health,
        serverPeakRssMb: peakRssMb,
        ...(sqlite ? { sqliteReadAnswers: sqlite } : {}),
      },
      notes,
    };
  } finally {
    cleanup();
  }
}
