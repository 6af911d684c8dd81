/**
 * Spreadsheet CSV → SurveyJS JSON. Reads the rows top to bottom, keeping the open pages/panels and the question
 * that choice-like rows belong to. Every problem names the spreadsheet row (header = line 1) and the column;
 * every JSON path produced is remembered with its row, so that check-spreadsheet.ts can point later problems
 * found in the JSON back at the sheet.
 */
import Papa from 'papaparse';
import type { JsonRecord, JsonValue } from '../definition-walker.ts';
import { CellError, type Cells, cell, parseHeader, unprotectCell } from './columns.ts';
import { decodeObjectRow, decodeSettingRow, elementShape, itemValueShape } from './object-row.ts';
import {
  type Container,
  childKeyOf,
  childListFor,
  type ItemRowType,
  isItemValueClass,
  type RowKind,
  resolveRowType,
} from './row-kinds.ts';

export interface SpreadsheetProblem {
  /** The row number a spreadsheet shows; the header is line 1. */
  line: number;
  column?: string;
  message: string;
}

export interface CellLocation {
  line: number;
  column?: string;
}

export type SpreadsheetConversion =
  | { ok: true; definition: JsonRecord }
  | { ok: false; problems: SpreadsheetProblem[] };

export type SpreadsheetReading =
  | { ok: true; definition: JsonRecord; locations: Map<string, CellLocation> }
  | { ok: false; problems: SpreadsheetProblem[] };

export function csvToDefinition(text: string): SpreadsheetConversion {
  const reading = readSpreadsheet(text);
  return reading.ok ? { ok: true, definition: reading.definition } : reading;
}

/** Like csvToDefinition, and also where each JSON path of the result came from. */
export function readSpreadsheet(text: string): SpreadsheetReading {
  const withoutByteOrderMark = text.replace(/^\uFEFF/, '');
  const parsed = Papa.parse<string[]>(withoutByteOrderMark, {
    delimiter: delimiterOf(withoutByteOrderMark),
    skipEmptyLines: false,
  });
  const csvProblems = parsed.errors.map((error) => ({
    line: (error.row ?? 0) + 1,
    message: `Not valid CSV: ${error.message}.`,
  }));
  if (csvProblems.length > 0) return { ok: false, problems: csvProblems };

  const [headerCells, ...records] = parsed.data;
  if (!headerCells) return { ok: false, problems: [{ line: 1, message: 'The spreadsheet is empty.' }] };
  const header = parseHeader(headerCells);
  if (!header.ok)
    return { ok: false, problems: [{ line: 1, column: header.column, message: header.message }] };

  const builder = new DefinitionBuilder();
  const problems: SpreadsheetProblem[] = [];
  records.forEach((record, index) => {
    const line = index + 2;
    if (record.every((text) => text.trim() === '')) return;
    try {
      builder.addRow(line, cellsOf(record, header.columns));
    } catch (error) {
      if (!(error instanceof CellError)) throw error;
      problems.push({ line, column: error.column, message: error.message });
    }
  });
  problems.push(...builder.finish());
  if (problems.length > 0) return { ok: false, problems: problems.sort((a, b) => a.line - b.line) };
  return { ok: true, definition: builder.definition, locations: builder.locations };
}

/**
 * Spreadsheet programs save CSV with commas, or semicolons where the comma is the decimal mark; tabs come from
 * copy and paste. The header never contains these characters otherwise, so its first line decides, which is
 * steadier than guessing from cells full of expressions and JSON.
 */
function delimiterOf(text: string): string {
  const headerLine = text.slice(0, text.search(/\r?\n|$/));
  return [',', '\t', ';'].find((delimiter) => headerLine.includes(delimiter)) ?? ',';
}

function cellsOf(record: string[], columns: string[]): Cells {
  const cells: Cells = {};
  record.forEach((text, index) => {
    const column = columns[index];
    // Columns without a header are the researcher's own notes; cells beyond the header are not.
    if (column === undefined && text.trim() !== '') {
      throw new CellError(`#${index + 1}`, 'This cell is beyond the last column of the header.');
    }
    if (column) cells[column] = unprotectCell(text);
  });
  return cells;
}

interface OpenContainer {
  container: Container | 'survey';
  json: JsonRecord;
  path: string;
  line: number;
}

/** Something rows can attach to: a question or matrix column (item rows), or any element (property rows). */
interface Target {
  json: JsonRecord;
  className: string;
  path: string;
}

const mustFollow: Record<ItemRowType, string> = {
  choice:
    'a question with choices (radiogroup, checkbox, dropdown, rating, a matrix dropdown or its column…)',
  row: 'a matrix question',
  column: 'a matrix question',
  item: 'a multipletext question',
};

