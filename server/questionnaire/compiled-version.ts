/**
 * A survey version compiled once and cached: its survey-core Model (tens of ms to build), codebook, locales and
 * page count. Validating a submission reuses the cached Model; that is safe because setting data and validating
 * run synchronously, with no await in between, so two requests never interleave on one Model.
 */
import type { Model } from 'survey-core';
import { buildCodebook, type Variable } from './codebook.ts';
import type { JsonRecord } from './definition-walker.ts';
import { compileFastValidator, type FastValidator } from './fast-validation/index.ts';
import { createSurveyModel } from './survey-model.ts';
import { translationCoverage } from './translation-coverage.ts';

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
  /** Submission rules compiled from the fresh Model (see fast-validation/). */
  fastValidator: FastValidator;
}

const cache = new Map<number, CompiledVersion>();

/** The compiled version if it is in the cache, so that callers can skip reading the definition text. */
export function cachedCompiledVersion(versionId: number): CompiledVersion | undefined {
  return cache.get(versionId);
}

/** Versions are immutable once published, so the id alone identifies the compiled form. */
export function compileVersion(versionId: number, definitionText: string): CompiledVersion {
  const cached = cache.get(versionId);
  if (cached) return cached;
  const definition = JSON.parse(definitionText) as JsonRecord;
  const model = createSurveyModel(definition);
  const status = definition.translationStatus;
  const compiled: Omit<CompiledVersion, 'fastValidator'> = {
    versionId,
    definition,
    model,
    variables: buildCodebook(definition),
    locales: translationCoverage(definition).map((entry) => entry.locale),
    translationStatus:
      status && typeof status === 'object' && !Array.isArray(status)
        ? (status as Record<string, string>)
        : {},
    pageCount: model.pages.length,
    initialPanelCounts: new Map(
      model
        .getAllQuestions(false, false, false)
        .filter((question) => question.getType() === 'paneldynamic')
        .map((question) => [question.name, (question as unknown as { panelCount: number }).panelCount]),
    ),
  };
  // Compiled before any answers are set into the Model, while it is as fresh as a respondent's.
  const withValidator: CompiledVersion = { ...compiled, fastValidator: compileFastValidator(compiled) };
  cache.set(versionId, withValidator);
  return withValidator;
}
