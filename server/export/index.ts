/** The CSV exports: wide, long, codebook and country comparison, all streamed as chunks of text. */

export { codebookCsv } from './codebook-export.ts';
export { comparisonCsv } from './comparison-export.ts';
export { type CsvCell, csvCell, neutraliseFormula, toCsv, utf8ByteOrderMark } from './csv-format.ts';
export { collectCsv, csvChunks, writeCsv } from './csv-stream.ts';
export { type ExportColumn, exportColumns } from './export-columns.ts';
export type { ExportOptions } from './export-options.ts';
export { longCsv } from './long-export.ts';
export { storedAnswerCells, wideLayout } from './stored-cells.ts';
export {
  type RecordSource,
  type RenderedResponseRecord,
  responseColumns,
  wideCsv,
  wideHeader,
} from './wide-export.ts';
