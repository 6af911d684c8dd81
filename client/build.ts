/**
 * Builds the browser pages with Vite into dist/client: hashed file names (cached for a year), plus Brotli and gzip
 * copies that the server sends as they are. Skips the build when the sources have not changed since the last one,
 * so `npm start` stays quick.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'vite';
import { dropCreatorIconSet } from './build-plugins/drop-creator-icon-set.ts';

const root = path.resolve(import.meta.dirname, '..');
const clientDir = path.join(root, 'client');
export const clientOutDir = path.join(root, 'dist', 'client');
const stampFile = path.join(clientOutDir, '.build-stamp');

/** The pages; each is an HTML entry in client/<name>/index.html. */
export const clientPages = ['respond', 'workspace', 'dashboard'] as const;

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? listFiles(full) : [full];
  });
}

/** A fingerprint of everything that goes into the bundle. */
function sourceStamp(): string {
  const hash = createHash('sha256');
  const inputs = [
    ...listFiles(clientDir),
    ...listFiles(path.join(root, 'server', 'questionnaire')),
    ...listFiles(path.join(root, 'data')).filter((file) => file.endsWith('.json')),
    path.join(root, 'package-lock.json'),
  ].sort();
  for (const file of inputs) hash.update(file).update(readFileSync(file));
  return hash.digest('hex');
}

function compressOutputs(dir: string): void {
  for (const file of listFiles(dir)) {
    if (!/\.(js|css|html|svg|json|txt)$/.test(file) || statSync(file).size < 512) continue;
    const content = readFileSync(file);
    writeFileSync(
      `${file}.br`,
      brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
    );
    writeFileSync(`${file}.gz`, gzipSync(content, { level: 9 }));
  }
}

export async function buildClient({ force = false } = {}): Promise<boolean> {
  const stamp = sourceStamp();
  if (!force && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) return false;
  await build({
    root: clientDir,
    base: '/',
    logLevel: 'warn',
    publicDir: false,
    plugins: [dropCreatorIconSet()],
    build: {
      outDir: clientOutDir,
      emptyOutDir: true,
      target: 'es2020',
      assetsDir: 'assets',
      // The page must need no inline script (strict CSP): keep Vite's module preload polyfill out.
      modulePreload: { polyfill: false },
      rollupOptions: {
        input: Object.fromEntries(
          clientPages.map((page) => [page, path.join(clientDir, page, 'index.html')]),
        ),
      },
    },
  });
  compressOutputs(clientOutDir);
  writeFileSync(stampFile, stamp);
  return true;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const force = process.argv.includes('--force');
  const built = await buildClient({ force });
  console.log(built ? `client built into ${path.relative(root, clientOutDir)}` : 'client is up to date');
}
