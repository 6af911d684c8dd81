/**
 * A survey version compiled once and cached (per app, by content hash): its survey-core Model (tens of ms to build), codebook, locales and
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

/**
 * Compiles a definition text. A text above the size limits (stored before they existed, or written around them) is
 * refused before survey-core builds a Model from it, as is one survey-core throws on: the caller gets
 * errors.versionUncompilable, never a dead process.
 */
export function compileDefinition(definitionText: string): CompiledVersion {
  const outcome = compileOutcome(definitionText);
  if (!outcome.ok) throw errors.versionUncompilable(outcome.reason);
  return outcome.compiled;
}

type CompileOutcome = { ok: true; compiled: CompiledVersion } | { ok: false; reason: string };

/** The compiled version, or why it cannot be compiled in plain words. */
function compileOutcome(definitionText: string): CompileOutcome {
  const parsed = parseDefinitionText(definitionText);
  if (!parsed.ok) return { ok: false, reason: parsed.problems.map((problem) => problem.message).join(' ') };
  try {
    return { ok: true, compiled: buildCompiledVersion(parsed.definition) };
  } catch (error) {
    return {
      ok: false,
      reason: `survey-core cannot build it (${error instanceof Error ? error.message : String(error)}).`,
    };
  }
}

/** What identifies a stored version's definition: its id (to read the text) and the hash of that text. */
export interface VersionOfDefinition {
  id: number;
  contentHash: string;
}

/**
 * The compiled versions of one app, keyed by the content hash of their definition: a definition never changes
 * under its hash, so an entry is never stale, and two apps (two databases) in one process never see each other's.
 * A failure is kept too, so that every later request is refused at once instead of building (or failing to build)
 * the Model again. `readDefinition` is called only on the first request for a definition (~200 KB of JSON).
 */
export function createCompiledVersions(readDefinition: (versionId: number) => Promise<string>) {
  const outcomes = new Map<string, CompileOutcome>();
  const settled = (contentHash: string, definitionText: string): CompiledVersion => {
    let outcome = outcomes.get(contentHash);
    if (!outcome) {
      outcome = compileOutcome(definitionText);
      outcomes.set(contentHash, outcome);
    }
    if (!outcome.ok) throw errors.versionUncompilable(outcome.reason);
    return outcome.compiled;
  };
  return {
    /** The compiled form of a stored version, reading its definition only when it was not compiled before. */
    async of(version: VersionOfDefinition): Promise<CompiledVersion> {
      const known = outcomes.get(version.contentHash);
      if (known) return settled(version.contentHash, '');
      return settled(version.contentHash, await readDefinition(version.id));
    },
    /** The same when the caller has the definition text at hand. */
    fromText(version: { contentHash: string; definition: string }): CompiledVersion {
      return settled(version.contentHash, version.definition);
    },
  };
}

export type CompiledVersions = ReturnType<typeof createCompiledVersions>;

function buildCompiledVersion(definition: JsonRecord): CompiledVersion {
  const model = createSurveyModel(definition);
  const status = definition.translationStatus;
  const compiled: Omit<CompiledVersion, 'fastValidator'> = {
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
