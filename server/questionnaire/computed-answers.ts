/**
 * Values survey-core computes and writes into the answers by itself: a calculated `expression` question (top level or
 * a field of a dynamic panel), a matrix's expression cells and column totals (`<name>-total`), and calculated values marked
 * `includeIntoResult`. The respondent never typed them and survey-core computes them again from the answers whenever
 * a Model holds them, so the server drops them from what it saves and submits instead of refusing them as unknown
 * questions: what is stored is only what was answered, and the exports never carry a figure that could disagree
 * with its inputs.
 */
import { type Model, type Question, settings } from 'survey-core';

export interface ComputedAnswers {
  /** Keys of the answers object that survey-core computes. */
  keys: ReadonlySet<string>;
  /** Per dynamic panel (by its value name): the computed keys of each entry. */
  panelFields: ReadonlyMap<string, ComputedAnswers>;
  /** Per matrix (by its value name): its expression columns, computed in every row. */
  matrixColumns: ReadonlyMap<string, ReadonlySet<string>>;
}

export function computedAnswersOf(model: Model): ComputedAnswers {
  const keys = new Set<string>();
  for (const value of model.calculatedValues) {
    if (value.includeIntoResult && value.name) keys.add(value.name);
  }
  return collect(model.getAllQuestions(false, false, false), keys);
}

function collect(questions: Question[], keys: Set<string>): ComputedAnswers {
  const panelFields = new Map<string, ComputedAnswers>();
  const matrixColumns = new Map<string, ReadonlySet<string>>();
  for (const question of questions) {
    const valueName = question.getValueName();
    const type = question.getType();
    if (type === 'expression') keys.add(valueName);
    if (type === 'matrixdropdown' || type === 'matrixdynamic') {
      if (hasTotals(question)) keys.add(`${valueName}${settings.matrix.totalsSuffix}`);
      const expressions = expressionColumnsOf(question);
      if (expressions.size > 0) matrixColumns.set(valueName, expressions);
    }
    if (type === 'paneldynamic') {
      const template = (question as unknown as { template: { questions: Question[] } }).template;
      const fields = collect(template.questions, new Set());
      if (!isEmpty(fields)) panelFields.set(valueName, fields);
    }
  }
  return { keys, panelFields, matrixColumns };
}

function isEmpty(computed: ComputedAnswers): boolean {
  return computed.keys.size === 0 && computed.panelFields.size === 0 && computed.matrixColumns.size === 0;
}

/** The columns of cell type expression (set explicitly: a matrix's default cell type is never one). */
export function expressionColumnsOf(matrix: Question): Set<string> {
  const columns = (matrix as unknown as { columns: Array<{ name: string; cellType: string }> }).columns;
  return new Set(columns.filter((column) => column.cellType === 'expression').map((column) => column.name));
}

function withoutCells(cells: unknown, columns: ReadonlySet<string>): unknown {
  if (typeof cells !== 'object' || cells === null || Array.isArray(cells)) return cells;
  return Object.fromEntries(Object.entries(cells).filter(([column]) => !columns.has(column)));
}

/** QuestionMatrixDropdownModelBase.hasTotal (survey-core 2.5.38), not in its typings. */
function hasTotals(matrix: Question): boolean {
  return (matrix as unknown as { hasTotal?: boolean }).hasTotal === true;
}

/** The answers without computed values; the same object when there are none to drop (the common case). */
export function withoutComputedAnswers(
  computed: ComputedAnswers,
  answers: Record<string, unknown>,
): Record<string, unknown> {
  if (isEmpty(computed)) return answers;
  let copy: Record<string, unknown> | undefined;
  const own = () => {
    copy ??= { ...answers };
    return copy;
  };
  for (const key of computed.keys) if (key in answers) delete own()[key];
  for (const [panel, fields] of computed.panelFields) {
    const entries = answers[panel];
    if (!Array.isArray(entries)) continue;
    const kept = entries.map((entry: unknown) =>
      typeof entry === 'object' && entry !== null && !Array.isArray(entry)
        ? withoutComputedAnswers(fields, entry as Record<string, unknown>)
        : entry,
    );
    if (kept.some((entry, index) => entry !== entries[index])) own()[panel] = kept;
  }
  for (const [matrix, columns] of computed.matrixColumns) {
    const value = answers[matrix];
    if (typeof value !== 'object' || value === null) continue;
    // A dynamic matrix is a list of rows, a dropdown matrix an object of rows by row code.
    if (Array.isArray(value)) own()[matrix] = value.map((row: unknown) => withoutCells(row, columns));
    else
      own()[matrix] = Object.fromEntries(
        Object.entries(value).map(([row, cells]) => [row, withoutCells(cells, columns)]),
      );
  }
  return copy ?? answers;
}
