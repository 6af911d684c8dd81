/**
 * Streaming CSV: rows in, text chunks out, a batch of rows at a time, so an export of any size holds one batch in
 * memory. The chunks feed an HTTP reply (`Readable.from(chunks)`) or a file through writeCsv, which waits for the
 * destination to drain.
 */
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { type CsvCell, csvLine, csvLines, utf8ByteOrderMark } from './csv-format.ts';

export interface CsvStreamOptions {
  /** A UTF-8 byte-order mark first, so that Excel reads the file as UTF-8. */
  bom?: boolean;
  /** Rows per chunk. */
  batchSize?: number;
}

export type RowSource = Iterable<CsvCell[]> | AsyncIterable<CsvCell[]>;

export async function* csvChunks(
  header: string[],
  rows: RowSource,
  options: CsvStreamOptions = {},
): AsyncGenerator<string> {
  const batchSize = options.batchSize ?? 500;
  yield `${options.bom ? utf8ByteOrderMark : ''}${csvLine(header)}`;
  let batch: CsvCell[][] = [];
  for await (const row of rows) {
    batch.push(row);
    if (batch.length >= batchSize) {
      yield csvLines(batch);
      batch = [];
    }
  }
  if (batch.length > 0) yield csvLines(batch);
}

/** Writes chunks to a stream, pausing while its buffer is full; does not end the stream. */
export async function writeCsv(chunks: AsyncIterable<string>, destination: Writable): Promise<void> {
  for await (const chunk of chunks) {
    if (!destination.write(chunk)) await once(destination, 'drain');
  }
}

/** Joins every chunk: for tests and small files only. */
export async function collectCsv(chunks: AsyncIterable<string>): Promise<string> {
  let text = '';
  for await (const chunk of chunks) text += chunk;
  return text;
}
