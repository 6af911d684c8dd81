/**
 * Builds survey-core Models on the server. Construction costs tens of milliseconds on a large questionnaire, so
 * callers that validate answers use the per-version cache in model-cache.ts rather than this directly.
 */
import { Model } from 'survey-core';
import type { JsonRecord } from './definition-walker.ts';
import './survey-extensions.ts';

export function createSurveyModel(definition: JsonRecord): Model {
  return new Model(definition);
}
