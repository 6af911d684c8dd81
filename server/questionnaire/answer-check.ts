/**
 * Checks answers against a version's codebook. For autosave only the shape is checked (known question names, the
 * type of value each question stores — text for text, a number for a number input, true/false for a boolean — and
 * text without refused code points, see security/text-checks.ts); for submission also that every coded value is one of the question's codes —
 * survey-core's validate() silently drops such values instead of reporting them (see SURVEYJS-NOTES.md).
 */
import { refusedCharacterIn } from '../security/text-checks.ts';
import type { Variable, VariableKind } from './codebook.ts';

export interface AnswerProblem {
  /** The question at fault: a variable name, or a dynamic panel field name with `panel` and `entry` set. */
  question: string;
  message: string;
  panel?: string;
  /** 0-based entry of the dynamic panel. */
  entry?: number;
}

export interface AnswerCheckOptions {
  /** Require coded values (choices, rows, columns) to be among the question's codes. */
  requireKnownCodes: boolean;
  maxTextLength: number;
}

export const defaultMaxTextLength = 10_000;
const maxEntries = 500;

type Report = (message: string) => void;

/**
 * What checking a variable's value looks up, built once per variable of a compiled version (the variables live as
 * long as it does): building these sets and maps on every autosave was most of the check's cost.
 */
interface VariableLookups {
  codes: Set<string>;
  rows: Set<string>;
  /** Columns of a matrix_dropdown/dynamic as variables of their own (key: column name), or multiple_text items. */
  columns: Map<string, Variable>;
}

const lookupsByVariable = new WeakMap<Variable, VariableLookups>();
const variablesByName = new WeakMap<Variable[], Map<string, Variable>>();

function lookupsOf(variable: Variable): VariableLookups {
  let lookups = lookupsByVariable.get(variable);
  if (!lookups) {
    lookups = {
      codes: new Set(variable.choices.map((code) => code.code)),
      rows: new Set(variable.rows.map((row) => row.code)),
      columns: new Map(
        variable.columns.map((column) => [
          column.name,
          {
            ...variable,
            kind: column.kind as VariableKind,
            choices: column.choices,
            rows: [],
            columns: [],
            fields: [],
          },
        ]),
      ),
    };
    lookupsByVariable.set(variable, lookups);
  }
  return lookups;
}

function byNameOf(variables: Variable[]): Map<string, Variable> {
  let byName = variablesByName.get(variables);
  if (!byName) {
    byName = new Map(variables.map((variable) => [variable.name, variable]));
    variablesByName.set(variables, byName);
  }
  return byName;
}

export function checkAnswers(
  variables: Variable[],
  answers: Record<string, unknown>,
  options: AnswerCheckOptions,
): AnswerProblem[] {
  const problems: AnswerProblem[] = [];
  checkRecord(variables, answers, options, problems, undefined);
  return problems;
}

function checkRecord(
  variables: Variable[],
  record: Record<string, unknown>,
  options: AnswerCheckOptions,
  problems: AnswerProblem[],
  context: { panel: string; entry: number } | undefined,
): void {
  const byName = byNameOf(variables);
  // for…in rather than Object.entries, here and below: no pair array per answer (a parsed JSON object has no
  // inherited keys).
  for (const key in record) {
    const value = record[key];
    if (value === null || value === undefined) continue;
    const commentOf = key.endsWith('-Comment') ? byName.get(key.slice(0, -'-Comment'.length)) : undefined;
    const variable = byName.get(key);
    const report: Report = (message) =>
      problems.push({ question: commentOf?.name ?? key, message, ...context });
    if (commentOf) {
      checkText(value, options, report);
      continue;
    }
    if (!variable) {
      report(
        context
          ? `"${key}" is not a field of ${context.panel}`
          : `"${key}" is not a question of this questionnaire`,
      );
      continue;
    }
    checkValue(variable, value, options, report, problems);
  }
}

