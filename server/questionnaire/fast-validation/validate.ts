/**
 * Validates one submission against a compiled FastValidator with the contract of validateSubmission: our own
 * checks of names, types and codes first (checkAnswers), then what survey-core's `model.validate()` reports —
 * required (with requiredIf), visibleIf/enableIf of questions, panels and pages, validators, text min/max/step,
 * "other" comments, checkbox minimum, matrix rows and cells, multiple-text items, dynamic panel entries — and, when
 * all is well, the answers without those survey-core's completion clears (hidden questions, pages, panels and
 * dynamic panel fields; "other" texts whose "other" is not chosen).
 *
 * Each rule mirrors the survey-core 2.5 code it stands for (named in the comments); the agreement test
 * (test/server/questionnaire/fast-validation-agreement.test.ts) compares both on randomised submissions.
 */
import { Helpers } from 'survey-core';
import { type AnswerProblem, checkAnswers, defaultMaxTextLength } from '../answer-check.ts';
import type { ConditionScope } from './condition.ts';
import type { FastValidator, QuestionRule, ValidatorRule } from './rules.ts';

export type FastCheck =
  | { ok: true; answers: Record<string, unknown> }
  | { ok: false; problems: AnswerProblem[] };

type Location = Pick<AnswerProblem, 'panel' | 'entry'>;

export function validateFast(validator: FastValidator, answers: Record<string, unknown>): FastCheck {
  if (validator.unsupported.length > 0) {
    throw new Error(`This version needs survey-core to validate: ${validator.unsupported.join('; ')}`);
  }
  const problems = checkAnswers(validator.variables, answers, {
    requireKnownCodes: true,
    maxTextLength: defaultMaxTextLength,
  });
  if (problems.length > 0) return { ok: false, problems };
  const scope: ConditionScope = { answers };
  for (const rule of validator.questions) {
    if (!isVisibleInSurvey(rule, scope)) continue;
    if (!isEnabled(rule, scope)) continue;
    checkQuestion(rule, answers[rule.name], answers[`${rule.name}-Comment`], scope, {}, problems);
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, answers: keptOnCompletion(validator, answers, scope) };
}

/** Question.isVisible: visibleIf, when there is one, sets `visible`. */
function isVisible(rule: QuestionRule, scope: ConditionScope): boolean {
  return rule.visibleIf ? rule.visibleIf.holds(scope) : rule.visible;
}

/** Question.isVisibleInSurvey: the question and every panel and the page around it are visible. */
function isVisibleInSurvey(rule: QuestionRule, scope: ConditionScope): boolean {
  return isVisible(rule, scope) && rule.containerVisibleIf.every((condition) => condition.holds(scope));
}

/**
 * As validateSubmission (keptOnCompletion there), what survey-core's completion (clearUnusedValues) leaves: no
 * answer of a question hidden itself or by its page or a panel around it, no field of a dynamic panel entry hidden in
 * that entry, no "other" text of a choice question whose "other" is not chosen. A hidden question's comment goes too.
 */
function keptOnCompletion(
  validator: FastValidator,
  answers: Record<string, unknown>,
  scope: ConditionScope,
): Record<string, unknown> {
  const kept = { ...answers };
  for (const rule of validator.questions) {
    const commentKey = `${rule.name}-Comment`;
    if (!isVisibleInSurvey(rule, scope)) {
      delete kept[rule.name];
      delete kept[commentKey];
      continue;
    }
    if (rule.clearsUnusedComment && !(rule.other && isOtherSelected(rule.other.value, answers[rule.name])))
      delete kept[commentKey];
    const entries = answers[rule.name];
    if (rule.panel && Array.isArray(entries)) {
      const fields = rule.panel.fields;
      kept[rule.name] = (entries as Array<Record<string, unknown>>).map((entry, index) =>
        entryKept(fields, entry, { answers, entry, index }),
      );
    }
  }
  return kept;
}

/** QuestionPanelDynamicModel.clearValueInPanelsIfInvisible for one entry. */
function entryKept(
  fields: QuestionRule[],
  entry: Record<string, unknown>,
  entryScope: ConditionScope,
): Record<string, unknown> {
  const hidden = fields.filter((field) => !isVisible(field, entryScope));
  if (hidden.length === 0) return entry;
  const kept = { ...entry };
  for (const field of hidden) {
    delete kept[field.name];
    delete kept[`${field.name}-Comment`];
  }
  return kept;
}

