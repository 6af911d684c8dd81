/**
 * Summarises a V8 .cpuprofile (from `npm run bench -- --profile`): self time per function and per file, and total
 * (inclusive) time of the functions that matter most. Run: node --import tsx test/bench/profile-summary.ts <file> [top]
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../server/config.ts';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const [given, topArgument] = process.argv.slice(2);
if (!given) {
  console.error('usage: profile-summary.ts <file.cpuprofile | folder> [top]');
  process.exit(2);
}
// A folder holds one profile per thread of each run (CPU.<date>.<time>.<pid>.<thread>.<seq>.cpuprofile; threads start a second apart): take the
// newest run, and of its threads the main one (thread 0; tsx's loader thread is mostly idle).
const file = statSync(given).isDirectory() ? mainProfileOfNewestRun(given) : given;

function mainProfileOfNewestRun(folder: string): string {
  const profiles = readdirSync(folder)
    .filter((name) => name.endsWith('.cpuprofile'))
    .map((name) => path.join(folder, name));
  const runOf = (file: string) => path.basename(file).split('.')[3]; // the process id
  const newest = profiles.sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
  if (!newest) throw new Error(`no .cpuprofile in ${folder}`);
  const threadOf = (file: string) => path.basename(file).split('.')[4];
  return profiles.find((file) => runOf(file) === runOf(newest) && threadOf(file) === '0') ?? newest;
}

const top = Number(topArgument ?? 25);
const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;

const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const parentOf = new Map<number, number>();
for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);

const selfMicros = new Map<number, number>();
for (const [index, sample] of profile.samples.entries()) {
  selfMicros.set(sample, (selfMicros.get(sample) ?? 0) + (profile.timeDeltas[index] ?? 0));
}
const total = [...selfMicros.values()].reduce((sum, value) => sum + value, 0);

const shortUrl = (url: string) =>
  url
    .replace(`file://${projectRoot}/`, '')
    .replace(/^node_modules\//, '')
    .replace(/\?.*$/, '');
const label = (node: ProfileNode) =>
  `${node.callFrame.functionName || '(anonymous)'} ${shortUrl(node.callFrame.url)}:${node.callFrame.lineNumber + 1}`;

const selfByFunction = new Map<string, number>();
const selfByFile = new Map<string, number>();
const inclusive = new Map<string, number>();
for (const [id, micros] of selfMicros) {
  const node = byId.get(id) as ProfileNode;
  selfByFunction.set(label(node), (selfByFunction.get(label(node)) ?? 0) + micros);
  const fileKey = shortUrl(node.callFrame.url) || node.callFrame.functionName;
  selfByFile.set(fileKey, (selfByFile.get(fileKey) ?? 0) + micros);
  // Inclusive time: credit every distinct function on the stack once.
  const seen = new Set<string>();
  for (let current: number | undefined = id; current !== undefined; current = parentOf.get(current)) {
    const key = label(byId.get(current) as ProfileNode);
    if (seen.has(key)) continue;
    seen.add(key);
    inclusive.set(key, (inclusive.get(key) ?? 0) + micros);
  }
}

const print = (title: string, entries: Map<string, number>) => {
  console.log(`\n${title}`);
  for (const [key, micros] of [...entries].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.log(
      `${((micros / total) * 100).toFixed(1).padStart(5)}%  ${(micros / 1000).toFixed(0).padStart(7)} ms  ${key}`,
    );
  }
};
console.log(`${file}: ${(total / 1000).toFixed(0)} ms sampled`);
print('Self time by function', selfByFunction);
print('Self time by file', selfByFile);
print('Inclusive time by function', inclusive);
