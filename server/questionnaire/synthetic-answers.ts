/**
 * Realistic, valid, complete answers for any questionnaire: demo data (`cli demo`) and benchmarks.
 *
 * Building and validating a survey-core Model per response costs milliseconds, so answers are generated from the
 * codebook and the rules read once from the cached Model (validators, required, visibleIf/requiredIf, counts of
 * selections and panel entries); skip logic is evaluated with survey-core's own ConditionRunner on the answers
 * built so far, page by page. Each country gets its own leanings (weights from a hash of country code and question),
 * so charts differ between countries while the same seed always gives the same data.
 */
import { ConditionRunner, type PanelModel, type Question } from 'survey-core';
import { findMemberState } from '../reference/member-states.ts';
import { type Code, flattenVariables, type Variable, type VariableKind } from './codebook.ts';
import type { CompiledVersion } from './compiled-version.ts';
import { memberStateChoice } from './country-choices.ts';

export type Random = () => number;

export interface SyntheticProfile {
  /** ISO code of the respondent's country; drives the country's leanings, the country question and e-mail domains. */
  countryCode?: string;
  /** Language of free-text answers; defaults to the country's first language. */
  locale?: string;
  /** Share of optional questions answered (0–1); default about 0.85, varied by country. */
  answerRate?: number;
}

