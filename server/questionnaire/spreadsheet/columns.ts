/**
 * The columns of the questionnaire spreadsheet and how a header row is read and written. A row is handled as
 * `Cells`: column name → cell text, where a missing or empty cell means "not given".
 */

export type Cells = Record<string, string>;

/** Columns that hold one translatable text: `label`, then `label::<locale>` for each other language. */
export const localizedColumns = ['label', 'hint', 'constraint_message'] as const;
export type LocalizedColumn = (typeof localizedColumns)[number];

/** Every column in the order it is written; localized columns are followed by their `::<locale>` columns. */
export const columnOrder = [
  'type',
  'name',
  'label',
  'hint',
  'required',
  'relevant',
  'required_if',
  'enable_if',
  'constraint',
  'constraint_message',
  'choices',
  'value',
  'properties',
] as const;

/** Written even when empty, so that every exported sheet starts the same way. */
const alwaysWritten = new Set<string>(['type', 'name', 'label']);

/** A problem with one cell; the reader turns it into "line N, column C: message". */
export class CellError extends Error {
  constructor(
    readonly column: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Spreadsheet programs run a cell that starts with = + - @ as a formula, which can mangle a label or a code
 * such as -1. A leading apostrophe makes them keep the cell as text, the same convention as Tinjau's data
 * exports; an apostrophe that is really there is doubled, so reading strips exactly one and loses nothing.
 */
export function protectCell(text: string): string {
  return /^[=+\-@\t\r']/.test(text) ? `'${text}` : text;
}

export function unprotectCell(text: string): string {
  return text.startsWith("'") ? text.slice(1) : text;
}

export function localeColumn(family: LocalizedColumn, locale: string): string {
  return `${family}::${locale}`;
}

/** The locales of the `<family>::<locale>` columns present in a row, in header order. */
export function localesIn(cells: Cells, family: LocalizedColumn): string[] {
  const prefix = `${family}::`;
  return Object.keys(cells)
    .filter((column) => column.startsWith(prefix))
    .map((column) => column.slice(prefix.length));
}

export function cell(cells: Cells, column: string): string {
  return cells[column] ?? '';
}

/**
 * The header for a set of written rows: the columns any row uses, in `columnOrder`. Every translated column
 * gets one column per locale found anywhere, so a translator sees the same languages for labels, hints and
 * messages.
 */
export function buildHeader(rows: Cells[]): string[] {
  const used = new Set<string>(alwaysWritten);
  const locales: string[] = [];
  for (const row of rows) {
    for (const [column, text] of Object.entries(row)) {
      if (text === '') continue;
      const [family, locale] = column.split('::');
      used.add(family ?? column);
      if (locale !== undefined && !locales.includes(locale)) locales.push(locale);
    }
  }
  const header: string[] = [];
  for (const column of columnOrder) {
    if (!used.has(column)) continue;
    header.push(column);
    if (isLocalizedColumn(column)) header.push(...locales.map((locale) => localeColumn(column, locale)));
  }
  return header;
}

export type ParsedHeader = { ok: true; columns: string[] } | { ok: false; column: string; message: string };

/** Reads the header row: base column names are case-insensitive, locale codes are kept as written. */
export function parseHeader(cellsOfHeader: string[]): ParsedHeader {
  const columns: string[] = [];
  for (const raw of cellsOfHeader) {
    const [base = '', locale, ...extra] = raw.trim().split('::');
    const name = base.trim().toLowerCase();
    if (name === '' && locale === undefined) {
      columns.push('');
      continue;
    }
    const known = (columnOrder as readonly string[]).includes(name);
    if (!known || extra.length > 0 || (locale !== undefined && !isLocalizedColumn(name))) {
      return { ok: false, column: raw, message: `Unknown column "${raw}".` };
    }
    if (locale !== undefined && (locale.trim() === '' || locale === 'default')) {
      return {
        ok: false,
        column: raw,
        message: `Column "${raw}" needs a locale code such as ${name}::th; the default language goes in "${name}".`,
      };
    }
    const column = locale === undefined ? name : localeColumn(name as LocalizedColumn, locale.trim());
    if (columns.includes(column))
      return { ok: false, column: raw, message: `Column "${raw}" appears twice.` };
    columns.push(column);
  }
  if (!columns.includes('type'))
    return { ok: false, column: 'type', message: 'The header has no "type" column.' };
  return { ok: true, columns };
}

function isLocalizedColumn(column: string): column is LocalizedColumn {
  return (localizedColumns as readonly string[]).includes(column);
}
