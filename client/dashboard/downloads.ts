/**
 * Files the page makes itself: chart PNGs and CSV files of a chart's figures. CSV cells that a spreadsheet would
 * run as a formula (starting with = + - @ tab or carriage return) get a leading apostrophe, as the server's
 * exports do.
 */
import Papa from 'papaparse';

const formulaStart = /^[=+\-@\t\r]/;

export function neutraliseCell(value: unknown): unknown {
  return typeof value === 'string' && formulaStart.test(value) ? `'${value}` : value;
}

export function csvText<Row extends Record<string, unknown>>(
  rows: readonly Row[],
  columns: readonly string[],
): string {
  const safe = rows.map((row) => columns.map((column) => neutraliseCell(row[column] ?? '')));
  return Papa.unparse({ fields: [...columns], data: safe }, { newline: '\r\n' });
}

/** Saves a file through a temporary link (the download attribute keeps the page where it is). */
export function saveFile(name: string, href: string): void {
  const link = document.createElement('a');
  link.href = href;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
}

export function saveText(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  saveFile(name, url);
  // Kept a minute: some browsers read the blob after click() has returned.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** A file name from a question name, safe on every system. */
export function fileName(...parts: string[]): string {
  return parts
    .filter((part) => part !== '')
    .join('-')
    .replace(/[^A-Za-z0-9_.-]+/g, '_');
}
