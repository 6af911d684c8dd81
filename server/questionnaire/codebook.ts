/**
 * Turns a questionnaire version into its list of variables — the codebook. Validation, CSV columns, the codebook
 * export, aggregation and the dashboard's chart choices all read this list; nobody else walks SurveyJS questions.
 */
import {
  type ItemValue,
  type LocalizableString,
  type Model,
  type Question,
  surveyLocalization,
} from 'survey-core';
import { expressionColumnsOf } from './computed-answers.ts';
import type { JsonRecord } from './definition-walker.ts';
import type { InvitationFieldName } from './survey-extensions.ts';
import { createSurveyModel } from './survey-model.ts';

/** Text per locale; `default` is English. */
export type LocalizedText = Record<string, string>;

export interface Code {
  code: string;
  label: LocalizedText;
  /** 'other' and 'none' are the SurveyJS special items; 'other' carries a free-text comment. */
  special?: 'other' | 'none';
}

export type VariableKind =
  | 'single_choice'
  | 'multiple_choice'
  | 'ranking'
  | 'boolean'
  | 'rating'
  | 'number'
  | 'text'
  | 'matrix'
  | 'matrix_dropdown'
  | 'matrix_dynamic'
  | 'multiple_text'
  | 'panel_dynamic'
  | 'other';

export interface MatrixColumn {
  name: string;
  title: LocalizedText;
  kind: VariableKind;
  choices: Code[];
}

export interface Variable {
  name: string;
  kind: VariableKind;
  /** The SurveyJS type, e.g. 'radiogroup', 'matrix'. */
  questionType: string;
  title: LocalizedText;
  /** Page name the question is on. */
  page: string;
  pageIndex: number;
  isRequired: boolean;
  inputType?: string;
  /** Choices, rating values, boolean values or matrix columns (for 'matrix'). */
  choices: Code[];
  hasOther: boolean;
  /**
   * The "other" text is kept in the value itself (a value that is none of the codes), not in `<name>-Comment`:
   * survey-core does so when the question also shows a comment area, or has `storeOthersAsComment: false`.
   */
  otherInValue?: true;
  /**
   * The question's own comment area (`showCommentArea`), kept in `<name>-Comment`: a text variable of its own,
   * never an "other" text.
   */
  hasComment?: true;
  /** Matrix rows, for 'matrix' and 'matrix_dropdown'. */
  rows: Code[];
  /** Matrix dropdown columns, or multiple-text items. */
  columns: MatrixColumn[];
  /** The fields of each entry of a dynamic panel. */
  fields: Variable[];
  /** The enclosing dynamic panel's name, for fields. */
  parent?: string;
  /**
   * Marked `personalData` in the questionnaire (or a field of a dynamic panel so marked): its answers are about the
   * respondent as a person and follow the rule for contact data (server/analysis/personal-data.ts). Absent otherwise.
   */
  personalData?: true;
  /**
   * Filled in from the invitation (`invitationField`), fixed unless `invitationFieldEditable`; see
   * invitation-fields.ts. Absent otherwise, and for fields of dynamic panels, which validation refuses to mark.
   */
  invitationField?: { field: InvitationFieldName; editable: boolean };
}

/** Elements that hold no answer. */
const displayOnlyTypes = new Set(['html', 'image', 'panel', 'expression']);

const kindByType: Record<string, VariableKind> = {
  radiogroup: 'single_choice',
  dropdown: 'single_choice',
  buttongroup: 'single_choice',
  imagepicker: 'single_choice',
  checkbox: 'multiple_choice',
  tagbox: 'multiple_choice',
  ranking: 'ranking',
  boolean: 'boolean',
  rating: 'rating',
  comment: 'text',
  text: 'text',
  matrix: 'matrix',
  matrixdropdown: 'matrix_dropdown',
  matrixdynamic: 'matrix_dynamic',
  multipletext: 'multiple_text',
  paneldynamic: 'panel_dynamic',
};

const numericInputTypes = new Set(['number', 'range']);

/** Pass the Model when one is already built for this definition: building one is most of the cost. */
export function buildCodebook(
  definition: JsonRecord,
  model: Model = createSurveyModel(definition),
): Variable[] {
  const pageNames = model.pages.map((page) => page.name);
  return model
    .getAllQuestions(false, false, false)
    .filter((question) => !displayOnlyTypes.has(question.getType()))
    .map((question) => describeQuestion(question, pageNames));
}

