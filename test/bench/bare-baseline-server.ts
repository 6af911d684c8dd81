/**
 * The baseline of the respondent benchmarks, run as its own process: a bare Fastify route that writes the request
 * body into a SQLite table with the same pragmas as server/db/open-database.ts (WAL, synchronous=NORMAL,
 * foreign_keys, busy_timeout) — no token look-up, no checks, no logging. Also a trivial page with one
 * `.sd-question`, the floor of the first-paint measurement. Reads PORT and DATABASE_PATH.
 */
import BetterSqlite3 from 'better-sqlite3';
import Fastify from 'fastify';

const port = Number(process.env.PORT ?? 0);
const databasePath = process.env.DATABASE_PATH ?? ':memory:';

const connection = new BetterSqlite3(databasePath);
connection.pragma('journal_mode = WAL');
connection.pragma('synchronous = NORMAL');
connection.pragma('foreign_keys = ON');
connection.pragma('busy_timeout = 5000');
connection.exec(
  'create table if not exists saved_answers (token text primary key, answers text not null, page integer, updated_at text not null)',
);
const save = connection.prepare(
  'insert into saved_answers (token, answers, page, updated_at) values (?, ?, ?, ?) ' +
    'on conflict (token) do update set answers = excluded.answers, page = excluded.page, updated_at = excluded.updated_at',
);

const app = Fastify({ logger: false, bodyLimit: 512 * 1024 });

type SaveRequest = { Params: { token: string }; Body: { answers: unknown; page?: number } };

const write = (token: string, body: SaveRequest['Body']) => {
  const savedAt = new Date().toISOString();
  save.run(token, JSON.stringify(body.answers), body.page ?? 0, savedAt);
  return { status: 'in_progress', savedAt };
};

app.get('/api/health', async () => ({ status: 'ok' }));
app.put<SaveRequest>('/api/r/:token/answers', async (request) => write(request.params.token, request.body));
app.post<SaveRequest>('/api/r/:token/submit', async (request) => write(request.params.token, request.body));
app.get('/blank', async (_request, reply) =>
  reply
    .type('text/html; charset=utf-8')
    .send(
      '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>baseline</title></head>' +
        '<body><div class="sd-question">Question 1</div></body></html>',
    ),
);

const shutdown = async () => {
  await app.close();
  connection.close();
  process.exit(0);
};
process.once('SIGTERM', shutdown);
process.once('SIGINT', shutdown);

await app.listen({ host: '127.0.0.1', port });
