/**
 * Server-side validation of a final submission with the survey-core model of that exact version: our own checks of
 * names, types and codes first (survey-core drops unknown codes silently), then survey-core's required,
 * visibleIf/requiredIf and validators. Answers to questions hidden by skip logic are dropped from what is stored,
 * as SurveyJS itself does on completion, so that the data never holds answers the respondent could not see.
 */
import type { Question } from 'survey-core';
import { type AnswerProblem, checkAnswers, defaultMaxTextLength } from './answer-check.ts';
import type { CompiledVersion } from './compiled-version.ts';

export type SubmissionCheck =
  | { ok: true; answers: Record<string, unknown> }
  | { ok: false; problems: AnswerProblem[] };

export function validateSubmission(
  version: CompiledVersion,
  answers: Record<string, unknown>,
): SubmissionCheck {
  const problems = checkAnswers(version.variables, answers, {
    requireKnownCodes: true,
    maxTextLength: defaultMaxTextLength,
  });
  if (problems.length > 0) return { ok: false, problems };

  const { model } = version;
  setModelData(version, answers);
  model.validate(true, false);
  const surveyProblems = model
    .getAllQuestions(false, false, true)
    .filter((question) => question.errors.length > 0)
    .flatMap((question) =>
      question.errors.map((error) => ({ ...locate(question), message: error.getText() })),
    );
  if (surveyProblems.length > 0) return { ok: false, problems: surveyProblems };
  const hidden = model
    .getAllQuestions(false, false, false)
    .filter((question) => !question.isVisible)
    .map((question) => question.name);
  const kept = { ...answers };
  for (const name of hidden) {
    delete kept[name];
    delete kept[`${name}-Comment`];
  }
  return { ok: true, answers: kept };
}

/**
 * Puts one respondent's answers into the cached Model. clear() and new data leave a dynamic panel that the new
 * answers do not mention with the previous respondent's entry count, which would validate phantom entries; such
 * panels are set back to the count a fresh Model has (measured: survey-core 2.5.38).
 */
function setModelData(version: CompiledVersion, answers: Record<string, unknown>): void {
  version.model.clear(true, true);
  version.model.data = structuredClone(answers);
  for (const [name, count] of version.initialPanelCounts) {
    if (Array.isArray(answers[name])) continue;
    const question = version.model.getQuestionByName(name) as unknown as { panelCount: number };
    question.panelCount = count;
  }
}

/** Where a question sits: top level, or a field of entry N of a dynamic panel. */
function locate(question: Question): Pick<AnswerProblem, 'question' | 'panel' | 'entry'> {
  const panelQuestion = question.parentQuestion;
  if (panelQuestion && panelQuestion.getType() === 'paneldynamic') {
    const panels = (panelQuestion as unknown as { panels: unknown[] }).panels;
    return { question: question.name, panel: panelQuestion.name, entry: panels.indexOf(question.parent) };
  }
  return { question: question.name };
}