class DefinitionBuilder {
  readonly definition: JsonRecord = {};
  readonly locations = new Map<string, CellLocation>([['$', { line: 1 }]]);
  private readonly open: OpenContainer[] = [
    { container: 'survey', json: this.definition, path: '$', line: 1 },
  ];
  /** The question and, after a `column` row, that column: what choice-like rows attach to, innermost last. */
  private owners: Target[] = [];
  private propertyTarget: Target | undefined;
  private readonly questionsByName = new Map<string, JsonRecord>();
  /** Lists built from rows, as opposed to lists given in `properties`, which rows must not add to. */
  private readonly rowLists = new WeakSet<JsonValue[]>();
  private firstTopLevelElementLine: number | undefined;

  addRow(line: number, cells: Cells): void {
    const kind = resolveRowType(cell(cells, 'type'));
    if (typeof kind === 'string') throw new CellError('type', kind);
    if (kind.kind === 'setting') {
      this.addSetting(line, cells, { json: this.definition, className: 'survey', path: '$' });
    } else if (kind.kind === 'property') {
      if (!this.propertyTarget) {
        throw new CellError(
          'type',
          'A property row must follow the question, page, panel or column it sets.',
        );
      }
      this.addSetting(line, cells, this.propertyTarget);
    } else if (kind.kind === 'begin') {
      this.begin(line, cells, kind.container);
    } else if (kind.kind === 'end') {
      this.end(cells, kind.container);
    } else if (kind.kind === 'item') {
      this.addItem(line, cells, kind.rowType);
    } else {
      this.addQuestion(line, cells, kind);
    }
  }

  /** Problems only visible once every row is read. */
  finish(): SpreadsheetProblem[] {
    const problems = this.open.slice(1).map(({ container, line }) => ({
      line,
      column: 'type',
      message: `"begin ${container}" has no matching "end ${container}".`,
    }));
    if (this.firstTopLevelElementLine !== undefined && Array.isArray(this.definition.pages)) {
      problems.push({
        line: this.firstTopLevelElementLine,
        column: 'type',
        message: 'This element is outside any page: put it between "begin page" and "end page".',
      });
    }
    return problems;
  }

  private addSetting(line: number, cells: Cells, target: Target): void {
    rejectColumns(cells, (column) =>
      ['type', 'name', 'value', 'label'].includes(column.split('::')[0] ?? ''),
    );
    const { key, value, column } = decodeSettingRow(cells);
    const path = `${target.path}.${key}`;
    if (key in target.json) {
      throw new CellError('name', `"${key}" is already set${this.onLine(path)}.`);
    }
    target.json[key] = value;
    this.locations.set(path, { line, column });
  }

  private begin(line: number, cells: Cells, container: Container): void {
    const parent = this.open.at(-1);
    if (!parent) throw new Error('The survey itself is never closed.');
    if (container === 'page' && parent.container !== 'survey') {
      throw new CellError('type', `"begin page" inside "begin ${parent.container}" (line ${parent.line}).`);
    }
    const json: JsonRecord = container === 'page' ? {} : { type: container };
    const childKey = container === 'page' ? 'pages' : childKeyIn(parent);
    const path = this.append(parent.json, parent.path, childKey, json);
    if (parent.container === 'survey' && container !== 'page') this.firstTopLevelElementLine ??= line;
    // Opened before its cells are read, so that a bad cell does not also unbalance begin and end.
    this.open.push({ container, json, path, line });
    this.owners = [];
    this.propertyTarget = { json, className: container, path };
    rejectColumns(cells, (column) => column !== 'value' && column !== 'choices');
    this.record(path, line, decodeObjectRow(cells, elementShape, json));
  }

  private end(cells: Cells, container: Container): void {
    const current = this.open.at(-1);
    if (!current || current.container === 'survey') {
      throw new CellError('type', `"end ${container}" without "begin ${container}".`);
    }
    if (current.container !== container) {
      throw new CellError(
        'type',
        `"end ${container}" while "begin ${current.container}" on line ${current.line} is still open.`,
      );
    }
    this.open.pop();
    this.owners = [];
    this.propertyTarget = undefined;
    rejectColumns(cells, (column) => column === 'type' || column === 'name');
  }

