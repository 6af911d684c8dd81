/**
 * Answer cells stored with each submitted response, so that the wide export copies text instead of parsing and
 * formatting ~300 cells per row (parsing the answers alone costs more than the whole export may). The layout names
 * the column list the cells were written for: a codebook with other columns (a new version) has another layout, and
 * the export renders rows stored under an older one from their answers until they are stored again.
 *
 * Cells are stored for the columns everyone may see: personal columns (server/analysis/personal-data.ts) are never
 * stored, so an export without personal data copies them as they are, and one with personal data is written from
 * the answers. Marking a question personal changes the columns, hence the layout, so older cells are written again.
 */
import { createHash } from 'node:crypto';
import { withoutPersonalData } from '../analysis/personal-data.ts';
import type { CodebookEntry } from '../analysis/survey-codebook.ts';
import { answerCellsWriter, wideColumns } from './wide-export.ts';

/** Bump when the way answer cells are written changes, so that cells stored by an older build are written again. */
// 2: a matrix's comment area has a column of its own, and an "other" text kept in the value is read as "other".
const answerCellsFormat = 2;

// Merged codebooks are cached and never change, so the layout and the writer are worked out once per codebook.
const layouts = new WeakMap<CodebookEntry[], string>();
const writers = new WeakMap<CodebookEntry[], (answers: Record<string, unknown>) => string>();

/** What determines a row's answer cells: each column's name (question, option, row, cell) and kind. */
export function wideLayout(fullCodebook: CodebookEntry[]): string {
  const codebook = withoutPersonalData(fullCodebook);
  let layout = layouts.get(codebook);
  if (!layout) {
    const columns = wideColumns(codebook).map((column) => [column.name, column.kind, column.questionType]);
    layout = createHash('sha256')
      .update(JSON.stringify([answerCellsFormat, columns]))
      .digest('base64url')
      .slice(0, 22);
    layouts.set(codebook, layout);
  }
  return layout;
}

export interface StoredAnswerCells {
  layout: string;
  cells: string;
}

export function storedAnswerCells(
  fullCodebook: CodebookEntry[],
  answers: Record<string, unknown>,
): StoredAnswerCells {
  const codebook = withoutPersonalData(fullCodebook);
  let write = writers.get(codebook);
  if (!write) {
    write = answerCellsWriter(codebook);
    writers.set(codebook, write);
  }
  return { layout: wideLayout(codebook), cells: write(answers) };
}
