/**
 * The checks a questionnaire definition must pass before it can become a version: it parses, survey-core knows
 * every type and property, question names are unique, choice codes are unique per question, and every expression
 * parses and names questions that exist. Each problem names the JSON path at fault.
 */
import { ConditionRunner, ExpressionRunner, Model } from 'survey-core';
import { checkDefinitionLength, checkDefinitionSize } from './definition-limits.ts';
import { isJsonRecord, type JsonRecord, type WalkedObject, walkDefinition } from './definition-walker.ts';
import { invitationFieldProblems } from './invitation-field-checks.ts';
import { refusedFeatureProblems } from './refused-features.ts';
import { tinjauBooleanQuestionProperties } from './survey-extensions.ts';

export interface DefinitionProblem {
  /** JSON path, e.g. $.pages[1].elements[0].visibleIf; '$' for the whole document. */
  path: string;
  message: string;
}

export type ParsedDefinition =
  | { ok: true; definition: JsonRecord }
  | { ok: false; problems: DefinitionProblem[] };

/**
 * Parses definition text; a syntax error is reported with its line and column. A definition above the size limits
 * (definition-limits.ts) is refused here, before anything builds a survey-core Model from it.
 */
export function parseDefinitionText(text: string): ParsedDefinition {
  const tooLong = checkDefinitionLength(text);
  if (tooLong.length > 0) return { ok: false, problems: tooLong };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      problems: [{ path: '$', message: `Not valid JSON: ${describeJsonError(error, text)}` }],
    };
  }
  if (!isJsonRecord(parsed)) {
    return { ok: false, problems: [{ path: '$', message: 'A questionnaire must be a JSON object.' }] };
  }
  const tooLarge = checkDefinitionSize(parsed);
  if (tooLarge.length > 0) return { ok: false, problems: tooLarge };
  return { ok: true, definition: parsed };
}

function describeJsonError(error: unknown, text: string): string {
  const message = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(message)?.[1];
  if (position === undefined) return message;
  const before = text.slice(0, Number(position));
  const line = before.split('\n').length;
  const column = Number(position) - before.lastIndexOf('\n');
  return `${message.replace(/ in JSON at position \d+.*/, '')} at line ${line}, column ${column}`;
}

const questionBaseTypes = new Set(['panel', 'page', 'survey']);
const choiceListKeys = ['choices', 'rows', 'columns', 'rateValues'] as const;
/** Expression variables that are not question names. */
const contextualPrefixes = new Set([
  'item',
  'choice',
  'prevPanel',
  'parentPanel',
  'rootPanel',
  'prevRow',
  'row',
  'panel',
]);

export function validateDefinition(definition: JsonRecord): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  const questions: Array<{ name: string; object: WalkedObject }> = [];
  const expressions: Array<{ path: string; text: string; kind: string; object: WalkedObject }> = [];
  /** Names that expressions may use besides question names: calculated values, elements of unknown type. */
  const extraNames = new Set<string>();

  if (!Array.isArray(definition.pages) || definition.pages.length === 0) {
    problems.push({ path: '$.pages', message: 'A questionnaire needs at least one page.' });
  }

  walkDefinition(definition, {
    unknownClass: (path, typeName, json) => {
      problems.push({
        path,
        message: `Unknown type "${typeName}": survey-core has no such element or item.`,
      });
      // Its name still counts, so that expressions naming it do not raise a second, misleading problem.
      if (typeof json.name === 'string') extraNames.add(json.name);
    },
    unknownProperty: (object, key) =>
      problems.push({
        path: `${object.path}.${key}`,
        message: `Unknown property "${key}" for "${object.className}".`,
      }),
    object: (object) => {
      if (object.className === 'calculatedvalue' && typeof object.json.name === 'string') {
        extraNames.add(object.json.name);
      }
      if (!isQuestion(object)) return;
      const name = object.json.name;
      if (typeof name !== 'string' || name.trim() === '') {
        problems.push({
          path: `${object.path}.name`,
          message: 'Every question needs a name (its variable code).',
        });
        return;
      }
      questions.push({ name, object });
      problems.push(...duplicateChoiceCodes(object));
    },
    property: (object, key, value, property) => {
      if (property.isLocalizable && !isLocalizableValue(value)) {
        problems.push({
          path: `${object.path}.${key}`,
          message: `"${key}" must be text, or an object of texts by locale such as {"default": "…", "th": "…"}.`,
        });
      }
      if (isTinjauBooleanProperty(key) && typeof value !== 'boolean') {
        problems.push({
          path: `${object.path}.${key}`,
          message: `"${key}" must be true or false, not ${JSON.stringify(value)}.`,
        });
      }
      if (
        (property.type === 'condition' || property.type === 'expression') &&
        typeof value === 'string' &&
        value
      ) {
        expressions.push({ path: `${object.path}.${key}`, text: value, kind: property.type, object });
      }
    },
  });

  const firstPathByName = new Map<string, string>();
  for (const { name, object } of questions) {
    const first = firstPathByName.get(name);
    if (first) {
      problems.push({
        path: `${object.path}.name`,
        message: `Duplicate question name "${name}" (first used at ${first}).`,
      });
    } else {
      firstPathByName.set(name, object.path);
    }
  }

  const knownNames = new Set([...firstPathByName.keys(), ...extraNames]);
  for (const expression of expressions) {
    problems.push(...checkExpression(expression, knownNames));
  }

  problems.push(...invitationFieldProblems(definition));
  problems.push(...refusedFeatureProblems(definition));
  if (problems.length === 0) problems.push(...surveyCoreLoadErrors(definition));
  return problems;
}

