/**
 * Server-side validation of a final submission against that exact version: our own checks of names, types and codes
 * first (survey-core drops unknown codes silently), then required (respecting visibleIf/requiredIf) and validators.
 * Answers that survey-core's completion would clear are dropped from what is stored: those of questions hidden by
 * their own skip logic or by a hidden page or panel around them, and "other" texts whose "other" is not chosen.
 *
 * Two implementations give the same answer: the compiled fast validator (fast-validation/, ~0.2 ms) for every
 * version whose features it mirrors — proven to agree with survey-core on 10,000 randomised submissions per shipped
 * questionnaire — and the survey-core Model itself (~50 ms) for anything else.
 */
import type { Model, PanelModel, Question } from 'survey-core';
import { type AnswerProblem, checkAnswers, defaultMaxTextLength } from './answer-check.ts';
import type { CompiledVersion } from './compiled-version.ts';
import { withoutComputedAnswers } from './computed-answers.ts';
import { supportsFastValidation, validateFast } from './fast-validation/index.ts';

export type SubmissionCheck =
  | { ok: true; answers: Record<string, unknown> }
  | { ok: false; problems: AnswerProblem[] };

/** Values survey-core computes (expressions, matrix totals) are dropped first: see computed-answers.ts. */
export function validateSubmission(
  version: CompiledVersion,
  submitted: Record<string, unknown>,
): SubmissionCheck {
  const answers = withoutComputedAnswers(version.computedAnswers, submitted);
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
  return { ok: true, answers: keptOnCompletion(model, answers) };
}

/** The survey-core members SurveyModel.clearUnusedValues() decides with (survey-core 2.5.38), not in its typings. */
interface ClearingQuestion {
  canClearValueAsInvisible(reason: string): boolean;
  isOtherValueUnused?(): boolean;
  getStoreOthersAsComment?(): boolean;
}

/**
 * The answers minus what survey-core's completion (SurveyModel.doComplete → clearUnusedValues) clears, decided by
 * survey-core's own methods on the Model holding these answers: a question hidden itself or by any page or panel
 * around it (canClearValueAsInvisible, i.e. not isVisibleInSurvey), a dynamic panel entry's field hidden in that
 * entry (QuestionPanelDynamicModel.clearValueInPanelsIfInvisible), and the "other" text of a choice question whose
 * "other" is not chosen (QuestionSelectBase.clearUnusedValues). A hidden question's comment goes with it. Unlike
 * survey-core, this ignores clearInvisibleValues / clearIfInvisible settings: hidden answers are never stored.
 */
function keptOnCompletion(model: Model, answers: Record<string, unknown>): Record<string, unknown> {
  const kept = { ...answers };
  for (const question of model.getAllQuestions(false, false, false)) {
    const clearing = question as unknown as ClearingQuestion;
    if (clearing.canClearValueAsInvisible('onComplete')) {
      delete kept[question.name];
      delete kept[`${question.name}-Comment`];
      continue;
    }
    if (clearing.isOtherValueUnused?.() && clearing.getStoreOthersAsComment?.())
      delete kept[`${question.name}-Comment`];
    if (question.getType() === 'paneldynamic' && Array.isArray(kept[question.name]))
      kept[question.name] = entriesKept(question, kept[question.name] as Array<Record<string, unknown>>);
  }
  return kept;
}

function entriesKept(panelQuestion: Question, entries: Array<Record<string, unknown>>): unknown[] {
  const panels = (panelQuestion as unknown as { panels: PanelModel[] }).panels;
  return entries.map((entry, index) => {
    const panel = panels[index];
    if (!panel) return entry;
    const entryKept = { ...entry };
    for (const field of panel.questions) {
      // As clearValueInPanelsIfInvisible: a visible field of a hidden entry is left alone.
      if (field.visible && !panel.isVisible) continue;
      if (!(field as unknown as ClearingQuestion).canClearValueAsInvisible('onComplete')) continue;
      delete entryKept[field.name];
      delete entryKept[`${field.name}-Comment`];
    }
    return entryKept;
  });
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
