/** Parse + validate in one call: what `cli validate`, the registry and uploads all use. */
import type { JsonRecord } from './definition-walker.ts';
import { type DefinitionProblem, parseDefinitionText, validateDefinition } from './validate-definition.ts';

export type DefinitionCheck =
  | { ok: true; definition: JsonRecord }
  | { ok: false; problems: DefinitionProblem[] };

export function checkDefinitionText(text: string): DefinitionCheck {
  const parsed = parseDefinitionText(text);
  if (!parsed.ok) return parsed;
  const problems = validateDefinition(parsed.definition);
  return problems.length > 0 ? { ok: false, problems } : parsed;
}

/** The English title of a definition, falling back to the given slug. */
export function surveyTitle(definition: JsonRecord, fallback: string): string {
  const title = definition.title;
  if (typeof title === 'string' && title) return title;
  if (title && typeof title === 'object' && !Array.isArray(title)) {
    const english = (title as Record<string, unknown>).default ?? (title as Record<string, unknown>).en;
    if (typeof english === 'string' && english) return english;
  }
  return fallback;
}
