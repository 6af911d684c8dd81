/**
 * Reads a version's rules once from its survey-core Model — required/requiredIf, visibleIf and enableIf of
 * questions, panels and pages, validators, text min/max/step, "other" comments, checkbox minimum, matrix rows,
 * matrix cells, multiple-text items and dynamic panel fields — into plain data and ConditionRunners.
 *
 * Error texts are taken from survey-core at compile time (the validator's own `text` when the definition gives one,
 * otherwise survey-core's localized default), so they are exactly what survey-core would say. Whatever survey-core
 * feature this module does not mirror is listed in `unsupported`; such a version is validated by survey-core.
 */
import {
  AnswerRequiredError,
  EmailValidator,
  Helpers,
  type Model,
  type PanelModelBase,
  type Question,
  RequreNumericError,
  type SurveyValidator,
  surveyLocalization,
} from 'survey-core';
import type { Variable } from '../codebook.ts';
import { Condition } from './condition.ts';
import type { FastValidator, QuestionRule, RuleKind, TextRule, ValidatorRule } from './rules.ts';

export interface CompileInput {
  /** A Model of the version, fresh (never given data): entry counts of dynamic panels are read from it. */
  model: Model;
  /** The version's codebook, for checkAnswers. */
  variables: Variable[];
  /** Entry counts of dynamic panels in a fresh Model, if the Model has since been used. */
  initialPanelCounts?: Map<string, number>;
}

const kindByType: Record<string, RuleKind> = {
  text: 'text',
  comment: 'plain',
  radiogroup: 'select',
  dropdown: 'select',
  checkbox: 'checkbox',
  tagbox: 'checkbox',
  boolean: 'plain',
  rating: 'plain',
  matrix: 'matrix',
  matrixdropdown: 'matrixdropdown',
  multipletext: 'multipletext',
  paneldynamic: 'paneldynamic',
  html: 'display',
  image: 'display',
  expression: 'display',
};

/** Cell types of a multi-column matrix whose cell questions this module mirrors. */
const cellTypes = new Set([
  'dropdown',
  'radiogroup',
  'checkbox',
  'tagbox',
  'boolean',
  'rating',
  'text',
  'comment',
]);

/** Question properties that make survey-core change or filter values while validating. */
const unsupportedProperties = [
  'valueName',
  'defaultValueExpression',
  'setValueIf',
  'setValueExpression',
  'resetValueIf',
  'choicesVisibleIf',
  'choicesEnableIf',
  'choicesFromQuestion',
  'rowsVisibleIf',
  'columnsVisibleIf',
  'minValueExpression',
  'maxValueExpression',
  'templateVisibleIf',
  'templateEnableIf',
  'keyName',
];

/** Boolean question properties that, when true, bring survey-core behaviour this module does not mirror. */
const unsupportedFlags = [
  'hideIfChoicesEmpty',
  'hideIfRowsEmpty',
  'showRefuseItem',
  'showDontKnowItem',
  'showSelectAllItem',
  'hasTotal',
];

/** A gate: a question, panel or page is enabled when its enableIf holds, or (without enableIf) it is not read-only. */
interface Gate {
  enableIf?: Condition;
  readOnly: boolean;
}

interface Walk {
  names: Map<string, string>;
  unsupported: string[];
  locale: string;
  initialPanelCounts: Map<string, number>;
}

export function compileFastValidator(input: CompileInput): FastValidator {
  const { model } = input;
  const unsupported: string[] = [];
  const allQuestions = model.getAllQuestions(false, false, false);
  const names = new Map<string, string>();
  for (const question of allQuestions) {
    names.set(question.name.toLowerCase(), question.name);
    names.set(`${question.name}-comment`.toLowerCase(), `${question.name}-Comment`);
  }
  const walk: Walk = {
    names,
    unsupported,
    locale: model.locale ?? '',
    initialPanelCounts: input.initialPanelCounts ?? new Map(),
  };
  checkSurvey(model, unsupported);
  const questions: QuestionRule[] = [];
  for (const page of model.pages) collectElements(page, [], [], questions, walk);
  return { variables: input.variables, questions, unsupported };
}

