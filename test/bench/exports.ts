/**
 * CSV exports through the HTTP API (wide, long, codebook) at the run's two response counts (10k and 100k; quick:
 * 2k and 10k): rows per second and the server's resident memory, sampled from /proc while each export streams.
 * Baseline: Debian's sqlite3 tool writing the same rows' raw answers as CSV.
 */
import { request as httpRequest } from 'node:http';
import path from 'node:path';
import { memoryOf, sampleMemory, startTinjau } from './bench-process.ts';
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
import { atLeast, atMost, type BenchmarkResult, type Figure } from './report.ts';

const formats = ['wide', 'long', 'codebook'] as const;
type Format = (typeof formats)[number];

interface ExportRun {
  format: Format;
  status: number;
  ms: number;
  bytes: number;
  /** CSV records after the header (quoted newlines do not count). */
  rows: number;
  rowsPerSecond: number;
  peakRssMb: number;
}

interface SizeRun {
  responses: number;
  idleRssMb: number;
  exports: ExportRun[];
  peakRssMb: number;
  /** VmHWM at the end: the peak of the server's whole life, start-up and sign-in included. */
  lifetimePeakRssMb: number;
  sqlite?: { ms: number; bytes: number; rowsPerSecond: number };
}

export async function exportsBenchmark(context: BenchContext): Promise<BenchmarkResult> {
  const { dir, cleanup } = benchmarkDir(context, 'exports');
  const files = await responseDatabases(context);
  const hasSqlite = ensureSqliteCli(context);
  const runs: SizeRun[] = [];
  try {
    for (const responses of context.responseSizes) {
      const databasePath = files.get(responses) as string;
      // Exports are measured on a server in its steady state, after the background build of country comparisons.
      const server = await startTinjau({
        logLevel: context.logLevel,
        databasePath,
        logFile: path.join(dir, `tinjau-${responses}.log`),
        nodeArgs: profileFlags(context, `exports-${responses}`),
        awaitWarmup: true,
      });
      try {
        const cookie = await signInAnalyst(server.baseUrl);
        const idleRssMb = memoryOf(server.pid).rssMb;
        const exportRuns: ExportRun[] = [];
        for (const format of formats) {
          context.log(`exports: ${format} of ${responses} responses`);
          const sampler = sampleMemory(server.pid);
          const result = await download(`${server.baseUrl}/api/exports/${surveySlug}/${format}`, cookie);
          const peakRssMb = sampler.stop();
          exportRuns.push({
            format,
            ...result,
            rowsPerSecond: result.rows / (result.ms / 1000),
            peakRssMb,
          });
        }
        runs.push({
          responses,
          idleRssMb,
          exports: exportRuns,
          peakRssMb: Math.max(...exportRuns.map((run) => run.peakRssMb)),
          lifetimePeakRssMb: memoryOf(server.pid).peakRssMb,
        });
      } finally {
        await server.stop();
      }
      if (hasSqlite) {
        context.log(`exports: sqlite3 -csv baseline, ${responses} responses`);
        const sqlite = await sqliteCsv(databasePath, 'select id, answers from responses');
        (runs.at(-1) as SizeRun).sqlite = { ...sqlite, rowsPerSecond: responses / (sqlite.ms / 1000) };
      }
    }
  } finally {
    cleanup();
  }

  const [smaller, larger] = runs as [SizeRun, SizeRun];
  const notes: string[] = [];
  if (!hasSqlite) notes.push('sqlite3 is not installed and could not be installed: no baseline for exports');
  const figures: Figure[] = [];
  for (const run of [smaller, larger]) {
    const wide = run.exports.find((entry) => entry.format === 'wide') as ExportRun;
    const long = run.exports.find((entry) => entry.format === 'long') as ExportRun;
    const codebook = run.exports.find((entry) => entry.format === 'codebook') as ExportRun;
    for (const entry of run.exports) {
      if (entry.status !== 200) notes.push(`${entry.format} at ${run.responses}: HTTP ${entry.status}`);
    }
    if (wide.rows !== run.responses)
      notes.push(`wide at ${run.responses}: ${wide.rows} CSV rows for ${run.responses} responses`);
    const isLarger = run === larger;
    const size = `${(run.responses / 1000).toFixed(0)}k`;
    figures.push(
      {
        metric: `wide rows/s @${size}`,
        value: wide.rowsPerSecond,
        unit: 'rows/s',
        ...(run.sqlite
          ? {
              baseline: { label: 'sqlite3 -csv', value: run.sqlite.rowsPerSecond },
              ratio: wide.rowsPerSecond / run.sqlite.rowsPerSecond,
            }
          : {}),
        ...(isLarger ? { target: atLeast(wide.rowsPerSecond, 25_000, '≥ 25,000 rows/s') } : {}),
      },
      {
        metric: `long rows/s @${size}`,
        value: long.rowsPerSecond,
        unit: 'rows/s',
        display: `${Math.round(long.rowsPerSecond).toLocaleString('en-GB')} rows/s (${Math.round(run.responses / (long.ms / 1000)).toLocaleString('en-GB')} responses/s)`,
      },
      { metric: `codebook @${size}`, value: codebook.ms, unit: 'ms' },
      {
        metric: `peak RSS during exports @${size}`,
        value: run.peakRssMb,
        unit: 'MB',
        baseline: { label: 'idle after sign-in', value: run.idleRssMb },
        ratio: run.peakRssMb / run.idleRssMb,
        ...(isLarger ? { target: atMost(run.peakRssMb, 300, '≤ 300 MB') } : {}),
      },
    );
  }
  const growth = larger.peakRssMb - smaller.peakRssMb;
  figures.push({
    metric: `peak RSS growth ${smaller.responses / 1000}k→${larger.responses / 1000}k`,
    value: growth,
    unit: 'MB',
    // At 2k responses V8 has not yet grown its heap to its working size, so the quick run's growth says little.
    ...(context.quick ? {} : { target: atMost(growth, 50, '≤ 50 MB') }),
  });
  if (context.quick)
    notes.push(
      'quick run: 2k and 10k responses instead of 10k and 100k; the growth mostly shows V8 growing its heap, ' +
        'so it is checked against the target only in the full run',
    );
  return { name: 'exports', figures, details: { runs }, notes };
}

/** GETs a CSV export, counting bytes and CSV records as they stream in. */
export function download(
  url: string,
  cookie: string,
): Promise<{ status: number; ms: number; bytes: number; rows: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const outgoing = httpRequest(url, { headers: { cookie }, agent: false }, (response) => {
      let bytes = 0;
      let newlines = 0;
      let inQuotes = false;
      let endsWithNewline = true;
      response.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
        for (let index = 0; index < chunk.length; index++) {
          const byte = chunk[index];
          if (byte === 0x22) inQuotes = !inQuotes;
          else if (byte === 0x0a && !inQuotes) newlines += 1;
        }
        if (chunk.length > 0) endsWithNewline = chunk[chunk.length - 1] === 0x0a;
      });
      response.on('end', () => {
        const records = newlines + (endsWithNewline || bytes === 0 ? 0 : 1);
        resolve({
          status: response.statusCode ?? 0,
          ms: performance.now() - started,
          bytes,
          rows: Math.max(0, records - 1),
        });
      });
      response.on('error', reject);
    });
    outgoing.on('error', reject);
    outgoing.end();
  });
}
