/** `cli validate [files…]`: checks questionnaire definitions and prints translation coverage. */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { checkDefinitionText, formatCoverageTable, translationCoverage } from '../questionnaire/index.ts';

export interface ValidateOutcome {
  output: string;
  failed: boolean;
}

export async function defaultSurveyFiles(surveysDir: string): Promise<string[]> {
  const names = (await readdir(surveysDir)).filter((name) => name.endsWith('.json')).sort();
  return names.map((name) => path.join(surveysDir, name));
}

export async function validateFiles(files: string[]): Promise<ValidateOutcome> {
  const lines: string[] = [];
  let failed = false;
  for (const file of files) {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      failed = true;
      lines.push(`${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
      continue;
    }
    const check = checkDefinitionText(text);
    if (!check.ok) {
      failed = true;
      lines.push(`${file}: ${check.problems.length} problem(s)`);
      for (const problem of check.problems) lines.push(`  ${file} ${problem.path}: ${problem.message}`);
      continue;
    }
    lines.push(`${file}: ok`, indent(formatCoverageTable(translationCoverage(check.definition))), '');
  }
  return { output: lines.join('\n'), failed };
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n');
}
