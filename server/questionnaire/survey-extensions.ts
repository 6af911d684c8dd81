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
export const tinjauBooleanQuestionProperties = ['personalData', 'invitationFieldEditable'] as const;

/**
 * What an invitation knows that a question can be filled from (see invitation-fields.ts): the values of the
 * question-level `invitationField` property.
 */
export const invitationFieldNames = [
  'country',
  'organisation',
  'organisationType',
  'contactName',
  'contactEmail',
] as const;
export type InvitationFieldName = (typeof invitationFieldNames)[number];

/**
 * Survey-level `translationStatus`: locale → 'complete' | 'draft', shown to respondents and in coverage reports.
 * Question-level `personalData`: the answer is about the respondent as a person (their name, e-mail, telephone),
 * so it is kept from analysts and coordinators like an invitation's contact data (server/analysis/personal-data.ts).
 * Question-level `invitationField` (one of invitationFieldNames) and `invitationFieldEditable`: the answer is filled in
 * from the invitation, and fixed (the default: shown read-only, the server stores the invitation's value) unless
 * editable (the respondent may correct it).
 */
export function registerTinjauSurveyProperties(): void {
  if (!Serializer.findProperty('survey', 'translationStatus')) {
    Serializer.addProperty('survey', { name: 'translationStatus:object', category: 'general' });
  }
  if (!Serializer.findProperty('question', 'personalData')) {
    Serializer.addProperty('question', { name: 'personalData:boolean', default: false, category: 'data' });
  }
  if (!Serializer.findProperty('question', 'invitationField')) {
    Serializer.addProperty('question', {
      name: 'invitationField',
      choices: [...invitationFieldNames],
      category: 'data',
    });
  }
  if (!Serializer.findProperty('question', 'invitationFieldEditable')) {
    Serializer.addProperty('question', {
      name: 'invitationFieldEditable:boolean',
      default: false,
      category: 'data',
    });
  }
}

registerTinjauSurveyProperties();
