/** `cli validate [files…]`: checks questionnaire definitions and prints translation coverage. */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { definitionLimits, measureDefinition } from '../questionnaire/definition-limits.ts';
import { formatCoverageTable, type JsonRecord, translationCoverage } from '../questionnaire/index.ts';
import { type VersionChanges, versionChanges } from '../questionnaire/version-changes.ts';
import { checkUploadedDefinition } from '../workspace/survey-versions.ts';

export interface ValidateOutcome {
  output: string;
  failed: boolean;
}

export async function defaultSurveyFiles(surveysDir: string): Promise<string[]> {
  const names = (await readdir(surveysDir)).filter((name) => name.endsWith('.json')).sort();
  return names.map((name) => path.join(surveysDir, name));
}

/** `against`: an older version of the (single) file, to list what changed and which translations it left behind. */
export async function validateFiles(
  files: string[],
  options: { against?: string } = {},
): Promise<ValidateOutcome> {
  const lines: string[] = [];
  let failed = false;
  let older: JsonRecord | undefined;
  if (options.against !== undefined) {
    if (files.length !== 1)
      return { output: '--against compares one file with an older version of it.', failed: true };
    const loaded = await loadDefinition(options.against);
    if (!loaded.ok) return { output: `${options.against} (--against): ${loaded.problem}`, failed: true };
    older = loaded.definition;
  }
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
      indent(formatCoverageTable(translationCoverage(check.definition, { includeDeclared: true }))),
    );
    if (older && options.against)
      lines.push(indent(formatChanges(options.against, versionChanges(older, check.definition))));
    lines.push('');
  }
  return { output: lines.join('\n'), failed };
}

async function loadDefinition(
  file: string,
): Promise<{ ok: true; definition: JsonRecord } | { ok: false; problem: string }> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    return { ok: false, problem: `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})` };
  }
  const check = checkUploadedDefinition(file.toLowerCase().endsWith('.csv') ? 'csv' : 'json', text);
  if (!check.ok)
    return { ok: false, problem: `${check.problems.length} problem(s); fix them to compare with it` };
  return { ok: true, definition: check.definition };
}

/** At most this many texts listed per locale and kind; the counts always say how many there are. */
const listedTexts = 20;

function formatChanges(againstFile: string, changes: VersionChanges): string {
  const names = (list: readonly string[]) => (list.length === 0 ? '-' : list.join(', '));
  const choices = (list: VersionChanges['choices']['added']) =>
    names(list.map((choice) => `${choice.question}=${choice.value}`));
  const lines = [
    `changes since ${againstFile}:`,
    `  questions added: ${names(changes.questions.added)}`,
    `  questions removed: ${names(changes.questions.removed)}`,
    `  questions reworded: ${names(changes.questions.reworded)}`,
    `  choices added: ${choices(changes.choices.added)}`,
    `  choices removed: ${choices(changes.choices.removed)}`,
    `  choices reworded: ${choices(changes.choices.reworded)}`,
    'translations (missing: no text in the locale; stale: English reworded, translation unchanged):',
  ];
  for (const { locale, missing, stale } of changes.translations) {
    lines.push(`  ${locale}: ${missing.length} missing, ${stale.length} stale`);
    for (const [kind, texts] of [
      ['missing', missing],
      ['stale', stale],
    ] as const) {
      for (const text of texts.slice(0, listedTexts))
        lines.push(`    ${kind} ${text.key}: ${JSON.stringify(text.source)}`);
      if (texts.length > listedTexts) lines.push(`    … and ${texts.length - listedTexts} more ${kind}`);
    }
  }
  return lines.join('\n');
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
