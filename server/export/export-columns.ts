/**
 * The columns of the exports, derived from the codebook once: the wide file's columns (one per single answer, per
 * multiple-choice option, per matrix row or cell) and the long-only variables (dynamic panel fields). The wide
 * writer and the codebook export both read this list, so the codebook always describes the file it sits next to.
 */
import { type CodebookEntry, joinLabels } from '../analysis/survey-codebook.ts';
import type { Code, LocalizedText, VariableKind } from '../questionnaire/codebook.ts';

export interface ExportColumn {
  /** Column name in the wide file, or `panel.field` for a dynamic panel field (long file only). */
  name: string;
  variable: string;
  kind: VariableKind | 'meta';
  questionType: string;
  title: LocalizedText;
  /** The choice, matrix row, matrix cell (`row__column`) or item the column holds. */
  item?: { code: string; label: LocalizedText };
  /** The codes the column's values take. */
  codes: Code[];
  /** Whether the `labels` option replaces the column's codes by their labels (not for 0/1, ranks, counts, text). */
  labelled: boolean;
  versions: number[];
  format: 'wide' | 'long';
  /** Answers to a question marked personal data: only in exports that asked for it (personal-data.ts). */
  personalData: boolean;
  /** Filled in from the invitation (questionnaire/invitation-fields.ts), for the codebook to say so. */
  invitationField?: CodebookEntry['invitationField'];
  /** The raw value for this column from a response's answers (wide columns only). */
  read: (answers: AnswerLookup) => unknown;
}

/** A response's answers by question name; a Map, so that reading ~100 columns per row stays cheap. */
export type AnswerLookup = ReadonlyMap<string, unknown>;

export const selectedCodes: Code[] = [
  { code: '0', label: { default: 'Not selected' } },
  { code: '1', label: { default: 'Selected' } },
];

/** Separator of a column name's parts: `platforms__facebook`, `links__telecom__linked`. */
export const partSeparator = '__';
export const otherTextSuffix = '__other_text';
export const commentSuffix = '__comment';
export const countSuffix = '__count';

const noValue = () => undefined;

export function exportColumns(codebook: CodebookEntry[]): ExportColumn[] {
  return codebook.flatMap((entry) => columnsOf(entry));
}

function columnsOf(entry: CodebookEntry): ExportColumn[] {
  const { name } = entry;
  const base = {
    variable: name,
    kind: entry.kind,
    questionType: entry.questionType,
    title: entry.title,
    versions: entry.versions,
    format: 'wide' as const,
    personalData: entry.personalData === true,
    ...(entry.invitationField ? { invitationField: entry.invitationField } : {}),
  };
  const whole = (codes: Code[], labelled: boolean): ExportColumn => ({
    ...base,
    name,
    codes,
    labelled,
    read: (answers) => answers.get(name),
  });
  const part = (
    suffix: string,
    item: ExportColumn['item'],
    codes: Code[],
    labelled: boolean,
    read: ExportColumn['read'],
  ): ExportColumn => ({
    ...base,
    name: `${name}${suffix}`,
    ...(item ? { item } : {}),
    codes,
    labelled,
    read,
  });
  const otherText = entry.hasOther
    ? [
        part(
          otherTextSuffix,
          { code: 'other_text', label: { default: 'Other (please specify)' } },
          [],
          false,
          (answers) => otherTextOf(entry, answers.get(name), answers.get(`${name}-Comment`)),
        ),
      ]
    : [];
  const comment = entry.hasComment
    ? [
        part(commentSuffix, { code: 'comment', label: { default: 'Comment' } }, [], false, (answers) =>
          answers.get(`${name}-Comment`),
        ),
      ]
    : [];
  return [...answerColumns(entry, whole, part, otherText), ...comment];
}

