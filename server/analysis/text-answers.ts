/**
 * The drill-down behind a text question's "answered" count: the texts themselves. These are raw answers, not
 * aggregates, so no suppression applies; the results API must only offer them to analysts allowed to see responses.
 */
import type { ResponseRecord } from './response-record.ts';

export interface TextAnswer {
  responseId: number;
  countryCode: string;
  organisationName: string;
  text: string;
  /** 1-based entry of the dynamic panel, for panel fields. */
  panelEntry?: number;
}

/**
 * `variableName` is a question name, an "other" comment (`platforms-Comment`), or a dynamic panel field written
 * `panel.field` (one answer per entry).
 */
export function textAnswers(
  records: Iterable<ResponseRecord>,
  variableName: string,
  countryCode?: string,
): TextAnswer[] {
  const [panelName, fieldName] = splitPanelPath(variableName);
  const answers: TextAnswer[] = [];
  for (const record of records) {
    if (countryCode !== undefined && record.countryCode !== countryCode) continue;
    const source = {
      responseId: record.id,
      countryCode: record.countryCode,
      organisationName: record.organisationName,
    };
    if (fieldName === undefined) {
      const text = asText(record.answers[variableName]);
      if (text !== undefined) answers.push({ ...source, text });
      continue;
    }
    const entries = record.answers[panelName];
    if (!Array.isArray(entries)) continue;
    entries.forEach((entry, index) => {
      const text = asText((entry as Record<string, unknown> | null)?.[fieldName]);
      if (text !== undefined) answers.push({ ...source, text, panelEntry: index + 1 });
    });
  }
  return answers;
}

function splitPanelPath(variableName: string): [string, string | undefined] {
  const dot = variableName.indexOf('.');
  return dot < 0 ? [variableName, undefined] : [variableName.slice(0, dot), variableName.slice(dot + 1)];
}

function asText(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  return value;
}
