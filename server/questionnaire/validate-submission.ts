/**
 * Server-side validation of a final submission against that exact version: our own checks of names, types and codes
 * first (survey-core drops unknown codes silently), then required (respecting visibleIf/requiredIf) and validators.
 * Answers to questions hidden by their skip logic are dropped from what is stored, as SurveyJS does on completion.
 *
 * Two implementations give the same answer: the compiled fast validator (fast-validation/, ~0.2 ms) for every
 * version whose features it mirrors — proven to agree with survey-core on 10,000 randomised submissions per shipped
 * questionnaire — and the survey-core Model itself (~50 ms) for anything else.
 */
import type { Question } from 'survey-core';
import { type AnswerProblem, checkAnswers, defaultMaxTextLength } from './answer-check.ts';
import type { CompiledVersion } from './compiled-version.ts';
import { supportsFastValidation, validateFast } from './fast-validation/index.ts';

export type SubmissionCheck =
  | { ok: true; answers: Record<string, unknown> }
  | { ok: false; problems: AnswerProblem[] };

export function validateSubmission(
  version: CompiledVersion,
  answers: Record<string, unknown>,
): SubmissionCheck {
  if (supportsFastValidation(version.fastValidator)) return validateFast(version.fastValidator, answers);
  return validateWithSurveyCore(version, answers);
}

/** The reference: survey-core's own validation on the cached Model of the version. */
export function validateWithSurveyCore(
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
 * Puts one respondent's answers into the cached Model as a fresh Model would hold them. clear() leaves errors of
 * questions that are not validated again, and a dynamic panel that the new answers leave empty keeps the previous
 * respondent's entry count, which would validate phantom entries (measured: survey-core 2.5.38).
 */
function setModelData(version: CompiledVersion, answers: Record<string, unknown>): void {
  version.model.clear(true, true);
  // Questions that are not validated this time (on a hidden page, say) would otherwise keep the last errors.
  for (const question of version.model.getAllQuestions(false, false, true)) question.errors = [];
  version.model.data = structuredClone(answers);
  for (const [name, count] of version.initialPanelCounts) {
    // A fresh Model treats an empty list like no answer: the panel keeps its initial entry count.
    const entries = answers[name];
    if (Array.isArray(entries) && entries.length > 0) continue;
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