function checkSurvey(model: Model, unsupported: string[]): void {
  const survey = model as unknown as Record<string, unknown>;
  for (const name of ['calculatedValues', 'triggers']) {
    const list = survey[name];
    if (Array.isArray(list) && list.length > 0) unsupported.push(`the survey has ${name}`);
  }
  if (model.mode === 'display') unsupported.push('the survey is in display mode');
  if (model.showInvisibleElements) unsupported.push('the survey shows invisible elements');
  if (survey.storeOthersAsComment === false) unsupported.push('the survey stores "other" texts in the value');
  if (model.questionsOnPageMode !== 'standard') unsupported.push('questionsOnPageMode is not "standard"');
  // survey-core neither validates nor clears the answers of a start page.
  if (model.firstPageIsStartPage) unsupported.push('the survey has a start page');
}

/** Walks a page or static panel; `visibleIf`/`gates` are those of the containers around it. */
function collectElements(
  container: PanelModelBase,
  containerVisibleIf: Condition[],
  gates: Gate[],
  rules: QuestionRule[],
  walk: Walk,
): void {
  const own = container as unknown as {
    visibleIf?: string;
    visible: boolean;
    enableIf?: string;
    readOnly: boolean;
  };
  const hereVisible = [...containerVisibleIf];
  if (own.visibleIf) hereVisible.push(condition(own.visibleIf, walk, false));
  else if (!own.visible) hereVisible.push(condition('false', walk, false));
  const hereGates = [...gates, gate(own, walk, false)];
  for (const element of container.elements) {
    if (element.isPanel) {
      collectElements(element as unknown as PanelModelBase, hereVisible, hereGates, rules, walk);
      continue;
    }
    const question = element as unknown as Question;
    rules.push(
      compileQuestion(question, { containerVisibleIf: hereVisible, gates: hereGates, inPanel: false }, walk),
    );
  }
}

interface Placement {
  containerVisibleIf: Condition[];
  gates: Gate[];
  /** Whether the question is a field of a dynamic panel (its conditions may use {panel.x}, {panelIndex}). */
  inPanel: boolean;
  /** Overrides for cell questions and multiple-text item editors. */
  name?: string;
  nested?: boolean;
}

function compileQuestion(question: Question, placement: Placement, walk: Walk): QuestionRule {
  const type = question.getType();
  const name = placement.name ?? question.name;
  const kind = kindByType[type];
  const where = `question "${name}"`;
  if (!kind) walk.unsupported.push(`${where} has type "${type}"`);
  for (const property of unsupportedProperties) {
    const value = read(question, property);
    if (value !== undefined && value !== null && value !== '')
      walk.unsupported.push(`${where} uses ${property}`);
  }
  for (const flag of unsupportedFlags)
    if (read(question, flag) === true) walk.unsupported.push(`${where} uses ${flag}`);
  const defaultValue = read(question, 'defaultValue');
  if (defaultValue !== undefined && defaultValue !== null)
    walk.unsupported.push(`${where} has a defaultValue`);
  const maskType = read(question, 'maskType');
  if (maskType && maskType !== 'none') walk.unsupported.push(`${where} has an input mask`);

  const visibleIf = question.visibleIf ? condition(question.visibleIf, walk, placement.inPanel) : undefined;
  const requiredIf = question.requiredIf
    ? condition(question.requiredIf, walk, placement.inPanel)
    : undefined;
  if (placement.nested && (visibleIf || requiredIf || question.enableIf)) {
    walk.unsupported.push(`${where} (in a matrix or multiple text) has conditions`);
  }
  const rule: QuestionRule = {
    name,
    kind: kind ?? 'display',
    visible: question.visible,
    ...(visibleIf ? { visibleIf } : {}),
    containerVisibleIf: placement.containerVisibleIf,
    readOnly: false,
    enableIf: [],
    isRequired: question.isRequired,
    ...(requiredIf ? { requiredIf } : {}),
    requiredText: new AnswerRequiredError(question.requiredErrorText, question).getText(),
    validators: compileValidators(question, placement, walk),
  };
  const gates = [...placement.gates, gate(question, walk, placement.inPanel)];
  rule.readOnly = gates.some((entry) => !entry.enableIf && entry.readOnly);
  rule.enableIf = gates.flatMap((entry) => (entry.enableIf ? [entry.enableIf] : []));
  switch (kind) {
    case 'text':
      rule.text = compileText(question);
      break;
    case 'select':
    case 'checkbox':
      compileSelect(question, rule, walk);
      break;
    case 'matrix':
      compileMatrix(question, rule, walk);
      break;
    case 'matrixdropdown':
      compileCells(question, rule, walk);
      break;
    case 'multipletext':
      compileItems(question, rule, walk);
      break;
    case 'paneldynamic':
      compilePanel(question, rule, placement, walk);
      break;
    default:
      break;
  }
  return rule;
}

