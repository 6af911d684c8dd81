/**
 * CSV writing shared by every export and download: papaparse for quoting, and formula neutralising so that a
 * cell a spreadsheet would run as a formula (=, +, -, @, tab, carriage return at the start) is shown as text.
 */
import Papa from 'papaparse';

const formulaStart = /^[=+\-@\t\r]/;

/** Prefixes a single quote, the convention Excel and LibreOffice show as literal text. */
export function neutraliseFormula(value: string): string {
  return formulaStart.test(value) ? `'${value}` : value;
}

export type CsvCell = string | number | boolean | null | undefined;

export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return neutraliseFormula(value);
}

export const utf8ByteOrderMark = '\uFEFF';

/** Rows → CSV text with a header line; every text cell neutralised. */
export function toCsv(header: string[], rows: CsvCell[][], options: { bom?: boolean } = {}): string {
  const body = Papa.unparse(
    { fields: header.map(csvCell), data: rows.map((row) => row.map(csvCell)) },
    { quotes: false, newline: '\r\n', escapeFormulae: false },
  );
  return `${options.bom ? utf8ByteOrderMark : ''}${body}\r\n`;
}

/**
 * One CSV record without its line end. Each cell is quoted on its own, so records written in parts and joined with
 * a comma read the same as one written whole (the wide export joins stored answer cells to a response's own cells).
 */
export function csvFields(row: CsvCell[]): string {
  return Papa.unparse([row.map(csvCell)], { quotes: false, newline: '\r\n', escapeFormulae: false });
}

/** One CSV line (no header), for streaming writers. */
export function csvLine(row: CsvCell[]): string {
  return `${csvFields(row)}\r\n`;
}

/** Several CSV lines (no header) in one papaparse call, for streaming writers that emit rows in batches. */
export function csvLines(rows: CsvCell[][]): string {
  if (rows.length === 0) return '';
  return `${Papa.unparse(
    rows.map((row) => row.map(csvCell)),
    { quotes: false, newline: '\r\n', escapeFormulae: false },
  )}\r\n`;
}
