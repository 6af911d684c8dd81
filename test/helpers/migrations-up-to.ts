/** The migrations as a database made by an older release had them: a copy of the folder, its journal cut. */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { migrationsFolder } from '../../server/db/open-database.ts';

/** A copy of the migrations in `dir` that ends with migration number `lastIndex`. */
export function migrationsUpTo(dir: string, lastIndex: number): string {
  const folder = path.join(dir, `migrations-${String(lastIndex).padStart(4, '0')}`);
  cpSync(migrationsFolder, folder, { recursive: true });
  const journalPath = path.join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as {
    entries: Array<{ idx: number; tag: string }>;
  };
  for (const entry of journal.entries.filter((entry) => entry.idx > lastIndex))
    rmSync(path.join(folder, `${entry.tag}.sql`));
  journal.entries = journal.entries.filter((entry) => entry.idx <= lastIndex);
  writeFileSync(journalPath, JSON.stringify(journal));
  return folder;
}
