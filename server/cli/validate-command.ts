/** `cli validate [files…]`: checks questionnaire definitions and prints translation coverage. */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { definitionLimits, measureDefinition } from '../questionnaire/definition-limits.ts';
import { formatCoverageTable, type JsonRecord, translationCoverage } from '../questionnaire/index.ts';
import { checkUploadedDefinition } from '../workspace/survey-versions.ts';

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
    // The same checks as an upload in the workspace: SurveyJS JSON, or the questionnaire spreadsheet for .csv files.
    const check = checkUploadedDefinition(file.toLowerCase().endsWith('.csv') ? 'csv' : 'json', text);
    if (!check.ok) {
      failed = true;
      lines.push(`${file}: ${check.problems.length} problem(s)`);
      for (const problem of check.problems) lines.push(`  ${file} ${problem.field}: ${problem.message}`);
      continue;
    }
    lines.push(
      `${file}: ok`,
      indent(describeSize(check.definition)),
      indent(formatCoverageTable(translationCoverage(check.definition))),
      '',
    );
  }
  return { output: lines.join('\n'), failed };
}

/** How close a questionnaire is to the limits an upload must stay within, so a growing one is noticed early. */
function describeSize(definition: JsonRecord): string {
  const size = measureDefinition(definition);
  const count = (value: number) => value.toLocaleString('en-GB');
  return `size: ${count(size.questions)} of at most ${count(definitionLimits.questions)} questions, ${count(size.elements)} of at most ${count(definitionLimits.elements)} elements, ${size.nestingDepth} of at most ${definitionLimits.nestingDepth} levels of nesting`;
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n');
}