function isTinjauBooleanProperty(key: string): boolean {
  return (tinjauBooleanQuestionProperties as readonly string[]).includes(key);
}

function isLocalizableValue(value: unknown): boolean {
  if (typeof value === 'string') return true;
  return isJsonRecord(value) && Object.values(value).every((text) => typeof text === 'string');
}

function isQuestion(object: WalkedObject): boolean {
  const parent = object.ancestors.at(-1);
  if (!parent || questionBaseTypes.has(object.className)) return false;
  // Elements are the items of 'elements' / 'templateElements' arrays, i.e. the objects whose own class is a question.
  return /\.(elements|templateElements)\[\d+\]$/.test(object.path);
}

function duplicateChoiceCodes(object: WalkedObject): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  for (const key of choiceListKeys) {
    const list = object.json[key];
    if (!Array.isArray(list)) continue;
    const seen = new Set<string>();
    list.forEach((item, index) => {
      const code = isJsonRecord(item) ? (item.value ?? item.name) : item;
      if (code === undefined || code === null) return;
      const normalised = String(code);
      if (seen.has(normalised)) {
        problems.push({
          path: `${object.path}.${key}[${index}]`,
          message: `Duplicate code "${normalised}" in ${key} of "${String(object.json.name)}".`,
        });
      }
      seen.add(normalised);
    });
  }
  return problems;
}

function checkExpression(
  expression: { path: string; text: string; kind: string; object: WalkedObject },
  knownNames: Set<string>,
): DefinitionProblem[] {
  const runner =
    expression.kind === 'condition'
      ? new ConditionRunner(expression.text)
      : new ExpressionRunner(expression.text);
  if (!runner.canRun()) {
    return [{ path: expression.path, message: `The expression "${expression.text}" cannot be parsed.` }];
  }
  const problems: DefinitionProblem[] = [];
  for (const variable of runner.getVariables()) {
    const problem = checkVariable(variable, expression.object, knownNames);
    if (problem) problems.push({ path: expression.path, message: problem });
  }
  return problems;
}

function checkVariable(variable: string, object: WalkedObject, knownNames: Set<string>): string | undefined {
  const [head = '', ...rest] = variable.split(/[.[]/);
  if (head.startsWith('$') || (contextualPrefixes.has(head) && rest.length === 0)) return undefined;
  if (head === 'panel' || head === 'prevPanel') {
    const panel = [object, ...object.ancestors]
      .reverse()
      .find((candidate) => candidate.className === 'paneldynamic');
    const field = rest[0] ?? '';
    const fields = templateNames(panel);
    if (!panel)
      return `"{${variable}}" refers to a panel, but this expression is not inside a dynamic panel.`;
    if (!fields.has(stripSuffix(field)))
      return `"{${variable}}" refers to "${field}", which is not a field of this panel.`;
    return undefined;
  }
  if (contextualPrefixes.has(head)) return undefined;
  const name = stripSuffix(head);
  if (!knownNames.has(name))
    return `"{${variable}}" refers to "${name}", which is not a question in this questionnaire.`;
  return undefined;
}

/** SurveyJS stores "other" comments as `<name>-Comment`. */
function stripSuffix(name: string): string {
  return name.replace(/-Comment$/, '');
}

function templateNames(panel: WalkedObject | undefined): Set<string> {
  const template = panel?.json.templateElements;
  if (!Array.isArray(template)) return new Set();
  return new Set(
    template.flatMap((element) =>
      isJsonRecord(element) && typeof element.name === 'string' ? [element.name] : [],
    ),
  );
}

/** Anything survey-core itself complains about that the walk above did not already catch. */
function surveyCoreLoadErrors(definition: JsonRecord): DefinitionProblem[] {
  const model = new Model(definition);
  return (model.jsonErrors ?? []).map((error) => ({ path: '$', message: error.message }));
}
