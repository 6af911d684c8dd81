/** The analysis module: cross-version codebooks, country aggregates with suppression, filters and text drill-down. */

export {
  type AggregateOptions,
  type AggregateReport,
  type Aggregator,
  aggregateResponses,
  aggregateResponsesAsync,
  aseanTotalCode,
  type CountryCell,
  createAggregator,
  defaultMinCellSize,
  type ItemAggregate,
  type QuestionAggregate,
  type Selection,
} from './aggregate.ts';
export { type ChartType, suggestChart } from './chart-type.ts';
export {
  hasPersonalData,
  isPersonalVariable,
  personalAnswerNames,
  withoutPersonalAnswers,
  withoutPersonalData,
} from './personal-data.ts';
export {
  filterRecords,
  filterRecordsAsync,
  matchesFilter,
  type OrganisationType,
  type ResponseFilter,
  type ResponseMeta,
  type ResponseRecord,
} from './response-record.ts';
export { type CodebookEntry, type CodebookVersion, codebookOf, mergeCodebooks } from './survey-codebook.ts';
export type { Measure, NumericStats, RankValue, ValueCount } from './tallies.ts';
export { type TextAnswer, textAnswers } from './text-answers.ts';
