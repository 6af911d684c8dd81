/**
 * A complete, valid set of answers for a questionnaire, made from its definition: every required question gets
 * its first choice (every row of a matrix too) or a plausible value for its input type; so does every question
 * that may become required (`requiredIf`), since the server drops answers to questions the logic hides. Answering with first
 * choices keeps the skip logic on its main path, so follow-up questions that become required are answered too.
 */

interface Element {
  type: string;
  name: string;
  isRequired?: boolean;
  requiredIf?: string;
  inputType?: string;
  choices?: unknown[];
  rows?: unknown[];
  columns?: unknown[];
  elements?: Element[];
  templateElements?: Element[];
}

interface Definition {
  pages: Array<{ elements?: Element[] }>;
}

const choiceValue = (item: unknown): unknown =>
  typeof item === 'object' && item !== null && 'value' in item ? (item as { value: unknown }).value : item;

function sampleValue(element: Element): unknown {
  const firstChoice = choiceValue(element.choices?.[0]);
  switch (element.type) {
    case 'radiogroup':
    case 'dropdown':
      return firstChoice;
    case 'checkbox':
    case 'tagbox':
      return [firstChoice];
    case 'boolean':
      return true;
    case 'rating':
      return 3;
    case 'matrix':
      return Object.fromEntries(
        (element.rows ?? []).map((row) => [String(choiceValue(row)), choiceValue(element.columns?.[0])]),
      );
    case 'paneldynamic':
      return [requiredAnswers(element.templateElements ?? [])];
    case 'text':
      if (element.inputType === 'number') return 10;
      if (element.inputType === 'email') return 'officer@example.gov';
      if (element.inputType === 'url') return 'https://example.gov/policy';
      if (element.inputType === 'date') return '2026-06-30';
      return 'Sample answer';
    default:
      return 'Sample answer';
  }
}

function requiredAnswers(elements: readonly Element[]): Record<string, unknown> {
  const answers: Record<string, unknown> = {};
  for (const element of elements) {
    if (element.type === 'panel') Object.assign(answers, requiredAnswers(element.elements ?? []));
    else if (element.isRequired || element.requiredIf) answers[element.name] = sampleValue(element);
  }
  return answers;
}

export function sampleCompleteAnswers(definition: Definition): Record<string, unknown> {
  return requiredAnswers(definition.pages.flatMap((page) => page.elements ?? []));
}