  private addQuestion(line: number, cells: Cells, kind: Extract<RowKind, { kind: 'question' }>): void {
    const parent = this.open.at(-1);
    if (!parent) throw new Error('The survey itself is never closed.');
    rejectColumns(cells, (column) => column !== 'value');
    const json: JsonRecord = { type: kind.questionType, ...kind.implied };
    const columnOf = decodeObjectRow(cells, { nameKey: 'name', labelKey: kind.labelKey }, json);
    if (typeof json.name !== 'string' || json.name.trim() === '') {
      throw new CellError('name', 'Every question needs a name (its variable code).');
    }
    const reference = cell(cells, 'choices').trim();
    if (reference && kind.choicesFrom) {
      throw new CellError('choices', `The type already says "${kind.choicesFrom}"; leave choices blank.`);
    }
    this.copyChoices(json, kind.questionType, reference || kind.choicesFrom, columnOf);
    const path = this.append(parent.json, parent.path, childKeyIn(parent), json);
    if (parent.container === 'survey') this.firstTopLevelElementLine ??= line;
    this.record(path, line, columnOf);
    if (!this.questionsByName.has(json.name)) this.questionsByName.set(json.name, json);
    this.owners = [{ json, className: kind.questionType, path }];
    this.propertyTarget = this.owners[0];
  }

  private addItem(line: number, cells: Cells, rowType: ItemRowType): void {
    const ownerIndex = this.owners.findLastIndex((owner) => childListFor(owner.className, rowType));
    const owner = this.owners[ownerIndex];
    const list = owner && childListFor(owner.className, rowType);
    if (!owner || !list) throw new CellError('type', `A ${rowType} row must follow ${mustFollow[rowType]}.`);
    // A row after a column belongs to the question again, and so do any choices after it.
    this.owners = this.owners.slice(0, ownerIndex + 1);
    rejectColumns(cells, (column) => column !== 'value');
    const json: JsonRecord = {};
    if (isItemValueClass(list.itemClass)) {
      const columnOf = decodeObjectRow(cells, itemValueShape, json);
      if (json.value === undefined)
        throw new CellError('name', `Give the ${rowType}'s code in the name column.`);
      // A row with nothing but a code is a bare value in the list, as in "choices": ["a", "b"].
      const isBare = Object.keys(json).length === 1 && cell(cells, 'properties').trim() === '';
      const path = this.append(owner.json, owner.path, list.key, isBare ? json.value : json);
      this.record(path, line, columnOf);
      return;
    }
    const columnOf = decodeObjectRow(cells, elementShape, json);
    if (typeof json.name !== 'string' || json.name.trim() === '') {
      throw new CellError('name', `Every ${rowType} needs a name.`);
    }
    this.copyChoices(json, list.itemClass, cell(cells, 'choices').trim(), columnOf);
    const path = this.append(owner.json, owner.path, list.key, json);
    this.record(path, line, columnOf);
    this.owners.push({ json, className: list.itemClass, path });
    this.propertyTarget = { json, className: list.itemClass, path };
  }

  /** The `choices` column: reuse the choice list of an earlier question, like XLSForm's `select_one <list>`. */
  private copyChoices(
    json: JsonRecord,
    className: string,
    from: string | undefined,
    columnOf: Map<string, string>,
  ) {
    if (!from) return;
    if (childListFor(className, 'choice')?.key !== 'choices') {
      throw new CellError('choices', `A ${className} has no choices to reuse.`);
    }
    const source = this.questionsByName.get(from)?.choices;
    if (!Array.isArray(source)) {
      throw new CellError('choices', `No question named "${from}" with choices above this line.`);
    }
    if ('choices' in json) throw new CellError('choices', 'The choices are already given in properties.');
    json.choices = structuredClone(source);
    columnOf.set('choices', 'choices');
  }

  /** Adds a child to a list built from rows; returns the child's JSON path. */
  private append(parent: JsonRecord, parentPath: string, key: string, child: JsonValue): string {
    let list = parent[key];
    if (list === undefined) {
      list = [];
      parent[key] = list;
      this.rowLists.add(list);
    } else if (!Array.isArray(list) || !this.rowLists.has(list)) {
      const where = this.onLine(`${parentPath}.${key}`);
      throw new CellError('type', `"${key}" is already given${where}; write it either as rows or as JSON.`);
    }
    list.push(child);
    return `${parentPath}.${key}[${list.length - 1}]`;
  }

  private record(path: string, line: number, columnOf: Map<string, string>): void {
    this.locations.set(path, { line });
    for (const [key, column] of columnOf) this.locations.set(`${path}.${key}`, { line, column });
  }

  private onLine(path: string): string {
    const location = this.locations.get(path);
    return location ? ` on line ${location.line}` : '';
  }
}

/** Questions outside any page go to the survey's own `elements`, as SurveyJS allows. */
function childKeyIn(parent: OpenContainer): string {
  return parent.container === 'survey' ? 'elements' : childKeyOf[parent.container];
}

function rejectColumns(cells: Cells, isUsed: (column: string) => boolean): void {
  for (const [column, text] of Object.entries(cells)) {
    if (text.trim() !== '' && !isUsed(column)) {
      throw new CellError(column, `Column ${column} is not used on "${cell(cells, 'type').trim()}" rows.`);
    }
  }
}