/** Question.canCollectErrors: read-only questions (by readOnly or enableIf, own or a container's) are not checked. */
function isEnabled(rule: QuestionRule, scope: ConditionScope): boolean {
  return !rule.readOnly && rule.enableIf.every((condition) => condition.holds(scope));
}

/**
 * Question.checkForErrors of one question: its own errors (required, then the type's checks), validators only when
 * there are none, then the errors of the questions nested in it (cells, items, entries' fields), in the order of
 * survey-core's getAllQuestions(…, includeNested).
 */
function checkQuestion(
  rule: QuestionRule,
  value: unknown,
  comment: unknown,
  scope: ConditionScope,
  location: Location,
  problems: AnswerProblem[],
): void {
  if (rule.kind === 'display') return;
  const own: string[] = [];
  const required = rule.requiredIf ? rule.requiredIf.holds(scope) : rule.isRequired;
  if (required && isEmpty(rule, value)) own.push(rule.requiredText);
  if (rule.other && isOtherSelected(rule.other.value, value) && !comment) own.push(rule.other.text);
  if (rule.minSelected && minSelectedUnreached(rule.minSelected, value)) own.push(rule.minSelected.text);
  if (rule.text) checkText(rule, value, own);
  if (rule.matrix) checkMatrixRows(rule.matrix, value, own);
  if (own.length === 0) for (const validator of rule.validators) runValidator(validator, value, scope, own);
  for (const message of own) problems.push({ question: rule.name, message, ...location });

  if (rule.cells) {
    const rows: Record<string, unknown> = isRecord(value) ? value : {};
    for (const row of rule.cells.rows) {
      const cellsValue = rows[row];
      const cells: Record<string, unknown> = isRecord(cellsValue) ? cellsValue : {};
      for (const column of rule.cells.columns) {
        if (!isVisible(column, scope) || !isEnabled(column, scope)) continue;
        checkQuestion(column, cells[column.name], cells[`${column.name}-Comment`], scope, location, problems);
      }
    }
  }
  if (rule.items) {
    const items: Record<string, unknown> = isRecord(value) ? value : {};
    for (const item of rule.items) {
      if (!isVisible(item, scope) || !isEnabled(item, scope)) continue;
      checkQuestion(item, items[item.name], undefined, scope, location, problems);
    }
  }
  if (rule.panel) {
    // A dynamic panel without entries keeps the entry count of a fresh Model (panelCount, at least minPanelCount).
    const entries: Array<Record<string, unknown>> =
      Array.isArray(value) && value.length > 0
        ? (value as Array<Record<string, unknown>>)
        : Array.from({ length: rule.panel.initialCount }, () => ({}));
    entries.forEach((entry, index) => {
      const entryScope: ConditionScope = { answers: scope.answers, entry, index };
      for (const field of rule.panel?.fields ?? []) {
        if (!isVisible(field, entryScope) || !isEnabled(field, entryScope)) continue;
        checkQuestion(
          field,
          entry[field.name],
          entry[`${field.name}-Comment`],
          entryScope,
          {
            panel: rule.name,
            entry: index,
          },
          problems,
        );
      }
    });
  }
}

/** Question.isEmpty per type: strings are trimmed; a dynamic panel is empty when every entry has no keys. */
function isEmpty(rule: QuestionRule, value: unknown): boolean {
  if (rule.kind === 'paneldynamic') {
    return !Array.isArray(value) || value.every((entry) => Object.keys(entry as object).length === 0);
  }
  return isValueEmpty(value);
}

/** QuestionSelectBase.isOtherSelected (values compared as the codebook does, by their text). */
function isOtherSelected(otherValue: string, value: unknown): boolean {
  if (Array.isArray(value)) return value.some((item) => String(item) === otherValue);
  return value !== undefined && value !== null && String(value) === otherValue;
}

/** QuestionCheckboxModel.checkMinSelectedChoicesUnreached. */
function minSelectedUnreached(rule: NonNullable<QuestionRule['minSelected']>, value: unknown): boolean {
  const length = Array.isArray(value) ? value.length : 0;
  if (length === 1 && rule.noneValue !== undefined && String((value as unknown[])[0]) === rule.noneValue)
    return false;
  return length < rule.count;
}

