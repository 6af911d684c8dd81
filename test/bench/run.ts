/**
 * `npm run bench -- [--quick] [--only autosave,submit] [--profile] [--log-level warn]`: the benchmarks. They
 * report, they never fail a build. Each runs the real server on its own port and database and measures against a baseline taken in
 * the same run; the table goes to stdout and every figure, with the machine's state, to bench-results.json
 * (git-ignored). --quick is a smaller version (under two minutes); --profile runs the server under --cpu-prof
 * during autosave, submit, exports and aggregation (profiles in $TMPDIR/tinjau-bench-profiles/; summarise them
 * with profile-summary.ts); --log-level sets the server's LOG_LEVEL (default info, as shipped).
 */
import { writeFileSync } from 'node:fs';
import { cpus, freemem, loadavg, totalmem } from 'node:os';
import path from 'node:path';
import { buildClient } from '../../client/build.ts';
import { buildServer } from '../../server/build-server.ts';
import { projectRoot } from '../../server/config.ts';
import { aggregationBenchmark } from './aggregation.ts';
import { autosaveBenchmark } from './autosave.ts';
import { autosaveDuringExportsBenchmark } from './autosave-during-exports.ts';
import { stopAll } from './bench-process.ts';
import { exportsBenchmark } from './exports.ts';
import { type BenchContext, createBenchContext, removeBenchContext } from './fixtures.ts';
import { pageWeightBenchmark } from './page-weight.ts';
import { type BenchmarkResult, renderTable } from './report.ts';
import { startupBenchmark } from './startup.ts';
import { submitBenchmark } from './submit.ts';

const benchmarks: Record<string, (context: BenchContext) => Promise<BenchmarkResult>> = {
  autosave: autosaveBenchmark,
  submit: submitBenchmark,
  exports: exportsBenchmark,
  'autosave-during-exports': autosaveDuringExportsBenchmark,
  aggregation: aggregationBenchmark,
  'page-weight': pageWeightBenchmark,
  startup: startupBenchmark,
};

function parseArguments(argv: string[]): {
  quick: boolean;
  profile: boolean;
  logLevel: string;
  only: string[];
} {
  const only: string[] = [];
  const logLevelIndex = argv.indexOf('--log-level');
  const logLevel = logLevelIndex >= 0 ? (argv[logLevelIndex + 1] ?? 'info') : 'info';
  for (const [index, argument] of argv.entries()) {
    if (argument === '--only') only.push(...(argv[index + 1] ?? '').split(','));
    else if (argument.startsWith('--only=')) only.push(...argument.slice('--only='.length).split(','));
  }
  const unknown = only.filter((name) => !(name in benchmarks));
  if (unknown.length > 0) {
    console.error(
      `Unknown benchmark ${unknown.join(', ')}; choose from ${Object.keys(benchmarks).join(', ')}.`,
    );
    process.exit(2);
  }
  return { quick: argv.includes('--quick'), profile: argv.includes('--profile'), logLevel, only };
}

async function main(): Promise<void> {
  const options = parseArguments(process.argv.slice(2));
  const selected = Object.keys(benchmarks).filter(
    (name) => options.only.length === 0 || options.only.includes(name),
  );
  const context = createBenchContext(options);
  const machineAtStart = { loadAverage: loadavg(), freeMemoryMb: Math.round(freemem() / 2 ** 20) };
  const started = performance.now();
  const interrupt = () => {
    void stopAll().finally(() => {
      removeBenchContext(context);
      process.exit(130);
    });
  };
  process.once('SIGINT', interrupt);
  process.once('SIGTERM', interrupt);

  // The server runs from dist/server.js and needs dist/client; build both here, as `npm start` and the test set-up do.
  if (process.env.TINJAU_SKIP_CLIENT_BUILD !== '1') await buildClient();
  await buildServer();

  const results: BenchmarkResult[] = [];
  const timings: Record<string, number> = {};
  try {
    for (const name of selected) {
      const benchmark = benchmarks[name] as (context: BenchContext) => Promise<BenchmarkResult>;
      process.stderr.write(`▶ ${name}\n`);
      const benchmarkStarted = performance.now();
      try {
        results.push(await benchmark(context));
      } catch (error) {
        await stopAll();
        const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
        process.stderr.write(`  ✗ ${name} failed: ${message}\n`);
        results.push({
          name,
          figures: [{ metric: 'failed', value: null, unit: '', display: 'error (see notes)' }],
          details: { error: message },
          notes: [message.split('\n')[0] ?? message],
        });
      }
      timings[name] = Math.round((performance.now() - benchmarkStarted) / 1000);
    }
  } finally {
    await stopAll();
    removeBenchContext(context);
  }

  const totalSeconds = Math.round((performance.now() - started) / 1000);
  const machine = {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    totalMemoryMb: Math.round(totalmem() / 2 ** 20),
    loadAverageAtStart: machineAtStart.loadAverage,
    loadAverageAtEnd: loadavg(),
    freeMemoryMbAtStart: machineAtStart.freeMemoryMb,
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
  };
  console.log(
    `\nTinjau benchmarks${options.quick ? ' (quick)' : ''}, server LOG_LEVEL=${options.logLevel} — ${new Date().toISOString()}, ${machine.cpus} CPUs, ` +
      `load ${machine.loadAverageAtStart.map((value) => value.toFixed(2)).join(' ')} at start, node ${machine.node}, ${totalSeconds} s\n`,
  );
  console.log(renderTable(results));
  const notes = results.flatMap((result) => result.notes.map((note) => `  ${result.name}: ${note}`));
  if (notes.length > 0) console.log(`\nNotes:\n${notes.join('\n')}`);

  const output = path.join(projectRoot, 'bench-results.json');
  writeFileSync(
    output,
    `${JSON.stringify(
      {
        timestamp: new Date().toISOString(),
        quick: options.quick,
        serverLogLevel: options.logLevel,
        only: options.only,
        machine,
        secondsPerBenchmark: timings,
        totalSeconds,
        results,
      },
      null,
      2,
    )}\n`,
  );
  console.log(`\nFigures written to ${path.relative(process.cwd(), output) || output}`);
}

await main();
