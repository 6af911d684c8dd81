/** Options shared by the CSV exports, and turning one answer value into a cell. */
import { textIn } from '../questionnaire/codebook.ts';
import type { CsvCell } from './csv-format.ts';
import type { CsvStreamOptions } from './csv-stream.ts';
import type { ExportColumn } from './export-columns.ts';

export interface ExportOptions extends CsvStreamOptions {
  /** Labels instead of codes in coded columns (wide export). */
  labels?: boolean;
  /** Language of labels; English (the SurveyJS `default`) when absent or untranslated. */
  locale?: string;
  /**
   * Personal data, only for admins and researchers who asked for it: the answers to questions marked personal
   * (wide and long) and, in the wide file, the invitee's contact name and e-mail. Without it those columns and rows
   * are left out (server/analysis/personal-data.ts).
   */
  contacts?: boolean;
}

/** code → label in one language, for a column whose codes are to be shown as labels. */
export function labelLookup(column: ExportColumn, locale: string | undefined): Map<string, string> {
  return new Map(column.codes.map((code) => [code.code, textIn(code.label, locale)]));
}

/**
 * One answer value as a cell: numbers stay numbers (a negative number is not a formula), numeric text of number
 * questions becomes a number, a list joins with ';', an object is written as JSON; with `labels`, codes become labels.
 */
export function cellOf(value: unknown, asNumber: boolean, labels: Map<string, string> | undefined): CsvCell {
  if (value === undefined || value === null) return null;
  if (Array.isArray(value))
    return value.map((item) => String(cellOf(item, asNumber, labels) ?? '')).join(';');
  if (typeof value === 'object') return JSON.stringify(value);
  if (labels) return labels.get(String(value)) ?? String(value);
  if (typeof value === 'string' && asNumber && value.trim() !== '' && Number.isFinite(Number(value)))
    return Number(value);
  if (typeof value === 'boolean' || typeof value === 'number' || typeof value === 'string') return value;
  return String(value);
}