function describeQuestion(
  question: Question,
  pageNames: string[],
  parent?: { name: string; personalData: boolean },
): Variable {
  const questionType = question.getType();
  const pageName = question.page?.name ?? '';
  const inputType =
    questionType === 'text' ? String(questionProperty(question, 'inputType') ?? 'text') : undefined;
  const variable: Variable = {
    name: question.name,
    kind: kindOf(questionType, inputType, question),
    questionType,
    title: localized(question.locTitle, question.title),
    page: pageName,
    pageIndex: Math.max(0, pageNames.indexOf(pageName)),
    isRequired: question.isRequired,
    ...(inputType ? { inputType } : {}),
    choices: [],
    hasOther: Boolean(questionProperty(question, 'showOtherItem')),
    ...commentStorageOf(question),
    rows: [],
    columns: [],
    fields: [],
    ...(parent ? { parent: parent.name } : {}),
    ...(questionProperty(question, 'personalData') === true || parent?.personalData
      ? { personalData: true as const }
      : {}),
    ...invitationFieldOf(question, parent),
  };
  fillStructure(variable, question, pageNames);
  return variable;
}

function invitationFieldOf(
  question: Question,
  parent: { name: string } | undefined,
): Pick<Variable, 'invitationField'> {
  const field = questionProperty(question, 'invitationField');
  if (parent || typeof field !== 'string' || !field) return {};
  const editable = questionProperty(question, 'invitationFieldEditable') === true;
  return { invitationField: { field: field as InvitationFieldName, editable } };
}

/** Where the comment area and the "other" text are kept, as survey-core 2.5.38 decides (getStoreOthersAsComment). */
function commentStorageOf(question: Question): Pick<Variable, 'otherInValue' | 'hasComment'> {
  const storage: Pick<Variable, 'otherInValue' | 'hasComment'> = {};
  if (questionProperty(question, 'showCommentArea') === true) storage.hasComment = true;
  const othersAsComment = questionProperty(question, 'getStoreOthersAsComment');
  if (
    questionProperty(question, 'showOtherItem') &&
    typeof othersAsComment === 'function' &&
    othersAsComment.call(question) === false
  )
    storage.otherInValue = true;
  return storage;
}

function kindOf(questionType: string, inputType: string | undefined, question?: Question): VariableKind {
  if (questionType === 'text' && inputType && numericInputTypes.has(inputType)) return 'number';
  if (questionType === 'text' && question && storesNumberByMask(question)) return 'number';
  // A range slider stores [from, to]: kept whole, as a question without a kind of its own.
  if (questionType === 'slider')
    return question && questionProperty(question, 'sliderType') === 'range' ? 'other' : 'number';
  return kindByType[questionType] ?? 'other';
}

/** A numeric or currency mask stores a number unless told to save the masked text (survey-core's masks). */
function storesNumberByMask(question: Question): boolean {
  const maskType = questionProperty(question, 'maskType');
  if (maskType !== 'numeric' && maskType !== 'currency') return false;
  const settings = questionProperty(question, 'maskSettings') as { saveMaskedValue?: boolean } | undefined;
  return settings?.saveMaskedValue !== true;
}

/** survey-core question classes differ per type; read type-specific properties by name. */
function questionProperty(question: Question, name: string): unknown {
  return (question as unknown as Record<string, unknown>)[name];
}

function items(question: Question, name: string): ItemValue[] {
  const value = questionProperty(question, name);
  return Array.isArray(value) ? (value as ItemValue[]) : [];
}

function fillStructure(variable: Variable, question: Question, pageNames: string[]): void {
  switch (variable.kind) {
    case 'single_choice':
    case 'multiple_choice':
    case 'ranking':
      variable.choices = choiceCodes(question);
      return;
    case 'rating':
      variable.choices = items(question, 'visibleRateValues').map(codeOf);
      return;
    case 'boolean':
      variable.choices = booleanCodes(question);
      return;
    case 'matrix':
      variable.rows = items(question, 'rows').map(codeOf);
      variable.choices = items(question, 'columns').map(codeOf);
      return;
    case 'matrix_dropdown':
    case 'matrix_dynamic':
      variable.rows = items(question, 'rows').map(codeOf);
      variable.columns = matrixColumns(question);
      return;
    case 'multiple_text':
      variable.columns = (
        questionProperty(question, 'items') as Array<{
          name: string;
          locTitle: LocalizableString;
          title: string;
          inputType?: string;
        }>
      ).map((item) => ({
        name: item.name,
        title: localized(item.locTitle, item.title),
        kind: numericInputTypes.has(item.inputType ?? '') ? 'number' : 'text',
        choices: [],
      }));
      return;
    case 'panel_dynamic': {
      const template = questionProperty(question, 'template') as { questions: Question[] };
      variable.fields = template.questions
        .filter((field) => !displayOnlyTypes.has(field.getType()))
        .map((field) => ({
          ...describeQuestion(field, pageNames, {
            name: question.name,
            personalData: variable.personalData === true,
          }),
          page: variable.page,
          pageIndex: variable.pageIndex,
        }));
      return;
    }
    default:
      return;
  }
}

function choiceCodes(question: Question): Code[] {
  const codes = items(question, 'choices').map(codeOf);
  if (questionProperty(question, 'showOtherItem')) {
    codes.push(specialCode(question, 'otherItem', 'otherItemText', 'other'));
  }
  if (questionProperty(question, 'showNoneItem')) {
    codes.push(specialCode(question, 'noneItem', 'noneItemText', 'none'));
  }
  return codes;
}