/** QuestionTextModel.onCheckForErrors: min, max, step of a number input; built-in e-mail check. */
function checkText(rule: QuestionRule, value: unknown, own: string[]): void {
  const text = rule.text;
  if (!text) return;
  const empty = isEmpty(rule, value);
  // survey-core compares the raw value with the rendered bound using JS relational operators.
  const comparable = (bound: unknown) => (text.dates ? createDate(bound) : bound) as number;
  if (!empty && text.min !== undefined && comparable(value) < comparable(text.min)) own.push(text.minText);
  if (!empty && text.max !== undefined && comparable(value) > comparable(text.max)) own.push(text.maxText);
  if (!empty && text.step !== undefined && Helpers.isNumber(value)) {
    let number = Helpers.getNumber(value);
    let step = text.step;
    let power = 1;
    while (
      (Math.round(step * power) / power !== step || Math.round(number * power) / power !== number) &&
      power < 1_000_000
    ) {
      power *= 10;
    }
    number = Math.round(number * power);
    step = Math.round(step * power);
    if (step > 0 && number % step !== 0) own.push(text.stepText);
  }
  if (text.emailText !== undefined && value && !emailPattern.test(value as string)) own.push(text.emailText);
}

/** survey-core's createDate (settings.storeUtcDates false): an ISO date alone is read as local midnight. */
function createDate(value: unknown): Date {
  if (!value) return new Date();
  let text = value as string;
  if (typeof text === 'string' && text.indexOf('T') <= 0 && /\d{4}-\d{2}-\d{2}/.test(text)) {
    if (!Number.isNaN(new Date(text).getTime())) text += 'T00:00:00';
  }
  return new Date(text);
}

/** QuestionMatrixModel.checkErrorsAllRows. */
function checkMatrixRows(matrix: NonNullable<QuestionRule['matrix']>, value: unknown, own: string[]): void {
  if (!matrix.eachRowRequired && !matrix.eachRowUnique) return;
  const rows: Record<string, unknown> = isRecord(value) ? value : {};
  const seen = new Set<unknown>();
  let noValue = false;
  let notUnique = false;
  for (const row of matrix.rows) {
    const cell = rows[row];
    const empty = Helpers.isValueEmpty(typeof cell === 'string' ? cell.trim() : cell);
    if (matrix.eachRowUnique && !empty && seen.has(cell)) notUnique = true;
    if (empty && matrix.eachRowRequired) noValue = true;
    if (!empty) seen.add(cell);
  }
  if (noValue) own.push(matrix.allRowsText);
  if (notUnique) own.push(matrix.uniqueText);
}

/** EmailValidator's pattern (survey-core 2.5). */
const emailPattern =
  /^(([^<>()[\].,;:\s@"]+(\.[^<>()[\].,;:\s@"]+)*)|(".+"))@(([^<>()=[\].,;:\s@"]+\.)+[^<>()=[\].,;:\s@"]{2,})$/i;

/** ValidatorRunner.run: every validator's validate(value), in order. */
function runValidator(validator: ValidatorRule, value: unknown, scope: ConditionScope, own: string[]): void {
  switch (validator.type) {
    case 'numeric': {
      if (isValueEmpty(value)) return;
      if (!Helpers.isNumber(value)) {
        own.push(validator.numericText);
        return;
      }
      const number = Helpers.getNumber(value);
      if (validator.min !== null && (validator.min as number) > number) own.push(validator.rangeText);
      else if (validator.max !== null && (validator.max as number) < number) own.push(validator.rangeText);
      return;
    }
    case 'text': {
      if (isValueEmpty(value)) return;
      const text = value as string;
      if (!validator.allowDigits && /\d+$/.test(text)) own.push(validator.digitsText);
      else if (validator.minLength > 0 && text.length < validator.minLength) own.push(validator.text);
      else if (validator.maxLength > 0 && text.length > validator.maxLength) own.push(validator.text);
      return;
    }
    case 'answercount': {
      if (!Array.isArray(value) || value.length === 0) return;
      if (validator.minCount && value.length < validator.minCount) own.push(validator.minText);
      else if (validator.maxCount && value.length > validator.maxCount) own.push(validator.maxText);
      return;
    }
    case 'regex': {
      if (isValueEmpty(value)) return;
      if (Array.isArray(value)) {
        const failing = value.find((item) => !validator.regex.test(item as string));
        if (failing !== undefined) {
          own.push(validator.text);
          return;
        }
      }
      if (!validator.regex.test(value as string)) own.push(validator.text);
      return;
    }
    case 'email':
      if (value && !emailPattern.test(value as string)) own.push(validator.text);
      return;
    case 'expression':
      if (validator.condition && !validator.condition.holds(scope)) own.push(validator.text);
      return;
  }
}

/** Base.isValueEmpty(value, trimString = true). */
function isValueEmpty(value: unknown): boolean {
  return Helpers.isValueEmpty(typeof value === 'string' ? value.trim() : value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
