/**
 * Data set-up shared by the benchmarks: one temporary folder per run, databases prepared in-process before the
 * server under test starts (migrations, the shipped questionnaires, invitations, demo responses, an analyst), and
 * the response databases (10k / 100k) built once per run and reused by exports, aggregation and start-up.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { addStaffUser } from '../../server/auth/staff-users.ts';
import { projectRoot } from '../../server/config.ts';
import { openDatabase } from '../../server/db/open-database.ts';
import { createRepositories, type Repositories } from '../../server/db/repositories/index.ts';
import { createInvitations, type InvitationRequest } from '../../server/invitations/create-invitation.ts';
import { type CompiledVersion, compileDefinition } from '../../server/questionnaire/compiled-version.ts';
import { loadSurveyDirectory } from '../../server/registry/survey-registry.ts';
import { generateDemoResponses } from '../../server/results/demo-data.ts';

export const surveySlug = 'national-policy';
export const analyst = { email: 'analyst@bench.test', password: 'bench analyst password 2026' };

export interface BenchContext {
  quick: boolean;
  /** Run the Tinjau server under --cpu-prof during the respondent benchmarks. */
  profile: boolean;
  /** The server's LOG_LEVEL; the shipped default, info, logs every request. */
  logLevel: string;
  /** The run's temporary folder. */
  root: string;
  /** Where CPU profiles go (kept after the run, outside the project). */
  profileDir: string;
  /** Sizes of the response databases: [smaller, larger]. */
  responseSizes: [number, number];
  /** Cached across benchmarks of one run: response count → database file. */
  responseDatabases?: Promise<Map<number, string>>;
  log(message: string): void;
}

export function createBenchContext(options: {
  quick: boolean;
  profile: boolean;
  logLevel: string;
}): BenchContext {
  const root = mkdtempSync(path.join(tmpdir(), 'tinjau-bench-'));
  const profileDir = path.join(tmpdir(), 'tinjau-bench-profiles');
  if (options.profile) mkdirSync(profileDir, { recursive: true });
  return {
    ...options,
    root,
    profileDir,
    responseSizes: options.quick ? [2_000, 10_000] : [10_000, 100_000],
    log: (message) => process.stderr.write(`  · ${message}\n`),
  };
}

/** Node flags that make the server write CPU profiles (one per thread) to profileDir/<name>, with --profile. */
export function profileFlags(context: BenchContext, name: string): string[] {
  return context.profile ? ['--cpu-prof', '--cpu-prof-dir', path.join(context.profileDir, name)] : [];
}

export function removeBenchContext(context: BenchContext): void {
  rmSync(context.root, { recursive: true, force: true });
}

/** A fresh folder for one benchmark, removed by the returned cleanup. */
export function benchmarkDir(context: BenchContext, name: string): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(path.join(context.root, `${name}-`));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface FixtureDatabase {
  repositories: Repositories;
  compiled: CompiledVersion;
  close(): void;
  checkpoint(): void;
  backupTo(file: string): Promise<void>;
}

/** Opens (creating) a database as the server would, with the shipped questionnaires loaded and published. */
export async function openFixtureDatabase(databasePath: string): Promise<FixtureDatabase> {
  mkdirSync(path.dirname(databasePath), { recursive: true });
  const database = openDatabase({ path: databasePath });
  const repositories = createRepositories(database.db);
  await loadSurveyDirectory(path.join(projectRoot, 'surveys'), repositories.surveys);
  return {
    repositories,
    compiled: await compiledNationalVersion(repositories),
    close: () => database.close(),
    checkpoint: () => database.connection.pragma('wal_checkpoint(TRUNCATE)'),
    backupTo: async (file) => {
      await database.connection.backup(file);
    },
  };
}

/** The national questionnaire compiled exactly as the server compiles it: from the stored version. */
export async function compiledNationalVersion(repositories: Repositories): Promise<CompiledVersion> {
  const survey = await repositories.surveys.findBySlug(surveySlug);
  const version = survey ? await repositories.surveys.currentPublishedVersion(survey.id) : undefined;
  if (!version) throw new Error(`no published ${surveySlug} version`);
  return compileDefinition(version.definition);
}

