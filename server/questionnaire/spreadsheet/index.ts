/** The questionnaire spreadsheet: SurveyJS JSON ↔ an XLSForm-style CSV that round-trips without loss. */

export { checkSpreadsheetText } from './check-spreadsheet.ts';
export {
  type CellLocation,
  csvToDefinition,
  type SpreadsheetConversion,
  type SpreadsheetProblem,
} from './csv-to-definition.ts';
export { definitionToCsv } from './definition-to-csv.ts';
export { spreadsheetFormatHelp } from './format-help.ts';
