/**
 * Puts the server's objections to answers (`details: [{ question, message }]`) on the questions they concern,
 * as SurveyJS errors, and returns the messages that name no question on this form so the caller can show them.
 */
import type { ProblemDetail } from './respondent-api.ts';
import { CustomError, type Model, type Question } from './survey-library.ts';

interface PanelEntries {
  panels?: Array<{ getQuestionByName(name: string): Question | null }>;
}

function findQuestion(model: Model, detail: ProblemDetail): Question | null {
  const name = detail.question;
  if (!name) return null;
  if (detail.panel !== undefined && detail.entry !== undefined) {
    const panel = model.getQuestionByName(detail.panel) as (Question & PanelEntries) | null;
    const field = panel?.panels?.[detail.entry]?.getQuestionByName(name);
    return field ?? panel;
  }
  // Answers inside a matrix are named from their question (`matrix.row`).
  return model.getQuestionByName(name) ?? model.getQuestionByName(name.split(/[.[]/)[0] ?? name);
}

export function showProblemsOnQuestions(
  model: Model,
  details: readonly ProblemDetail[],
  { focusFirst }: { focusFirst: boolean },
): string[] {
  const unplaced: string[] = [];
  let first: Question | undefined;
  for (const detail of details) {
    const question = findQuestion(model, detail);
    if (!question) {
      unplaced.push(detail.message);
      continue;
    }
    question.addError(new CustomError(detail.message, question));
    first ??= question;
  }
  if (first && focusFirst) {
    const target = first;
    // SurveyJS blocks navigation until the completing handler that called us has returned: move afterwards.
    setTimeout(() => model.focusQuestionByInstance(target, true), 0);
  }
  return unplaced;
}
