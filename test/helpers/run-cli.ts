/** Runs `npm run cli -- …` the way a person would (node + tsx), capturing its output and exit code. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { projectRoot } from '../../server/config.ts';

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(
  args: string[],
  options: { env?: Record<string, string>; input?: string } = {},
): CliResult {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', path.join(projectRoot, 'server', 'cli', 'index.ts'), ...args],
    {
      cwd: projectRoot,
      encoding: 'utf8',
      env: { ...process.env, LOG_LEVEL: 'silent', ...options.env },
      input: options.input ?? '',
      timeout: 60_000,
    },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
