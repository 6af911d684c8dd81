/**
 * Properties Tinjau adds to the SurveyJS schema. Registered before any Model is built, on the server and in the
 * browser, so that survey-core accepts them instead of reporting unknown properties.
 */
import { Serializer } from 'survey-core';

export type TranslationState = 'complete' | 'draft';

/**
 * The question-level properties Tinjau adds whose JSON value must be true or false: survey-core would quietly take
 * "yes" or 1, so validate-definition.ts refuses any other type by this list.
 */
export const tinjauBooleanQuestionProperties = ['personalData'] as const;

/**
 * Survey-level `translationStatus`: locale → 'complete' | 'draft', shown to respondents and in coverage reports.
 * Question-level `personalData`: the answer is about the respondent as a person (their name, e-mail, telephone),
 * so it is kept from analysts and coordinators like an invitation's contact data (server/analysis/personal-data.ts).
 */
export function registerTinjauSurveyProperties(): void {
  if (!Serializer.findProperty('survey', 'translationStatus')) {
    Serializer.addProperty('survey', { name: 'translationStatus:object', category: 'general' });
  }
  if (!Serializer.findProperty('question', 'personalData')) {
    Serializer.addProperty('question', { name: 'personalData:boolean', default: false, category: 'data' });
  }
}

registerTinjauSurveyProperties();