/** mulberry32: a small, fast, seeded PRNG with a full 2^32 period; good enough for demo data. */
export function createSeededRandom(seed: number | string): Random {
  let state = typeof seed === 'number' ? seed >>> 0 : hashString(seed);
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a, 32 bits. */
function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** A stable number in [0, 1) for a key: the country's leaning on one choice. */
function leaning(key: string): number {
  return createSeededRandom(hashString(key))();
}

export function generateSyntheticAnswers(
  compiled: CompiledVersion,
  random: Random,
  profile: SyntheticProfile = {},
): Record<string, unknown> {
  const plan = planFor(compiled);
  const countryCode = profile.countryCode ?? 'XX';
  const context: Context = {
    random,
    countryCode,
    locale: profile.locale ?? findMemberState(countryCode)?.languages[0] ?? 'en',
    answerRate: profile.answerRate ?? 0.75 + 0.2 * leaning(`${countryCode}|answer-rate`),
    weights: countryWeights(plan, countryCode),
  };
  const answers: Record<string, unknown> = {};
  // Skip logic mostly looks back, so one pass in page order settles it; the extra passes cover conditions that look
  // ahead, dropping answers that became hidden and answering what became visible.
  const passes = plan.looksAhead ? 4 : 1;
  for (let pass = 0; pass < passes; pass++) {
    let changed = false;
    for (const question of plan.questions) {
      const visible = question.conditions.every((condition) => condition.holds(answers));
      const has = answers[question.name] !== undefined;
      if (!visible) {
        if (has) {
          delete answers[question.name];
          delete answers[`${question.name}-Comment`];
          changed = true;
        }
        continue;
      }
      if (has || (pass > 0 && !isRequired(question, answers))) continue;
      if (!isRequired(question, answers) && random() > context.answerRate) continue;
      fillQuestion(question, answers, answers, context);
      changed = true;
    }
    if (!changed) break;
  }
  return answers;
}

function countryWeights(plan: Plan, countryCode: string): Map<string, number[]> {
  let weights = plan.weights.get(countryCode);
  if (!weights) {
    weights = new Map();
    plan.weights.set(countryCode, weights);
  }
  return weights;
}

interface Context {
  random: Random;
  countryCode: string;
  locale: string;
  answerRate: number;
  /** Weights per question (or matrix row) for the profile's country, see weightsFor. */
  weights: Map<string, number[]>;
}

interface Rules {
  inputType: string;
  min?: number;
  max?: number;
  minLength: number;
  maxLength?: number;
  allowDigits: boolean;
  patterns: RegExp[];
  minSelected: number;
  maxSelected?: number;
  minEntries: number;
  maxEntries: number;
  eachRowRequired: boolean;
  valueTrue: unknown;
  valueFalse: unknown;
}

interface QuestionPlan {
  name: string;
  kind: VariableKind;
  choices: Code[];
  /** Codebook codes are strings; the data holds the choice values as the definition types them (e.g. numbers). */
  rawValues: Map<string, unknown>;
  rows: Code[];
  multiline: boolean;
  rules: Rules;
  isRequired: boolean;
  requiredIf?: Condition;
  /** Page, enclosing panels and the question's own visibleIf: all must hold. */
  conditions: Condition[];
  /** Matrix dropdown / dynamic columns, multiple-text items, dynamic panel fields. */
  parts: QuestionPlan[];
}

interface Plan {
  questions: QuestionPlan[];
  /** Whether some condition refers to a question at or after its own: then answers need re-checking passes. */
  looksAhead: boolean;
  /** Per country code: choice weights per question or matrix row. */
  weights: Map<string, Map<string, number[]>>;
}

const plans = new WeakMap<CompiledVersion, Plan>();

/**
 * A visibleIf or requiredIf expression. survey-core finds a variable by scanning every answer (names are
 * case-insensitive), which made condition checks the main cost; each check therefore sees only the answers the
 * expression names, under the questions' own spelling.
 */
class Condition {
  private readonly runner: ConditionRunner;
  /** Answer keys the expression reads: question names, or `panel`, `row`, `panelIndex` in a dynamic panel. */
  readonly keys: string[];

  constructor(expression: string, questionNames: Map<string, string>) {
    this.runner = new ConditionRunner(expression);
    const roots = this.runner.getVariables().map((name) => name.split(/[.[]/)[0] ?? name);
    this.keys = [...new Set(roots.map((root) => questionNames.get(root.toLowerCase()) ?? root))];
  }

  holds(values: Record<string, unknown>): boolean {
    const scope: Record<string, unknown> = {};
    for (const key of this.keys) {
      const value = values[key];
      if (value !== undefined) scope[key] = value;
    }
    return this.runner.runValues(scope);
  }
}

function planFor(compiled: CompiledVersion): Plan {
  let plan = plans.get(compiled);
  if (!plan) {
    const variables = new Map(compiled.variables.map((variable) => [variable.name, variable]));
    const names = new Map(
      flattenVariables(compiled.variables).map((variable) => [variable.name.toLowerCase(), variable.name]),
    );
    const questions: QuestionPlan[] = [];
    for (const page of compiled.model.pages) {
      const pageConditions = conditionsOf(page.visibleIf, names);
      for (const question of page.questions) {
        const variable = variables.get(question.name);
        if (!variable) continue;
        const conditions = [...pageConditions, ...panelConditions(question, names)];
        questions.push(questionPlan(variable, question, conditions, names));
      }
    }
    plan = { questions, looksAhead: looksAhead(questions), weights: new Map() };
    plans.set(compiled, plan);
  }
  return plan;
}

function looksAhead(questions: QuestionPlan[]): boolean {
  const position = new Map(questions.map((question, index) => [question.name, index]));
  return questions.some((question, index) =>
    [...question.conditions, ...(question.requiredIf ? [question.requiredIf] : [])].some((condition) =>
      condition.keys.some((key) => (position.get(key) ?? -1) >= index),
    ),
  );
}

function conditionsOf(expression: string | undefined, names: Map<string, string>): Condition[] {
  return expression ? [new Condition(expression, names)] : [];
}

/** visibleIf of the panels around a question, inside its page. */
function panelConditions(question: Question, names: Map<string, string>): Condition[] {
  const conditions: Condition[] = [];
  let parent = question.parent as unknown as PanelModel | undefined;
  while (parent && !parent.isPage) {
    conditions.push(...conditionsOf(parent.visibleIf, names));
    parent = parent.parent as unknown as PanelModel | undefined;
  }
  return conditions;
}

function questionPlan(
  variable: Variable,
  question: Question | undefined,
  conditions: Condition[],
  names: Map<string, string>,
): QuestionPlan {
  const requiredIf = question?.requiredIf;
  const plan: QuestionPlan = {
    name: variable.name,
    kind: variable.kind,
    choices: variable.choices,
    rawValues: rawValuesOf(question, variable.kind),
    rows: variable.rows,
    multiline: variable.questionType === 'comment',
    rules: rulesOf(question),
    isRequired: question?.isRequired ?? variable.isRequired,
    ...(requiredIf ? { requiredIf: new Condition(requiredIf, names) } : {}),
    conditions: [...conditions, ...conditionsOf(question?.visibleIf, names)],
    parts: [],
  };
  if (variable.kind === 'panel_dynamic' && question) {
    const template = property(question, 'template') as PanelModel;
    plan.parts = variable.fields.map((field) => {
      const fieldQuestion = template.questions.find((candidate) => candidate.name === field.name);
      return questionPlan(field, fieldQuestion, [], names);
    });
  } else if (variable.kind === 'multiple_text') {
    const items = (property(question, 'items') ?? []) as Array<{ name: string; inputType?: string }>;
    plan.parts = variable.columns.map((column) => {
      const item = items.find((candidate) => candidate.name === column.name);
      return partPlan(column.name, column.kind, column.choices, {
        inputType: item?.inputType ?? (column.kind === 'number' ? 'number' : 'text'),
      });
    });
  } else if (variable.kind === 'matrix_dropdown' || variable.kind === 'matrix_dynamic') {
    const columns = (property(question, 'columns') ?? []) as Array<{
      name: string;
      isRequired?: boolean;
      templateQuestion?: Question;
    }>;
    plan.parts = variable.columns.map((column) => {
      const cell = columns.find((candidate) => candidate.name === column.name);
      return {
        ...partPlan(column.name, column.kind, column.choices, {}),
        rawValues: rawValuesOf(cell?.templateQuestion, column.kind),
        rules: rulesOf(cell?.templateQuestion),
        isRequired: Boolean(cell?.isRequired),
      };
    });
  }
  return plan;
}

function partPlan(name: string, kind: VariableKind, choices: Code[], rules: Partial<Rules>): QuestionPlan {
  return {
    name,
    kind,
    choices,
    rawValues: new Map(),
    rows: [],
    multiline: false,
    rules: { ...rulesOf(undefined), ...rules },
    isRequired: false,
    conditions: [],
    parts: [],
  };
}

function rawValuesOf(question: Question | undefined, kind: VariableKind): Map<string, unknown> {
  const items: unknown[] = [];
  for (const name of [
    'choices',
    'visibleRateValues',
    'otherItem',
    'noneItem',
    ...(kind === 'matrix' ? ['columns'] : []),
  ]) {
    const value = property(question, name);
    if (Array.isArray(value)) items.push(...value);
    else if (value) items.push(value);
  }
  const raw = new Map<string, unknown>();
  for (const item of items) {
    const value = (item as { value?: unknown }).value;
    if (value !== undefined && value !== null) raw.set(String(value), value);
  }
  return raw;
}

/** The value to store for a codebook code. */
function rawOf(question: QuestionPlan, code: string | undefined): unknown {
  if (code === undefined) return undefined;
  return question.rawValues.has(code) ? question.rawValues.get(code) : code;
}

function property(question: Question | undefined, name: string): unknown {
  return question ? (question as unknown as Record<string, unknown>)[name] : undefined;
}

function numberProperty(question: Question | undefined, name: string): number | undefined {
  const value = property(question, name);
  const number = typeof value === 'string' && value !== '' ? Number(value) : value;
  return typeof number === 'number' && Number.isFinite(number) ? number : undefined;
}

interface ValidatorLike {
  getType(): string;
  minValue?: number | null;
  maxValue?: number | null;
  minLength?: number;
  maxLength?: number;
  allowDigits?: boolean;
  regex?: string;
  caseInsensitive?: boolean;
  minCount?: number;
  maxCount?: number;
}

function rulesOf(question: Question | undefined): Rules {
  const rules: Rules = {
    inputType: String(property(question, 'inputType') ?? 'text'),
    minLength: 0,
    allowDigits: true,
    patterns: [],
    minSelected: numberProperty(question, 'minSelectedChoices') ?? 0,
    minEntries: numberProperty(question, 'minPanelCount') ?? numberProperty(question, 'minRowCount') ?? 0,
    maxEntries: numberProperty(question, 'maxPanelCount') ?? numberProperty(question, 'maxRowCount') ?? 100,
    eachRowRequired: Boolean(property(question, 'eachRowRequired')),
    valueTrue: property(question, 'valueTrue') ?? true,
    valueFalse: property(question, 'valueFalse') ?? false,
  };
  const limit = (key: 'min' | 'max' | 'maxLength' | 'maxSelected', value: number | null | undefined) => {
    if (value === null || value === undefined || !Number.isFinite(value)) return;
    const current = rules[key];
    const tighter = key === 'min' ? Math.max : Math.min;
    rules[key] = current === undefined ? value : tighter(current, value);
  };
  limit('min', numberProperty(question, 'min'));
  limit('max', numberProperty(question, 'max'));
  const maxLength = numberProperty(question, 'maxLength');
  if (maxLength !== undefined && maxLength > 0) limit('maxLength', maxLength);
  const maxSelected = numberProperty(question, 'maxSelectedChoices');
  if (maxSelected !== undefined && maxSelected > 0) limit('maxSelected', maxSelected);
  for (const validator of (property(question, 'validators') ?? []) as ValidatorLike[]) {
    switch (validator.getType()) {
      case 'numericvalidator':
        limit('min', validator.minValue);
        limit('max', validator.maxValue);
        break;
      case 'textvalidator':
        rules.minLength = Math.max(rules.minLength, validator.minLength ?? 0);
        if (validator.maxLength) limit('maxLength', validator.maxLength);
        if (validator.allowDigits === false) rules.allowDigits = false;
        break;
      case 'answercountvalidator':
        rules.minSelected = Math.max(rules.minSelected, validator.minCount ?? 0);
        if (validator.maxCount) limit('maxSelected', validator.maxCount);
        break;
      case 'regexvalidator':
        if (validator.regex)
          rules.patterns.push(new RegExp(validator.regex, validator.caseInsensitive ? 'i' : ''));
        break;
      case 'emailvalidator':
        rules.inputType = 'email';
        break;
    }
  }
  return rules;
}

function isRequired(question: QuestionPlan, values: Record<string, unknown>): boolean {
  return question.isRequired || Boolean(question.requiredIf?.holds(values));
}

/** Writes the question's answer (and its "other" comment) into `target`; `values` is what conditions see. */
function fillQuestion(
  question: QuestionPlan,
  target: Record<string, unknown>,
  values: Record<string, unknown>,
  context: Context,
): void {
  const value = valueFor(question, values, context);
  if (value === undefined) return;
  target[question.name] = value;
  const otherCode = question.choices.find((choice) => choice.special === 'other')?.code;
  if (
    otherCode !== undefined &&
    (value === otherCode || (Array.isArray(value) && value.includes(otherCode)))
  ) {
    target[`${question.name}-Comment`] = fitText(pick(otherTexts, context.random), question.rules, context);
  }
}

function valueFor(question: QuestionPlan, values: Record<string, unknown>, context: Context): unknown {
  const { random } = context;
  switch (question.kind) {
    case 'single_choice':
    case 'rating':
      return rawOf(
        question,
        countryChoice(question, context) ?? choose(question.choices, context, question.name),
      );
    case 'boolean':
      return random() < 0.3 + 0.5 * leaning(`${context.countryCode}|${question.name}`)
        ? question.rules.valueTrue
        : question.rules.valueFalse;
    case 'multiple_choice': {
      const chosen = chooseSeveral(question, context);
      return chosen.length > 0 ? chosen.map((code) => rawOf(question, code)) : undefined;
    }
    case 'ranking':
      return shuffle(
        question.choices.filter((choice) => !choice.special).map((choice) => rawOf(question, choice.code)),
        random,
      );
    case 'number':
      return numberFor(question.rules, context, question.name);
    case 'text':
      return textFor(question, context);
    case 'matrix':
      return matrixAnswer(question, context);
    case 'matrix_dropdown':
      return matrixDropdownAnswer(question, values, context);
    case 'matrix_dynamic':
    case 'panel_dynamic':
      return entriesAnswer(question, values, context);
    case 'multiple_text':
      return Object.fromEntries(question.parts.map((part) => [part.name, valueFor(part, values, context)]));
    default:
      return undefined;
  }
}

/** Weights of a question's codes for the profile's country: its leanings, a little less weight on later codes. */
function weightsFor(key: string, codes: Code[], context: Context): number[] {
  let weights = context.weights.get(key);
  if (!weights) {
    weights = codes.map((code, index) => {
      if (code.special === 'other') return 0.12;
      if (code.special === 'none') return 0.08;
      const lean = leaning(`${context.countryCode}|${key}|${code.code}`);
      return (0.15 + 2 * lean * lean) / (1 + 0.1 * index);
    });
    context.weights.set(key, weights);
  }
  return weights;
}

function choose(codes: Code[], context: Context, key: string): string | undefined {
  if (codes.length === 0) return undefined;
  const weights = weightsFor(key, codes, context);
  let total = 0;
  for (const weight of weights) total += weight;
  let target = context.random() * total;
  for (let index = 0; index < codes.length; index++) {
    target -= weights[index] ?? 0;
    if (target < 0) return codes[index]?.code;
  }
  return codes.at(-1)?.code;
}

/** The answer to "which country": the profile's country, found among the choices by code or English name. */
function countryChoice(question: QuestionPlan, context: Context): string | undefined {
  if (!/country/i.test(question.name)) return undefined;
  return memberStateChoice(question.choices, context.countryCode)?.code;
}

function chooseSeveral(question: QuestionPlan, context: Context): string[] {
  const { random } = context;
  const noneCode = question.choices.find((choice) => choice.special === 'none')?.code;
  if (noneCode !== undefined && question.rules.minSelected <= 1 && random() < 0.06) return [noneCode];
  const candidates = question.choices.filter((choice) => choice.special !== 'none');
  const weights = weightsFor(question.name, candidates, context);
  let chosen = candidates
    .filter((_, index) => random() < Math.min(0.9, 0.45 * (weights[index] ?? 0)))
    .map((choice) => choice.code);
  const minimum = Math.max(1, question.rules.minSelected);
  while (chosen.length < Math.min(minimum, candidates.length)) {
    const code = choose(candidates, context, question.name);
    if (code !== undefined && !chosen.includes(code)) chosen.push(code);
  }
  const maximum = question.rules.maxSelected;
  if (maximum !== undefined && chosen.length > maximum) chosen = shuffle(chosen, random).slice(0, maximum);
  const order = new Map(candidates.map((choice, index) => [choice.code, index]));
  return chosen.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
}

function matrixAnswer(question: QuestionPlan, context: Context): Record<string, unknown> | undefined {
  const answer: Record<string, unknown> = {};
  const allRows = question.rules.eachRowRequired || context.random() < 0.8;
  for (const row of question.rows) {
    if (!allRows && context.random() < 0.15) continue;
    const column = choose(question.choices, context, `${question.name}|${row.code}`);
    if (column !== undefined) answer[row.code] = rawOf(question, column);
  }
  const firstRow = question.rows[0];
  const firstColumn = question.choices[0];
  if (Object.keys(answer).length === 0 && firstRow && firstColumn)
    answer[firstRow.code] = rawOf(question, firstColumn.code);
  return answer;
}

function matrixDropdownAnswer(
  question: QuestionPlan,
  values: Record<string, unknown>,
  context: Context,
): Record<string, Record<string, unknown>> {
  const answer: Record<string, Record<string, unknown>> = {};
  for (const row of question.rows) {
    const cells: Record<string, unknown> = {};
    for (const column of question.parts) {
      if (!column.isRequired && context.random() < 0.1) continue;
      // No "other" in cells: its comment would need a column of its own.
      const cellPlan = {
        ...column,
        name: `${question.name}|${row.code}|${column.name}`,
        choices: column.choices.filter((choice) => choice.special !== 'other'),
      };
      const cell = valueFor(cellPlan, values, context);
      if (cell !== undefined) cells[column.name] = cell;
    }
    answer[row.code] = cells;
  }
  return answer;
}

/** Dynamic panel entries (e.g. 1–5 social media accounts) or dynamic matrix rows. */
function entriesAnswer(
  question: QuestionPlan,
  values: Record<string, unknown>,
  context: Context,
): Array<Record<string, unknown>> {
  const { rules } = question;
  const wanted = 1 + Math.floor(context.random() * context.random() * 5);
  const count = Math.max(rules.minEntries, Math.min(rules.maxEntries, wanted));
  const entries: Array<Record<string, unknown>> = [];
  for (let index = 0; index < count; index++) {
    const entry: Record<string, unknown> = {};
    const entryValues = { ...values, panel: entry, row: entry, panelIndex: index, rowIndex: index + 1 };
    for (const field of question.parts) {
      if (!field.conditions.every((condition) => condition.holds(entryValues))) continue;
      if (!isRequired(field, entryValues) && context.random() > context.answerRate) continue;
      fillQuestion(field, entry, entryValues, context);
    }
    entries.push(entry);
  }
  return entries;
}

function numberFor(rules: Rules, context: Context, key: string): number {
  const { random } = context;
  const min = rules.min ?? 0;
  const max = rules.max;
  if (min >= 1900 && (max === undefined || max >= 2000)) {
    // A year: recent ones, whatever the validator's outer bounds.
    const from = Math.max(min, 2005);
    const to = Math.max(from, Math.min(max ?? 2025, 2025));
    return from + Math.floor(random() * (to - from + 1));
  }
  if (max === undefined || max - min > 100) {
    // Counts and amounts: mostly small, sometimes large.
    const ceiling = Math.min(max ?? Number.MAX_SAFE_INTEGER, min + 100_000);
    return Math.min(ceiling, min + Math.floor(Math.exp(random() * Math.log(Math.max(2, ceiling - min)))) - 1);
  }
  // A bounded scale such as a percentage: centred on the country's leaning.
  const centre = leaning(`${context.countryCode}|${key}`);
  const position = Math.min(0.999, Math.max(0, (random() + random() + 2 * centre) / 4));
  return min + Math.floor(position * (max - min + 1));
}

function textFor(question: QuestionPlan, context: Context): string | undefined {
  const { rules, name } = question;
  const { random, countryCode } = context;
  const domain = `${pick(agencySlugs, random)}.gov.${countryCode.toLowerCase()}`;
  let text: string;
  switch (rules.inputType) {
    case 'email':
      return emailAddress(domain, random);
    case 'url':
      text = pick(
        [
          `https://www.facebook.com/${pick(agencySlugs, random)}${countryCode.toLowerCase()}`,
          `https://www.youtube.com/@${pick(agencySlugs, random)}`,
          `https://www.${domain}/policy/social-media`,
        ],
        random,
      );
      break;
    case 'date':
      return `${2024 + Math.floor(random() * 3)}-${pad(1 + Math.floor(random() * 12))}-${pad(1 + Math.floor(random() * 28))}`;
    case 'tel':
      return `+${60 + Math.floor(random() * 30)} ${100_000_000 + Math.floor(random() * 899_999_999)}`;
    case 'number':
    case 'range':
      return String(numberFor(rules, context, name));
    default:
      if (/email/i.test(name)) text = emailAddress(domain, random);
      else if (/url|link|website/i.test(name)) text = `https://www.${domain}/`;
      else if (/role|position|title/i.test(name)) text = pick(roles, random);
      else if (/authority|agency|organi[sz]ation|unit|ag_name|acc_name/i.test(name))
        text = pick(organisationNames, random);
      else if (/name/i.test(name)) text = `${pick(firstNames, random)} ${pick(lastNames, random)}`;
      else text = phrase(context, question.multiline);
  }
  const fitted = fitText(text, rules, context);
  return rules.patterns.every((pattern) => pattern.test(fitted)) ? fitted : undefined;
}

function emailAddress(domain: string, random: Random): string {
  const local = `${pick(firstNames, random)}.${pick(lastNames, random)}`;
  return `${local.toLowerCase().replace(/[^a-z.]/g, '')}@${domain}`;
}

function fitText(text: string, rules: Rules, context: Context): string {
  let fitted = rules.allowDigits ? text : text.replace(/\d/g, '');
  while (fitted.length < rules.minLength) fitted = `${fitted} ${phrase(context)}`;
  if (rules.maxLength !== undefined && fitted.length > rules.maxLength)
    fitted = fitted.slice(0, rules.maxLength).trimEnd();
  return fitted || 'n/a';
}

function phrase(context: Context, multiline = false): string {
  const bank = phrases[context.locale] ?? phrases.en ?? [];
  const first = pick(bank, context.random);
  return multiline && context.random() < 0.25 ? `${first}\n${pick(bank, context.random)}` : first;
}

function pick<T>(items: readonly T[], random: Random): T {
  return items[Math.floor(random() * items.length)] as T;
}

function shuffle<T>(items: T[], random: Random): T[] {
  const result = [...items];
  for (let index = result.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [result[index], result[other]] = [result[other] as T, result[index] as T];
  }
  return result;
}

function pad(number: number): string {
  return String(number).padStart(2, '0');
}

const firstNames = [
  'Siti',
  'Nguyen',
  'Somchai',
  'Maria',
  'Aung',
  'Dara',
  'Khamla',
  'Rizal',
  'Mei Ling',
  'Joao',
];
const lastNames = ['Rahman', 'Tran', 'Srisuk', 'Santos', 'Win', 'Sok', 'Vongsa', 'Hakim', 'Tan', 'Soares'];
const agencySlugs = ['mict', 'mofa', 'moh', 'digital', 'prd', 'egov', 'moe', 'comms', 'mof', 'dict'];
const roles = [
  'Director of Communications',
  'Social media officer',
  'Head of Public Relations',
  'Deputy Director, Digital Government',
  'Senior policy analyst',
];
const organisationNames = [
  'Ministry of Information and Communications',
  'Department of Public Relations',
  'Digital Government Agency',
  'Ministry of Health',
  'National Cyber Security Agency',
  'Office of the Prime Minister',
];
const otherTexts = ['Government intranet', 'Regional press office', 'Community radio', 'SMS broadcasts'];
const phrases: Record<string, string[]> = {
  en: [
    'Official accounts are managed by the communications unit.',
    'Guidelines are under review, pending approval by the minister.',
    'Training is offered twice a year; more is needed.',
    'We publish a monthly report on engagement.',
  ],
  th: ['บัญชีทางการดูแลโดยกองประชาสัมพันธ์', 'อยู่ระหว่างการปรับปรุงแนวปฏิบัติด้านสื่อสังคมออนไลน์'],
  vi: ['Tài khoản chính thức do phòng truyền thông quản lý.', 'Hướng dẫn đang được xem xét, chờ phê duyệt.'],
  id: ['Akun resmi dikelola oleh biro hubungan masyarakat.', 'Pedoman sedang ditinjau ulang.'],
  ms: ['Akaun rasmi diuruskan oleh unit komunikasi korporat.', 'Garis panduan sedang disemak semula.'],
  km: ['គណនីផ្លូវការត្រូវបានគ្រប់គ្រងដោយនាយកដ្ឋានទំនាក់ទំនង។', 'គោលការណ៍ណែនាំកំពុងត្រូវបានពិនិត្យឡើងវិញ។'],
  lo: ['ບັນຊີທາງການແມ່ນຄຸ້ມຄອງໂດຍພະແນກສື່ສານ.', 'ຄູ່ມືກຳລັງຖືກທົບທວນຄືນ.'],
  my: ['တရားဝင်အကောင့်များကို ဆက်သွယ်ရေးဌာနက စီမံသည်။'],
  fil: ['Ang mga opisyal na account ay pinamamahalaan ng communications office.'],
};
