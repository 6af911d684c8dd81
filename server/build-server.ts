/**
 * Compiles the server ahead of time into one ES module, dist/server.js (dependencies stay in node_modules), so
 * that `npm start` runs plain JavaScript: no TypeScript loader thread and its transform cache in memory, and none
 * of the per-closure name-keeping helpers a runtime loader adds to every function (a few per cent of autosave CPU).
 * dist/ sits one level below the project root, like server/, so `projectRoot` in config.ts resolves the same.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

const root = path.resolve(import.meta.dirname, '..');
export const serverBundle = path.join(root, 'dist', 'server.js');

export async function buildServer(): Promise<void> {
  await build({
    entryPoints: [path.join(root, 'server', 'server.ts')],
    outfile: serverBundle,
    bundle: true,
    // Native modules (better-sqlite3, argon2) and every other package load from node_modules as usual.
    packages: 'external',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: true,
    logLevel: 'warning',
  });
}

/**
 * The node flags `npm start` runs the bundle with, read from package.json (the one place they are written), so
 * that whole-process tests and benchmarks start the server exactly as it is run.
 */
export function serverNodeFlags(): string[] {
  const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
    scripts: { start: string };
  };
  const flags = /\bnode ((?:--\S+ )*)dist\/server\.js/.exec(manifest.scripts.start)?.[1];
  if (flags === undefined) throw new Error('the start script in package.json does not run dist/server.js');
  return flags.split(' ').filter(Boolean);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await buildServer();
  console.log(`server built into ${path.relative(root, serverBundle)}`);
}
