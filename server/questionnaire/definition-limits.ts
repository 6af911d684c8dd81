/**
 * The largest questionnaire Tinjau accepts. survey-core's cost to build a Model grows with every question, panel,
 * page and choice (each is an object with its own localisable texts), so a definition is measured by a cheap walk of
 * its JSON *before* any Model is built: a 10,000-question upload once blocked the server for seconds and, published,
 * ran the process out of heap on every start. The shipped questionnaires have 59 and 69 questions (277 and 394
 * elements); LimeSurvey-scale studies a few hundred questions. At these limits the worst accepted definition took
 * ~0.65 s to validate and ~0.45 s to compile on the 2-core development machine (the shipped ones ~0.1 s each).
 */
import type { DefinitionProblem } from './validate-definition.ts';

export const definitionLimits = {
  /** Characters of definition text (UTF-16 code units, as JSON.parse sees them). */
  characters: 2_000_000,
  /** Questions, including those inside panels and dynamic-panel templates. */
  questions: 500,
  /** Everything survey-core builds an object for: pages, panels, questions, choices, matrix rows and columns. */
  elements: 4_000,
  /** Nested arrays and objects: far deeper than pages › panels › dynamic panels › matrices, far below a stack overflow. */
  nestingDepth: 64,
} as const;

/** Arrays whose items are pages, panels or questions. */
const elementListKeys = new Set(['pages', 'elements', 'templateElements', 'questions']);
/** Arrays whose items are choices, matrix rows and columns, multiple-text items or rating values. */
const itemListKeys = new Set(['choices', 'rows', 'columns', 'items', 'rateValues']);
const nonQuestionTypes = new Set(['panel', 'page']);

export interface DefinitionSize {
  questions: number;
  elements: number;
  nestingDepth: number;
}

/**
 * Counts without recursion, so that hostile nesting cannot overflow the stack, and stops once the depth limit is
 * passed: a deeper document is refused whatever else it holds.
 */
export function measureDefinition(definition: unknown): DefinitionSize {
  const size: DefinitionSize = { questions: 0, elements: 0, nestingDepth: 0 };
  const pending: Array<{ value: unknown; depth: number; listKey?: string }> = [
    { value: definition, depth: 1 },
  ];
  while (pending.length > 0) {
    const { value, depth, listKey } = pending.pop() as (typeof pending)[number];
    if (typeof value !== 'object' || value === null) continue;
    size.nestingDepth = Math.max(size.nestingDepth, depth);
    if (size.nestingDepth > definitionLimits.nestingDepth) return size;
    if (Array.isArray(value)) {
      const countsItems =
        listKey !== undefined && (elementListKeys.has(listKey) || itemListKeys.has(listKey));
      for (const item of value) {
        if (countsItems) countItem(size, listKey, item);
        pending.push({ value: item, depth: depth + 1 });
      }
      continue;
    }
    for (const [key, child] of Object.entries(value))
      pending.push({ value: child, depth: depth + 1, listKey: key });
  }
  return size;
}

function countItem(size: DefinitionSize, listKey: string, item: unknown): void {
  size.elements += 1;
  if (listKey === 'pages' || !elementListKeys.has(listKey)) return;
  const type = typeof item === 'object' && item !== null ? (item as { type?: unknown }).type : undefined;
  if (typeof type === 'string' && nonQuestionTypes.has(type)) return;
  size.questions += 1;
}

const formatCount = (count: number): string => count.toLocaleString('en-GB');

/** Text too long to parse safely is refused before JSON.parse, which would otherwise hold the whole tree. */
export function checkDefinitionLength(text: string): DefinitionProblem[] {
  if (text.length <= definitionLimits.characters) return [];
  return [
    {
      path: '$',
      message: `The questionnaire is ${formatCount(text.length)} characters long; at most ${formatCount(definitionLimits.characters)} are allowed.`,
    },
  ];
}

/** Each limit passed, named in plain words; empty when the definition is small enough to build. */
export function checkDefinitionSize(definition: unknown): DefinitionProblem[] {
  const size = measureDefinition(definition);
  if (size.nestingDepth > definitionLimits.nestingDepth) {
    return [
      {
        path: '$',
        message: `The questionnaire is nested more than ${definitionLimits.nestingDepth} levels deep; at most ${definitionLimits.nestingDepth} are allowed.`,
      },
    ];
  }
  const problems: DefinitionProblem[] = [];
  if (size.questions > definitionLimits.questions) {
    problems.push({
      path: '$',
      message: `The questionnaire has ${formatCount(size.questions)} questions; at most ${formatCount(definitionLimits.questions)} are allowed.`,
    });
  }
  if (size.elements > definitionLimits.elements) {
    problems.push({
      path: '$',
      message: `The questionnaire has ${formatCount(size.elements)} elements (pages, panels, questions, choices, matrix rows and columns); at most ${formatCount(definitionLimits.elements)} are allowed.`,
    });
  }
  return problems;
}