function gate(element: { enableIf?: string; readOnly: boolean }, walk: Walk, inPanel: boolean): Gate {
  return element.enableIf
    ? { enableIf: condition(element.enableIf, walk, inPanel), readOnly: element.readOnly }
    : { readOnly: element.readOnly };
}

function condition(expression: string, walk: Walk, inPanel: boolean): Condition {
  return new Condition(expression, walk.names, inPanel, walk.unsupported);
}

function compileText(question: Question): TextRule {
  const text = question as unknown as {
    inputType: string;
    renderedMin: unknown;
    renderedMax: unknown;
    renderedStep: unknown;
    minErrorText: string;
    maxErrorText: string;
    isMinMaxType: boolean;
    isDateInputType: boolean;
    validators: SurveyValidator[];
    getMinMaxErrorText(text: string, value: unknown): string;
    getCalculatedMinMax(value: unknown): unknown;
    getStepErrorText(): string;
    getValidatorTitle(): string | null;
  };
  const rule: TextRule = { minText: '', maxText: '', stepText: '' };
  if (text.isMinMaxType) {
    // QuestionTextModel.getCalculatedMinMax: dates (date, datetime-local) are compared as Date objects.
    rule.dates = text.isDateInputType;
    if (!Helpers.isValueEmpty(text.renderedMin)) {
      rule.min = text.renderedMin;
      rule.minText = text.getMinMaxErrorText(text.minErrorText, text.getCalculatedMinMax(text.renderedMin));
    }
    if (!Helpers.isValueEmpty(text.renderedMax)) {
      rule.max = text.renderedMax;
      rule.maxText = text.getMinMaxErrorText(text.maxErrorText, text.getCalculatedMinMax(text.renderedMax));
    }
  }
  if (text.inputType === 'number' && Helpers.isNumber(text.renderedStep)) {
    rule.step = Helpers.getNumber(text.renderedStep);
    rule.stepText = text.getStepErrorText();
  }
  if (
    text.inputType === 'email' &&
    !text.validators.some((validator) => validator.getType() === 'emailvalidator')
  ) {
    const email = new EmailValidator();
    (email as unknown as { owner: unknown }).owner = question;
    rule.emailText = (email as unknown as { getErrorText(name: string): string }).getErrorText(
      text.getValidatorTitle() ?? '',
    );
  }
  return rule;
}

