/**
 * Kills the real server with SIGKILL at random moments while autosaves and submissions are in flight, restarts it,
 * and checks that every acknowledged write is in the database exactly once and that the file is intact.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleCompleteAnswers } from '../browser/sample-answers.ts';
import { fixturesDir } from '../helpers/build-test-app.ts';
import { runCli } from '../helpers/run-cli.ts';
import { type ServerProcess, startServerProcess } from '../helpers/server-process.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

const rounds = 6;
const workers = 12;

interface Acknowledged {
  /** Per token: every marker sent, in order, and the index of the last one the server acknowledged. */
  sent: Map<string, string[]>;
  lastAcknowledged: Map<string, number>;
  receipts: Map<string, string>;
}

describe('crash safety', () => {
  let dir: string;
  let cleanup: () => void;
  let env: Record<string, string>;
  let tokens: string[];
  let server: ServerProcess | undefined;
  const completeAnswers = sampleCompleteAnswers(
    JSON.parse(readFileSync(path.join(fixturesDir, 'surveys', 'pilot.json'), 'utf8')),
  );

  beforeAll(() => {
    ({ dir, cleanup } = makeTempDir());
    env = {
      DATABASE_PATH: path.join(dir, 'tinjau.db'),
      SURVEYS_DIR: path.join(fixturesDir, 'surveys'),
      ADMIN_PASSWORD: 'crash-test-admin-password',
      LOG_LEVEL: 'warn',
    };
    const csv = path.join(dir, 'invitees.csv');
    writeFileSync(
      csv,
      `country,organisation\n${Array.from({ length: rounds * workers + 5 }, (_, index) => `VN,Agency ${index}`).join('\n')}\n`,
    );
    expect(runCli(['invite', '--survey', 'pilot', '--from-csv', csv], { env }).status).toBe(0);
    tokens = readFileSync(path.join(dir, 'invitees-links.csv'), 'utf8')
      .split('\n')
      .slice(1)
      .filter(Boolean)
      .map((line) => line.trim().split('/r/')[1] as string);
  });
  afterAll(() => {
    server?.child.kill('SIGKILL');
    cleanup();
  });

  it('keeps every acknowledged autosave and submission across SIGKILLs, exactly once, with an intact file', async () => {
    const state: Acknowledged = { sent: new Map(), lastAcknowledged: new Map(), receipts: new Map() };
    let killedWhileBusy = 0;

    for (let round = 0; round < rounds; round += 1) {
      server = await startServerProcess(env);
      const running = server;
      let alive = true;
      const load = Array.from({ length: workers }, async (_, worker) => {
        // Each worker owns one invitation per round: saves to it, then submits it.
        const token = tokens[round * workers + worker] as string;
        const sent: string[] = [];
        state.sent.set(token, sent);
        try {
          for (let step = 0; alive; step += 1) {
            if (step === 15) {
              const response = await fetch(`${running.baseUrl}/api/r/${token}/submit`, {
                method: 'POST',
                headers: { 'content-type': 'application/json' },
                body: JSON.stringify({ answers: { ...completeAnswers, agency_name: sent.at(-1) ?? 'none' } }),
              });
              if (response.status === 200)
                state.receipts.set(token, ((await response.json()) as { reference: string }).reference);
              return;
            }
            const marker = `round ${round} worker ${worker} step ${step}`;
            sent.push(marker);
            const response = await fetch(`${running.baseUrl}/api/r/${token}/answers`, {
              method: 'PUT',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify({ answers: { agency_name: marker }, page: 0 }),
            });
            if (response.status === 200) state.lastAcknowledged.set(token, sent.length - 1);
          }
        } catch {
          // The connection died with the server: the request was not acknowledged.
        }
      });
      // A random moment inside the load, so kills land mid-transaction, mid-response and between requests.
      await new Promise((resolve) => setTimeout(resolve, 40 + Math.floor(Math.random() * 250)));
      const inFlight = [...state.sent.values()].some((sent) => sent.length > 0);
      running.child.kill('SIGKILL');
      alive = false;
      expect((await running.exited).signal).toBe('SIGKILL');
      await Promise.all(load);
      if (inFlight) killedWhileBusy += 1;
    }
    expect(killedWhileBusy).toBeGreaterThanOrEqual(5);

    const db = new BetterSqlite3(env.DATABASE_PATH as string, { readonly: true });
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const rows = db
        .prepare(
          'select i.token_hash, r.answers, r.status, r.reference, count(*) over (partition by r.invitation_id) as copies from responses r join invitations i on i.id = r.invitation_id',
        )
        .all() as Array<{
        token_hash: string;
        answers: string;
        status: string;
        reference: string | null;
        copies: number;
      }>;
      const { hashInvitationToken } = await import('../../server/invitations/tokens.ts');
      const byHash = new Map(rows.map((row) => [row.token_hash, row]));
      let checked = 0;
      for (const [token, acknowledgedIndex] of state.lastAcknowledged) {
        const row = byHash.get(hashInvitationToken(token));
        expect(row, `acknowledged save of ${token.slice(0, 6)}… is missing`).toBeDefined();
        expect(row?.copies).toBe(1);
        const sent = state.sent.get(token) ?? [];
        const stored = JSON.parse(row?.answers ?? '{}').agency_name as string;
        // What is stored is the last acknowledged save, or a later one the server committed before it died.
        expect(sent.indexOf(stored)).toBeGreaterThanOrEqual(acknowledgedIndex);
        checked += 1;
      }
      for (const [token, reference] of state.receipts) {
        const row = byHash.get(hashInvitationToken(token));
        expect(row).toMatchObject({ status: 'submitted', reference, copies: 1 });
      }
      expect(checked).toBeGreaterThan(workers);
    } finally {
      db.close();
    }
  });

  it('drains in-flight requests on SIGTERM before exiting', async () => {
    server = await startServerProcess(env);
    const running = server;
    const { request } = await import('node:http');
    const body = JSON.stringify({ answers: { agency_name: 'sent across a SIGTERM' }, page: 0 });
    // Requests whose headers and first half of the body have reached the server before the signal: in flight.
    // The last five invitations are never used by the crash rounds, so these saves are accepted.
    const inFlight = (tokens.slice(rounds * workers) as string[]).map((token) => {
      const outgoing = request(`${running.baseUrl}/api/r/${token}/answers`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      });
      const status = new Promise<number>((resolve, reject) => {
        outgoing.on('response', (response) => {
          response.resume();
          resolve(response.statusCode ?? 0);
        });
        outgoing.on('error', reject);
      });
      outgoing.write(body.slice(0, 10));
      return { outgoing, status };
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    running.child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 200));
    for (const { outgoing } of inFlight) outgoing.end(body.slice(10));
    expect(await Promise.all(inFlight.map(({ status }) => status))).toEqual([200, 200, 200, 200, 200]);
    expect(await running.exited).toEqual({ code: 0, signal: null });
  });
});
