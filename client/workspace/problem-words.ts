/**
 * Problems in plain words. The server names the field of each problem by its API key (contactEmail, opensAt) and,
 * for a request its schema refuses, words it as the validator does ("minimumCellSize must be <= 50"); a form shows
 * its own label instead and says the rest as a person would ("Smallest group shown (k) must be at most 50").
 * Problems the server already words in full ("The closing date must be after the opening date") are shown as they
 * are; places that are not form fields (a CSV line, a JSON path of a questionnaire) keep their names.
 */
import type { ProblemDetail } from './api.ts';

/** A form's labels, by the API key of each field. */
export type FieldLabels = Readonly<Record<string, string>>;

const validatorPhrases: ReadonlyArray<[RegExp, (...groups: string[]) => string]> = [
  [/^must be <= (\d+)$/, (limit) => `must be at most ${limit}`],
  [/^must be < (\d+)$/, (limit) => `must be less than ${limit}`],
  [/^must be >= (\d+)$/, (limit) => `must be at least ${limit}`],
  [/^must be > (\d+)$/, (limit) => `must be more than ${limit}`],
  [/^must NOT have more than (\d+) characters$/, (limit) => `must be at most ${limit} characters long`],
  [
    /^must NOT have fewer than (\d+) characters$/,
    (limit) => (limit === '1' ? 'must not be empty' : `must be at least ${limit} characters long`),
  ],
  [/^must NOT have more than (\d+) items$/, (limit) => `can have at most ${limit} entries`],
  [/^must NOT have fewer than (\d+) items$/, (limit) => `needs at least ${limit} entries`],
  [/^must be integer$/, () => 'must be a whole number'],
  [/^must be (string|number|boolean|array|object|null)$/, () => 'is missing or not valid'],
  [/^must match pattern .*$/, () => 'is not in the expected form'],
  [/^must match format .*$/, () => 'is not in the expected form'],
  [/^must be equal to (one of the allowed values|constant)$/, () => 'must be one of the choices offered'],
  [/^must have required property .*$/, () => 'is required'],
  [/^must match (a|exactly one) schema in (anyOf|oneOf)$/, () => 'is not valid'],
];

function plainPhrase(phrase: string): string {
  for (const [pattern, words] of validatorPhrases) {
    const match = pattern.exec(phrase);
    if (match) return words(...match.slice(1));
  }
  return phrase;
}

/** One problem as a line a person reads: the form's label for the field, never its code name. */
export function plainProblem(detail: ProblemDetail, labels: FieldLabels = {}): string {
  const where = detail.field ?? detail.question;
  if (!where) return detail.message;
  const label = labels[where];
  if (detail.message.startsWith(`${where} `)) {
    const rest = detail.message.slice(where.length + 1);
    if (rest === 'is not an accepted field') return `${label ?? where} is not an accepted field`;
    return `${label ?? where} ${plainPhrase(rest)}`;
  }
  // A field the form knows, with a message the server worded in full: the message alone names it.
  if (label) return detail.message;
  if (detail.message.startsWith(where)) return detail.message;
  return `${where} — ${detail.message}`;
}

/**
 * Whether the message only repeats the details (the validator joins them), so that the title should not: it would
 * show the code names the list below puts in words.
 */
export function messageRepeatsDetails(message: string, details: readonly ProblemDetail[]): boolean {
  return details.length > 0 && details.every((detail) => message.includes(detail.message));
}