function answerColumns(
  entry: CodebookEntry,
  whole: (codes: Code[], labelled: boolean) => ExportColumn,
  part: (
    suffix: string,
    item: ExportColumn['item'],
    codes: Code[],
    labelled: boolean,
    read: ExportColumn['read'],
  ) => ExportColumn,
  otherText: ExportColumn[],
): ExportColumn[] {
  const { name } = entry;

  switch (entry.kind) {
    case 'single_choice':
      return entry.otherInValue
        ? [
            { ...whole(entry.choices, true), read: (answers) => chosenCode(entry, answers.get(name)) },
            ...otherText,
          ]
        : [whole(entry.choices, true), ...otherText];
    case 'boolean':
    case 'rating':
      return [whole(entry.choices, true), ...otherText];
    case 'number':
    case 'text':
      return [whole([], false)];
    case 'multiple_choice':
      return [
        ...entry.choices.map((choice) =>
          part(`${partSeparator}${choice.code}`, choice, selectedCodes, false, (answers) => {
            const value = answers.get(name);
            if (!Array.isArray(value)) return undefined;
            for (const selected of value)
              if (selected === choice.code || String(selected) === choice.code) return 1;
            if (choice.special === 'other' && entry.otherInValue)
              return value.some((selected) => !isCodeOf(entry, selected)) ? 1 : 0;
            return 0;
          }),
        ),
        ...otherText,
      ];
    case 'ranking':
      return entry.choices.map((choice) =>
        part(`${partSeparator}${choice.code}`, choice, [], false, (answers) => {
          const value = answers.get(name);
          if (!Array.isArray(value)) return undefined;
          const position = value.findIndex((ranked) => String(ranked) === choice.code);
          return position < 0 ? undefined : position + 1;
        }),
      );
    case 'matrix':
      return entry.rows.map((row) =>
        part(`${partSeparator}${row.code}`, row, entry.choices, true, (answers) =>
          subValue(answers.get(name), row.code),
        ),
      );
    case 'matrix_dropdown':
      return entry.rows.flatMap((row) =>
        entry.columns.map((column) =>
          part(
            `${partSeparator}${row.code}${partSeparator}${column.name}`,
            { code: `${row.code}${partSeparator}${column.name}`, label: joinLabels(row.label, column.title) },
            column.choices,
            column.choices.length > 0,
            (answers) => subValue(subValue(answers.get(name), row.code), column.name),
          ),
        ),
      );
    case 'multiple_text':
      return entry.columns.map((column) =>
        part(
          `${partSeparator}${column.name}`,
          { code: column.name, label: column.title },
          [],
          false,
          (answers) => subValue(answers.get(name), column.name),
        ),
      );
    case 'matrix_dynamic':
    case 'panel_dynamic':
      return [
        part(
          countSuffix,
          { code: 'count', label: { default: 'Number of entries' } },
          [],
          false,
          (answers) => {
            const value = answers.get(name);
            return Array.isArray(value) ? value.length : undefined;
          },
        ),
        ...entry.fields.map(
          (field): ExportColumn => ({
            name: `${name}.${field.name}`,
            variable: `${name}.${field.name}`,
            kind: field.kind,
            questionType: field.questionType,
            title: field.title,
            codes: field.choices,
            labelled: field.choices.length > 0,
            versions: field.versions,
            format: 'long',
            personalData: field.personalData === true,
            read: noValue,
          }),
        ),
      ];
    default:
      return [whole([], false)];
  }
}

/** Whether a value is one of the question's codes (rather than an "other" text kept in the value). */
export function isCodeOf(entry: Pick<CodebookEntry, 'choices'>, value: unknown): boolean {
  return entry.choices.some((choice) => choice.code === String(value));
}

/** The code a single-choice answer stands for: an "other" text kept in the value stands for the "other" code. */
function chosenCode(entry: CodebookEntry, value: unknown): unknown {
  if (value === undefined || value === null || isCodeOf(entry, value)) return value;
  return entry.choices.find((choice) => choice.special === 'other')?.code ?? value;
}

/**
 * The "other" text of an answer: the value that is none of the codes when survey-core keeps it in the value,
 * otherwise `<name>-Comment` (unless that is the question's comment area).
 */
export function otherTextOf(
  entry: Pick<CodebookEntry, 'choices' | 'otherInValue' | 'hasComment'>,
  value: unknown,
  comment: unknown,
): unknown {
  if (entry.otherInValue) {
    const values = Array.isArray(value) ? value : [value];
    const text = values.find((item) => item !== undefined && item !== null && !isCodeOf(entry, item));
    if (text !== undefined) return text;
  }
  return entry.hasComment ? undefined : comment;
}

function subValue(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)[key]
    : undefined;
}
