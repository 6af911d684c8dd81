/**
 * Checks shared by the security tests: a refused request gets a clean 4xx JSON error (no stack, no server paths),
 * and a dump of every table shows whether a request wrote anything.
 */
import type BetterSqlite3 from 'better-sqlite3';
import { expect } from 'vitest';

export interface ErrorLikeResponse {
  statusCode: number;
  headers: Record<string, unknown>;
  body: string;
}

/** Text that only an internal error shows: stack frames, source paths, engine and runtime messages. */
const leakPatterns: RegExp[] = [
  /\bat\s+\S*\s*\(?\/[^\s)]*:\d+:\d+/, // a stack frame: "at fn (/path/file.ts:1:2)"
  /\n\s+at\s/,
  /\/work\//,
  /node_modules/,
  /\/(?:server|client|test)\/[\w/-]+\.(?:ts|js)/,
  /\bSQLITE_[A-Z]+/,
  /\bTypeError\b|\bReferenceError\b|\bRangeError\b/,
  /Cannot read propert/,
  /\[object Object\]/,
  /\bundefined\b/,
  /\bNaN\b/,
];

/** Asserts a 4xx answer whose body is `{ error, message, details? }` JSON that a person can read. */
export function expectCleanClientError(response: ErrorLikeResponse, expectedStatus?: number): void {
  const summary = `${response.statusCode} ${response.body.slice(0, 500)}`;
  if (expectedStatus !== undefined) expect(response.statusCode, summary).toBe(expectedStatus);
  expect(response.statusCode, summary).toBeGreaterThanOrEqual(400);
  expect(response.statusCode, summary).toBeLessThan(500);
  expect(String(response.headers['content-type']), summary).toMatch(/^application\/json/);
  const body = JSON.parse(response.body) as Record<string, unknown>;
  expect(typeof body.error, summary).toBe('string');
  expect(body.error, summary).toMatch(/^[a-z][a-z_]*$/);
  expect(typeof body.message, summary).toBe('string');
  const message = body.message as string;
  expect(message.length, summary).toBeGreaterThanOrEqual(8);
  expect(message, summary).not.toBe(body.error);
  for (const pattern of leakPatterns)
    expect(response.body, `${summary}\nmatches ${pattern}`).not.toMatch(pattern);
}

/**
 * Tables a refused request may write to on purpose: a wrong token or password is counted by the rate limits, and
 * that count is what lets them refuse the next one.
 */
const countersOfRefusals = new Set(['rate_limit_windows']);

/** Every row of every table (but the rate-limit counters), in a stable order, for before/after comparison. */
export function snapshotDatabase(connection: BetterSqlite3.Database): Record<string, string[]> {
  const tables = connection
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .all() as Array<{ name: string }>;
  return Object.fromEntries(
    tables
      .filter(({ name }) => !countersOfRefusals.has(name))
      .map(({ name }) => {
        const rows = connection.prepare(`SELECT * FROM "${name}"`).all();
        return [name, rows.map((row) => JSON.stringify(row)).sort()];
      }),
  );
}

/** The tables that differ between two snapshots, with the rows added and removed, for a readable failure. */
export function snapshotDifferences(
  before: Record<string, string[]>,
  after: Record<string, string[]>,
): Record<string, { added: string[]; removed: string[] }> {
  const differences: Record<string, { added: string[]; removed: string[] }> = {};
  for (const table of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const old = new Set(before[table] ?? []);
    const now = new Set(after[table] ?? []);
    const added = [...now].filter((row) => !old.has(row));
    const removed = [...old].filter((row) => !now.has(row));
    if (added.length > 0 || removed.length > 0) differences[table] = { added, removed };
  }
  return differences;
}