function checkValue(
  variable: Variable,
  value: unknown,
  options: AnswerCheckOptions,
  report: Report,
  problems: AnswerProblem[],
): void {
  switch (variable.kind) {
    case 'single_choice':
    case 'rating':
    case 'boolean':
      if (!isScalar(value)) {
        report('must be a single value');
        return;
      }
      if (variable.kind === 'boolean' && typeof value !== 'boolean' && hasPlainBooleanValues(variable)) {
        report('must be true or false');
        return;
      }
      if (typeof value === 'string') checkText(value, options, report);
      if (
        options.requireKnownCodes &&
        !lookupsOf(variable).codes.has(String(value)) &&
        !isOtherTextInValue(variable, value)
      ) {
        report(`"${String(value)}" is not one of the choices`);
      }
      return;
    case 'multiple_choice':
    case 'ranking': {
      if (!Array.isArray(value) || !value.every(isScalar)) {
        report('must be a list of choices');
        return;
      }
      if (value.length > variable.choices.length + 1) {
        report('has more values than there are choices');
        return;
      }
      const known = lookupsOf(variable).codes;
      // One value outside the codes may be the "other" text, when survey-core keeps it in the value.
      let otherTextAllowed = variable.kind === 'multiple_choice';
      for (const item of value) {
        if (typeof item === 'string') checkText(item, options, report);
        if (!options.requireKnownCodes || known.has(String(item))) continue;
        if (otherTextAllowed && isOtherTextInValue(variable, item)) otherTextAllowed = false;
        else report(`"${String(item)}" is not one of the choices`);
      }
      return;
    }
    case 'number':
      // survey-core stores a number for inputType number and range (QuestionTextModel.correctValueType).
      if (typeof value !== 'number' || !Number.isFinite(value)) report('must be a number');
      return;
    case 'text':
      checkText(value, options, report);
      return;
    case 'matrix':
      checkMatrix(variable, value, options, report);
      return;
    case 'matrix_dropdown':
      checkMatrixDropdown(variable, value, options, report);
      return;
    case 'matrix_dynamic':
      if (!Array.isArray(value) || value.length > maxEntries || !value.every(isRecord)) {
        report('must be a list of rows');
        return;
      }
      for (const row of value) checkCells(variable, row, options, report);
      return;
    case 'multiple_text': {
      if (!isRecord(value)) {
        report('must be an object of item answers');
        return;
      }
      const items = lookupsOf(variable).columns;
      for (const item in value) {
        const itemVariable = items.get(item);
        const text = value[item];
        if (!itemVariable) report(`"${item}" is not an item of this question`);
        else if (text !== null && text !== undefined)
          checkValue(itemVariable, text, options, report, problems);
      }
      return;
    }
    case 'panel_dynamic':
      if (!Array.isArray(value) || value.length > maxEntries || !value.every(isRecord)) {
        report('must be a list of entries');
        return;
      }
      value.forEach((entry, index) => {
        checkRecord(variable.fields, entry, options, problems, { panel: variable.name, entry: index });
      });
      return;
    case 'other':
      checkOtherValue(value, 6, options, report);
      return;
    default:
      variable.kind satisfies never;
  }
}

function checkMatrix(variable: Variable, value: unknown, options: AnswerCheckOptions, report: Report): void {
  if (!isRecord(value)) {
    report('must be an object of row answers');
    return;
  }
  const { rows, codes: columns } = lookupsOf(variable);
  for (const row in value) {
    const answer = value[row];
    if (!rows.has(row)) report(`"${row}" is not a row of this question`);
    else if (!isScalar(answer)) report(`row "${row}" must have a single value`);
    else {
      if (typeof answer === 'string') checkText(answer, options, report);
      if (options.requireKnownCodes && !columns.has(String(answer)))
        report(`"${String(answer)}" is not a column of row "${row}"`);
    }
  }
}

function checkMatrixDropdown(
  variable: Variable,
  value: unknown,
  options: AnswerCheckOptions,
  report: Report,
): void {
  if (!isRecord(value)) {
    report('must be an object of row answers');
    return;
  }
  const { rows } = lookupsOf(variable);
  for (const row in value) {
    const cells = value[row];
    if (!rows.has(row)) report(`"${row}" is not a row of this question`);
    else if (!isRecord(cells)) report(`row "${row}" must be an object of cell answers`);
    else checkCells(variable, cells, options, report);
  }
}

function checkCells(
  variable: Variable,
  cells: Record<string, unknown>,
  options: AnswerCheckOptions,
  report: Report,
): void {
  const { columns } = lookupsOf(variable);
  for (const name in cells) {
    const cell = cells[name];
    const isComment = name.endsWith('-Comment');
    const cellVariable = columns.get(isComment ? name.slice(0, -'-Comment'.length) : name);
    if (!cellVariable) {
      report(`"${name}" is not a column of this question`);
      continue;
    }
    if (cell === null || cell === undefined) continue;
    if (isComment) checkText(cell, options, report);
    else checkValue(cellVariable, cell, options, report, []);
  }
}

function checkText(value: unknown, options: AnswerCheckOptions, report: Report): void {
  if (typeof value !== 'string') {
    report('must be text');
    return;
  }
  if (value.length > options.maxTextLength) report(`is longer than ${options.maxTextLength} characters`);
  const refused = refusedCharacterIn(value);
  if (refused) report(`contains ${refused}, which is not allowed in answers`);
}

/**
 * A question the codebook has no kind for (a file, a signature…): any JSON up to a depth, and every text in it — keys
 * included — passes the same checks as an answer's.
 */
function checkOtherValue(value: unknown, depth: number, options: AnswerCheckOptions, report: Report): void {
  if (depth < 0) {
    report('is nested too deeply');
    return;
  }
  if (typeof value === 'string') checkText(value, options, report);
  else if (Array.isArray(value)) for (const item of value) checkOtherValue(item, depth - 1, options, report);
  else if (isRecord(value)) {
    for (const key in value) {
      checkText(key, options, report);
      checkOtherValue(value[key], depth - 1, options, report);
    }
  }
}

/** survey-core keeps the "other" text in the value (otherInValue): a text that is none of the codes is that text. */
function isOtherTextInValue(variable: Variable, value: unknown): boolean {
  return variable.otherInValue === true && variable.kind !== 'rating' && typeof value === 'string';
}

/** A boolean question without valueTrue/valueFalse of its own: survey-core stores true or false. */
function hasPlainBooleanValues(variable: Variable): boolean {
  return (
    variable.choices.length > 0 &&
    variable.choices.every((code) => code.code === 'true' || code.code === 'false')
  );
}

function isScalar(value: unknown): value is string | number | boolean {
  return (
    typeof value === 'string' ||
    (typeof value === 'number' && Number.isFinite(value)) ||
    typeof value === 'boolean'
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
