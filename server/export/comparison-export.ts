/**
 * The country comparison CSV: the aggregates behind the dashboard's charts, one row per question, item, country
 * and code (or statistic). Suppressed cells keep their row, marked, with no figures.
 */
import type { AggregateReport, CountryCell, QuestionAggregate } from '../analysis/aggregate.ts';
import { textIn } from '../questionnaire/codebook.ts';
import type { CsvCell } from './csv-format.ts';
import { csvChunks } from './csv-stream.ts';
import type { ExportOptions } from './export-options.ts';

export const comparisonHeader = [
  'question',
  'item',
  'country',
  'code',
  'label',
  'count',
  'percent',
  'value',
  'n',
  'respondents',
  'suppressed',
];

export function comparisonCsv(report: AggregateReport, options: ExportOptions = {}): AsyncGenerator<string> {
  function* rows(): Generator<CsvCell[]> {
    for (const question of report.questions) {
      for (const item of question.items) {
        for (const cell of item.countries) yield* cellRows(question, item.item, cell, options.locale);
      }
    }
  }
  return csvChunks(comparisonHeader, rows(), options);
}

function* cellRows(
  question: QuestionAggregate,
  item: string | null,
  cell: CountryCell,
  locale: string | undefined,
): Generator<CsvCell[]> {
  const row = (
    code: string,
    label: string,
    count: number | null,
    percent: number | null,
    value: number | null,
  ): CsvCell[] => [
    question.question,
    item,
    cell.countryCode,
    code,
    label,
    count,
    percent,
    value,
    cell.n,
    cell.respondents,
    cell.suppressed ? 1 : 0,
  ];
  if (cell.suppressed) {
    yield row('', '', null, null, null);
    return;
  }
  for (const value of cell.values ?? []) {
    yield row(value.code, textIn(value.label, locale), value.count, value.percent, null);
  }
  if (cell.stats) {
    yield row('mean', 'Mean', null, null, cell.stats.mean);
    yield row('median', 'Median', null, null, cell.stats.median);
  }
  for (const rank of cell.ranks ?? [])
    yield row(rank.code, textIn(rank.label, locale), rank.n, null, rank.meanRank);
  if (!cell.values && !cell.stats && !cell.ranks) yield row('answered', 'Answered', cell.n, null, null);
}