function compileSelect(question: Question, rule: QuestionRule, walk: Walk): void {
  const select = question as unknown as {
    showOtherItem: boolean;
    otherItem: { value: unknown };
    otherErrorText: string;
    choices: Array<{
      value: unknown;
      visibleIf?: string;
      enableIf?: string;
      showCommentArea?: boolean;
      isExclusive?: boolean;
    }>;
    visibleChoices: Array<{ value: unknown; isExclusive?: boolean }>;
    hasChoicesUrl?: boolean;
    minSelectedChoices?: number;
    getStoreOthersAsComment(): boolean;
    getLocalizationFormatString(name: string, ...args: unknown[]): string;
  };
  const where = `question "${rule.name}"`;
  if (select.hasChoicesUrl) walk.unsupported.push(`${where} loads its choices from a URL`);
  for (const choice of select.choices) {
    if (choice.visibleIf || choice.enableIf) walk.unsupported.push(`${where} has choices with conditions`);
    if (choice.showCommentArea) walk.unsupported.push(`${where} has choices with comments`);
    if (choice.isExclusive) walk.unsupported.push(`${where} has exclusive choices`);
  }
  rule.clearsUnusedComment = select.getStoreOthersAsComment();
  if (select.showOtherItem) {
    if (!select.getStoreOthersAsComment())
      walk.unsupported.push(`${where} stores its "other" text in the value`);
    rule.other = {
      value: String(select.otherItem.value),
      text: select.otherErrorText || surveyLocalization.getString('otherRequiredError', walk.locale),
    };
  }
  const minSelected = select.minSelectedChoices ?? 0;
  if (rule.kind === 'checkbox' && minSelected >= 1) {
    const exclusive = select.visibleChoices.filter((item) => item.isExclusive === true);
    if (exclusive.length > 1) walk.unsupported.push(`${where} has several exclusive choices`);
    const noneValue = exclusive[0] ? String(exclusive[0].value) : undefined;
    rule.minSelected = {
      count: minSelected,
      text: select.getLocalizationFormatString('minSelectError', minSelected),
      ...(noneValue !== undefined ? { noneValue } : {}),
    };
  }
}

function compileMatrix(question: Question, rule: QuestionRule, walk: Walk): void {
  const matrix = question as unknown as {
    rows: Array<{ value: unknown; visibleIf?: string; enableIf?: string }>;
    columns: Array<{ visibleIf?: string; enableIf?: string }>;
    eachRowRequired: boolean;
    eachRowUnique: boolean;
  };
  for (const item of [...matrix.rows, ...matrix.columns]) {
    if (item.visibleIf || item.enableIf)
      walk.unsupported.push(`question "${rule.name}" has rows or columns with conditions`);
  }
  rule.matrix = {
    rows: matrix.rows.map((row) => String(row.value)),
    eachRowRequired: Boolean(matrix.eachRowRequired),
    eachRowUnique: Boolean(matrix.eachRowUnique),
    allRowsText: surveyLocalization.getString('requiredInAllRowsError', walk.locale),
    uniqueText: surveyLocalization.getString('eachRowUniqueError', walk.locale),
  };
}

interface ColumnLike {
  name: string;
  isRequired: boolean;
  visible: boolean;
  visibleIf?: string;
  enableIf?: string;
  requiredIf?: string;
  isUnique?: boolean;
  cellType: string;
  templateQuestion: Question;
}

function compileCells(question: Question, rule: QuestionRule, walk: Walk): void {
  const matrix = question as unknown as {
    rows: Array<{ value: unknown; visibleIf?: string; enableIf?: string }>;
    columns: ColumnLike[];
    cellType: string;
    detailPanelMode?: string;
  };
  const where = `question "${rule.name}"`;
  if (matrix.detailPanelMode && matrix.detailPanelMode !== 'none')
    walk.unsupported.push(`${where} has a detail panel`);
  for (const row of matrix.rows) {
    if (row.visibleIf || row.enableIf) walk.unsupported.push(`${where} has rows with conditions`);
  }
  const columns: QuestionRule[] = [];
  for (const column of matrix.columns) {
    if (column.visibleIf || column.enableIf || column.requiredIf) {
      walk.unsupported.push(`${where} has columns with conditions`);
    }
    if (column.isUnique) walk.unsupported.push(`${where} has unique columns`);
    if (!column.visible) continue;
    const cellType = column.cellType === 'default' ? matrix.cellType : column.cellType;
    if (!cellTypes.has(cellType)) walk.unsupported.push(`${where} has a column of cell type "${cellType}"`);
    const cell = column.templateQuestion;
    const cellRule = compileQuestion(
      cell,
      { containerVisibleIf: [], gates: [], inPanel: false, name: column.name, nested: true },
      walk,
    );
    cellRule.isRequired = column.isRequired;
    if (cellRule.validators.some((validator) => validator.type === 'expression')) {
      walk.unsupported.push(`${where} has a column with an expression validator`);
    }
    columns.push(cellRule);
  }
  rule.cells = { rows: matrix.rows.map((row) => String(row.value)), columns };
}

