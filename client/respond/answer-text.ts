/**
 * An answer as the respondent would say it back: choice texts in the survey's current language (survey-core's
 * display value, never the stored codes), matrix rows and panel fields by their titles, the "other" text after
 * the choice. Lines of plain text, so the review page never puts questionnaire text into the page as HTML.
 */
import type { Question } from './survey-library.ts';

function isEmptyAnswer(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return true;
  if (Array.isArray(value)) return value.every(isEmptyAnswer);
  if (typeof value === 'object') return Object.values(value).every(isEmptyAnswer);
  return false;
}

/** Lines for a display value: a list joined with commas, a row or field per line, entries numbered. */
function displayLines(value: unknown, indent = ''): string[] {
  if (isEmptyAnswer(value)) return [];
  if (Array.isArray(value)) {
    if (value.every((item) => typeof item !== 'object' || item === null)) {
      return [`${indent}${value.filter((item) => !isEmptyAnswer(item)).join(', ')}`];
    }
    return value.flatMap((entry, index) => {
      const lines = displayLines(entry, `${indent}  `);
      return lines.length === 0 ? [] : [`${indent}${index + 1}.`, ...lines];
    });
  }
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, inner]) => {
      if (typeof inner === 'object' && inner !== null) {
        const lines = displayLines(inner, `${indent}  `);
        return lines.length === 0 ? [] : [`${indent}${key}:`, ...lines];
      }
      return isEmptyAnswer(inner) ? [] : [`${indent}${key}: ${String(inner)}`];
    });
  }
  return [`${indent}${String(value)}`];
}

/** The answer to a question as lines of text, or no lines when it is unanswered. */
export function answerText(question: Question): string[] {
  if (question.isEmpty()) return [];
  const lines = displayLines(question.getDisplayValue(true));
  // The text of a chosen "other" or of the comment area is kept apart from the value.
  const comment = typeof question.comment === 'string' ? question.comment.trim() : '';
  return comment ? [...lines, comment] : lines;
}