function booleanCodes(question: Question): Code[] {
  return [
    booleanCode(question, 'valueTrue', 'locLabelTrue', 'booleanCheckedLabel', true),
    booleanCode(question, 'valueFalse', 'locLabelFalse', 'booleanUncheckedLabel', false),
  ];
}

/** Yes / No of a boolean question: the questionnaire's own labels, else survey-core's UI text per survey locale. */
function booleanCode(
  question: Question,
  valueName: string,
  labelName: string,
  uiStringKey: string,
  fallback: boolean,
): Code {
  const code = String(questionProperty(question, valueName) ?? fallback);
  const locString = questionProperty(question, labelName) as LocalizableString | undefined;
  if (locString?.getJson()) return { code, label: localized(locString, locString.textOrHtml) };
  return { code, label: uiStringLabels(question, uiStringKey) };
}

/** survey-core's own UI text for a key, in English and in each locale the questionnaire uses. */
function uiStringLabels(question: Question, uiStringKey: string): LocalizedText {
  const label: LocalizedText = { default: surveyLocalization.getString(uiStringKey, 'en') };
  const locales =
    (question.survey as unknown as { getUsedLocales(): string[] } | undefined)?.getUsedLocales() ?? [];
  for (const locale of locales) {
    if (locale === 'en' || locale === 'default') continue;
    const text = surveyLocalization.getString(uiStringKey, locale);
    if (text) label[locale] = text;
  }
  return label;
}

/**
 * "Other" and "None": when the questionnaire does not word them itself, their label in each of the survey's
 * locales is survey-core's own UI text for that locale.
 */
function specialCode(
  question: Question,
  itemName: string,
  uiStringKey: string,
  special: 'other' | 'none',
): Code {
  const item = questionProperty(question, itemName) as ItemValue;
  const code = codeOf(item);
  if (item.locText.getJson()) return { ...code, special };
  return {
    ...code,
    label: { ...uiStringLabels(question, uiStringKey), default: code.label.default ?? '' },
    special,
  };
}

interface ColumnLike {
  name: string;
  title: string;
  locTitle: LocalizableString;
  cellType: string;
  templateQuestion?: Question;
}

function matrixColumns(matrix: Question): MatrixColumn[] {
  const matrixCellType = String(questionProperty(matrix, 'cellType') ?? 'dropdown');
  const matrixChoices = items(matrix, 'choices').map(codeOf);
  // Expression cells are computed, never stored (computed-answers.ts): no column of their own.
  const computed = expressionColumnsOf(matrix);
  const columns = (questionProperty(matrix, 'columns') as ColumnLike[]).filter(
    (column) => !computed.has(column.name),
  );
  return columns.map((column) => {
    const cellType = column.cellType === 'default' ? matrixCellType : column.cellType;
    const cell = column.templateQuestion;
    const inputType =
      cell && cellType === 'text' ? String(questionProperty(cell, 'inputType') ?? 'text') : undefined;
    const kind = kindOf(cellType, inputType, cell);
    const ownChoices = cell ? choiceCodes(cell) : [];
    let choices = ownChoices.length > 0 ? ownChoices : matrixChoices;
    if (kind === 'rating' && cell) choices = items(cell, 'visibleRateValues').map(codeOf);
    // A boolean cell stores true/false (or its valueTrue/valueFalse), never one of the matrix's choices.
    if (kind === 'boolean' && cell) choices = booleanCodes(cell);
    if (
      kind !== 'single_choice' &&
      kind !== 'multiple_choice' &&
      kind !== 'rating' &&
      kind !== 'ranking' &&
      kind !== 'boolean'
    )
      choices = [];
    return { name: column.name, title: localized(column.locTitle, column.title), kind, choices };
  });
}

function codeOf(item: ItemValue): Code {
  return { code: String(item.value), label: localized(item.locText, item.text) };
}

function localized(locString: LocalizableString | undefined, fallback: string): LocalizedText {
  const json: unknown = locString?.getJson();
  if (typeof json === 'string') return { default: json };
  if (json && typeof json === 'object') {
    const texts = Object.fromEntries(
      Object.entries(json as Record<string, unknown>).filter(
        (entry): entry is [string, string] => typeof entry[1] === 'string',
      ),
    );
    return { default: texts.default ?? fallback, ...texts };
  }
  return { default: fallback };
}

/** Text in a locale, falling back to English. */
export function textIn(text: LocalizedText | null | undefined, locale: string | undefined): string {
  if (!text) return '';
  if (locale && text[locale] !== undefined) return text[locale] as string;
  return text.default ?? text.en ?? '';
}

/** Every variable including the fields of dynamic panels, in questionnaire order. */
export function flattenVariables(variables: Variable[]): Variable[] {
  return variables.flatMap((variable) => [variable, ...flattenVariables(variable.fields)]);
}
