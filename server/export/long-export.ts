/**
 * The long CSV: one row per answered item — a choice, a matrix row or cell, a ranked item, an item of a multiple
 * text, a field of a dynamic panel entry — so repeating panels and matrices come out without loss. Each row carries
 * the code and its label in the chosen language; `panel_entry` numbers dynamic panel entries and dynamic matrix
 * rows from 1.
 */
import { withoutPersonalData } from '../analysis/personal-data.ts';
import type { ResponseRecord } from '../analysis/response-record.ts';
import type { CodebookEntry } from '../analysis/survey-codebook.ts';
import type { Code } from '../questionnaire/codebook.ts';
import { textIn } from '../questionnaire/codebook.ts';
import type { CsvCell } from './csv-format.ts';
import { csvChunks } from './csv-stream.ts';
import { isCodeOf, otherTextOf, partSeparator } from './export-columns.ts';
import { cellOf, type ExportOptions } from './export-options.ts';
import type { RecordSource } from './wide-export.ts';

export const longHeader = [
  'response_id',
  'country',
  'variable',
  'panel_entry',
  'item',
  'value_code',
  'value_label',
];

interface Target {
  record: ResponseRecord;
  rows: CsvCell[][];
  locale: string | undefined;
}

export function longCsv(
  records: RecordSource,
  fullCodebook: CodebookEntry[],
  options: ExportOptions = {},
): AsyncGenerator<string> {
  const codebook = options.contacts ? fullCodebook : withoutPersonalData(fullCodebook);
  const labels = labelMaps(codebook, options.locale);
  async function* rows(): AsyncGenerator<CsvCell[]> {
    for await (const record of records) {
      const target: Target = { record, rows: [], locale: options.locale };
      for (const entry of codebook) {
        addRows(target, entry, entry.name, record.answers, null, labels);
      }
      yield* target.rows;
    }
  }
  return csvChunks(longHeader, rows(), options);
}

type LabelMaps = Map<string, Map<string, string>>;

/** code → label for every coded variable, matrix column and panel field, keyed by variable path. */
function labelMaps(codebook: CodebookEntry[], locale: string | undefined): LabelMaps {
  const maps: LabelMaps = new Map();
  const add = (key: string, codes: Code[]) =>
    maps.set(key, new Map(codes.map((code) => [code.code, textIn(code.label, locale)])));
  const visit = (entry: CodebookEntry, path: string) => {
    add(path, entry.choices);
    for (const column of entry.columns) add(`${path}${partSeparator}${column.name}`, column.choices);
    for (const field of entry.fields) visit(field, `${path}.${field.name}`);
  };
  for (const entry of codebook) visit(entry, entry.name);
  return maps;
}

function addRows(
  target: Target,
  entry: CodebookEntry,
  variable: string,
  answers: Record<string, unknown>,
  panelEntry: number | null,
  labels: LabelMaps,
): void {
  const value = answers[entry.name];
  const push: Push = (item: string, code: unknown, codesOf?: Map<string, string>) => {
    if (code === undefined || code === null || code === '') return;
    const label = codesOf?.get(String(code)) ?? '';
    target.rows.push([
      target.record.id,
      target.record.countryCode,
      variable,
      panelEntry,
      item,
      cellOf(code, entry.kind === 'number', undefined),
      label,
    ]);
  };
  if (value !== undefined && value !== null) addValueRows(target, entry, variable, value, labels, push);
  const comment = answers[`${entry.name}-Comment`];
  const otherText = entry.hasOther ? otherTextOf(entry, value, comment) : undefined;
  if (typeof otherText === 'string' && otherText !== '') push('other_text', otherText);
  // The comment area is a text of its own; `-Comment` of a question without one is its "other" text (above).
  if (entry.hasComment && typeof comment === 'string' && comment !== '') push('comment', comment);
}

/** A coded answer's code: an "other" text kept in the value stands for the "other" code (its text has its own row). */
function codeOfValue(entry: CodebookEntry, value: unknown): unknown {
  if (!entry.otherInValue || isCodeOf(entry, value)) return value;
  return entry.choices.find((choice) => choice.special === 'other')?.code ?? value;
}

type Push = (item: string, code: unknown, codesOf?: Map<string, string>) => void;

function addValueRows(
  target: Target,
  entry: CodebookEntry,
  variable: string,
  value: unknown,
  labels: LabelMaps,
  push: Push,
): void {
  const codeLabels = labels.get(variable);
  const columnNames = entry.columns.map((column) => column.name);
  switch (entry.kind) {
    case 'single_choice':
    case 'boolean':
    case 'rating':
      push('', codeOfValue(entry, value), codeLabels);
      return;
    case 'multiple_choice':
      if (Array.isArray(value)) for (const code of value) push('', codeOfValue(entry, code), codeLabels);
      return;
    case 'ranking':
      if (Array.isArray(value)) {
        value.forEach((code, position) => {
          push(String(code), position + 1);
        });
      }
      return;
    case 'matrix':
      for (const [row, code] of orderedEntries(
        value,
        entry.rows.map((row) => row.code),
      ))
        push(row, code, codeLabels);
      return;
    case 'matrix_dropdown':
      for (const [row, cells] of orderedEntries(
        value,
        entry.rows.map((row) => row.code),
      )) {
        for (const [column, cell] of orderedEntries(cells, columnNames)) {
          const columnLabels = labels.get(`${variable}${partSeparator}${column}`);
          const item = `${row}${partSeparator}${column}`;
          if (Array.isArray(cell)) for (const code of cell) push(item, code, columnLabels);
          else push(item, cell, columnLabels);
        }
      }
      return;
    case 'multiple_text':
      for (const [item, text] of orderedEntries(value, columnNames)) push(item, text);
      return;
    case 'matrix_dynamic':
      if (!Array.isArray(value)) return;
      value.forEach((row, index) => {
        for (const [column, cell] of orderedEntries(row, columnNames)) {
          const columnLabels = labels.get(`${variable}${partSeparator}${column}`);
          const cells = Array.isArray(cell) ? cell : [cell];
          for (const code of cells)
            target.rows.push([
              target.record.id,
              target.record.countryCode,
              variable,
              index + 1,
              column,
              cellOf(code, false, undefined),
              columnLabels?.get(String(code)) ?? '',
            ]);
        }
      });
      return;
    case 'panel_dynamic':
      if (!Array.isArray(value)) return;
      value.forEach((panelAnswers, index) => {
        if (typeof panelAnswers !== 'object' || panelAnswers === null) return;
        for (const field of entry.fields) {
          addRows(
            target,
            field,
            `${variable}.${field.name}`,
            panelAnswers as Record<string, unknown>,
            index + 1,
            labels,
          );
        }
      });
      return;
    default:
      push('', value);
  }
}

/** An answer object's entries, the codebook's keys first in codebook order (stable output), unknown keys after. */
function orderedEntries(value: unknown, order: string[]): Array<[string, unknown]> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [];
  const record = value as Record<string, unknown>;
  const known = new Set(order);
  return [
    ...order.filter((key) => key in record).map((key): [string, unknown] => [key, record[key]]),
    ...Object.entries(record).filter(([key]) => !known.has(key)),
  ];
}
