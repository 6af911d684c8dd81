/**
 * One SurveyJS object (page, panel, question, matrix column, choice…) as one row, and `setting`/`property` rows
 * that set one key. The named columns cover the common keys; every other key is kept, as a `property` row when
 * it is translatable text on an element (so translators see it) and otherwise as JSON in `properties`.
 */
import type { JsonRecord, JsonValue } from '../definition-walker.ts';
import {
  type CellCodec,
  encodeExactly,
  jsonOrTextCodec,
  localizedCodec,
  readPropertiesCell,
  textCodec,
  yesNoCodec,
} from './cell-codecs.ts';
import { CellError, type Cells, cell } from './columns.ts';
import { constraintCodec } from './constraint-syntax.ts';

/** How an object names and labels itself: elements use name/title, choice-like items value/text. */
export interface RowShape {
  nameKey: 'name' | 'value';
  labelKey: string;
}

export const elementShape: RowShape = { nameKey: 'name', labelKey: 'title' };
export const itemValueShape: RowShape = { nameKey: 'value', labelKey: 'text' };

/** A choice code may be a number or boolean (rating values), so it is read as JSON when it parses as JSON. */
const choiceCodeCodec = jsonOrTextCodec('name');
const labelCodec = localizedCodec('label');

function fieldsOf(shape: RowShape): Array<{ key: string; codec: CellCodec }> {
  return [
    { key: shape.nameKey, codec: shape.nameKey === 'value' ? choiceCodeCodec : textCodec('name') },
    { key: shape.labelKey, codec: labelCodec },
    { key: 'description', codec: localizedCodec('hint') },
    { key: 'isRequired', codec: yesNoCodec('required') },
    { key: 'visibleIf', codec: textCodec('relevant') },
    { key: 'requiredIf', codec: textCodec('required_if') },
    { key: 'enableIf', codec: textCodec('enable_if') },
    { key: 'validators', codec: constraintCodec },
  ];
}

/**
 * Fills `json` with what a row says and returns the column each key came from, so that problems found later
 * can point at the cell. Keys already in `json` are implied by the type cell (type, an alias's inputType); the
 * `properties` JSON may override those but not a key another column sets.
 */
export function decodeObjectRow(cells: Cells, shape: RowShape, json: JsonRecord): Map<string, string> {
  const columnOf = new Map(Object.keys(json).map((key) => [key, 'type']));
  for (const { key, codec } of fieldsOf(shape)) {
    const value = codec.decode(cells);
    if (value === undefined) continue;
    json[key] = value;
    columnOf.set(key, codec.column);
  }
  for (const [key, value] of Object.entries(readPropertiesCell(cells))) {
    const column = columnOf.get(key);
    if (column !== undefined && column !== 'type') {
      throw new CellError('properties', `"${key}" is already given in column ${column}.`);
    }
    json[key] = value;
    columnOf.set(key, 'properties');
  }
  return columnOf;
}

export interface EncodedObject {
  cells: Cells;
  /** `property` rows for translatable keys without a column of their own. */
  propertyRows: Cells[];
}

/**
 * The row for an object. `handled` keys are written elsewhere (the type cell, child rows); `isTranslatable`
 * says which remaining keys deserve a `property` row, or is omitted for objects that cannot have one.
 */
export function encodeObjectRow(
  json: JsonRecord,
  shape: RowShape,
  handled: ReadonlySet<string>,
  isTranslatable?: (key: string) => boolean,
): EncodedObject {
  const cells: Cells = {};
  const rest: JsonRecord = {};
  const propertyRows: Cells[] = [];
  const fields = new Map(fieldsOf(shape).map(({ key, codec }) => [key, codec]));
  for (const [key, value] of Object.entries(json)) {
    if (handled.has(key)) continue;
    const codec = fields.get(key);
    const written = codec ? encodeExactly(codec, value) : undefined;
    if (written) {
      Object.assign(cells, written);
      continue;
    }
    const asProperty =
      !codec && isTranslatable?.(key) ? encodeSettingRow('property', key, value, true) : undefined;
    if (asProperty) propertyRows.push(asProperty);
    else rest[key] = value;
  }
  if (Object.keys(rest).length > 0) cells.properties = JSON.stringify(rest);
  return { cells, propertyRows };
}

/** A `setting` (survey) or `property` (element) row: translatable text in the label columns, else `value`. */
export function encodeSettingRow(
  type: 'setting' | 'property',
  key: string,
  value: JsonValue,
  translatable: boolean,
): Cells | undefined {
  const labelCells = translatable ? encodeExactly(labelCodec, value) : undefined;
  if (labelCells) return { type, name: key, ...labelCells };
  if (type === 'property') return undefined;
  const valueCells = encodeExactly(jsonOrTextCodec('value'), value);
  return valueCells && { type, name: key, ...valueCells };
}

export function decodeSettingRow(cells: Cells): { key: string; value: JsonValue; column: string } {
  const key = cell(cells, 'name').trim();
  if (key === '') throw new CellError('name', 'Name the property this row sets.');
  const label = labelCodec.decode(cells);
  const value = jsonOrTextCodec('value').decode(cells);
  if (label !== undefined && value !== undefined) {
    throw new CellError('value', 'Give either label (translatable text) or value, not both.');
  }
  if (label !== undefined) return { key, value: label, column: 'label' };
  if (value !== undefined) return { key, value, column: 'value' };
  throw new CellError('value', `No value for "${key}": fill label (translatable text) or value.`);
}
