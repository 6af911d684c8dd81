/**
 * A survey version compiled once and cached: its survey-core Model (tens of ms to build), codebook, locales and
 * page count. Validating a submission reuses the cached Model; that is safe because setting data and validating
 * run synchronously, with no await in between, so two requests never interleave on one Model.
 */
import type { Model } from 'survey-core';
import { errors } from '../errors.ts';
import { buildCodebook, type Variable } from './codebook.ts';
import { type ComputedAnswers, computedAnswersOf } from './computed-answers.ts';
import type { JsonRecord } from './definition-walker.ts';
import { compileFastValidator, type FastValidator } from './fast-validation/index.ts';
import { createSurveyModel } from './survey-model.ts';
import { translationCoverage } from './translation-coverage.ts';
import { parseDefinitionText } from './validate-definition.ts';

export interface CompiledVersion {
  versionId: number;
  definition: JsonRecord;
  model: Model;
  variables: Variable[];
  locales: string[];
  translationStatus: Record<string, string>;
  pageCount: number;
  /** Entry count of each dynamic panel in a fresh Model, to reset the cached Model between submissions. */
  initialPanelCounts: Map<string, number>;
  /** What survey-core computes into the answers (expressions, matrix totals): dropped before checks and storage. */
  computedAnswers: ComputedAnswers;
  /** Submission rules compiled from the fresh Model (see fast-validation/). */
  fastValidator: FastValidator;
}

const cache = new Map<number, CompiledVersion>();
/**
 * Why a version could not be compiled, so that every later request is refused at once instead of building (or
 * failing to build) the Model again.
 */
const failures = new Map<number, string>();

/** The compiled version if it is in the cache, so that callers can skip reading the definition text. */
export function cachedCompiledVersion(versionId: number): CompiledVersion | undefined {
  return cache.get(versionId);
}

/**
 * Versions are immutable once published, so the id alone identifies the compiled form. A stored definition above
 * the size limits (stored before they existed, or written around them) is refused before survey-core builds a Model
 * from it, as is one survey-core throws on: the caller gets errors.versionUncompilable, never a dead process.
 */
export function compileVersion(versionId: number, definitionText: string): CompiledVersion {
  const cached = cache.get(versionId);
  if (cached) return cached;
  const failure = failures.get(versionId) ?? compileFailure(versionId, definitionText);
  if (failure !== undefined) throw errors.versionUncompilable(failure);
  return cache.get(versionId) as CompiledVersion;
}

/** Compiles into the cache; the reason in plain words when that is not possible. */
function compileFailure(versionId: number, definitionText: string): string | undefined {
  const parsed = parseDefinitionText(definitionText);
  let reason = parsed.ok ? undefined : parsed.problems.map((problem) => problem.message).join(' ');
  if (parsed.ok) {
    try {
      cache.set(versionId, buildCompiledVersion(versionId, parsed.definition));
    } catch (error) {
      reason = `survey-core cannot build it (${error instanceof Error ? error.message : String(error)}).`;
    }
  }
  if (reason !== undefined) failures.set(versionId, reason);
  return reason;
}

function buildCompiledVersion(versionId: number, definition: JsonRecord): CompiledVersion {
  const model = createSurveyModel(definition);
  const status = definition.translationStatus;
  const compiled: Omit<CompiledVersion, 'fastValidator'> = {
    versionId,
    definition,
    model,
    // From the same Model: building a second one for the codebook doubled the cost of compiling.
    variables: buildCodebook(definition, model),
    locales: translationCoverage(definition).map((entry) => entry.locale),
    translationStatus:
      status && typeof status === 'object' && !Array.isArray(status)
        ? (status as Record<string, string>)
        : {},
    pageCount: model.pages.length,
    computedAnswers: computedAnswersOf(model),
    initialPanelCounts: new Map(
      model
        .getAllQuestions(false, false, false)
        .filter((question) => question.getType() === 'paneldynamic')
        .map((question) => [question.name, (question as unknown as { panelCount: number }).panelCount]),
    ),
  };
  // Compiled before any answers are set into the Model, while it is as fresh as a respondent's.
  return { ...compiled, fastValidator: compileFastValidator(compiled) };
}
