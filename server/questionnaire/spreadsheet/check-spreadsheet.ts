/**
 * Read + validate a questionnaire spreadsheet in one call, the spreadsheet counterpart of check-definition.ts.
 * validateDefinition reports JSON paths; a researcher editing a sheet needs "line 14, column relevant", so each
 * path is traced back to the row (and cell) it was read from.
 */
import { validateDefinition } from '../validate-definition.ts';
import {
  type CellLocation,
  readSpreadsheet,
  type SpreadsheetConversion,
  type SpreadsheetProblem,
} from './csv-to-definition.ts';

export function checkSpreadsheetText(text: string): SpreadsheetConversion {
  const reading = readSpreadsheet(text);
  if (!reading.ok) return reading;
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
