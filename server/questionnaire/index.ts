/** The questionnaire module: everything that understands SurveyJS JSON. Other modules import from here. */

export { checkDefinitionText, type DefinitionCheck, surveyTitle } from './check-definition.ts';
export {
  buildCodebook,
  type Code,
  flattenVariables,
  type LocalizedText,
  textIn,
  type Variable,
  type VariableKind,
} from './codebook.ts';
export { canonicalJson, definitionHash } from './definition-hash.ts';
export type { JsonRecord, JsonValue } from './definition-walker.ts';
export { createSurveyModel } from './survey-model.ts';
export { formatCoverageTable, type LocaleCoverage, translationCoverage } from './translation-coverage.ts';
export { type DefinitionProblem, parseDefinitionText, validateDefinition } from './validate-definition.ts';