function compileItems(question: Question, rule: QuestionRule, walk: Walk): void {
  const items = read(question, 'items') as Array<{ name: string; editor: Question }>;
  rule.items = items.map((item) =>
    compileQuestion(
      item.editor,
      { containerVisibleIf: [], gates: [], inPanel: false, name: item.name, nested: true },
      walk,
    ),
  );
}

function compilePanel(question: Question, rule: QuestionRule, placement: Placement, walk: Walk): void {
  const template = read(question, 'template') as PanelModelBase;
  const fields: QuestionRule[] = [];
  for (const element of template.elements) {
    if (element.isPanel) {
      walk.unsupported.push(`dynamic panel "${rule.name}" contains a panel`);
      continue;
    }
    // A field inherits the dynamic panel's read-only state; its own enableIf runs in the entry's context.
    fields.push(
      compileQuestion(
        element as unknown as Question,
        { containerVisibleIf: [], gates: [], inPanel: true },
        walk,
      ),
    );
  }
  if (placement.inPanel) walk.unsupported.push(`dynamic panel "${rule.name}" is nested in a dynamic panel`);
  const initialCount =
    walk.initialPanelCounts.get(rule.name) ?? (read(question, 'panelCount') as number | undefined) ?? 0;
  rule.panel = { fields, initialCount };
}

function compileValidators(question: Question, placement: Placement, walk: Walk): ValidatorRule[] {
  const owner = question as unknown as { validators: SurveyValidator[]; getValidatorTitle(): string | null };
  const title = owner.getValidatorTitle() ?? '';
  const rules: ValidatorRule[] = [];
  for (const validator of owner.validators) {
    const data = validator as unknown as Record<string, unknown> & {
      getErrorText(name: string): string;
      getLocalizationFormatString(name: string, ...args: unknown[]): string;
      text: string;
    };
    const type = validator.getType();
    switch (type) {
      case 'numericvalidator':
        rules.push({
          type: 'numeric',
          min: data.minValue as number | null,
          max: data.maxValue as number | null,
          rangeText: data.getErrorText(title),
          numericText: new RequreNumericError(data.text, question).getText(),
        });
        break;
      case 'textvalidator':
        rules.push({
          type: 'text',
          minLength: Number(data.minLength ?? 0),
          maxLength: Number(data.maxLength ?? 0),
          allowDigits: data.allowDigits !== false,
          text: data.getErrorText(title),
          digitsText: data.getErrorText('textNoDigitsAllow'),
        });
        break;
      case 'answercountvalidator': {
        const minCount = Number(data.minCount ?? 0);
        const maxCount = Number(data.maxCount ?? 0);
        rules.push({
          type: 'answercount',
          minCount,
          maxCount,
          minText: data.getErrorText(data.getLocalizationFormatString('minSelectError', minCount)),
          maxText: data.getErrorText(data.getLocalizationFormatString('maxSelectError', maxCount)),
        });
        break;
      }
      case 'regexvalidator':
        if (data.regex) {
          rules.push({
            type: 'regex',
            regex: new RegExp(String(data.regex), data.caseInsensitive ? 'i' : ''),
            text: data.getErrorText(title),
          });
        }
        break;
      case 'emailvalidator':
        rules.push({ type: 'email', text: data.getErrorText(title) });
        break;
      case 'expressionvalidator': {
        const expression = String(data.expression ?? '');
        rules.push({
          type: 'expression',
          condition: expression ? condition(expression, walk, placement.inPanel) : undefined,
          text: data.getErrorText(title),
        });
        break;
      }
      default:
        walk.unsupported.push(`question "${question.name}" has a ${type}`);
    }
  }
  return rules;
}

function read(object: unknown, name: string): unknown {
  return (object as Record<string, unknown>)[name];
}
