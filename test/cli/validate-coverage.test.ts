/**
 * `cli validate`'s translation coverage lists every language a questionnaire carries or promises, each with the
 * status its translationStatus gives (draft translations are marked to staff here, not to respondents).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturesDir } from '../helpers/build-test-app.ts';
import { runCli } from '../helpers/run-cli.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

const scripts = path.join(fixturesDir, 'script-surveys', 'scripts.json');

describe('npm run cli -- validate: translation coverage', () => {
  it('shows each locale with its count and status, drafts marked', () => {
    const result = runCli(['validate', scripts]);
    expect(result.status).toBe(0);
    for (const locale of ['km', 'lo', 'my'])
      expect(result.stdout).toMatch(new RegExp(`\\n\\s+${locale}\\s+12/12\\s+100%\\s+draft`));
    expect(result.stdout).toMatch(/\n\s+th\s+12\/12\s+100%\s+complete/);
    expect(result.stdout).toMatch(/\n\s+en\s+12\/12\s+100%\s+complete/);
  });

  it('lists a language the translationStatus promises before any of its texts exist', () => {
    const temp = makeTempDir();
    try {
      const definition = JSON.parse(readFileSync(scripts, 'utf8')) as {
        translationStatus: Record<string, string>;
      };
      definition.translationStatus.tet = 'draft';
      definition.translationStatus.pt = 'draft';
      const file = path.join(temp.dir, 'promised.json');
      writeFileSync(file, JSON.stringify(definition));
      const result = runCli(['validate', file]);
      expect(result.status).toBe(0);
      expect(result.stdout).toMatch(/\n\s+tet\s+0\/12\s+0%\s+draft/);
      expect(result.stdout).toMatch(/\n\s+pt\s+0\/12\s+0%\s+draft/);
    } finally {
      temp.cleanup();
    }
  });
});
