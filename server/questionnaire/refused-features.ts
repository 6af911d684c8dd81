/**
 * The SurveyJS features survey-core accepts but Tinjau refuses at validate and upload, each with the reason in plain
 * words and the JSON path at fault: a questionnaire that passes validation can be answered, submitted and exported
 * in full, so a feature that cannot be is refused before it reaches a respondent.
 */
import { Serializer } from 'survey-core';
import { type JsonRecord, walkDefinition } from './definition-walker.ts';
import type { DefinitionProblem } from './validate-definition.ts';

/** Question types refused, with why. */
const refusedTypes: Record<string, string> = {
  file:
    'File upload questions are not supported: Tinjau has no storage for uploaded files (survey-core would put ' +
    'each file into the answers as a data URL). Ask for a link or a description instead.',
  signaturepad:
    'Signature questions are not supported: survey-core keeps a signature as an image data URL inside the ' +
    'answers (tens of kilobytes, above the 10,000 characters an answer may hold), which no CSV export can carry ' +
    'and which identifies the person. Ask for a typed name or a confirmation checkbox instead.',
  imagemap:
    'Image map questions are not supported yet: the codebook and the exports have no columns for their areas. ' +
    'Use an image picker or a choice question instead.',
};

/** Properties refused wherever they appear (questions, matrix columns), with why. */
const refusedProperties: Record<string, string> = {
  choicesByUrl:
    'Remote choices (choicesByUrl) are not supported: the respondent page may not fetch other sites (its content ' +
    'security policy blocks them) and Tinjau does not fetch them for it, so respondents would see only the ' +
    'fallback choices and an answer from the remote list could never be submitted. List the choices in "choices".',
  valuePropertyName:
    'valuePropertyName is not supported: it stores each chosen item as an object instead of its code, which the ' +
    'codebook and the exports cannot read. Remove it to store the codes.',
};

/** survey-core 2.5's comment on a single choice, refused on choice items only (a question's own is supported). */
const choiceCommentReason =
  'A comment on a single choice (showCommentArea on a choice) is not supported: survey-core then stores every ' +
  'chosen item as an object with its comment instead of its code, which the codebook and the exports cannot read. ' +
  'Use the question\'s own comment area (showCommentArea on the question) or an "other" item.';

export function refusedFeatureProblems(definition: JsonRecord): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  walkDefinition(definition, {
    object: (object) => {
      const reason = Object.hasOwn(refusedTypes, object.className)
        ? refusedTypes[object.className]
        : undefined;
      if (reason) problems.push({ path: `${object.path}.type`, message: reason });
      const cellType = object.json.cellType;
      if (typeof cellType === 'string' && Object.hasOwn(refusedTypes, cellType))
        problems.push({ path: `${object.path}.cellType`, message: refusedTypes[cellType] as string });
    },
    property: (object, key, value) => {
      const reason = Object.hasOwn(refusedProperties, key) ? refusedProperties[key] : undefined;
      if (reason) problems.push({ path: `${object.path}.${key}`, message: reason });
      if (
        key === 'showCommentArea' &&
        value === true &&
        Serializer.isDescendantOf(object.className, 'itemvalue')
      )
        problems.push({ path: `${object.path}.${key}`, message: choiceCommentReason });
    },
  });
  return problems;
}
