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
  yield `${options.bom ? utf8ByteOrderMark : ''}${csvLine(header)}`;
  for await (const batch of batches(rows, options.batchSize ?? 500)) yield csvLines(batch);
}

/** The same for lines already written as CSV (each with its line end), joined a batch at a time. */
export async function* csvLineChunks(
  header: string[],
  lines: Iterable<string> | AsyncIterable<string>,
  options: CsvStreamOptions = {},
): AsyncGenerator<string> {
  yield `${options.bom ? utf8ByteOrderMark : ''}${csvLine(header)}`;
  for await (const batch of batches(lines, options.batchSize ?? 500)) yield batch.join('');
}

async function* batches<T>(items: Iterable<T> | AsyncIterable<T>, size: number): AsyncGenerator<T[]> {
  let batch: T[] = [];
  for await (const item of items) {
    batch.push(item);
    if (batch.length >= size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
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
