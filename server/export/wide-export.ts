/**
 * The wide CSV: one row per response, the response's own columns first, then one column per answer (see
 * export-columns.ts for how questions become columns). Dynamic panel entries are in the long file; here only their
 * count.
 */
import type { ResponseRecord } from '../analysis/response-record.ts';
import type { CodebookEntry } from '../analysis/survey-codebook.ts';
import type { CsvCell } from './csv-format.ts';
import { csvChunks } from './csv-stream.ts';
import { type ExportColumn, exportColumns } from './export-columns.ts';
import { cellOf, type ExportOptions, labelLookup } from './export-options.ts';

export type RecordSource = Iterable<ResponseRecord> | AsyncIterable<ResponseRecord>;

/** The columns every row starts with, describing the response rather than its answers. */
export const responseColumns = [
  { name: 'response_id', description: 'Response number' },
  { name: 'country', description: 'Country (ISO 3166-1 alpha-2)' },
  { name: 'organisation', description: 'Responding organisation' },
  { name: 'organisation_type', description: 'Organisation type: ministry, agency, local_government, other' },
  { name: 'version', description: 'Questionnaire version answered' },
  { name: 'locale', description: 'Language the questionnaire was answered in' },
  { name: 'started_at', description: 'Started (UTC, ISO 8601)' },
  { name: 'submitted_at', description: 'Submitted (UTC, ISO 8601); empty while in progress' },
  { name: 'synthetic', description: '1 for generated demo data, 0 for a real response' },
] as const;

export function responseCells(record: ResponseRecord): CsvCell[] {
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

export function wideCsv(
  records: RecordSource,
  codebook: CodebookEntry[],
  options: ExportOptions & { contacts?: boolean } = {},
): AsyncGenerator<string> {
  const columns = wideColumns(codebook).map((column) => ({
    read: column.read,
    asNumber: column.kind === 'number',
    labels: options.labels && column.labelled ? labelLookup(column, options.locale) : undefined,
  }));
  async function* rows(): AsyncGenerator<CsvCell[]> {
    // One Map reused for every row: answer objects differ in shape from response to response, which makes reading
    // them by name slow, while walking their own keys once is fast.
    const answers = new Map<string, unknown>();
    for await (const record of records) {
      answers.clear();
      for (const name in record.answers) answers.set(name, record.answers[name]);
      const row = responseCells(record);
      if (options.contacts) row.push(record.contactName ?? null, record.contactEmail ?? null);
      for (const column of columns) row.push(cellOf(column.read(answers), column.asNumber, column.labels));
      yield row;
    }
  }
  const header = wideHeader(codebook);
  if (options.contacts)
    header.splice(responseColumns.length, 0, ...contactColumns.map((column) => column.name));
  return csvChunks(header, rows(), options);
}
