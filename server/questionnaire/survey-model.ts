/**
 * Builds survey-core Models on the server. Construction costs tens of milliseconds on a large questionnaire, so
 * callers that validate answers use the per-version cache in model-cache.ts rather than this directly.
 */
import { Model } from 'survey-core';
// Every UI language survey-core ships (server side only: the browser loads just the ones it offers), so that built-in
// texts such as "Other (describe)" and validation messages exist in each locale of the codebook and of 422 answers.
import 'survey-core/i18n';
import type { JsonRecord } from './definition-walker.ts';
import './survey-extensions.ts';

export function createSurveyModel(definition: JsonRecord): Model {
  return new Model(definition);
}
