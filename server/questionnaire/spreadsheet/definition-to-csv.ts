/**
 * SurveyJS JSON → spreadsheet CSV. Settings come first, then each page with its elements in order; every
 * question is followed by its `property` rows and then its choice, row, column and item rows. Anything that
 * cannot be written in the named columns without loss goes into `properties`, so reading the CSV back
 * (csv-to-definition.ts) gives the same JSON.
 */
import Papa from 'papaparse';
import { isJsonRecord, type JsonRecord, type JsonValue } from '../definition-walker.ts';
import { encodeExactly, jsonOrTextCodec } from './cell-codecs.ts';
import { buildHeader, type Cells, protectCell } from './columns.ts';
import { elementShape, encodeObjectRow, encodeSettingRow, itemValueShape } from './object-row.ts';
import {
  type Container,
  childKeyOf,
  childListFor,
  type ItemRowType,
  isItemValueClass,
  isLocalizableProperty,
  itemRowTypes,
  resolveRowType,
} from './row-kinds.ts';

export function definitionToCsv(definition: JsonRecord): string {
  const rows: Cells[] = [];
  const pages = recordList(definition.pages, () => true);
  const topLevelElements = recordList(definition.elements, writesAsElement);
  for (const [key, value] of Object.entries(definition)) {
    if ((key === 'pages' && pages) || (key === 'elements' && topLevelElements)) continue;
    const row = encodeSettingRow('setting', key, value, isLocalizableProperty('survey', definition, key));
    // The value column reads back any JSON value, so a setting row always exists.
    if (row) rows.push(row);
  }
  for (const page of pages ?? []) writeContainer(rows, 'page', page);
  for (const element of topLevelElements ?? []) writeElement(rows, element);
  return toCsvText(rows);
}

/** A non-empty list of objects that can each be a row; otherwise the list stays JSON in its owner's row. */
function recordList(
  value: JsonValue | undefined,
  accept: (item: JsonRecord) => boolean,
): JsonRecord[] | undefined {
  if (!Array.isArray(value) || value.length === 0) return undefined;
  const records = value.filter(isJsonRecord);
  return records.length === value.length && records.every(accept) ? records : undefined;
}

/** Whether reading the element's type cell back gives the same type (so not an unknown type or an alias). */
function writesAsElement(element: JsonRecord): boolean {
  const type = element.type;
  if (type === 'panel' || type === 'paneldynamic') return true;
  if (typeof type !== 'string') return false;
  const kind = resolveRowType(type);
  return (
    typeof kind !== 'string' &&
    kind.kind === 'question' &&
    kind.questionType === type &&
    kind.labelKey === 'title' &&
    Object.keys(kind.implied).length === 0
  );
}

function writeContainer(rows: Cells[], container: Container, json: JsonRecord): void {
  const childKey = childKeyOf[container];
  const children = recordList(json[childKey], writesAsElement);
  const handled = new Set<string>(children ? [childKey] : []);
  if (container !== 'page') handled.add('type');
  const { cells, propertyRows } = encodeObjectRow(json, elementShape, handled, (key) =>
    isLocalizableProperty(container, json, key),
  );
  rows.push({ type: `begin ${container}`, ...cells }, ...propertyRows);
  for (const child of children ?? []) writeElement(rows, child);
  rows.push({ type: `end ${container}` });
}

function writeElement(rows: Cells[], element: JsonRecord): void {
  const type = String(element.type);
  if (type === 'panel' || type === 'paneldynamic') writeContainer(rows, type, element);
  else rows.push(...ownerRows(element, type, type));
}

/**
 * A question, matrix column or multiple-text item, followed by its property rows and item rows. The type cell
 * of a question is its SurveyJS type; columns and items have no type key and are written as `column`/`item`.
 */
function ownerRows(json: JsonRecord, className: string, typeCell: string): Cells[] {
  const handled = new Set<string>(typeCell === json.type ? ['type'] : []);
  const itemRows: Cells[] = [];
  for (const rowType of itemRowTypes) {
    const list = childListFor(className, rowType);
    const written = list && listRows(json[list.key], rowType, list.itemClass);
    if (!list || !written) continue;
    handled.add(list.key);
    itemRows.push(...written);
  }
  const { cells, propertyRows } = encodeObjectRow(json, elementShape, handled, (key) =>
    isLocalizableProperty(className, json, key),
  );
  return [{ type: typeCell, ...cells }, ...propertyRows, ...itemRows];
}

/** The rows for a list of choices, rows, columns or items, or undefined if one of them cannot be a row. */
function listRows(
  value: JsonValue | undefined,
  rowType: ItemRowType,
  itemClass: string,
): Cells[] | undefined {
  if (!Array.isArray(value) || value.length === 0) return undefined;
  const rows: Cells[] = [];
  for (const item of value) {
    if (isItemValueClass(itemClass)) {
      const cells = itemValueCells(item);
      if (!cells) return undefined;
      rows.push({ type: rowType, ...cells });
    } else {
      // Columns and items are read back only with a name.
      if (!isJsonRecord(item) || typeof item.name !== 'string' || item.name === '') return undefined;
      rows.push(...ownerRows(item, itemClass, rowType));
    }
  }
  return rows;
}

const choiceCodeCodec = jsonOrTextCodec('name');

function itemValueCells(item: JsonValue): Cells | undefined {
  // SurveyJS accepts bare values in choice lists: ["a", "b"] or [1, 2, 3].
  if (!isJsonRecord(item)) return encodeExactly(choiceCodeCodec, item);
  const { cells } = encodeObjectRow(item, itemValueShape, new Set());
  if (!cells.name) return undefined;
  // A row with nothing but a code reads back as a bare value, so an object with only a value is marked.
  if (Object.keys(cells).length === 1) cells.properties = '{}';
  return cells;
}

function toCsvText(rows: Cells[]): string {
  const header = buildHeader(rows);
  const data = rows.map((row) => header.map((column) => protectCell(row[column] ?? '')));
  return `${Papa.unparse({ fields: header, data }, { newline: '\r\n' })}\r\n`;
}
