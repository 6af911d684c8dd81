/**
 * The codebook CSV: every column of the wide file (and every dynamic panel field of the long file) with its question
 * text per language, type, the versions it appears in, and one row per code with the code's label per language.
 * A column without codes (text, numbers) has a single row with an empty code. `personal_data` is 1 for the columns of
 * questions marked personal data, which are only in exports that asked for personal data. `invitation_field` names
 * what a question is filled from, e.g. "country (fixed)": a fixed one always holds the invitation's value, the same
 * as the response's own column (country, organisation, organisation_type), so the file never holds two countries.
 */
import type { CodebookEntry } from '../analysis/survey-codebook.ts';
import type { LocalizedText } from '../questionnaire/codebook.ts';
import type { CsvCell } from './csv-format.ts';
import { type CsvStreamOptions, csvChunks } from './csv-stream.ts';
import { exportColumns } from './export-columns.ts';
import { responseColumns } from './wide-export.ts';

export function codebookHeader(locales: string[]): string[] {
  return [
    'column',
    'variable',
    'format',
    'kind',
    'question_type',
    'item',
    'versions',
    ...locales.map((locale) => `label_${locale}`),
    ...locales.map((locale) => `item_label_${locale}`),
    'code',
    ...locales.map((locale) => `code_label_${locale}`),
    // Last, so that the columns before it keep their places for scripts that read them by position.
    'personal_data',
    'invitation_field',
  ];
}

/** Languages found anywhere in the codebook, English (SurveyJS `default`) first, the rest alphabetically. */
export function codebookLocales(codebook: CodebookEntry[]): string[] {
  const found = new Set<string>();
  const addText = (text: LocalizedText) => {
    for (const key of Object.keys(text)) if (key !== 'default' && key !== 'en') found.add(key);
  };
  for (const column of exportColumns(codebook)) {
    addText(column.title);
    if (column.item) addText(column.item.label);
    for (const code of column.codes) addText(code.label);
  }
  return ['en', ...[...found].sort()];
}

export function codebookCsv(
  codebook: CodebookEntry[],
  options: CsvStreamOptions = {},
): AsyncGenerator<string> {
  const locales = codebookLocales(codebook);
  const texts = (text: LocalizedText | undefined): CsvCell[] =>
    locales.map((locale) =>
      text ? (locale === 'en' ? (text.en ?? text.default) : text[locale]) : undefined,
    );
  const allVersions = [...new Set(codebook.flatMap((entry) => entry.versions))].sort((a, b) => a - b);
  function* rows(): Generator<CsvCell[]> {
    for (const column of responseColumns) {
      yield [
        column.name,
        column.name,
        'wide',
        'meta',
        '',
        '',
        allVersions.join(';'),
        ...texts({ default: column.description }),
        ...texts(undefined),
        '',
        ...texts(undefined),
        0,
        '',
      ];
    }
    for (const column of exportColumns(codebook)) {
      const described: CsvCell[] = [
        column.name,
        column.variable,
        column.format,
        column.kind,
        column.questionType,
        column.item?.code ?? '',
        column.versions.join(';'),
        ...texts(column.title),
        ...texts(column.item?.label),
      ];
      const personal = column.personalData ? 1 : 0;
      const filledFrom = column.invitationField
        ? `${column.invitationField.field} (${column.invitationField.editable ? 'editable' : 'fixed'})`
        : '';
      if (column.codes.length === 0) yield [...described, '', ...texts(undefined), personal, filledFrom];
      for (const code of column.codes) {
        yield [...described, code.code, ...texts(code.label), personal, filledFrom];
      }
    }
  }
  return csvChunks(codebookHeader(locales), rows(), options);
}
