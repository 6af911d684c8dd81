/**
 * A visibleIf / enableIf / requiredIf expression or an expression validator, run with survey-core's own
 * ConditionRunner. survey-core finds a variable by scanning every value it is given (names are case-insensitive),
 * so each run sees only the answers the expression names, under the questions' own spelling — the same values
 * survey-core would find, at a fraction of the cost.
 */
import { ConditionRunner } from 'survey-core';

/** Where a condition runs: the whole submission, and inside a dynamic panel also the entry and its index. */
export interface ConditionScope {
  answers: Record<string, unknown>;
  entry?: Record<string, unknown>;
  index?: number;
}

/** Context variables survey-core offers inside a dynamic panel entry. */
const panelKeys = new Map([
  ['panel', 'panel'],
  ['panelindex', 'panelIndex'],
]);

export class Condition {
  private readonly runner: ConditionRunner;
  /** Top-level answer keys the expression reads. */
  private readonly answerKeys: string[];
  private readonly readsPanel: boolean;
  private readonly readsPanelIndex: boolean;

  /**
   * @param names lower-cased answer key → the key as the answers spell it (question names and their -Comment).
   * @param inPanel whether the expression belongs to a field of a dynamic panel (so `{panel.x}` has a meaning).
   * @param unsupported collects why this expression cannot be mirrored, if it cannot.
   */
  constructor(
    readonly expression: string,
    names: Map<string, string>,
    inPanel: boolean,
    unsupported: string[],
  ) {
    this.runner = new ConditionRunner(expression);
    if (this.runner.isAsync) unsupported.push(`"${expression}" calls an asynchronous function`);
    const keys = new Set<string>();
    let readsPanel = false;
    let readsPanelIndex = false;
    for (const variable of this.runner.getVariables()) {
      const root = (variable.split(/[.[]/)[0] ?? variable).toLowerCase();
      const panelKey = panelKeys.get(root);
      if (panelKey && inPanel) {
        if (panelKey === 'panel') readsPanel = true;
        else readsPanelIndex = true;
        continue;
      }
      const name = names.get(root);
      if (name === undefined) {
        unsupported.push(`"${expression}" refers to {${variable}}, which is not a question`);
        continue;
      }
      keys.add(name);
    }
    this.answerKeys = [...keys];
    this.readsPanel = readsPanel;
    this.readsPanelIndex = readsPanelIndex;
  }

  holds(scope: ConditionScope): boolean {
    const values: Record<string, unknown> = {};
    for (const key of this.answerKeys) {
      const value = scope.answers[key];
      if (value !== undefined) values[key] = value;
    }
    if (this.readsPanel) values.panel = scope.entry ?? {};
    if (this.readsPanelIndex) values.panelIndex = scope.index;
    return this.runner.runValues(values) === true;
  }
}
