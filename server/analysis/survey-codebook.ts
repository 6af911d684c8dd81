/**
 * The codebook of a survey across its versions. Responses to several versions are analysed and exported together,
 * matched by variable name: the newest version's wording, kind and order win, and codes, rows and columns that only
 * older versions had are kept (after the newest ones) so that old answers still have a label.
 */
import type { Code, LocalizedText, MatrixColumn, Variable } from '../questionnaire/codebook.ts';

export interface CodebookEntry extends Omit<Variable, 'fields'> {
  /** Version numbers the variable appears in, ascending. */
  versions: number[];
  fields: CodebookEntry[];
}

export interface CodebookVersion {
  versionNumber: number;
  variables: Variable[];
}

export function mergeCodebooks(versions: CodebookVersion[]): CodebookEntry[] {
  const newestFirst = [...versions].sort((a, b) => b.versionNumber - a.versionNumber);
  let merged: CodebookEntry[] = [];
  for (const version of newestFirst) merged = mergeInto(merged, version.variables, version.versionNumber);
  return merged;
}

/** A single version's codebook in the merged shape, for callers that analyse one version. */
export function codebookOf(versionNumber: number, variables: Variable[]): CodebookEntry[] {
  return mergeCodebooks([{ versionNumber, variables }]);
}

/**
 * Adds an older version's variables to the entries gathered so far (from newer versions). A variable the newer
 * versions lack is placed after the variable that preceded it in the older version, so questionnaire order holds.
 */
function mergeInto(entries: CodebookEntry[], older: Variable[], versionNumber: number): CodebookEntry[] {
  const result = [...entries];
  const byName = new Map(result.map((entry) => [entry.name, entry]));
  let previous: CodebookEntry | undefined;
  for (const variable of older) {
    const existing = byName.get(variable.name);
    if (existing) {
      mergeVariable(existing, variable, versionNumber);
      previous = existing;
      continue;
    }
    const entry = toEntry(variable, versionNumber);
    result.splice(previous ? result.indexOf(previous) + 1 : 0, 0, entry);
    byName.set(entry.name, entry);
    previous = entry;
  }
  return result;
}

function toEntry(variable: Variable, versionNumber: number): CodebookEntry {
  return {
    ...variable,
    choices: [...variable.choices],
    rows: [...variable.rows],
    columns: variable.columns.map((column) => ({ ...column, choices: [...column.choices] })),
    fields: variable.fields.map((field) => toEntry(field, versionNumber)),
    versions: [versionNumber],
  };
}

function mergeVariable(entry: CodebookEntry, older: Variable, versionNumber: number): void {
  entry.versions.unshift(versionNumber);
  entry.hasOther ||= older.hasOther;
  if (older.hasComment) entry.hasComment = true;
  if (older.otherInValue) entry.otherInValue = true;
  // Personal in any version is personal in all: the older answers are about the same person.
  if (older.personalData) entry.personalData = true;
  entry.choices = mergeCodes(entry.choices, older.choices);
  entry.rows = mergeCodes(entry.rows, older.rows);
  entry.columns = mergeColumns(entry.columns, older.columns);
  entry.fields = mergeInto(entry.fields, older.fields, versionNumber);
}

function mergeCodes(newer: Code[], older: Code[]): Code[] {
  const known = new Set(newer.map((code) => code.code));
  return [...newer, ...older.filter((code) => !known.has(code.code))];
}

function mergeColumns(newer: MatrixColumn[], older: MatrixColumn[]): MatrixColumn[] {
  const olderByName = new Map(older.map((column) => [column.name, column]));
  const known = new Set(newer.map((column) => column.name));
  return [
    ...newer.map((column) => {
      const previous = olderByName.get(column.name);
      return previous ? { ...column, choices: mergeCodes(column.choices, previous.choices) } : column;
    }),
    ...older.filter((column) => !known.has(column.name)),
  ];
}

/** The label of a matrix cell, per locale: "row — column". */
export function joinLabels(row: LocalizedText, column: LocalizedText): LocalizedText {
  const locales = new Set([...Object.keys(row), ...Object.keys(column)]);
  return Object.fromEntries(
    [...locales].map((locale) => [
      locale,
      `${row[locale] ?? row.default ?? ''} — ${column[locale] ?? column.default ?? ''}`,
    ]),
  );
}
