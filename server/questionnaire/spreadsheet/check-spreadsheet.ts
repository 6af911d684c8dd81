/**
 * Read + validate a questionnaire spreadsheet in one call, the spreadsheet counterpart of check-definition.ts.
 * validateDefinition reports JSON paths; a researcher editing a sheet needs "line 14, column relevant", so each
 * path is traced back to the row (and cell) it was read from.
 */
import { checkDefinitionLength, checkDefinitionSize } from '../definition-limits.ts';
import { type DefinitionProblem, validateDefinition } from '../validate-definition.ts';
import {
  type CellLocation,
  readSpreadsheet,
  type SpreadsheetConversion,
  type SpreadsheetProblem,
} from './csv-to-definition.ts';

export function checkSpreadsheetText(text: string): SpreadsheetConversion {
  const tooLong = checkDefinitionLength(text);
  if (tooLong.length > 0) return { ok: false, problems: wholeSheet(tooLong) };
  const reading = readSpreadsheet(text);
  if (!reading.ok) return reading;
  // The same limits as a JSON upload, before validateDefinition builds a survey-core Model from the rows.
  const tooLarge = checkDefinitionSize(reading.definition);
  if (tooLarge.length > 0) return { ok: false, problems: wholeSheet(tooLarge) };
  const problems: SpreadsheetProblem[] = validateDefinition(reading.definition).map(({ path, message }) => {
    const location = locatePath(path, reading.locations);
    const readableMessage = message.replace(
      /\$(?:\.[A-Za-z_]\w*|\[\d+\])+/g,
      (jsonPath) => `line ${locatePath(jsonPath, reading.locations).line}`,
    );
    return { ...location, message: readableMessage };
  });
  if (problems.length > 0) return { ok: false, problems: problems.sort((a, b) => a.line - b.line) };
  return { ok: true, definition: reading.definition };
}

function wholeSheet(problems: DefinitionProblem[]): SpreadsheetProblem[] {
  return problems.map(({ message }) => ({ line: 1, message }));
}

/** The cell a JSON path was read from, or the row of its nearest enclosing object. */
export function locatePath(path: string, locations: Map<string, CellLocation>): CellLocation {
  let current = path;
  for (;;) {
    const location = locations.get(current);
    if (location) return location;
    const enclosing = current.replace(/(?:\.[^.[\]]+|\[\d+\])$/, '');
    if (enclosing === current) return { line: 1 };
    current = enclosing;
  }
}