/** Invitations to the national questionnaire, created the way the API creates them; returns the tokens. */
export async function createBenchInvitations(
  repositories: Repositories,
  countryCodes: string[],
): Promise<string[]> {
  const tokens: string[] = [];
  for (let start = 0; start < countryCodes.length; start += 1000) {
    const requests: InvitationRequest[] = countryCodes
      .slice(start, start + 1000)
      .map((countryCode, offset) => ({
        surveySlug,
        countryCode,
        organisationName: `Benchmark ministry ${start + offset + 1}`,
        organisationType: 'ministry',
      }));
    const created = await createInvitations(repositories, requests, {
      actorLabel: 'benchmark',
      publicUrl: 'http://127.0.0.1',
    });
    tokens.push(...created.map((invitation) => invitation.token));
  }
  return tokens;
}

export async function addAnalyst(repositories: Repositories, credentials = analyst): Promise<void> {
  await addStaffUser(
    repositories,
    { email: credentials.email, role: 'analyst', password: credentials.password },
    { actorLabel: 'benchmark' },
  );
}

/** Signs the benchmark analyst (or another) in through the real route; returns the cookie header. */
export async function signInAnalyst(baseUrl: string, credentials = analyst): Promise<string> {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(credentials),
  });
  if (!response.ok) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  const session = response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(';')[0] ?? '')
    .find((cookie) => cookie.startsWith('tinjau_session='));
  if (!session) throw new Error('sign-in set no tinjau_session cookie');
  return session;
}

/**
 * Databases with N submitted synthetic national-policy responses (generateDemoResponses), for each of the run's
 * two sizes; the smaller is a copy taken on the way to the larger. Built once per run.
 */
export function responseDatabases(context: BenchContext): Promise<Map<number, string>> {
  context.responseDatabases ??= buildResponseDatabases(context);
  return context.responseDatabases;
}

async function buildResponseDatabases(context: BenchContext): Promise<Map<number, string>> {
  const dir = path.join(context.root, 'responses');
  const working = path.join(dir, 'working.db');
  const database = await openFixtureDatabase(working);
  await addAnalyst(database.repositories);
  const files = new Map<number, string>();
  const sizes = [...context.responseSizes].sort((a, b) => a - b);
  let written = 0;
  const started = performance.now();
  for (const [index, size] of sizes.entries()) {
    await generateDemoResponses(database.repositories, {
      surveySlug,
      responses: size - written,
      seed: size,
      onProgress: (count) => {
        if ((written + count) % 20_000 === 0) context.log(`demo responses: ${written + count} of ${size}`);
      },
    });
    written = size;
    const file = path.join(dir, `responses-${size}.db`);
    if (index < sizes.length - 1) {
      await database.backupTo(file);
    } else {
      database.checkpoint();
      database.close();
      renameSync(working, file);
    }
    files.set(size, file);
  }
  context.log(
    `response databases (${sizes.join(', ')}) built in ${((performance.now() - started) / 1000).toFixed(0)} s`,
  );
  return files;
}

let sqliteAvailable: boolean | undefined;

/** Debian's sqlite3 command-line tool, installed with apt-get when missing; false when it cannot be had. */
export function ensureSqliteCli(context: BenchContext): boolean {
  if (sqliteAvailable !== undefined) return sqliteAvailable;
  const present = () => {
    try {
      execFileSync('sh', ['-c', 'command -v sqlite3'], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  };
  sqliteAvailable = present();
  if (!sqliteAvailable) {
    context.log('sqlite3 is missing: trying apt-get install -y sqlite3');
    try {
      execFileSync('apt-get', ['install', '-y', 'sqlite3'], { stdio: 'ignore', timeout: 120_000 });
    } catch {
      // not root, or no network: the baseline is skipped and the report says so
    }
    sqliteAvailable = present();
  }
  return sqliteAvailable;
}

/** Runs `sqlite3 -csv <db> <sql>` and counts what it writes: the raw floor of reading the rows. */
export function sqliteCsv(databasePath: string, sql: string): Promise<{ ms: number; bytes: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn('sqlite3', ['-readonly', '-csv', databasePath, sql], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let bytes = 0;
    let errorText = '';
    child.stdout.on('data', (chunk: Buffer) => {
      bytes += chunk.length;
    });
    child.stderr.on('data', (chunk: Buffer) => {
      errorText += chunk.toString();
    });
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0
        ? resolve({ ms: performance.now() - started, bytes })
        : reject(new Error(`sqlite3 exited with ${code}: ${errorText}`)),
    );
  });
}
