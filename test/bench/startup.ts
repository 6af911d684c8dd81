/**
 * Start-up: time from spawning the server as `npm start` runs it to a healthy `/api/health` with the run's larger
 * response database, how long the background build of the country comparisons then takes, and resident memory once
 * idle after it. Baseline: the bare Fastify + SQLite server started the same way.
 */
import path from 'node:path';
import { memoryOf, startBareBaseline, startTinjau } from './bench-process.ts';
import { type BenchContext, benchmarkDir, responseDatabases } from './fixtures.ts';
import { type BenchmarkResult, median } from './report.ts';

export async function startupBenchmark(context: BenchContext): Promise<BenchmarkResult> {
  const { dir, cleanup } = benchmarkDir(context, 'startup');
  const responses = context.responseSizes[1];
  const databasePath = (await responseDatabases(context)).get(responses) as string;
  const starts = context.quick ? 2 : 3;
  const idleWaitMs = context.quick ? 1_500 : 3_000;
  const tinjau: Array<{ startupMs: number; warmupMs?: number; idleRssMb: number }> = [];
  const bare: Array<{ startupMs: number; idleRssMb: number }> = [];
  try {
    for (let round = 0; round < starts; round++) {
      context.log(`start-up: round ${round + 1} of ${starts}`);
      for (const [list, start] of [
        [bare, () => startBareBaseline(path.join(dir, 'bare.db'), path.join(dir, 'bare.log'))],
        [
          tinjau,
          () =>
            startTinjau({
              logLevel: context.logLevel,
              databasePath,
              logFile: path.join(dir, `tinjau-${round}.log`),
              awaitWarmup: true,
            }),
        ],
      ] as const) {
        const server = await start();
        try {
          const { warmupMs } = server as { warmupMs?: number };
          await new Promise((resolve) => setTimeout(resolve, idleWaitMs));
          list.push({
            startupMs: server.startupMs,
            ...(warmupMs === undefined ? {} : { warmupMs }),
            idleRssMb: memoryOf(server.pid).rssMb,
          });
        } finally {
          await server.stop();
        }
      }
    }
  } finally {
    cleanup();
  }
  const startup = median(tinjau.map((run) => run.startupMs));
  const bareStartup = median(bare.map((run) => run.startupMs));
  const rss = median(tinjau.map((run) => run.idleRssMb));
  const bareRss = median(bare.map((run) => run.idleRssMb));
  return {
    name: 'start-up',
    figures: [
      {
        metric: `to healthy @${responses / 1000}k (median of ${starts})`,
        value: startup,
        unit: 'ms',
        baseline: { label: 'bare', value: bareStartup },
        ratio: startup / bareStartup,
      },
      {
        metric: 'comparisons built, after healthy',
        value: median(tinjau.map((run) => run.warmupMs ?? Number.NaN)),
        unit: 'ms',
      },
      {
        metric: `idle RSS ${idleWaitMs / 1000} s after the build`,
        value: rss,
        unit: 'MB',
        baseline: { label: 'bare', value: bareRss },
        ratio: rss / bareRss,
      },
    ],
    details: { responses, tinjau, bare },
    notes: context.quick ? [`quick run: ${responses} responses instead of 100,000`] : [],
  };
}
