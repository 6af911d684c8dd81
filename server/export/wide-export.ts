/**
 * The wide CSV: one row per response, the response's own columns first, then one column per answer (see
 * export-columns.ts for how questions become columns). Dynamic panel entries are in the long file; here only their
 * count.
 */
import { hasPersonalData, withoutPersonalData } from '../analysis/personal-data.ts';
import type { ResponseMeta, ResponseRecord } from '../analysis/response-record.ts';
import type { CodebookEntry } from '../analysis/survey-codebook.ts';
import { organisationTypes } from '../reference/organisation-types.ts';
import { type CsvCell, csvFields } from './csv-format.ts';
import { csvLineChunks } from './csv-stream.ts';
import { type ExportColumn, exportColumns } from './export-columns.ts';
import { cellOf, type ExportOptions, labelLookup } from './export-options.ts';

export type RecordSource = Iterable<ResponseRecord> | AsyncIterable<ResponseRecord>;

/** The columns every row starts with, describing the response rather than its answers. */
export const responseColumns = [
  { name: 'response_id', description: 'Response number' },
  {
    name: 'country',
    description:
      "Country of the invitation (ISO 3166-1 alpha-2), the one every export and chart uses; a question filled from the invitation's country holds the same country",
  },
  { name: 'organisation', description: 'Responding organisation' },
  {
    name: 'organisation_type',
    description: `Organisation type of the invitation: ${organisationTypes.join(', ')}`,
  },
  { name: 'version', description: 'Questionnaire version answered' },
  { name: 'locale', description: 'Language the questionnaire was answered in' },
  { name: 'started_at', description: 'Started (UTC, ISO 8601)' },
  { name: 'submitted_at', description: 'Submitted (UTC, ISO 8601); empty while in progress' },
  { name: 'synthetic', description: '1 for generated demo data, 0 for a real response' },
] as const;

export function responseCells(record: ResponseMeta): CsvCell[] {
  return [
    record.id,
    record.countryCode,
    record.organisationName,
    record.organisationType,
    record.versionNumber,
    record.locale,
    record.startedAt,
    record.submittedAt,
    record.isSynthetic ? 1 : 0,
  ];
}

export function wideColumns(codebook: CodebookEntry[]): ExportColumn[] {
  return exportColumns(codebook).filter((column) => column.format === 'wide');
}

export function wideHeader(codebook: CodebookEntry[]): string[] {
  return [
    ...responseColumns.map((column) => column.name),
    ...wideColumns(codebook).map((column) => column.name),
  ];
}

/** Personal data, only when asked for by someone allowed to see it (admins and researchers). */
export const contactColumns = [
  { name: 'contact_name', description: 'Contact person invited (personal data)' },
  { name: 'contact_email', description: 'Their e-mail (personal data)' },
] as const;

/**
 * A submitted response whose answer cells were rendered when it was stored (answerCellsWriter, codes not labels):
 * the export copies them instead of parsing and formatting its answers.
 */
export type RenderedResponseRecord = ResponseMeta & { renderedCells: string };

export type WideRecordSource =
  | Iterable<ResponseRecord | RenderedResponseRecord>
  | AsyncIterable<ResponseRecord | RenderedResponseRecord>;

/**
 * Writes a response's answer columns as CSV text (no line end), in the order of wideColumns. Both the export and
 * the rendering of stored cells use it, so a row is the same whichever way it was made.
 */
export function answerCellsWriter(
  codebook: CodebookEntry[],
  options: Pick<ExportOptions, 'labels' | 'locale'> = {},
): (answers: Record<string, unknown>) => string {
  const columns = wideColumns(codebook).map((column) => ({
    read: column.read,
    asNumber: column.kind === 'number',
    labels: options.labels && column.labelled ? labelLookup(column, options.locale) : undefined,
  }));
  // One Map reused for every row: answer objects differ in shape from response to response, which makes reading
  // them by name slow, while walking their own keys once is fast.
  const lookup = new Map<string, unknown>();
  const cells: CsvCell[] = [];
  return (answers) => {
    lookup.clear();
    for (const name in answers) lookup.set(name, answers[name]);
    cells.length = 0;
    for (const column of columns) cells.push(cellOf(column.read(lookup), column.asNumber, column.labels));
    return csvFields(cells);
  };
}

export function wideCsv(
  records: WideRecordSource,
  fullCodebook: CodebookEntry[],
  options: ExportOptions = {},
): AsyncGenerator<string> {
  const codebook = options.contacts ? fullCodebook : withoutPersonalData(fullCodebook);
  // Stored cells are written without personal columns (stored-cells.ts), so they cannot fill a row that has them.
  const storedCellsFit = !options.labels && !hasPersonalData(codebook);
  const answerCells = answerCellsWriter(codebook, options);
  const hasAnswerColumns = wideColumns(codebook).length > 0;
  async function* lines(): AsyncGenerator<string> {
    for await (const record of records) {
      const own = responseCells(record);
      if (options.contacts) own.push(record.contactName ?? null, record.contactEmail ?? null);
      let cells: string;
      if ('renderedCells' in record) {
        // Stored cells hold codes and no personal data; a labelled export or one with personal data needs answers.
        if (!storedCellsFit)
          throw new Error(
            'A labelled wide export or one with personal data needs answers, not rendered cells',
          );
        cells = record.renderedCells;
      } else {
        cells = answerCells(record.answers);
      }
      yield hasAnswerColumns ? `${csvFields(own)},${cells}\r\n` : `${csvFields(own)}\r\n`;
    }
  }
  const header = wideHeader(codebook);
  if (options.contacts)
    header.splice(responseColumns.length, 0, ...contactColumns.map((column) => column.name));
  return csvLineChunks(header, lines(), options);
}
