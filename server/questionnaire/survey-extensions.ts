/**
 * Properties Tinjau adds to the SurveyJS schema. Registered before any Model is built, on the server and in the
 * browser, so that survey-core accepts them instead of reporting unknown properties.
 */
import { Serializer } from 'survey-core';

export type TranslationState = 'complete' | 'draft';

/** Survey-level `translationStatus`: locale → 'complete' | 'draft', shown to respondents and in coverage reports. */
export function registerTinjauSurveyProperties(): void {
  if (!Serializer.findProperty('survey', 'translationStatus')) {
    Serializer.addProperty('survey', { name: 'translationStatus:object', category: 'general' });
  }
}

registerTinjauSurveyProperties();
