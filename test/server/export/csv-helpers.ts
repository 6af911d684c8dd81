/** Reading exported CSV back, as a spreadsheet or R would. */
import Papa from 'papaparse';
import { collectCsv } from '../../../server/export/csv-stream.ts';

export async function parseCsv(chunks: AsyncIterable<string>): Promise<string[][]> {
  const text = await collectCsv(chunks);
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: true });
  if (parsed.errors.length > 0) throw new Error(JSON.stringify(parsed.errors));
  return parsed.data;
}
