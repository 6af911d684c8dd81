/**
 * How one JSON value is written into cells and read back. Export only uses a codec after checking that reading
 * its cells gives back exactly the same JSON (`encodeExactly`); anything else falls back to the `properties`
 * JSON column, which is what makes the round trip lossless without a rule for every corner case.
 */
import { canonicalJson } from '../definition-hash.ts';
import { isJsonRecord, type JsonValue } from '../definition-walker.ts';
import { CellError, type Cells, cell, type LocalizedColumn, localeColumn, localesIn } from './columns.ts';

export interface CellCodec {
  /** The column a problem with this value is reported against. */
  column: string;
  /** The cells for a value, or undefined when this codec cannot write it. */
  encode(value: JsonValue): Cells | undefined;
  /** The value held by the cells, undefined when they are blank; throws CellError when they cannot be read. */
  decode(cells: Cells): JsonValue | undefined;
}

export function sameJson(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

/** The cells for a value, only if reading them back gives exactly that value. */
export function encodeExactly(codec: CellCodec, value: JsonValue): Cells | undefined {
  const cells = codec.encode(value);
  if (!cells) return undefined;
  try {
    return sameJson(codec.decode(cells), value) ? cells : undefined;
  } catch {
    return undefined;
  }
}

/** A plain string, e.g. a question name or a SurveyJS expression, kept exactly as written. */
export function textCodec(column: string): CellCodec {
  return {
    column,
    encode: (value) => (typeof value === 'string' && value !== '' ? { [column]: value } : undefined),
    decode: (cells) => cell(cells, column) || undefined,
  };
}

/** `yes`/`no` (also `true`/`false`) for a boolean such as isRequired. */
export function yesNoCodec(column: string): CellCodec {
  return {
    column,
    encode: (value) => (typeof value === 'boolean' ? { [column]: value ? 'yes' : 'no' } : undefined),
    decode: (cells) => {
      const text = cell(cells, column).trim().toLowerCase();
      if (text === '') return undefined;
      if (text === 'yes' || text === 'true') return true;
      if (text === 'no' || text === 'false') return false;
      throw new CellError(column, `Write "yes" or "no" (or leave it blank), not "${cell(cells, column)}".`);
    },
  };
}

/**
 * A value of any JSON type, e.g. a choice code or a survey setting. The cell is read as JSON when it parses as
 * JSON (`1`, `true`, `{"en":"complete"}`, `"1"`) and as text otherwise (`yes`, `top`). So the rating value 1
 * stays a number and the code "1" is written with quotes to stay text.
 */
export function jsonOrTextCodec(column: string): CellCodec {
  return {
    column,
    encode: (value) => {
      if (typeof value === 'string' && value !== '' && !parsesAsJson(value)) return { [column]: value };
      return { [column]: JSON.stringify(value) };
    },
    decode: (cells) => {
      const text = cell(cells, column);
      if (text === '') return undefined;
      return parsesAsJson(text) ? (JSON.parse(text) as JsonValue) : text;
    },
  };
}

function parsesAsJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * A translatable text in `<family>` and `<family>::<locale>` columns. SurveyJS writes it either as a plain
 * string (one language) or as `{ default, <locale>… }`; the sheet keeps the difference by one rule: the value
 * is an object exactly when some `::<locale>` cell of the row is filled.
 */
export function localizedCodec(family: LocalizedColumn): CellCodec {
  return {
    column: family,
    encode: (value) => {
      if (typeof value === 'string') return value === '' ? undefined : { [family]: value };
      if (!isJsonRecord(value)) return undefined;
      const cells: Cells = {};
      for (const [locale, text] of Object.entries(value)) {
        if (typeof text !== 'string') return undefined;
        cells[locale === 'default' ? family : localeColumn(family, locale)] = text;
      }
      return cells;
    },
    decode: (cells) => {
      const base = cell(cells, family);
      const translations = localesIn(cells, family).filter((locale) =>
        cell(cells, localeColumn(family, locale)),
      );
      if (translations.length === 0) return base || undefined;
      const value: Record<string, string> = base ? { default: base } : {};
      for (const locale of translations) value[locale] = cell(cells, localeColumn(family, locale));
      return value;
    },
  };
}

/** The `properties` column: a JSON object of whatever the named columns do not cover. */
export function readPropertiesCell(cells: Cells): Record<string, JsonValue> {
  const text = cell(cells, 'properties').trim();
  if (text === '') return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new CellError(
      'properties',
      `Not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  if (!isJsonRecord(parsed)) {
    throw new CellError('properties', 'Write a JSON object, e.g. {"inputType": "number"}.');
  }
  return parsed;
}
